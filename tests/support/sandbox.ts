import { cp, mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { ROOT } from './run';

/** What a sandbox copies: everything a site needs except installed packages, which resolve from the repository. */
export const PROJECT_FILES = [
  'package.json',
  'astro.config.mjs',
  'keystatic.config.ts',
  'tsconfig.json',
  'src',
  'content',
  'public',
];

/**
 * Copies the project into `.cache/sandboxes/<name>/` so tests can let the admin write content and
 * build it without touching the repository's own files. Packages resolve from the repository's
 * node_modules one level up.
 */
export async function createSandbox(name: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = `${ROOT}.cache/sandboxes/${name}-${process.pid}/`;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const entry of PROJECT_FILES) {
    await cp(`${ROOT}${entry}`, `${dir}${entry}`, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Waits until a URL answers 200: a dev server prints its address before its routes are ready. */
export async function waitForPage(url: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last: ${last})`);
}
