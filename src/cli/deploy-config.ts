import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../integrations/site-config';
import { parseHeadersFile, siteWideHeaders } from '../lib/deploy/headers-file';
import { netlifyToml } from '../lib/deploy/netlify-toml';
import { nginxConf } from '../lib/deploy/nginx-conf';
import { parseRedirectsFile } from '../lib/deploy/redirects-file';
import { s3SyncCommands } from '../lib/deploy/s3-sync';
import { vercelJson } from '../lib/deploy/vercel-json';

/**
 * `npm run deploy:config` writes netlify.toml and vercel.json from the caching rules.
 * `npm run deploy:config -- nginx [--root DIR] [--listen ADDR]` prints an nginx config for the build in dist/.
 * `npm run deploy:config -- s3 [BUCKET]` prints the `aws s3 sync` commands that upload it.
 * The base path and host come from BASE_PATH and SITE_URL (or the settings), as in the build.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string', default: '/var/www/quire' },
    listen: { type: 'string', default: '80' },
  },
});
const root = process.cwd();
const [format, bucket] = positionals;
const built = (file: string) => {
  if (!existsSync(join(root, 'dist', file))) {
    console.error(`deploy:config: dist/${file} is missing (run npm run build first)`);
    process.exit(1);
  }
  return readFileSync(join(root, 'dist', file), 'utf8');
};

if (format === 'nginx') {
  const { site, base } = siteConfig(process.env, root);
  process.stdout.write(
    nginxConf({
      base,
      serverName: new URL(site).hostname,
      root: values.root,
      listen: values.listen,
      headers: siteWideHeaders(parseHeadersFile(built('_headers'))),
      redirects: parseRedirectsFile(built('_redirects')),
    }),
  );
} else if (format === 's3') {
  process.stdout.write(s3SyncCommands(siteConfig(process.env, root).base, bucket));
} else if (format === undefined) {
  writeFileSync(join(root, 'netlify.toml'), netlifyToml());
  writeFileSync(join(root, 'vercel.json'), await vercelJson());
  console.log('wrote netlify.toml and vercel.json');
} else {
  console.error(
    `deploy:config: unknown format "${format}" (use nginx or s3, or nothing for netlify.toml and vercel.json)`,
  );
  process.exitCode = 1;
}
