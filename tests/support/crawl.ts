import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementIds } from '../../src/lib/output/page-record';
import { siteTarget } from '../../src/lib/output/check-dist';
import { listFiles, urlPathOf } from '../../src/lib/output/dist-files';
import { htmlElements } from '../../src/lib/output/html-tree';
import { linksOf, xmlLinks } from '../../src/lib/output/page-links';

/** A server holding a build: its origin, the base path and the production URL the build was made for. */
export interface Served {
  origin: string;
  base: string;
  site: string;
}

interface Answer {
  status: number;
  location?: string;
  ids?: Set<string>;
}

/**
 * Fetches every page, sitemap and feed of a build over HTTP, below the base path, and every URL of the
 * site they link to (relative, root-relative or absolute on the production origin), with the link
 * check's own link reader. Returns one line per failure: a page that does not answer 200 (former slugs
 * must redirect instead), a link outside the base path, a target that does not answer 200, or a
 * `#fragment` the target page lacks.
 */
export async function crawl(dist: string, served: Served, redirected: Set<string>) {
  const answers = new Map<string, Promise<Answer>>();
  const get = (path: string) => {
    if (!answers.has(path)) {
      answers.set(
        path,
        fetch(`${served.origin}${encodeURI(path)}`, { redirect: 'manual' }).then(async (response) => {
          const body = await response.text();
          const html = response.headers.get('content-type')?.startsWith('text/html');
          return {
            status: response.status,
            location: response.headers.get('location') ?? undefined,
            ids: html ? elementIds(htmlElements(body)) : undefined,
          };
        }),
      );
    }
    return answers.get(path)!;
  };
  const problems: string[] = [];
  const pages = listFiles(dist).filter((file) => /\.(html|xml)$/.test(file));
  for (const file of pages) {
    const from = urlPathOf(file, served.base);
    const response = await fetch(`${served.origin}${from}`, { redirect: 'manual' });
    const body = await response.text();
    if (redirected.has(from)) {
      if (response.status !== 301) problems.push(`${from}: former slug answered ${response.status}, not 301`);
      continue;
    }
    if (response.status !== 200) problems.push(`${from}: answered ${response.status}`);
    const links = file.endsWith('.html') ? htmlElements(body).flatMap(linksOf) : xmlLinks(body);
    for (const { url, via } of links) {
      const target = siteTarget(url, from, served.site);
      if (!target) continue;
      const path = decodeURI(target.pathname);
      if (!path.startsWith(served.base)) {
        problems.push(`${from}: ${via} "${url}": outside ${served.base}`);
        continue;
      }
      const answer = await get(path);
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (answer.status !== 200) problems.push(`${from}: ${via} "${url}": answered ${answer.status}`);
      else if (fragment && fragment !== 'top' && answer.ids && !answer.ids.has(fragment))
        problems.push(`${from}: ${via} "${url}": no element with id "${fragment}"`);
    }
  }
  return { problems, pages: pages.length, targets: answers.size };
}

/** Every absolute URL on the production origin written anywhere in the build's text files (pages, JSON-LD, feeds, Markdown, llms.txt). */
export function absoluteSiteUrls(dist: string, site: string): Set<string> {
  const pattern = new RegExp(`${site.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^\\s"'<>)\\]\\\\&]*`, 'g');
  const urls = new Set<string>();
  for (const file of listFiles(dist).filter((f) => /\.(html|xml|txt|md|json)$/.test(f))) {
    for (const match of readFileSync(join(dist, file), 'utf8').matchAll(pattern))
      urls.add(match[0].replace(/[.,;:]$/, ''));
  }
  return urls;
}
