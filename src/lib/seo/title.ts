/** The title pattern used when the settings leave it empty. */
export const DEFAULT_TITLE_TEMPLATE = '{title} | {siteName}';

/**
 * The page's `<title>` from the site-wide template. The home page (whose title is the site name) gets
 * the bare name, so it never reads "Brightwater | Brightwater".
 */
export function pageTitle(title: string, settings: { siteName: string; titleTemplate?: string }): string {
  if (title === settings.siteName) return title;
  const template = settings.titleTemplate || DEFAULT_TITLE_TEMPLATE;
  return template.replaceAll('{title}', title).replaceAll('{siteName}', settings.siteName).trim();
}
