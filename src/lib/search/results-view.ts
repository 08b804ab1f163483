import type { PagefindResult } from './pagefind-client';

/** How many results the search page lists at first, and adds each time more are asked for. */
export const RESULTS_SHOWN = 12;

/** How many in-page sections (e.g. FAQ topics) are listed under one result. */
const SECTIONS_SHOWN = 3;

/** What the live status line says after a search, with `shown` of the `total` results listed. */
export function resultsStatus(query: string, total: number, shown = Math.min(total, RESULTS_SHOWN)): string {
  if (total === 0) return `No results for “${query}”. Try a shorter or different word, or browse below.`;
  const part = total > shown ? `, showing the first ${shown}` : '';
  return `${total} result${total === 1 ? '' : 's'} for “${query}”${part}`;
}

/** The label of the button that lists more results, or undefined when all are listed. */
export function moreLabel(total: number, shown: number): string | undefined {
  const left = total - shown;
  if (left <= 0) return undefined;
  return left > RESULTS_SHOWN
    ? `Show ${RESULTS_SHOWN} more of ${left}`
    : `Show ${left === 1 ? 'the last result' : `the last ${left} results`}`;
}

/** The list items for a set of results. Excerpts are Pagefind's escaped text with `<mark>` around matches. */
export function resultItems(results: PagefindResult[], doc: Document = document): HTMLLIElement[] {
  return results.map((result) => {
    const item = doc.createElement('li');
    item.className = 'search-result';
    const link = doc.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const title = doc.createElement('p');
    title.className = 'search-result-title';
    title.append(link);
    if (result.meta.type) {
      const type = doc.createElement('span');
      type.className = 'search-result-type';
      type.textContent = result.meta.type;
      title.append(' ', type);
    }
    const excerpt = doc.createElement('p');
    excerpt.className = 'search-result-excerpt';
    excerpt.innerHTML = result.excerpt;
    item.append(title, excerpt);
    const sections = (result.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, SECTIONS_SHOWN);
    if (sections.length > 0) {
      const list = doc.createElement('ul');
      list.className = 'search-result-sections';
      for (const section of sections) {
        const li = doc.createElement('li');
        const a = doc.createElement('a');
        a.href = section.url;
        a.textContent = section.title;
        li.append(a);
        list.append(li);
      }
      item.append(list);
    }
    return item;
  });
}
