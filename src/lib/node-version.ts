/**
 * The oldest Node.js Quire runs on, as `engines.node` in package.json says (a unit test keeps the two
 * equal). Share cards are drawn in worker threads that run a `.ts` file, which needs the type stripping
 * Node has on by default since 22.18; on an older Node every card would fail to draw.
 */
export const MIN_NODE = '22.18.0';

const parts = (version: string) => version.replace(/^v/, '').split(/[.+-]/).slice(0, 3).map(Number);

/** Whether `version` (as in process.versions.node, with or without a leading v) is `min` or newer. */
export function nodeAtLeast(version: string, min = MIN_NODE): boolean {
  const have = parts(version);
  const need = parts(min);
  for (let i = 0; i < 3; i++) {
    const a = have[i] || 0;
    const b = need[i] || 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** The refusal a build on `version` gets, or undefined when that Node is new enough. */
export function nodeVersionProblem(version: string): string | undefined {
  if (nodeAtLeast(version)) return undefined;
  const [major, minor] = MIN_NODE.split('.');
  return (
    `Quire needs Node.js ${major}.${minor} or newer (this is ${version.replace(/^v?/, 'v')}): share images are ` +
    "drawn by a TypeScript worker, which needs Node's built-in type stripping. Install a newer Node " +
    '(in this folder, `nvm install` installs the latest Node 22, as .nvmrc says) and run the command again.'
  );
}

/** Stops a build, dev server or test run that starts on a Node too old for it, as its config loads. */
export function requireNode(version = process.versions.node): void {
  const problem = nodeVersionProblem(version);
  if (problem) throw new Error(problem);
}
