import { format, resolveConfig } from 'prettier';
import { FIXED_SECURITY_HEADERS } from '../output/security-headers';
import { CACHE_RULES } from './cache-rules';
import { HOST_BUILD } from './host-build';

const toVercelSource = (pattern: string) => pattern.replace(/\*/g, '(.*)');
const headerList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/**
 * `vercel.json` for a site at the root of its host: the build, clean URLs with trailing slashes, the
 * caching rules and the security headers that do not depend on the build (Vercel reads no `_headers`,
 * so the build's Content-Security-Policy is not sent there).
 */
export async function vercelJson(): Promise<string> {
  const config = {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    buildCommand: HOST_BUILD.command,
    outputDirectory: HOST_BUILD.output,
    trailingSlash: true,
    headers: [
      ...CACHE_RULES.flatMap((rule) =>
        rule.paths.map((path) => ({
          source: toVercelSource(path),
          headers: headerList({ 'Cache-Control': rule.cacheControl }),
        })),
      ),
      { source: '/(.*)', headers: headerList(FIXED_SECURITY_HEADERS) },
    ],
  };
  // Written on one line and laid out by Prettier, so each rule fits on a line of its own.
  const options = await resolveConfig(new URL('../../../vercel.json', import.meta.url));
  return format(JSON.stringify(config), { ...options, parser: 'json' });
}
