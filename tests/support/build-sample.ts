import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { ASTRO_BIN, ROOT, run } from './run';

/** Where the build tests find the sample site's static output. */
export const SAMPLE_DIST = `${ROOT}.cache/test-builds/sample/`;

/**
 * Builds the bundled sample site once for all build tests. The build runs in a time zone far from
 * UTC, so a date read in local time instead of as a calendar date would show up as a shifted day,
 * and with NODE_ENV=development, which must not let drafts into a build.
 */
export default async function setup(project: TestProject) {
  await rm(SAMPLE_DIST, { recursive: true, force: true });
  const log = await run([ASTRO_BIN, 'build', '--outDir', SAMPLE_DIST], {
    env: { TZ: 'America/Los_Angeles', NODE_ENV: 'development' },
  });
  project.provide('sampleDist', SAMPLE_DIST);
  project.provide('sampleBuildLog', log);
}

declare module 'vitest' {
  export interface ProvidedContext {
    sampleDist: string;
    sampleBuildLog: string;
  }
}
