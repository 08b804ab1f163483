import { startPreview } from '../../src/lib/deploy/preview-server';

/**
 * Serves a built `dist/` on 127.0.0.1 as a static host does (the preview server of `npm run preview`):
 * clean URLs, `404.html` with status 404, and the site's `_headers` and `_redirects`. `headers` are sent
 * with every response on top (e.g. those of the site's `_headers` file, see `readHeadersFile`).
 */
export async function serveStatic(
  root: string,
  headers: Record<string, string> = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  return startPreview({ dist: root, headers });
}
