import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A digest of the after-build reader and checks (this folder, and the sitemap's head facts), so that a
 * record or a check result kept from an earlier build never outlives a change to the code that made it.
 */
export const READER_CODE = (() => {
  const folder = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const file of readdirSync(folder).sort()) hash.update(file).update(readFileSync(join(folder, file)));
  hash.update(readFileSync(join(folder, '../seo/page-facts.ts')));
  return hash.digest('hex').slice(0, 32);
})();
