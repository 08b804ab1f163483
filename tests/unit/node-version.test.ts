import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_NODE, nodeAtLeast, nodeVersionProblem, requireNode } from '../../src/lib/node-version';

describe('the Node.js version check', () => {
  it('compares major, minor and patch as numbers, with or without a leading v', () => {
    expect(nodeAtLeast('22.18.0')).toBe(true);
    expect(nodeAtLeast('v22.18.0')).toBe(true);
    expect(nodeAtLeast('22.18.1')).toBe(true);
    expect(nodeAtLeast('22.23.3')).toBe(true);
    expect(nodeAtLeast('23.0.0')).toBe(true);
    expect(nodeAtLeast('24.1.0')).toBe(true);
    expect(nodeAtLeast('22.17.1')).toBe(false);
    expect(nodeAtLeast('22.12.0')).toBe(false);
    expect(nodeAtLeast('22.9.0'), '9 < 18 as numbers, not as text').toBe(false);
    expect(nodeAtLeast('20.19.5')).toBe(false);
    expect(nodeAtLeast('18.20.0')).toBe(false);
    expect(nodeAtLeast('22.18.0-pre')).toBe(true);
    expect(nodeAtLeast('1.2.3', '1.2.4')).toBe(false);
    expect(nodeAtLeast('1.10.0', '1.9.9')).toBe(true);
  });

  it('refuses an older Node with the version it needs and the one it found', () => {
    expect(nodeVersionProblem('22.18.0')).toBeUndefined();
    expect(nodeVersionProblem('22.12.0')).toMatch(/^Quire needs Node\.js 22\.18 or newer \(this is v22\.12\.0\): /);
    expect(() => requireNode('v20.11.1')).toThrow('Quire needs Node.js 22.18 or newer (this is v20.11.1)');
    expect(() => requireNode('22.18.0')).not.toThrow();
    expect(() => requireNode()).not.toThrow();
  });

  it("is package.json's engines.node", () => {
    const { engines } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      engines: { node: string };
    };
    expect(engines.node).toBe(`>=${MIN_NODE}`);
  });
});
