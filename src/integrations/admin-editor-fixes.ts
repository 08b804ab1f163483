import type { AstroIntegration } from 'astro';

/**
 * Loads `src/keystatic/editor-fixes.ts` in the admin's page: focus returns to a body's text after its
 * menus and dialogs close, and the link button is named "Link". (Injected before hydration into every page of the dev server that hydrates a component; it starts on the admin only.)
 */
export function adminEditorFixes(): AstroIntegration {
  return {
    name: 'quire:admin-editor-fixes',
    hooks: {
      'astro:config:setup': ({ config, injectScript }) => {
        const admin = `${config.base.replace(/\/?$/, '/')}keystatic`;
        injectScript(
          'before-hydration',
          `if (location.pathname === ${JSON.stringify(admin)} || location.pathname.startsWith(${JSON.stringify(`${admin}/`)})) {
  import('/src/keystatic/editor-fixes.ts').then(({ fixEditors }) => fixEditors(document));
}`,
        );
      },
    },
  };
}
