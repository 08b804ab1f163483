import { readFileSync } from 'node:fs';

/** The headers a `_headers` file (Netlify, Cloudflare Pages) sets for every path (`/*`), merged across its blocks. */
export function readHeadersFile(file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let everyPath = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) everyPath = line.trim() === '/*';
    else if (everyPath) {
      const [name, ...value] = line.trim().split(':');
      headers[name!.trim()] = value.join(':').trim();
    }
  }
  return headers;
}
