import type { AstroIntegration } from 'astro';
import { CONTENT_TYPES } from '../content-model/types';

/** The header of each collection's first date column in the admin's list (`{ posts: 'Published' }`). */
export const dateColumns = (): Record<string, string> =>
  Object.fromEntries(
    Object.entries(CONTENT_TYPES).flatMap(([name, type]) => {
      const fields = type.fields as Record<string, { admin: { kind: string; label?: string } }>;
      const date = type.columns.find((column) => fields[column]?.admin.kind === 'date');
      return date ? [[name, fields[date]!.admin.label ?? date]] : [];
    }),
  );

/**
 * Loads `src/lib/admin/editor-fixes.ts` in the admin's page: focus returns to a body's text after its
 * menus and dialogs close, the link button is named "Link", the invalid field that stops a save is
 * brought into view, and lists open sorted by date, newest first, with a readable status. (Injected before hydration into every
 * page of the dev server that hydrates a component; it starts on the admin only.)
 */
/** The columns each collection's status is read from, where its list has a draft box and a date. */
export const statusColumns = (): Record<string, { date: string; draft: string }> => {
  const dates = dateColumns();
  return Object.fromEntries(
    Object.entries(CONTENT_TYPES).flatMap(([name, type]) => {
      const fields = type.fields as Record<string, { admin: { kind: string; label?: string } }>;
      const draft = type.columns.find((column) => column === 'draft' && fields[column]?.admin.kind === 'checkbox');
      return draft && dates[name] ? [[name, { date: dates[name]!, draft: fields[draft]!.admin.label ?? draft }]] : [];
    }),
  );
};

export function adminEditorFixes(): AstroIntegration {
  return {
    name: 'quire:admin-editor-fixes',
    hooks: {
      'astro:config:setup': ({ config, injectScript }) => {
        const admin = `${config.base.replace(/\/?$/, '/')}keystatic`;
        injectScript(
          'before-hydration',
          `if (location.pathname === ${JSON.stringify(admin)} || location.pathname.startsWith(${JSON.stringify(`${admin}/`)})) {
  import('/src/lib/admin/editor-fixes.ts').then(({ fixEditors }) => fixEditors(document, ${JSON.stringify(dateColumns())}, ${JSON.stringify(statusColumns())}));
}`,
        );
      },
    },
  };
}
