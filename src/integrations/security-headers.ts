import type { AstroIntegration } from 'astro';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFileBlock, securityHeaders } from '../lib/output/security-headers';

/**
 * Writes the security headers into `dist/_headers` (read by Netlify and Cloudflare Pages), after any
 * `_headers` copied from `public/`. The Content-Security-Policy allows exactly the inline scripts the
 * build produced, by hash. Keep it last: it must see the final HTML.
 */
export function securityHeadersFile(): AstroIntegration {
  return {
    name: 'quire:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const file = join(dist, '_headers');
        const block = headersFileBlock(securityHeaders(dist));
        if (existsSync(file))
          appendFileSync(file, `${readFileSync(file, 'utf8').endsWith('\n') ? '' : '\n'}\n${block}`);
        else writeFileSync(file, block);
        logger.info('wrote security headers to _headers');
      },
    },
  };
}
