import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recalled, remember } from '../lib/incremental/remembered';
import { checkContent, formatReport, hasErrors, type CheckResult } from '../lib/content/check';
import type { CheckedContent } from '../lib/content/check/check-content';
import { checkStamp } from '../lib/content/check/check-stamp';
import { watchingContent } from '../lib/content/dev-problems';

/** What the last check of this process read, until a later integration takes it (`takeCheckedContent`). */
let checked: CheckedContent | undefined;
/** The figure images of live entries, by the last check of this build (fresh or recalled). */
let figures: string[] | undefined;

/** The images live entries' figures show, as the content check of this build found them. */
export function checkedFigures(): string[] {
  if (!figures) throw new Error('quire:figure-images: the content check has not run in this build');
  return figures;
}

/**
 * The entries and settings the content check of this build read, or `undefined` when the build reused
 * the last build's check (nothing changed). Handed over once, so the build does not hold them longer.
 */
export function takeCheckedContent(): CheckedContent | undefined {
  const content = checked;
  checked = undefined;
  return content;
}

/**
 * Runs the content check (`npm run check`) before anything is built: a build with content errors
 * stops with the full report; `astro dev` prints the report, keeps serving so the editor can fix it, and
 * checks again whenever a file under `content/` changes. A build whose project files are those of the
 * last build that passed (`check-stamp.ts`), before any scheduled post has gone live since, reuses
 * that build's result.
 */
export function contentCheck(env: Record<string, string | undefined>): AstroIntegration {
  let root = '';
  const outcome = ({ problems, files }: CheckResult) => ({ report: formatReport(problems, files), problems });
  const check = (showUnpublished: boolean) => outcome(checkContent(root, { showUnpublished }));
  /** The check in a build: recalled from the last build when nothing it reads changed. */
  const checkBuild = (folder: string, showUnpublished: boolean, base: string) => {
    const stamp = checkStamp(root);
    const known = recalled(folder, stamp, { showUnpublished, base });
    const last = known ? (JSON.parse(known) as CheckResult) : undefined;
    if (last?.figures && (!last.validUntil || Date.now() < Date.parse(last.validUntil))) {
      figures = last.figures;
      const { report: text, problems } = outcome(last);
      return { report: `${text}\n(checked by the last build: no file changed)`, problems };
    }
    const { content, ...result } = checkContent(root, { showUnpublished });
    figures = result.figures;
    if (!hasErrors(result.problems)) {
      remember(folder, stamp, { showUnpublished, base }, JSON.stringify(result));
      checked = content;
    }
    return outcome(result);
  };
  return {
    name: 'quire:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        const showUnpublished = command === 'dev' || env.QUIRE_SHOW_UNPUBLISHED === 'true';
        const { report, problems } =
          command === 'build'
            ? checkBuild(fileURLToPath(new URL('content-check/', config.cacheDir)), showUnpublished, config.base)
            : check(showUnpublished);
        if (command === 'build' && hasErrors(problems)) {
          throw new Error(`${report}\n\nFix the errors above (run npm run check to see them again).`);
        }
        if (problems.length) logger.warn(report);
        else logger.info(report);
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const content = join(root, 'content');
        // The pages' problem box checks again after any change to what the check reads (routes and
        // public files decide which links resolve); the terminal report follows content changes.
        const box = watchingContent();
        const read = ['content', 'src', 'public'].map((folder) => join(root, folder, '/'));
        server.watcher.on('all', (_event, file) => {
          if (read.some((folder) => file.startsWith(folder))) box.changed();
          if (!file.startsWith(content)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const { report, problems } = check(true);
            if (problems.length) logger.warn(report);
            else logger.info(report);
          }, 300);
        });
      },
    },
  };
}
