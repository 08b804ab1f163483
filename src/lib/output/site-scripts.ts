import { THEME_SCRIPT } from '../reading/theme';
import { cspHash } from './csp-hash';

/**
 * The inline scripts the site's own templates write, known before any page is rendered. Every other
 * script is a file under `/_astro/` (astro.config.mjs keeps Astro from inlining them), so the
 * Content-Security-Policy allows exactly these hashes, and the output check fails a build whose pages
 * hold any other inline script, whatever put it there.
 */
export const SITE_INLINE_SCRIPTS: readonly string[] = [THEME_SCRIPT];

/** CSP source expressions of {@link SITE_INLINE_SCRIPTS}, sorted. */
export const siteScriptHashes = (): string[] => SITE_INLINE_SCRIPTS.map(cspHash).sort();
