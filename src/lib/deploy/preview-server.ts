import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { normalizeBase } from '../urls';
import { REVALIDATE } from './cache-rules';
import { contentTypeOf } from './content-types';
import { headersFor, parseHeadersFile } from './headers-file';
import { answer, type HostedSite } from './preview-routing';
import { parseRedirectsFile } from './redirects-file';

/** Where and how to serve a built site. */
export interface PreviewOptions {
  /** The built site (`dist/`). */
  dist: string;
  /** Base path it was built for (`/`, `/insights`); default `/`. */
  base?: string;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Port; 0 (the default) picks a free one. */
  port?: number;
  /** Headers sent with every response, replacing same-named ones from `_headers`. */
  headers?: Record<string, string>;
  /** Whether `_headers` and `_redirects` apply (default), or are ignored as GitHub Pages and S3 do. */
  hostFiles?: boolean;
}

/** A running preview: its origin, the site's address below the base path, and how to stop it. */
export interface Preview {
  origin: string;
  url: string;
  close: () => Promise<void>;
}

const readIfThere = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

/**
 * Serves a built site as a CDN does: below its base path, with clean URLs, `404.html` answered with
 * status 404, the `_redirects` file honoured and the `_headers` file applied (pages and files no rule
 * covers get the hosts' default `Cache-Control`), plus ETags so revalidation answers 304.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const dist = resolve(options.dist);
  const base = normalizeBase(options.base);
  const hostFile = (name: string) => (options.hostFiles === false ? '' : readIfThere(join(dist, name)));
  const site: HostedSite = { dist, base, redirects: parseRedirectsFile(hostFile('_redirects')) };
  const rules = parseHeadersFile(hostFile('_headers'));

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://preview.local');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const found = await answer(path, site);
    const headers = { 'Cache-Control': REVALIDATE, ...headersFor(rules, path), ...options.headers };
    if ('location' in found) {
      response.writeHead(found.status, { ...headers, location: `${found.location}${url.search}` }).end();
      return;
    }
    if (!found.file) {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    await sendFile(response, found.file, found.status, headers, request.headers['if-none-match'], request.method);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', done));
  const { address, port } = server.address() as AddressInfo;
  const origin = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

async function sendFile(
  response: ServerResponse,
  file: string,
  status: number,
  headers: Record<string, string>,
  ifNoneMatch: string | undefined,
  method: string | undefined,
): Promise<void> {
  const { size, mtimeMs } = await stat(file);
  const etag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
  const all = { ...headers, 'content-type': contentTypeOf(file), etag };
  if (status === 200 && ifNoneMatch === etag) {
    response.writeHead(304, all).end();
    return;
  }
  response.writeHead(status, { ...all, 'content-length': size });
  if (method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}
