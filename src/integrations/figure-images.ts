import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check';
import { FIGURE_EXTENSIONS, liveFigureKeys } from '../lib/content/figure-sources';

const MODULE = 'virtual:quire/figure-images';
const RESOLVED = `\0${MODULE}`;

/**
 * The images Figure blocks may show, as `virtual:quire/figure-images` (a map from `figureKey` to an
 * import). Under `astro dev` it is every image under `content/images/` (new uploads show at once); in a
 * build it is only the images of live entries' figures, so nothing of an unpublished post is bundled.
 */
export function figureImages(env: Record<string, string | undefined>): AstroIntegration {
  return {
    name: 'quire:figure-images',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const everything = command === 'dev';
        const showUnpublished = env.QUIRE_SHOW_UNPUBLISHED === 'true';
        const code = () => {
          if (everything) {
            return `export default import.meta.glob('/content/images/**/*.{${FIGURE_EXTENSIONS.join(',')}}', { import: 'default' });`;
          }
          const entries = checkContent(root, { showUnpublished }).content?.entries ?? [];
          const imports = liveFigureKeys(entries).map(
            (key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(key)}).then((m) => m.default),`,
          );
          return `export default {\n${imports.join('\n')}\n};`;
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'quire:figure-images',
                resolveId: (id: string) => (id === MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? code() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
