import { readFileSync } from 'node:fs';
import { parseHeadersFile, siteWideHeaders } from '../../src/lib/deploy/headers-file';

/** The headers a `_headers` file (Netlify, Cloudflare Pages) sets for every path (`/*`), merged across its blocks. */
export const readHeadersFile = (file: string): Record<string, string> =>
  siteWideHeaders(parseHeadersFile(readFileSync(file, 'utf8')));
