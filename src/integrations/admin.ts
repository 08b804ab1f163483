import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import type { AstroIntegration } from 'astro';
import { adminEditorFixes } from './admin-editor-fixes';
import { adminEntries } from './admin-entries';
import { quietAdminReloads } from './admin-reload';
import { adminSaves } from './admin-saves';
import { devOnly } from './dev-only';

/** True for `npm run build:admin`: a Node server that hosts the admin next to the prerendered site. */
export const isAdminBuild = (env: Record<string, string | undefined>) => env.QUIRE_ADMIN_BUILD === 'true';

/**
 * The Keystatic admin and the React renderer it needs: always on in an admin build, otherwise under
 * `astro dev` only, so the public static build ships neither; under `astro dev`, saves do not reload the
 * admin (`admin-reload.ts`), a save that changes a slug keeps the old address working (`admin-saves.ts`),
 * focus returns to a body's text after its menus and dialogs (`admin-editor-fixes.ts`), and pickers
 * show entries by their titles (`admin-entries.ts`).
 */
export function adminIntegrations(adminBuild: boolean): AstroIntegration[] {
  return adminBuild
    ? [react(), keystatic()]
    : [
        devOnly(react()),
        devOnly(keystatic()),
        devOnly(quietAdminReloads()),
        devOnly(adminSaves()),
        devOnly(adminEditorFixes()),
        devOnly(adminEntries()),
      ];
}
