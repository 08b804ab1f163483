import type { TestProject } from 'vitest/node';
import { ASTRO_BIN, run } from './run';
import { createSandbox } from './sandbox';

/**
 * Builds the bundled sample site once for all build tests, in a sandbox copy so that parallel runs
 * never share a build folder or cache. The build runs in a time zone far from UTC, so a date read in
 * local time instead of as a calendar date would show up as a shifted day, and with
 * NODE_ENV=development, which must not let drafts into a build.
 */
export default async function setup(project: TestProject) {
  const sandbox = await createSandbox('sample');
  const log = await run([ASTRO_BIN, 'build'], {
    cwd: sandbox.dir,
    env: { TZ: 'America/Los_Angeles', NODE_ENV: 'development' },
  });
  project.provide('sampleDist', `${sandbox.dir}dist/`);
  project.provide('sampleRoot', sandbox.dir);
  project.provide('sampleBuildLog', log);
  return () => sandbox.remove();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dist/` of the sample build. */
    sampleDist: string;
    /** The sandbox the sample was built in. */
    sampleRoot: string;
    /** What the build printed. */
    sampleBuildLog: string;
  }
}
