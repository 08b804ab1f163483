import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { quietAdminReloads } from '../../src/integrations/admin-reload';

/** The installed Vite's browser client, whose code the admin patch edits. */
const viteClient = () => {
  const require = createRequire(import.meta.url);
  const id = join(require.resolve('vite/package.json'), '../dist/client/client.mjs');
  return { id, code: readFileSync(id, 'utf8') };
};

/** Runs the integration's setup and returns its Vite plugin's transform of `code`, and any warning. */
function patch(code: string, id: string) {
  const warnings: string[] = [];
  let plugin: Plugin | undefined;
  const setup = quietAdminReloads().hooks['astro:config:setup'] as (params: unknown) => void;
  setup({
    config: { base: '/' },
    logger: { warn: (message: string) => warnings.push(message) },
    updateConfig: (config: { vite: { plugins: Plugin[] } }) => (plugin = config.vite.plugins[0]),
  });
  const transform = plugin!.transform as (code: string, id: string) => string | undefined;
  return { result: transform(code, id), warnings };
}

describe("the admin's patch of Vite's browser client", () => {
  it("finds what it edits in the installed Vite (fails when Vite's client changes shape)", () => {
    const { id, code } = viteClient();
    const { result, warnings } = patch(code, id);
    expect(warnings).toEqual([]);
    expect(result).toContain('case "full-reload": if (new RegExp("^/keystatic(/|$)").test(location.pathname)) break;');
    expect(result).toContain(
      'function createErrorOverlay(err) { if (new RegExp("^/keystatic(/|$)").test(location.pathname)) { console.error(err.message); return; }',
    );
  });

  it('never draws the error overlay on the admin, and still does on the site', () => {
    const { id, code } = viteClient();
    const overlay = /function createErrorOverlay\(err\) \{[\s\S]*?\n\}/.exec(patch(code, id).result!)![0];
    const drawn: string[] = [];
    const run = (pathname: string) =>
      new Function(
        'location',
        'overlayId',
        'clearErrorOverlay',
        'globalThis',
        'document',
        'console',
        `${overlay}; createErrorOverlay({ message: 'ImageNotFound' });`,
      )(
        { pathname },
        'vite-error-overlay',
        () => undefined,
        { customElements: { get: () => class {} } },
        { body: { appendChild: () => drawn.push(pathname) } },
        { error: () => undefined },
      );
    run('/keystatic/collection/posts/item/x');
    run('/journal/x/');
    expect(drawn).toEqual(['/journal/x/']);
  });

  it('leaves other modules alone, and warns when the client no longer matches', () => {
    expect(patch('case "full-reload":', '/src/x.ts').result).toBeUndefined();
    const { result, warnings } = patch('export {}', '/node_modules/vite/dist/client/client.mjs');
    expect(result).toBeUndefined();
    expect(warnings[0]).toMatch(/Vite's client has changed/);
  });
});
