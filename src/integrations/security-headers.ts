import type { AstroIntegration } from 'astro';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recalled, remember } from '../lib/incremental/remembered';
import { distStamp } from '../lib/output/built-pages';
import { collectInlineCode, type InlineCode } from '../lib/output/inline-code';
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
  let cacheDir = '';
  /** The inline code of dist/, recalled from the last build when no page changed. */
  const inlineCode = (dist: string): InlineCode => {
    const stamp = distStamp(dist);
    const known = recalled(cacheDir, stamp, 'inline code');
    if (known) return JSON.parse(known) as InlineCode;
    const code = collectInlineCode(dist);
    remember(cacheDir, stamp, 'inline code', JSON.stringify(code));
    return code;
  };
  return {
    name: 'quire:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = fileURLToPath(new URL('security-headers/', config.cacheDir));
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const file = join(dist, '_headers');
        const block = `${renderHeadersFile(CACHING, cacheHeadersRules(base))}\n${headersFileBlock(securityHeaders(dist, inlineCode(dist)))}`;
        if (existsSync(file))
          appendFileSync(file, `${readFileSync(file, 'utf8').endsWith('\n') ? '' : '\n'}\n${block}`);
        else writeFileSync(file, block);
        logger.info('wrote caching and security headers to _headers');
      },
    },
  };
}
