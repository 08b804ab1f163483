import type { Site } from '../content/site';
import { paths } from '../urls';
import { markdownText } from './markdown-text';
import { seoPaths } from './paths';

/**
 * `/llms.txt` (llmstxt.org): the site in a few lines for language models, its sections, and every
 * published post (linked to its Markdown copy) and service, each with its summary. Text from the
 * content is written with `markdownText`: one line each, unable to start a heading or open a link.
 */
export function llmsTxt(
  site: Pick<Site, 'settings' | 'posts' | 'services' | 'comparisons' | 'categories' | 'authors'>,
  at: (path: string) => string,
): string {
  const { settings } = site;
  const item = (title: string, path: string, summary: string) =>
    `- [${markdownText(title)}](${at(path)}): ${markdownText(summary)}`;
  const section = (title: string, lines: string[]) => (lines.length ? [`## ${title}`, '', ...lines, ''] : []);
  return [
    `# ${markdownText(settings.siteName)}`,
    '',
    `> ${markdownText(settings.description)}`,
    '',
    markdownText(settings.intro.text),
    '',
    'Every article has a Markdown copy at its URL with `.md` in place of the trailing slash, which the links below use.',
    '',
    ...section('Sections', [
      item('Journal', paths.journal(), 'every article, newest first'),
      ...site.categories.map((c) => item(c.data.name, paths.category(c.id), c.data.description)),
      item('Services', paths.services(), 'what the firm offers and what it costs'),
      // The indexes of collections an editor may leave empty are listed only when they list something.
      ...(site.comparisons.length
        ? [item('Comparisons', paths.comparisons(), 'options side by side, with a recommendation')]
        : []),
      ...(site.authors.length ? [item('Authors', paths.authors(), 'who writes the articles')] : []),
      item('Frequently asked questions', paths.faq(), 'answers on pricing, process and scope'),
    ]),
    ...section(
      'Services',
      site.services.map((s) => item(s.data.title, paths.service(s.id), s.data.summary)),
    ),
    ...section(
      'Journal',
      site.posts.map((p) => item(p.data.title, seoPaths.postMarkdown(p.id), p.data.description)),
    ),
    ...section(
      'Comparisons',
      site.comparisons.map((c) => item(c.data.title, paths.comparison(c.id), c.data.summary)),
    ),
    ...section('Optional', [
      item('RSS feed', seoPaths.feed(), 'the newest articles'),
      item('Sitemap', seoPaths.sitemap(), 'every indexable page'),
    ]),
  ].join('\n');
}
