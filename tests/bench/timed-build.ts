import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ASTRO_BIN, cleanEnv } from '../support/run';

/** What one `astro build` cost and printed. */
export interface BuildRun {
  /** Wall time from spawn to exit, in milliseconds. */
  ms: number;
  /** Largest resident set of the build process (from GNU time), in MB; `undefined` without /usr/bin/time. */
  peakMb?: number;
  /** Share images drawn, taken from the image cache and kept from the last build's output (`share images:` line). */
  og?: { drawn: number; cached: number; kept: number };
  /** What the build printed, colours removed. */
  log: string;
}

const TIME = '/usr/bin/time';

/** Reads the `share images: N drawn ..., M from cache, K kept from the last build` line of the og-images integration. */
export function parseOgLine(log: string): BuildRun['og'] {
  const match = log.match(/share images: (\d+) drawn.*?, (\d+) from cache(?:, (\d+) kept)?/);
  return match ? { drawn: Number(match[1]), cached: Number(match[2]), kept: Number(match[3] ?? 0) } : undefined;
}

/** Reads GNU time's `Maximum resident set size (kbytes): N` as MB. */
export function parsePeakMb(log: string): number | undefined {
  const match = log.match(/Maximum resident set size \(kbytes\): (\d+)/);
  return match ? Math.round(Number(match[1]) / 1024) : undefined;
}

/** The command that runs `argv` on the first `cores` cores only (Linux `taskset`), or `argv` itself. */
export function pinned(argv: string[], cores?: number): string[] {
  return cores === undefined ? argv : ['taskset', '-c', cores === 1 ? '0' : `0-${cores - 1}`, ...argv];
}

/**
 * Runs `astro build` in `dir`, timed, under GNU time when it is installed, on the first `cores` cores
 * when given (Node's `availableParallelism()` then reports that many, so the card workers follow);
 * rejects when the build fails.
 */
export function timedBuild(dir: string, env: Record<string, string> = {}, cores?: number): Promise<BuildRun> {
  const withTime = existsSync(TIME);
  const [command, ...args] = pinned(
    withTime ? [TIME, '-v', process.execPath, ASTRO_BIN, 'build'] : [process.execPath, ASTRO_BIN, 'build'],
    cores,
  ) as [string, ...string[]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: dir, env: cleanEnv(env) });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Math.round(performance.now() - started);
      log = log.replace(/\x1b\[[0-9;]*m/g, '');
      if (code !== 0) return reject(new Error(`astro build in ${dir} exited with ${code}:\n${log.slice(-4000)}`));
      resolve({ ms, peakMb: parsePeakMb(log), og: parseOgLine(log), log });
    });
  });
}
