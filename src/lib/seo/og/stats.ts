/** How many cards a build needs, drew and took from the image cache (the rest Astro kept from the last build). */
export interface OgStats {
  planned: number;
  rendered: string[];
  /** Cards drawn in worker threads (the rest of `rendered` were drawn in the build thread). */
  inWorkers: number;
  cached: string[];
  /** Cards the og-images integration set out to draw before the build, from the content check. */
  early: number;
  /** Cards the build planned that the plan before the build did not have (it should have them all). */
  missedEarly: number;
}

const KEY = Symbol.for('quire.og.stats');

/**
 * The counts of the running build, kept on `globalThis` so the og-images integration (loaded by the
 * Astro config) and the image route (loaded by the build) see the same object.
 */
export function ogStats(): OgStats {
  const holder = globalThis as { [KEY]?: OgStats };
  holder[KEY] ??= { planned: 0, rendered: [], inWorkers: 0, cached: [], early: 0, missedEarly: 0 };
  return holder[KEY];
}

/** Starts counting afresh (at the start of each build). */
export function resetOgStats(): void {
  const stats = ogStats();
  stats.planned = 0;
  stats.inWorkers = 0;
  stats.early = 0;
  stats.missedEarly = 0;
  stats.rendered.length = 0;
  stats.cached.length = 0;
}
