import type { PagefindResult } from './pagefind-client';

/** How many results the search page lists. */
export const RESULTS_SHOWN = 12;

/** How many in-page sections (e.g. FAQ topics) are listed under one result. */
const SECTIONS_SHOWN = 3;

/** What the live status line says after a search. */
export function resultsStatus(query: string, total: number): string {
  if (total === 0) return `No results for “${query}”. Try a shorter or different word, or browse below.`;
  const shown = total > RESULTS_SHOWN ? `, showing the first ${RESULTS_SHOWN}` : '';
  return `${total} result${total === 1 ? '' : 's'} for “${query}”${shown}`;
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
