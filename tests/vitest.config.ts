import { defineConfig } from 'vitest/config';
import { requireNode } from '../src/lib/node-version.ts';

// On a Node older than package.json's engines, say so instead of failing the share-card tests.
requireNode();

const root = new URL('..', import.meta.url).pathname;

export default defineConfig({
  test: {
    root,
    projects: [
      // Pure, in-process tests: no child processes, worker threads or sites copied to disk; `npm run test:unit`
      // runs them in seconds. They share one worker (isolate: false saves a fresh worker per file, most of the
      // time on two cores), so a unit test leaves no global state behind: no stubbed globals or environment.
      {
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          isolate: false,
        },
      },
      // Tests that start the CLIs, draw share cards in worker threads or check fixture sites on disk.
      {
        test: {
          name: 'integration',
          root,
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'build',
          root,
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/build-sample.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          root,
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
