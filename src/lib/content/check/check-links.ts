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

/** Internal links in an entry's body and link fields (a service's call to action) that lead nowhere. */
export function checkEntryLinks(entry: Entry, index: SiteIndex): Problem[] {
  const from = pageOf(entry);
  const links = [...(entry.facts?.links ?? [])];
  const cta = (entry.data?.cta as { href?: string } | undefined)?.href;
  if (cta) links.push({ url: cta, field: 'cta.href' });
  return links.flatMap(({ url, field }) => {
    const problem = brokenLink(url, from, index, entry.live);
    return problem ? [{ ...problem, file: entry.file, field }] : [];
  });
}

/** Links in the site settings (navigation, footer, default call to action), which every page shows. */
export function checkSettingsLinks(file: string, settings: Record<string, unknown>, index: SiteIndex): Problem[] {
  const links: { url: string; field: string }[] = [];
  for (const list of ['navigation', 'footerLinks'] as const) {
    const items = (settings[list] ?? []) as { href: string }[];
    items.forEach((item, i) => links.push({ url: item.href, field: `${list}[${i}].href` }));
  }
  const cta = (settings.defaultCta as { href?: string } | undefined)?.href;
  if (cta) links.push({ url: cta, field: 'defaultCta.href' });
  return links.flatMap(({ url, field }) => {
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
