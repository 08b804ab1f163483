import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPreview } from '../lib/deploy/preview-server';
import { normalizeBase } from '../lib/urls';

/**
 * `npm run preview`: serves dist/ the way a CDN will (clean URLs, 404.html with status 404, `_redirects`,
 * `_headers`) below BASE_PATH, the variable the build read. `--port` (4321), `--host` (127.0.0.1) and
 * `--base` override.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});
const dist = join(process.cwd(), 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ holds no built site: run `npm run build` first.');
  process.exit(1);
}
const preview = await startPreview({
  dist,
  base: normalizeBase(values.base),
  host: values.host,
  port: Number(values.port),
});
console.log(`Serving dist/ as a CDN would at ${preview.url} (Ctrl+C stops it)`);
