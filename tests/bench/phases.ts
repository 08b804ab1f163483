const FAMILIES: [RegExp, string][] = [
  [/^\/og\//, 'routes: share images'],
  [/^\/journal\/(?!category\/)[^/]+\/index\.html$/, 'routes: articles'],
  [/\.md$/, 'routes: Markdown copies'],
  [/rss\.xml$/, 'routes: feeds'],
  [/index\.html$/, 'routes: listings and other pages'],
];

const seconds = (value: string, unit: string, minutes = '0') =>
  Number(minutes) * 60 + (unit === 'ms' ? Number(value) / 1000 : Number(value));
const clock = (line: string) => {
  const match = line.match(/^(\d\d):(\d\d):(\d\d) /);
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
};

/**
 * Where a build's time went, in seconds, read from Astro's own log: the per-route times Astro prints
 * while generating static routes (summed by kind of route), its stage times (`Completed in`, `built in`),
 * and, from the log's clock (whole seconds), the time from the last route to the search index.
 */
export function buildPhases(log: string): Record<string, number> {
  const phases: Record<string, number> = {};
  const add = (name: string, value: number) => (phases[name] = Math.round(((phases[name] ?? 0) + value) * 100) / 100);
  const lines = log.split('\n');
  let stage = 'startup';
  for (const line of lines) {
    const route = line.match(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/);
    if (route) {
      const family = FAMILIES.find(([pattern]) => pattern.test(route[1]!))?.[1] ?? 'routes: other files';
      add(family, seconds(route[2]!, route[3]!));
      continue;
    }
    if (/Collecting build info/.test(line)) stage = 'content layer and build info';
    else if (/generating optimized images/.test(line)) stage = 'optimized images';
    else if (/generating static routes/.test(line)) stage = 'routes (total)';
    const completed = line.match(/Completed in (?:(\d+)m )?([\d.]+)(ms|s)/);
    if (completed) {
      add(stage, seconds(completed[2]!, completed[3]!, completed[1]));
      if (stage === 'optimized images') stage = 'static generation (total)';
    }
    const bundled = line.match(/\[vite\] ✓ built in ([\d.]+)(ms|s)/);
    if (bundled) add('vite bundle', seconds(bundled[1]!, bundled[2]!));
  }
  const at = (pattern: RegExp) => clock(lines.find((line) => pattern.test(line)) ?? '');
  const ogDone = at(/share images: /);
  const indexed = at(/search index (written|copied)/);
  const checked = at(/every internal link/);
  if (ogDone !== undefined && indexed !== undefined) add('pagefind (log clock)', indexed - ogDone);
  const headers = at(/wrote caching and security headers/);
  if (indexed !== undefined && checked !== undefined) add('output check (log clock)', checked - indexed);
  if (checked !== undefined && headers !== undefined) add('security headers (log clock)', headers - checked);
  return phases;
}
