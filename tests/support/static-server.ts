import { startPreview } from '../../src/lib/deploy/preview-server';

/**
 * Serves a built `dist/` on 127.0.0.1 as a plain static host does (the server of `npm run preview`, with
 * `_headers` and `_redirects` ignored): clean URLs and `404.html` with status 404. `headers` are sent with
 * every response (e.g. those of the site's `_headers` file, see `readHeadersFile`).
 */
export async function serveStatic(
  root: string,
  headers: Record<string, string> = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  return startPreview({ dist: root, headers, hostFiles: false });
}
