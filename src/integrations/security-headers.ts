import type { AstroIntegration } from 'astro';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forgetBuiltPages } from '../lib/output/built-pages';
import { REVALIDATE } from '../lib/deploy/cache-rules';
import { cacheHeadersRules, renderHeadersFile } from '../lib/deploy/headers-file';
import { headersFileBlock, securityHeaders } from '../lib/output/security-headers';

/** The comment above the caching blocks of `_headers`. */
const CACHING = `Caching (src/lib/deploy/cache-rules.ts); pages and other files get the host default, ${REVALIDATE}`;

/**
 * Writes the caching rules and the security headers into `dist/_headers` (read by Netlify and
 * Cloudflare Pages), after any `_headers` copied from `public/`. Cache paths carry the base path; the
 * Content-Security-Policy allows exactly the inline scripts the build produced, by hash. Keep it last:
 * it must see the final HTML.
 */
export function securityHeadersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'quire:security-headers',
    hooks: {
      // Pages read by an earlier build in this process are forgotten; this build's steps share one read.
      'astro:build:start': () => forgetBuiltPages(),
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const file = join(dist, '_headers');
        const block = `${renderHeadersFile(CACHING, cacheHeadersRules(base))}\n${headersFileBlock(securityHeaders(dist))}`;
        if (existsSync(file))
          appendFileSync(file, `${readFileSync(file, 'utf8').endsWith('\n') ? '' : '\n'}\n${block}`);
        else writeFileSync(file, block);
        logger.info('wrote caching and security headers to _headers');
      },
    },
  };
}
