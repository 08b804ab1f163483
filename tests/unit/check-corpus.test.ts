import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/lib/content/check';
import { ROOT } from '../support/run';
import { caseFiles, caseNames, fixtureSite, FIXTURE_NOW } from '../support/content-fixtures';

/**
 * Each case of `tests/fixtures/content-errors/cases/` lays one or two files over the valid minimal site
 * in `base/`. The check must name exactly these problems (file, field, message; warnings marked) and
 * nothing about the entries next to them.
 */
const EXPECTED: Record<string, string[]> = {
  'block-prop-is-code': [
    'content/journal/receipts.mdx: body (line 20) <FaqGroup faqs>: {getFaqs()} is JavaScript, which is not allowed (use text, or a list such as ["a", "b"])',
  ],
  'body-image-without-alt': [
    'content/journal/receipts.mdx: body (line 20): image "../images/figures/diagram.png" has no alt text (describe what it shows: ![what it shows](../images/figures/diagram.png))',
  ],
  'callout-kind-invalid': [
    'content/journal/receipts.mdx: body (line 20) <Callout kind>: kind must be one of: note, tip, warning',
  ],
  'card-text-missing-glyphs': [
    "warning: content/categories/month-end.yaml: name: the generated share image cannot draw 月 末 の 締 め (its bundled font has Latin, Greek and Cyrillic letters only) and would show a box for each (turn off 'Generate social images' in Settings)",
    "warning: content/comparisons/spreadsheet-or-ledger.yaml: options[1].name: the generated share image cannot draw 📒 (its bundled font has Latin, Greek and Cyrillic letters only) and would show a box for each (turn off 'Generate social images' in Settings)",
  ],
  'comparison-row-cells': [
    'content/comparisons/bank-feeds.yaml: rows[0].cells: row "Effort" has 2 cells for 3 options (add or remove cells so there is one per option)',
  ],
  'data-url-link': [
    'content/journal/receipts.mdx: body (line 20): link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" uses data:, which is not allowed (link to a site path such as /journal/x/ or an https:// address)',
  ],
  'date-as-words': ['content/journal/receipts.mdx: publishedAt: publishedAt must be a date written as YYYY-MM-DD'],
  'draft-not-boolean': [
    'content/journal/receipts.mdx: draft: draft must be true or false, not text (check the value in the admin)',
  ],
  'empty-description': ['content/journal/receipts.mdx: description: description is required (write some text)'],
  'event-handler-on-block': [
    "content/journal/receipts.mdx: body (line 20): <Callout>: event handler onMouseOver is not allowed: it would run code in readers\' browsers (remove it)",
  ],
  'figure-without-alt': [
    'content/journal/receipts.mdx: body (line 20) <Figure alt>: alt is required (write some text)',
  ],
  'faq-topic-spelling': [
    'warning: content/faqs/do-you-file-taxes.mdx: topic: "working together" is written "Working together" by 1 other question, and the FAQ page shows it so (type it the same way)',
  ],
  'file-name-not-a-slug': [
    'content/journal/Receipts Guide.mdx: file name: "Receipts Guide" is not a valid slug: it becomes the URL (rename the file to receipts-guide.mdx: lowercase words joined by hyphens)',
  ],
  'former-slug-taken': [
    'content/journal/receipts.mdx: formerSlugs[0]: "second-post" is taken by content/journal/second-post.mdx, so /journal/second-post/ cannot redirect here (remove it, or rename the other entry)',
  ],
  'hero-image-missing': [
    'content/journal/receipts.mdx: hero.image: no file at content/images/journal/receipts/hero/image.jpg (upload the image again in the admin)',
  ],
  'hero-without-alt': ['content/journal/receipts.mdx: hero.alt: hero.alt is required (write some text)'],
  'impossible-date': [
    'content/journal/receipts.mdx: publishedAt: publishedAt must be a date written as YYYY-MM-DD (2026-02-30 is not a day in the calendar)',
  ],
  'javascript-author-link': [
    'content/authors/mallory-vance.yaml: links[0].url: links[].url must start with "/", "#", "https://" or "mailto:"',
  ],
  'javascript-cta-href': [
    'content/journal/receipts.mdx: body (line 20) <CallToAction href>: href must start with "/", "#", "https://" or "mailto:"',
  ],
  'javascript-link': [
    'content/journal/receipts.mdx: body (line 20): link "javascript:alert(1)" uses javascript:, which is not allowed (link to a site path such as /journal/x/ or an https:// address)',
  ],
  'link-to-draft-post': [
    'content/journal/receipts.mdx: body (line 20): link to /journal/unfinished/: that post is a draft, so its page is not built (publish it first, or remove the link)',
  ],
  'link-to-former-slug': [
    'content/journal/receipts.mdx: body (line 20): link to /journal/month-end-list/#the-checklst: no heading or section "#the-checklst" on /journal/second-post/, where that address now leads (did you mean #the-checklist?)',
    'warning: content/journal/receipts.mdx: body (line 20): link to /journal/month-end-list/#the-checklist: that page has moved to /journal/second-post/, and the old address redirects there (link to /journal/second-post/#the-checklist directly)',
  ],
  'link-to-missing-post': [
    'content/journal/receipts.mdx: body (line 20): link to /journal/month-end-checklist/: no page at /journal/month-end-checklist/ (check the address)',
  ],
  'mdx-export': [
    'content/journal/receipts.mdx: body (line 20): import and export lines are not allowed (remove the line; insert blocks from the admin\'s "+" menu)',
  ],
  'mdx-expression': [
    'content/journal/receipts.mdx: body (line 20): JavaScript expression {1 + 1} is not allowed (remove the braces, or write \\{ to show a brace)',
  ],
  'mdx-import': [
    'content/journal/receipts.mdx: body (line 16): import and export lines are not allowed (remove the line; insert blocks from the admin\'s "+" menu)',
  ],
  'meta-lengths': [
    'warning: content/journal/receipts.mdx: title: 83 characters; search results show about 60 (set a shorter meta title under SEO)',
    'warning: content/journal/receipts.mdx: description: 21 characters; search results show 70 to 160 (say a little more)',
  ],
  'missing-author': ['content/journal/receipts.mdx: authors[1]: no author "ghost-writer" (pick one of: odile-marsh)'],
  'missing-body-image': [
    'content/journal/receipts.mdx: body (line 20): image "../images/figures/scanner.png": no file at content/images/figures/scanner.png (upload the image again in the admin)',
  ],
  'missing-category': ['content/journal/receipts.mdx: categories[0]: no category "taxes" (pick one of: month-end)'],
  'missing-comparison-block': [
    'content/journal/receipts.mdx: body <Comparison comparison>: no comparison "excel-vs-ledger" (pick one of: spreadsheet-or-ledger)',
  ],
  'missing-faq-in-block': [
    'content/journal/receipts.mdx: body <FaqGroup faqs>: no FAQ "vat-deadlines" (pick one of: do-you-file-taxes, how-long-does-setup-take)',
  ],
  'missing-heading-anchor': [
    'content/journal/receipts.mdx: body (line 20): link to /journal/first-post/#why-it-slips: no heading or section "#why-it-slips" on /journal/first-post/ (link to the page without the #anchor)',
  ],
  'missing-title': ['content/journal/receipts.mdx: title: title is required'],
  'numeric-slug': [
    'content/journal/2.mdx: file name: slug "2" collides with page 2 of the journal at /journal/2/ (use words in the slug)',
  ],
  'obfuscated-javascript-link': [
    'content/journal/receipts.mdx: body (line 20): link "JaVaScRiPt:alert(1)" uses javascript:, which is not allowed (link to a site path such as /journal/x/ or an https:// address)',
  ],
  'raw-html-with-handler': [
    'content/journal/receipts.mdx: body (line 20): raw HTML <img> is not allowed (use Markdown, or a block from the admin\'s "+" menu)',
    "content/journal/receipts.mdx: body (line 20): <img>: event handler onerror is not allowed: it would run code in readers\' browsers (remove it)",
  ],
  'raw-iframe': [
    "content/journal/receipts.mdx: body (line 20): raw <iframe> is not allowed: it would run or embed code in readers\' browsers (remove it)",
  ],
  'raw-script': [
    "content/journal/receipts.mdx: body (line 20): raw <script> is not allowed: it would run or embed code in readers\' browsers (remove it)",
  ],
  'raw-style': [
    "content/journal/receipts.mdx: body (line 20): raw <style> is not allowed: it would run or embed code in readers\' browsers (remove it)",
  ],
  'related-post-is-draft': [
    'content/services/books-audit.mdx: relatedPosts[1]: post "receipts" is not published (publish it first, or remove the reference)',
  ],
  'remote-image': [
    'content/journal/receipts.mdx: body (line 20): image "https://images.example/receipt.png" is on another site (upload it in the admin: the Content-Security-Policy only allows the site\'s own images)',
  ],
  'service-cta-broken': [
    'content/services/books-audit.mdx: cta.href: link to /faq/#how-long-is-setup: no heading or section "#how-long-is-setup" on /faq/ (link to the page without the #anchor)',
  ],
  'settings-bad-contact-email': [
    'content/settings.yaml: contact.email: contact.email must be an email address such as hello@example.com',
  ],
  'settings-broken-nav-link': [
    'content/settings.yaml: navigation[1].href: link to /help/: no page at /help/ (check the address)',
  ],
  'slug-too-long': [
    'content/journal/what-we-learned-moving-a-twelve-person-bookkeeping-practice-from-spreadsheets-to-a-ledger-in-one-quarter.mdx: file name: the slug is 104 characters long, more than the 80 a URL may have here (rename the file to what-we-learned-moving-a-twelve-person-bookkeeping-practice-from-spreadsheets-to.mdx, or shorten the slug under the title in the admin)',
  ],
  'slug-collides-with-route': [
    'content/journal/category.mdx: file name: slug "category" collides with the page /journal/category/ that the site already has (rename the entry)',
  ],
  'unclosed-tag': [
    'content/journal/receipts.mdx: body (line 20): cannot be read as MDX: Expected a closing tag for `<Callout>` (line 20) (close every tag, and write \\{ or \\< for a literal brace or angle bracket)',
  ],
  'unknown-block-prop': [
    'content/journal/receipts.mdx: body (line 20) <Callout colour>: unknown prop (remove it or check the spelling)',
  ],
  'unknown-component': [
    'content/journal/receipts.mdx: body (line 20): unknown component <Chart> (use one of: CallToAction, Callout, Comparison, FaqGroup, Figure)',
  ],
  'unknown-field': ['content/journal/receipts.mdx: tags: unknown field (remove it or check the spelling)'],
  'updated-before-published': [
    'content/journal/receipts.mdx: updatedAt: updatedAt is before publishedAt (set it to the publish date or later, or clear it)',
  ],
  'wrong-extension': [
    'content/journal/receipts.md: file name: the site only reads .mdx files here, so this file is ignored (rename it to receipts.mdx or remove it)',
  ],
  'yaml-syntax-error': [
    'content/categories/taxes.yaml: frontmatter (line 5): cannot be read as YAML: unexpected end of the stream within a double quoted scalar (check the indentation and quotes)',
  ],
};

const check = (name?: string): Problem[] => {
  const site = fixtureSite(name);
  try {
    return checkContent(site.dir, { projectRoot: ROOT, now: FIXTURE_NOW }).problems;
  } finally {
    site.remove();
  }
};
const lines = (problems: Problem[]) =>
  problems.map((p) => `${p.severity === 'warning' ? 'warning: ' : ''}${formatProblem(p)}`);

describe('the content-error corpus', () => {
  it('starts from a minimal site with no problem at all', () => {
    expect(check()).toEqual([]);
  });

  it('has a case for every expectation and at least 25 of them', () => {
    expect(caseNames()).toEqual(Object.keys(EXPECTED).sort());
    expect(caseNames().length).toBeGreaterThanOrEqual(25);
  });

  it.each(caseNames())('%s', (name) => {
    const problems = check(name);
    expect(lines(problems)).toEqual(EXPECTED[name]);
    const touched = caseFiles(name);
    expect(
      problems.every((p) => touched.includes(p.file)),
      "only the case's own files are reported",
    ).toBe(true);
  });
});
