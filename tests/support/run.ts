import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Astro's CLI, run with the same Node as the tests. */
export const ASTRO_BIN = `${ROOT}node_modules/astro/bin/astro.mjs`;

/**
 * The environment a person's shell would give a command: the test runner's own variables removed (Vitest also
 * sets Vite's BASE_URL, DEV, PROD and SSR, and an inherited BASE_URL overrides a build's base path).
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$|BASE_URL$|DEV$|PROD$|SSR$)/.test(key),
    ),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/**
 * Runs a command to completion; rejects with its output when it fails. The output comes without terminal
 * colours, which a CI runner's FORCE_COLOR turns on (Astro's logger colours each integration's name).
 */
export function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? ROOT,
      env: cleanEnv(options.env),
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      output = stripVTControlCharacters(output);
      if (code === 0) resolve(output);
      else reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

/** Starts a long-running command and resolves once its output matches `ready`. */
export function start(
  args: string[],
  ready: RegExp,
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<{ child: ChildProcess; output: () => string; match: RegExpMatchArray; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? ROOT,
      env: cleanEnv(options.env),
      detached: true,
    });
    let raw = '';
    let output = '';
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          done();
        }
      });
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${args.join(' ')} did not become ready:\n${output}`));
    }, options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer) => {
      raw += chunk.toString();
      output = stripVTControlCharacters(raw);
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ child, output: () => output, match, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}
