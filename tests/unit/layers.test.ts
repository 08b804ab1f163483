import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * The layers of the code, top first: a file may import from its own layer and from any layer below it,
 * never from one above ("uphill"). The first layer whose prefix a path starts with is its layer.
 * Routes (pages, and the redirect routes an integration injects) and the configuration files sit on
 * top; layouts and components render what the site logic works out; `lib/` (content, the check, SEO
 * with its share images, output checks) stands only on the content model, which imports nothing
 * of the project but itself.
 */
const LAYERS: readonly { name: string; rank: number; prefixes: readonly string[] }[] = [
  {
    name: 'top',
    rank: 6,
    prefixes: [
      'astro.config.mjs',
      'keystatic.config.ts',
      'src/content.config.ts',
      'src/cli/',
      'src/pages/',
      'src/redirects/',
    ],
  },
  { name: 'layouts', rank: 5, prefixes: ['src/layouts/'] },
  { name: 'components', rank: 4, prefixes: ['src/components/'] },
  { name: 'integrations', rank: 3, prefixes: ['src/integrations/'] },
  { name: 'lib', rank: 2, prefixes: ['src/lib/'] },
  { name: 'keystatic', rank: 1, prefixes: ['src/keystatic/'] },
  // Each type's folder, URL, fields and blocks: the admin's collections and the site logic are built from it.
  { name: 'content-model', rank: 0, prefixes: ['src/content-model/'] },
  { name: 'assets', rank: 0, prefixes: ['src/styles/', 'src/env.d.ts'] },
];

const layerOf = (path: string) => LAYERS.find((layer) => layer.prefixes.some((prefix) => path.startsWith(prefix)));

/** Module names in `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"\n]+)\1/gm;

/** Every relative import of `files` (path from the root to source text) that climbs a layer, as `file -> imported`. */
export function uphillImports(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, source] of files) {
    const from = layerOf(file);
    if (!from) {
      found.push(`${file}: in no layer (add it to LAYERS)`);
      continue;
    }
    for (const match of source.matchAll(SPECIFIER)) {
      const specifier = match[2]!;
      if (!specifier.startsWith('.')) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      const to = layerOf(target);
      if (!to) found.push(`${file} -> ${target}: imports a file in no layer`);
      else if (to !== from && to.rank >= from.rank) found.push(`${file} -> ${target}`);
    }
  }
  return found;
}

function sourceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|astro|mjs)$/.test(entry.name)) files.set(relative(ROOT, path), readFileSync(path, 'utf8'));
    }
  };
  walk(join(ROOT, 'src'));
  for (const top of ['astro.config.mjs', 'keystatic.config.ts']) files.set(top, readFileSync(join(ROOT, top), 'utf8'));
  return files;
}

describe('layers', () => {
  it('finds an import that climbs, and lets one go down or sideways within a layer', () => {
    const files = new Map([
      ['src/lib/seo/a.ts', "import { b } from '../../components/b';\nimport { c } from './c';"],
      ['src/lib/seo/c.ts', "export { x } from '../../content-model/x';\nconst y = await import('../../pages/y');"],
      ['src/content-model/x.ts', "import '../keystatic/fields';\nimport { z } from 'astro/zod';"],
      ['src/pages/y.astro', "---\nimport Base from '../layouts/Base.astro';\n---"],
      ['src/stray.ts', ''],
    ]);
    expect(uphillImports(files)).toEqual([
      'src/lib/seo/a.ts -> src/components/b',
      'src/lib/seo/c.ts -> src/pages/y',
      'src/content-model/x.ts -> src/keystatic/fields',
      'src/stray.ts: in no layer (add it to LAYERS)',
    ]);
  });

  it('has no import in src/ that points up a layer', () => {
    const files = sourceFiles();
    expect(files.size).toBeGreaterThan(100);
    expect(uphillImports(files)).toEqual([]);
  });
});
