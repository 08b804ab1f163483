import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatReport, hasErrors } from '../lib/content/check';

/**
 * Runs the content check (`npm run check`) before anything is built: a build with content errors
 * stops with the full report; `astro dev` prints the report and keeps serving so the editor can fix it.
 */
export function contentCheck(env: Record<string, string | undefined>): AstroIntegration {
  return {
    name: 'quire:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const showUnpublished = command === 'dev' || env.QUIRE_SHOW_UNPUBLISHED === 'true';
        const { problems, files } = checkContent(fileURLToPath(config.root), { showUnpublished });
        const report = formatReport(problems, files);
        if (command === 'build' && hasErrors(problems))
          throw new Error(`${report}\n\nFix the errors above (run npm run check to see them again).`);
        if (problems.length) logger.warn(report);
        else logger.info(report);
      },
    },
  };
}
