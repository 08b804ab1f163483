import type { AstroIntegration } from 'astro';
import { FIGURE_EXTENSIONS } from '../lib/content/figure-sources';
import { checkedFigures } from './content-check';

const MODULE = 'virtual:quire/figure-images';
const RESOLVED = `\0${MODULE}`;

/**
 * The images Figure blocks may show, as `virtual:quire/figure-images` (a map from `figureKey` to an
 * import). Under `astro dev` it is every image under `content/images/` (new uploads show at once); in a
 * build it is only the images of live entries' figures, as this build's content check listed them, so
 * nothing of an unpublished post is bundled.
 */
export function figureImages(): AstroIntegration {
  return {
    name: 'quire:figure-images',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const code = () => {
          if (command === 'dev') {
            return `export default import.meta.glob('/content/images/**/*.{${FIGURE_EXTENSIONS.join(',')}}', { import: 'default' });`;
          }
          const imports = checkedFigures().map(
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
