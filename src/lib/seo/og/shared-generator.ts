import type { CardGenerator } from './generator';
import type { Brand } from './templates';

const KEY = Symbol.for('quire.og.generator');

interface Shared {
  cacheDir: string;
  brand: string;
  generator: CardGenerator;
}

/**
 * Offers the card generator the og-images integration started drawing with before the build (kept on
 * `globalThis`: the integration is loaded with the Astro config, the image route with the build), so the
 * route takes over its drawings instead of starting them again.
 */
export function shareGenerator(cacheDir: string, brand: Brand, generator: CardGenerator): void {
  (globalThis as { [KEY]?: Shared })[KEY] = { cacheDir, brand: JSON.stringify(brand), generator };
}

/** The shared generator, if one was started for the same image cache and brand (otherwise `undefined`). */
export function sharedGenerator(cacheDir: string, brand: Brand): CardGenerator | undefined {
  const shared = (globalThis as { [KEY]?: Shared })[KEY];
  return shared?.cacheDir === cacheDir && shared.brand === JSON.stringify(brand) ? shared.generator : undefined;
}
