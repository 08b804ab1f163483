import { readFileSync, readdirSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfmTable } from 'micromark-extension-gfm-table';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { dayOf, splitFrontMatter } from '../../src/lib/import/front-matter';
import { mdxText, yamlDate, yamlText } from '../../src/lib/import/keystatic-format';
import { markdownBody } from '../../src/lib/import/markdown-body';
import { planMarkdown } from '../../src/lib/import/markdown-site';
import type { ReportLine } from '../../src/lib/import/model';

const FIXTURES = 'tests/fixtures/import';
const hugo = planMarkdown(`${FIXTURES}/hugo`, { siteUrl: 'https://new.example' });
const jekyll = planMarkdown(`${FIXTURES}/jekyll`, { siteUrl: 'https://new.example' });
const post = (plan: typeof hugo, slug: string) => plan.posts.find((p) => p.slug === slug)!;
const messages = (plan: typeof hugo, slug: string) => post(plan, slug).report.map((r) => `${r.kind}: ${r.message}`);

function body(text: string, flavour: 'hugo' | 'jekyll' | 'astro' = 'astro') {
  const report: ReportLine[] = [];
  return { mdx: mdxText(markdownBody(text, flavour, report)), report };
}

describe('written as the admin writes', () => {
  // Keystatic dumps front matter with js-yaml and prints bodies with mdast-util-to-markdown: the sample
  // content, saved by the admin, comes out of the importer's functions unchanged. (Two sample posts have
  // tables typed by hand without padding; the admin pads them on save, and so does the importer.)
  const files = readdirSync('content/journal').filter(
    (f) => f.endsWith('.mdx') && !/^\|/m.test(readFileSync(`content/journal/${f}`, 'utf8')),
  );
  it('covers most sample posts', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });
  it.each(files)('content/journal/%s round-trips byte for byte', (file) => {
    const text = readFileSync(`content/journal/${file}`, 'utf8');
    const [, front, rest] = text.match(/^---\n([\s\S]*?\n)---\n([\s\S]*)$/)!;
    const data = load(front!, { schema: CORE_SCHEMA }) as Record<string, unknown>;
    for (const key of ['publishedAt', 'updatedAt']) if (data[key]) data[key] = yamlDate(data[key] as string);
    expect(yamlText(data)).toBe(front);
    const tree = fromMarkdown(rest!, {
      extensions: [mdxjs(), gfmTable()],
      mdastExtensions: [mdxFromMarkdown(), gfmTableFromMarkdown()],
    });
    expect(mdxText(tree as never)).toBe(rest);
  });
});

describe('Hugo', () => {
  it('finds posts in the posts section, not pages, and reads TOML and YAML front matter', () => {
    expect(hugo.posts.map((p) => [p.slug, p.publishedAt, p.updatedAt, p.draft])).toEqual([
      ['draft-notes', '2024-06-20', undefined, true],
      ['hiring-your-first-engineering-manager', '2024-03-12', '2024-04-02', false],
      ['quarterly-planning', '2024-05-02', undefined, false],
    ]);
  });

  it('redirects aliases and the address the permalink setting gave', () => {
    expect(post(hugo, 'hiring-your-first-engineering-manager').formerPaths).toEqual([
      '/posts/first-engineering-manager/',
      '/2024/03/first-em/',
      '/2024/03/hiring-your-first-engineering-manager/',
    ]);
  });

  it('maps authors, categories and tags, and the cover of a page bundle with its alt text', () => {
    const planning = post(hugo, 'quarterly-planning');
    expect([planning.authors, planning.categories, planning.hero]).toEqual([
      ['jonas-weber'],
      ['delivery'],
      {
        image: '../images/journal/quarterly-planning/hero/image.png',
        alt: 'A whiteboard with three columns of sticky notes',
      },
    ]);
    expect(post(hugo, 'hiring-your-first-engineering-manager').categories).toEqual([
      'team-building',
      'hiring',
      'management',
    ]);
    expect(post(hugo, 'draft-notes').authors).toEqual(['fernhollow-partners']);
  });

  it('converts shortcodes, raw HTML and braces, and follows ref links and {#id} anchors', () => {
    expect(mdxText(post(hugo, 'hiring-your-first-engineering-manager').body)).toMatchSnapshot();
    expect(messages(hugo, 'hiring-your-first-engineering-manager')).toEqual(
      expect.arrayContaining([
        'dropped: Hugo shortcode {{< youtube >}}: no Quire equivalent',
        'converted: inline HTML tags <kbd> removed (their text is kept)',
        'converted: link #bottleneck -> #when-the-founders-become-the-bottleneck',
      ]),
    );
  });

  it('rewrites relative links to other posts', () => {
    expect(mdxText(post(hugo, 'quarterly-planning').body)).toContain(
      '[hiring a manager](/journal/hiring-your-first-engineering-manager/)',
    );
  });
});

