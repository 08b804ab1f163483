import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRO_BIN, run, start } from '../support/run';
import { createSandbox, freePort, waitForPage } from '../support/sandbox';

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let server: Awaited<ReturnType<typeof start>> | undefined;
let origin: string;

beforeAll(async () => {
  sandbox = await createSandbox('admin-build');
  await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir, env: { QUIRE_ADMIN_BUILD: 'true', QUIRE_OG: 'off' } });
  const port = await freePort();
  server = await start([`${sandbox.dir}dist-admin/server/entry.mjs`], /listening on (http:\/\/127\.0\.0\.1:\d+)/i, {
    cwd: sandbox.dir,
    env: { HOST: '127.0.0.1', PORT: String(port) },
  });
  origin = `http://127.0.0.1:${port}`;
  await waitForPage(`${origin}/journal/`);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await sandbox?.remove();
});

describe('npm run build:admin', () => {
  it('produces a Node server next to the prerendered site', () => {
    expect(existsSync(`${sandbox.dir}dist-admin/server/entry.mjs`)).toBe(true);
    expect(existsSync(`${sandbox.dir}dist-admin/client/journal/index.html`)).toBe(true);
  });

  it('serves the admin at /keystatic on 127.0.0.1', async () => {
    const response = await fetch(`${origin}/keystatic`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('keystatic');
  });

  it('serves the site pages too', async () => {
    const html = await (await fetch(`${origin}/services/code-audit/`)).text();
    expect(html).toContain('<h1');
  });

  it('leaves the public build without an admin', () => {
    expect(existsSync(`${sandbox.dir}dist`)).toBe(false);
    expect(readdirSync(`${sandbox.dir}dist-admin/client`)).not.toContain('keystatic');
  });
});
