import { posix } from 'node:path';
import type { Entry } from './check/entry';

/** Image types a Figure block may show (the same as Astro's image pipeline reads). */
export const FIGURE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'];

/**
 * The key a Figure's `src` is looked up by: the image's path from the project root with a leading `/`
 * (`../images/figures/x/a.png` written in `content/journal/x.mdx` gives `/content/images/figures/x/a.png`).
 */
export const figureKey = (src: string): string => `/content/${(src ?? '').replace(/^(\.\.\/|\.\/)+/, '')}`;

/**
 * The images the Figure blocks of live entries show, as lookup keys, sorted. A build bundles only
 * these, so the images of drafts and scheduled posts (and any other file under `content/images/`)
 * never reach `dist/`.
 */
export function liveFigureKeys(entries: readonly Entry[]): string[] {
  const keys = entries
    .filter((entry) => entry.live)
    .flatMap((entry) => entry.facts?.images ?? [])
    .filter((image) => image.field.endsWith('<Figure src>'))
    .map((image) => figureKey(image.url))
    .filter((key) => FIGURE_EXTENSIONS.includes(posix.extname(key).slice(1).toLowerCase()));
  return [...new Set(keys)].sort();
}
