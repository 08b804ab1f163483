import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { normalizeBase } from '../lib/urls';
import { SETTINGS_FILE } from '../content-model/types';
import { WEB_ADDRESS_PATTERN } from '../content-model/vocabulary';

/**
 * The production URL and base path, read before Astro starts: `SITE_URL` / `BASE_PATH` from the
 * environment win over `siteUrl` in the settings file (a base path such as `/insights` is optional).
 */
export function siteConfig(env: Record<string, string | undefined>, root = process.cwd()) {
  const file = `${root}/${SETTINGS_FILE}`;
  let siteUrl = env.SITE_URL;
  if (!siteUrl) {
    const settings = load(readFileSync(file, 'utf8'), { filename: file }) as { siteUrl?: unknown } | null;
    // The settings schema's rule: an https:// address (SITE_URL from the environment is the deployer's, not an editor's).
    if (typeof settings?.siteUrl !== 'string' || !WEB_ADDRESS_PATTERN.test(settings.siteUrl)) {
      throw new Error(
        `${SETTINGS_FILE}: siteUrl: missing or not a full address starting with https:// (set it in the admin under Settings, e.g. https://www.example.com)`,
      );
    }
    siteUrl = settings.siteUrl;
  }
  return { site: siteUrl.replace(/\/+$/, ''), base: normalizeBase(env.BASE_PATH) };
}
