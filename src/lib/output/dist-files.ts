import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, as sorted `/`-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  const walk = (current: string): string[] =>
    readdirSync(current, { withFileTypes: true }).flatMap((item) =>
      item.isDirectory()
        ? walk(join(current, item.name))
        : [relative(dir, join(current, item.name)).split('\\').join('/')],
    );
  return walk(dir).sort();
}

/** The URL path a built file is served at below `base`: `journal/x/index.html` → `/base/journal/x/`. */
export function urlPathOf(file: string, base: string): string {
  const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${base.replace(/\/?$/, '/')}${path}`;
}
