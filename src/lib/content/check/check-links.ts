import { adminFields, linksIn } from '../../../content-model/fields';
import { CONTENT_TYPES, SETTINGS, type ContentTypeName } from '../../../content-model/types';
import { paths } from '../../urls';
import { COLLECTIONS } from './collections';
import type { Entry } from './entry';
import { quoted } from '../../../content-model/vocabulary';
import { error, type Problem } from './problem';
import { brokenLink } from './resolve-link';
import type { SiteIndex } from './site-index';

/** The page a body is shown on: its own page, or the FAQ hub for FAQ answers. */
export const pageOf = (entry: Entry): string =>
  COLLECTIONS.find((c) => c.name === entry.collection)?.page?.(entry.id) ?? paths.faq();

/** Internal links in an entry's body and link fields (a call to action, an author's links) that lead nowhere. */
export function checkEntryLinks(entry: Entry, index: SiteIndex): Problem[] {
  const from = pageOf(entry);
  const type = CONTENT_TYPES[entry.collection as ContentTypeName];
  const links = [...(entry.facts?.links ?? []), ...(type ? linksIn(adminFields(type.fields), entry.data) : [])];
  return links.flatMap(({ url, field }) => {
    const problem = brokenLink(url, from, index, entry.live);
    return problem ? [{ ...problem, file: entry.file, field }] : [];
  });
}

/** Links in the site settings (navigation, footer, default call to action), which every page shows. */
export function checkSettingsLinks(file: string, settings: Record<string, unknown>, index: SiteIndex): Problem[] {
  // Every link field: navigation, footer, social profiles, the default call to action.
  return linksIn(adminFields(SETTINGS.fields), settings).flatMap(({ url, field }) => {
    const problem = brokenLink(url, paths.home(), index);
    return problem ? [{ ...problem, file, field }] : [];
  });
}

/**
 * A canonical override (`seo.canonical`) on another origin than the site's own `siteUrl`: search
 * engines would credit, and could index in this page's place, a page the site does not control.
 */
export function checkCanonical(entry: Entry, siteUrl: string | undefined): Problem[] {
  const canonical = (entry.data?.seo as { canonical?: string } | undefined)?.canonical;
  if (!canonical || !siteUrl) return [];
  let origin: string | undefined;
  try {
    origin = new URL(canonical).origin;
  } catch {
    origin = undefined;
  }
  const own = new URL(siteUrl).origin;
  if (origin === own) return [];
  return [
    error(
      entry.file,
      'seo.canonical',
      `${quoted(canonical)} is not on this site (${own}); a canonical address must be a page of this site (write a page's address starting with ${own}/, or clear the field)`,
    ),
  ];
}
