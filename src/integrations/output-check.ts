import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { recalled, remember } from '../lib/incremental/remembered';
import { distStamp } from '../lib/output/built-pages';
import { checkDist, findSourceMaps } from '../lib/output/check-dist';

/**
 * After the build: every internal link, image and `#anchor` in `dist/` must resolve (respecting the
 * base path), no page may carry inline event handlers or `javascript:` URLs, and no source maps ship
 * unless `vite.build.sourcemap` asks for them. Any failure fails the build with one line per problem.
 * Keep it after integrations that write into `dist/` (search index, feeds).
 */
export function outputCheck(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  let sourcemaps = false;
  let cacheDir = '';
  return {
    name: 'quire:output-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
        sourcemaps = Boolean(config.vite.build?.sourcemap);
        cacheDir = fileURLToPath(new URL('output-check/', config.cacheDir));
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // A dist/ identical to the one the last build checked (same files, pages, feeds and check code)
        // passed then; a warm incremental build usually produces exactly that.
        const stamp = distStamp(dist);
        const inputs = { site, base, sourcemaps };
        if (recalled(cacheDir, stamp, inputs) !== undefined) {
          logger.info(
            'every internal link, image and anchor in dist/ resolves (checked by the last build: no file changed)',
          );
          return;
        }
        const problems = checkDist(dist, { site, base });
        if (!sourcemaps) {
          problems.push(
            ...findSourceMaps(dist).map((file) => `dist/${file}: a source map (set vite.build.sourcemap to ship them)`),
          );
        }
        if (problems.length) {
          throw new Error(
            `The built site has ${problems.length} broken link(s) or unsafe output:\n${problems.join('\n')}`,
          );
        }
        remember(cacheDir, stamp, inputs, 'passed');
        logger.info('every internal link, image and anchor in dist/ resolves');
      },
    },
  };
}