describe('Jekyll', () => {
  it("takes slugs and dates from file names and Jekyll's date permalinks as old addresses", () => {
    expect(jekyll.posts.map((p) => [p.slug, p.publishedAt, p.formerPaths])).toEqual([
      [
        'standups-that-end-on-time',
        '2023-11-07',
        ['/standups/', '/delivery/rituals/2023/11/07/standups-that-end-on-time.html'],
      ],
      ['retro-formats-that-work', '2024-01-15', ['/delivery/2024/01/15/retro-formats-that-work.html']],
    ]);
  });

  it('reads space-separated categories as names and keeps the excerpt and image alt', () => {
    const standups = post(jekyll, 'standups-that-end-on-time');
    expect(standups.categories).toEqual(['delivery', 'rituals', 'meetings']);
    expect(jekyll.categories.map((c) => c.name)).toEqual(['Delivery', 'Rituals', 'Meetings']);
    expect(standups.excerpt).toBe("Three rules that brought our clients' standups back to fifteen minutes.");
    expect(standups.hero.alt).toBe('Five people standing around a board with a timer on the wall');
  });

  it('converts Liquid: highlight, post_url, site.baseurl; reports the rest', () => {
    const text = mdxText(post(jekyll, 'standups-that-end-on-time').body);
    expect(text).toContain('```ruby\ndef standup(team) = team.board.walk\n```');
    expect(text).toContain('[retro formats](/journal/retro-formats-that-work/)');
    expect(text).toContain('[the rules](#three-rules)');
    expect(text).toContain(
      '<Figure src="../images/figures/standups-that-end-on-time/burndown.png" alt="Burndown chart flattening after the change" />',
    );
    expect(messages(jekyll, 'standups-that-end-on-time')).toEqual(
      expect.arrayContaining([
        'dropped: template tag {% include %}: no Quire equivalent',
        'dropped: template tag {{ … }}: no Quire equivalent',
      ]),
    );
  });

  it('reports a missing image and links to the old address of another post', () => {
    expect(messages(jekyll, 'retro-formats-that-work')).toEqual(
      expect.arrayContaining([
        'dropped: image /assets/img/missing.png: /assets/img/missing.png not found in the site folder',
        'converted: link /delivery/rituals/2023/11/07/standups-that-end-on-time.html -> /journal/standups-that-end-on-time/',
      ]),
    );
  });
});

describe('bodies', () => {
  it.each([
    ['a {b} c', 'a \\{b} c\n'],
    ['x < y and <span>kept</span>', 'x \\< y and kept\n'],
    ['<!-- a comment -->\n\ntext', 'text\n'],
    ['<p>one<!--more-->two</p>', 'onetwo\n'],
    ['<script>alert(1)</script>\n\ntext', 'text\n'],
    ['import X from "y"\n\n<X />', 'import X from "y"\n'],
    ['# Title', '# Title\n'],
  ])('%j', (text, mdx) => {
    expect(body(text).mdx).toBe(mdx);
  });
});

describe('front matter', () => {
  it('names the file when YAML or TOML cannot be read', () => {
    expect(() => splitFrontMatter('---\ntitle: [a\n---\nx', 'posts/bad.md')).toThrow(
      /^posts\/bad\.md: front matter \(YAML\) cannot be read: /,
    );
    expect(() => splitFrontMatter('+++\ntitle = \n+++\nx', 'posts/bad.md')).toThrow(
      /^posts\/bad\.md: front matter \(TOML\) cannot be read: /,
    );
    expect(() => splitFrontMatter('---\ntitle: x\n', 'posts/open.md')).toThrow(
      'posts/open.md: the front matter opened with --- is never closed (add a --- line after it)',
    );
  });

  it.each([
    [new Date('2024-03-12T08:00:00Z'), '2024-03-12'],
    ['2023-11-07 08:30:00 +0100', '2023-11-07'],
    ['2024-05-02', '2024-05-02'],
    ['2024-03-12T00:30:00+02:00', '2024-03-11'],
    ['soon', undefined],
  ])('day of %j is %j (UTC)', (value, day) => {
    expect(dayOf(value)).toBe(day);
  });
});
