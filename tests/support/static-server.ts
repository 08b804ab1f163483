import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * Serves a built `dist/` on 127.0.0.1 the way a static host does: `/x/` from `x/index.html`, `/x` redirected
 * to `/x/` when that folder has an index, and `404.html` with status 404 for anything else. `headers` are
 * sent with every response (e.g. those of the site's `_headers` file, see `readHeadersFile`).
 */
export async function serveStatic(
  root: string,
  headers: Record<string, string> = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(400).end();
      return;
    }
    let target: string | undefined;
    let status = 200;
    if (path.endsWith('/') && (await isFile(join(file, 'index.html')))) target = join(file, 'index.html');
    else if (!path.endsWith('/') && (await isFile(file))) target = file;
    else if (!path.endsWith('/') && (await isFile(join(file, 'index.html')))) {
      response.writeHead(301, { location: `${path}/` }).end();
      return;
    } else {
      target = join(root, '404.html');
      status = 404;
    }
    response.writeHead(status, { ...headers, 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
