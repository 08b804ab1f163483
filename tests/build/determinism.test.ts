import { expect, inject, it } from 'vitest';
import { ASTRO_BIN, run } from '../support/run';
import { fileDigests } from '../support/files';
import { createSandbox } from '../support/sandbox';

/**
 * Files that may differ between two builds of the same commit, with the reason (see "Deterministic output"
 * in docs/content-model.md). None today.
 */
const MAY_DIFFER: Record<string, string> = {};

it(
  'builds byte-identical dist/ twice from the same commit, in another folder and time zone',
  { timeout: 300_000 },
  async () => {
    const first = fileDigests(inject('sampleDist'));
    const sandbox = await createSandbox('determinism');
    try {
      await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir, env: { TZ: 'Asia/Tokyo', NODE_ENV: 'development' } });
      const second = fileDigests(`${sandbox.dir}dist/`);
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
