import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  keepUnchanged,
  readRecord,
  removeUnproduced,
  stampFiles,
  writeRecord,
  type Kept,
  type OutputRecord,
} from '../lib/incremental/kept-output';
import { listFiles } from '../lib/output/dist-files';

const RECORD = 'kept-output.json';

/** What the after-build pass (`after-build.ts`) asks of the kept output, for the build under way. */
export interface KeptOutput {
  /** The integration: put it first in the list. */
  integration: AstroIntegration;
  /**
   * The digest of a bundle folder the last build left in `dist/` untouched (kept whole at the start of
   * this build), or `undefined`. A step that finds the digest it would build from can leave it there.
   */
  keptBundle(name: string): string | undefined;
  /** Records what `dist/` holds now, for the next build, with the bundles made (folder name to digest). */
  record(dist: string, bundles: Map<string, string>): void;
}

/**
 * Keeps unchanged output in `dist/` between builds instead of emptying it. Astro empties `dist/` and
 * then copies every page it can skip from its incremental cache, and the search index was copied back
 * the same way: thousands of copies on a warm build. With `integration` first in the list, a build
 * turns off Astro's emptying and empties `dist/` itself except for the pages and bundles the last build
 * recorded, whose size and modification time have not changed since (Astro leaves such a page alone
 * when it can skip it and writes over it when it cannot). After the routes ran, kept pages this build
 * did not produce are removed; at the end the after-build pass calls `record`. Without Astro's
 * incremental build this changes nothing: every page is written again.
 */
export function keptOutput(): KeptOutput {
  let dist = '';
  let recordFile = '';
  let enabled = false;
  let kept: Kept | undefined;
  /** Every file a route of this build wrote or kept, relative to dist/. */
  let produced = new Set<string>();
  return {
    integration: {
      name: 'quire:kept-output',
      hooks: {
        'astro:config:setup': ({ command, config, updateConfig }) => {
          enabled = command === 'build' && config.experimental.incrementalBuild === true;
          if (enabled) updateConfig({ vite: { build: { emptyOutDir: false } } });
        },
        'astro:config:done': ({ config }) => {
          dist = fileURLToPath(config.outDir);
          recordFile = fileURLToPath(new URL(RECORD, config.cacheDir));
        },
        'astro:build:start': ({ logger }) => {
          kept = undefined;
          if (!enabled) return;
          kept = keepUnchanged(dist, readRecord(recordFile));
          // dist/ changes from here on: a build that stops half-way leaves no record to trust.
          rmSync(recordFile, { force: true });
          const bundles = [...kept.bundles.keys()].map((name) => ` and ${name}/`).join('');
          if (kept.pages.size > 0) logger.info(`kept ${kept.pages.size} unchanged files${bundles} in dist/`);
        },
        'astro:build:done': ({ dir, assets, logger }) => {
          if (!kept) return;
          const site = fileURLToPath(dir);
          produced = new Set(
            [...assets.values()].flat().map((url) => fileURLToPath(url).slice(site.length).split('\\').join('/')),
          );
          const stale = removeUnproduced(site, kept.pages, produced);
          if (stale.length > 0) logger.info(`removed ${stale.length} files of pages this build no longer makes`);
        },
      },
    },
    keptBundle: (name) => kept?.bundles.get(name),
    record(site, bundles) {
      if (!kept) return;
      const record: OutputRecord = { version: 1, pages: stampFiles(site, produced), bundles: {} };
      for (const [name, digest] of bundles) {
        record.bundles[name] = { digest, files: stampFiles(`${site}${name}`, listFiles(`${site}${name}`)) };
      }
      writeRecord(recordFile, record);
    },
  };
}
