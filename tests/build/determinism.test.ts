import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, inject, it } from 'vitest';
import { ASTRO_BIN, run } from '../support/run';
import { createSandbox } from '../support/sandbox';

/** Files that may differ between two builds of the same commit, with the reason (see README). None today. */
const MAY_DIFFER: Record<string, string> = {};

const digests = (dist: string): Map<string, string> => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
    );
  return new Map(
    walk(dist).map((file) => [relative(dist, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
};

it(
  'builds byte-identical dist/ twice from the same commit, in another folder and time zone',
  { timeout: 300_000 },
  async () => {
    const first = digests(inject('sampleDist'));
    const sandbox = await createSandbox('determinism');
    try {
      await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir, env: { TZ: 'Asia/Tokyo', NODE_ENV: 'development' } });
      const second = digests(`${sandbox.dir}dist/`);
      expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
      const differing = [...first.keys()].filter(
        (file) => first.get(file) !== second.get(file) && !(file in MAY_DIFFER),
      );
      expect(differing).toEqual([]);
    } finally {
      await sandbox.remove();
    }
  },
);
