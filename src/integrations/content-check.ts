import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatReport, hasErrors } from '../lib/content/check';

/**
 * Runs the content check (`npm run check`) before anything is built: a build with content errors
 * stops with the full report; `astro dev` prints the report, keeps serving so the editor can fix it, and
 * checks again whenever a file under `content/` changes.
 */
export function contentCheck(env: Record<string, string | undefined>): AstroIntegration {
  let root = '';
  const check = (showUnpublished: boolean) => {
    const { problems, files } = checkContent(root, { showUnpublished });
    return { report: formatReport(problems, files), problems };
  };
  return {
    name: 'quire:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        const { report, problems } = check(command === 'dev' || env.QUIRE_SHOW_UNPUBLISHED === 'true');
        if (command === 'build' && hasErrors(problems)) {
          throw new Error(`${report}\n\nFix the errors above (run npm run check to see them again).`);
        }
        if (problems.length) logger.warn(report);
        else logger.info(report);
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const content = join(root, 'content');
        server.watcher.on('all', (_event, file) => {
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
