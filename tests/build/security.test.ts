import { load } from 'cheerio';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { findSourceMaps } from '../../src/lib/output/check-dist';
import { cspHash } from '../../src/lib/output/inline-code';
import { siteScriptHashes } from '../../src/lib/output/site-scripts';
import { readHeadersFile } from '../support/headers-file';

const dist = inject('sampleDist');
const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : path.endsWith('.html') ? [path] : [];
  });

describe('security headers of the sample build', () => {
  const headers = readHeadersFile(join(dist, '_headers'));
  const policy = Object.fromEntries(
    (headers['Content-Security-Policy'] ?? '').split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );

  it('ships a _headers file with the headers a CDN needs', () => {
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
    });
    expect(headers['Permissions-Policy']).toContain('camera=()');
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
  });

  it("allows only the site's own inline script, known from source, which is all the pages contain", () => {
    const inline = new Set<string>();
    for (const file of pages(dist)) {
      const $ = load(readFileSync(file, 'utf8'));
      $('script:not([src])')
        .filter((_, s) => ['', 'module', 'text/javascript'].includes($(s).attr('type') ?? ''))
        .each((_, s) => void inline.add(cspHash($(s).text())));
    }
    const hashes = policy['script-src']!.filter((s) => s.startsWith("'sha256-"));
    expect(hashes.sort()).toEqual(siteScriptHashes());
    expect([...inline].sort()).toEqual(siteScriptHashes());
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    expect(policy['script-src']).not.toContain("'unsafe-eval'");
  });

  it('marks every link to another site rel="noopener"', () => {
    for (const file of pages(dist)) {
      const $ = load(readFileSync(file, 'utf8'));
      const bare = $('a[href^="http"], a[href^="//"]').filter(
        (_, a) => !($(a).attr('rel') ?? '').split(/\s+/).includes('noopener'),
      );
      expect(bare.map((_, a) => $(a).attr('href')).get(), file).toEqual([]);
    }
  });

  it('ships no source maps', () => {
    expect(findSourceMaps(dist)).toEqual([]);
  });
});
