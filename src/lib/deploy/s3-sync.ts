import { CACHE_RULES, REVALIDATE } from './cache-rules';
import { HOST_BUILD } from './host-build';

/** A host path pattern as an `aws s3` filter, relative to the upload folder (`:slug` becomes `*`). */
const toFilter = (pattern: string) => pattern.replace(/^\//, '').replace(/:[A-Za-z]\w*/g, '*');
/** Files a host reads for itself; S3 would serve them. */
const HOST_FILES = ['_headers', '_redirects'];

/**
 * `aws s3 sync` commands that upload a build below `base` with each file's `Cache-Control`: one pass
 * per caching rule, then everything else. Fingerprinted assets go first and old ones stay (pages still
 * cached by browsers may ask for them); pages go last, so no new page points at a missing file.
 */
export function s3SyncCommands(base: string, bucket = '$BUCKET'): string {
  const from = `${HOST_BUILD.output}/`;
  const to = `s3://${bucket}${base}`;
  const passes = CACHE_RULES.map((rule) =>
    [
      `aws s3 sync ${from} ${to}`,
      ...(rule.fingerprinted ? [] : ['--delete']),
      '--exclude "*"',
      ...rule.paths.map((path) => `--include "${toFilter(path)}"`),
      `--cache-control "${rule.cacheControl}"`,
    ].join(' '),
  );
  const rest = [
    `aws s3 sync ${from} ${to} --delete`,
    ...[...CACHE_RULES.flatMap((rule) => rule.paths.map(toFilter)), ...HOST_FILES].map((f) => `--exclude "${f}"`),
    `--cache-control "${REVALIDATE}"`,
  ].join(' ');
  const robots =
    base === '/'
      ? []
      : [
          '# Crawlers read robots.txt only at the host root: upload it there unless that robots.txt is not yours.',
          `aws s3 cp ${from}robots.txt s3://${bucket}/robots.txt --cache-control "${REVALIDATE}"`,
        ];
  return [...passes, rest, ...robots, ''].join('\n');
}
