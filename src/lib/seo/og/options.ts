/** Where cards are cached when QUIRE_OG_CACHE does not say (relative to the project root). */
export const DEFAULT_CACHE_DIR = '.cache/og';

/** Whether an environment value turns card generation off (`QUIRE_OG=off`, `false` or `0`). */
export const isOffValue = (value: string | undefined): boolean => /^(off|false|0|no)$/i.test(value?.trim() ?? '');

/**
 * Whether share images are generated: the `ogImages` setting and QUIRE_OG (read by the og-images
 * integration at startup) must both allow it.
 */
export function ogEnabled(
  settings: { ogImages: boolean },
  env: string | undefined = import.meta.env.QUIRE_OG,
): boolean {
  return settings.ogImages && !isOffValue(env);
}

/** The cache folder the og-images integration chose (absolute). */
export const ogCacheDir = (): string => import.meta.env.QUIRE_OG_CACHE || DEFAULT_CACHE_DIR;
