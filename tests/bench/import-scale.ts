import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runImport } from '../../src/lib/import/run-import';
import { ROOT } from '../support/run';

/**
 * `npx tsx tests/bench/import-scale.ts [posts]`: writes a WordPress export of 1,000 generated posts
 * (Gutenberg blocks, headings, lists, a table, a captioned image, links between posts, a Yoast FAQ block
 * on every tenth, two authors, categories and tags) and imports it into a copy of the sample content,
 * printing how long the import took. The issue asks for under a minute on the 2-core machine.
 */
const count = Number(process.argv[2] ?? 1000);
const FIXTURE = `${ROOT}tests/fixtures/import/wordpress`;

const item = (i: number) => {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  const faq =
    i % 10 === 0
      ? `<!-- wp:yoast/faq-block --><div class="schema-faq wp-block-yoast-faq-block"><div class="schema-faq-section" id="faq-${i}"><strong class="schema-faq-question">Question ${i} about budgets?</strong> <p class="schema-faq-answer">Answer ${i}, with <em>emphasis</em>.</p></div></div><!-- /wp:yoast/faq-block -->`
      : '';
  const body = `<!-- wp:paragraph --><p>Post ${i} opens with <strong>a claim</strong> and a link to <a href="https://kestrelvane.example/2024/${month}/generated-post-${(i + 1) % count}/">the next post</a>.</p><!-- /wp:paragraph -->
<!-- wp:heading --><h2 class="wp-block-heading">Section one of ${i}</h2><!-- /wp:heading -->
${'<!-- wp:paragraph --><p>Teams estimate, review and ship; {braces} and &lt;tags&gt; stay text. Budgets change every quarter.</p><!-- /wp:paragraph -->\n'.repeat(6)}
<!-- wp:list --><ul><li>One point</li><li>Another <a href="#section-one-of-${i}">back up</a></li></ul><!-- /wp:list -->
<!-- wp:table --><figure class="wp-block-table"><table><tbody><tr><td>Plan</td><td>Cost</td></tr><tr><td>A</td><td>${i}</td></tr></tbody></table></figure><!-- /wp:table -->
<!-- wp:image --><figure class="wp-block-image"><img src="https://kestrelvane.example/wp-content/uploads/2024/05/roadmap-chart.png" alt="Chart ${i}"/><figcaption>Figure of post ${i}</figcaption></figure><!-- /wp:image -->
${faq}`;
  return `<item><title><![CDATA[Generated post ${i}]]></title><link>https://kestrelvane.example/2024/${month}/generated-post-${i}/</link>
<dc:creator><![CDATA[${i % 2 ? 'inesokafor' : 'tbrandt'}]]></dc:creator><content:encoded><![CDATA[${body}]]></content:encoded>
<excerpt:encoded><![CDATA[Excerpt of generated post ${i}.]]></excerpt:encoded><wp:post_id>${1000 + i}</wp:post_id>
<wp:post_date_gmt><![CDATA[2024-${month}-${day} 09:00:00]]></wp:post_date_gmt><wp:post_modified_gmt><![CDATA[2024-${month}-${day} 09:00:00]]></wp:post_modified_gmt>
<wp:status><![CDATA[publish]]></wp:status><wp:post_name><![CDATA[generated-post-${i}]]></wp:post_name><wp:post_type><![CDATA[post]]></wp:post_type>
<category domain="category" nicename="cat-${i % 8}"><![CDATA[Category ${i % 8}]]></category><category domain="post_tag" nicename="tag-${i % 5}"><![CDATA[Tag ${i % 5}]]></category>
<wp:postmeta><wp:meta_key><![CDATA[_yoast_wpseo_metadesc]]></wp:meta_key><wp:meta_value><![CDATA[Meta description of generated post ${i}, long enough to sit inside what search results show.]]></wp:meta_value></wp:postmeta></item>`;
};

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Kestrel &amp; Vane Advisory</title><link>https://kestrelvane.example</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://kestrelvane.example</wp:base_site_url>
<wp:author><wp:author_login><![CDATA[inesokafor]]></wp:author_login><wp:author_display_name><![CDATA[Ines Okafor]]></wp:author_display_name></wp:author>
<wp:author><wp:author_login><![CDATA[tbrandt]]></wp:author_login><wp:author_display_name><![CDATA[Tomas Brandt]]></wp:author_display_name></wp:author>
${Array.from({ length: count }, (_, i) => item(i)).join('\n')}
</channel></rss>`;

const dir = mkdtempSync(join(tmpdir(), 'quire-import-scale-'));
try {
  cpSync(`${ROOT}content`, join(dir, 'content'), { recursive: true });
  writeFileSync(join(dir, 'export.xml'), xml);
  const started = performance.now();
  const { plan, outcomes } = await runImport({
    source: 'wordpress',
    input: join(dir, 'export.xml'),
    root: dir,
    uploads: `${FIXTURE}/uploads`,
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${plan.posts.length} posts, ${plan.faqs.length} FAQs, ${outcomes.length} files imported in ${seconds.toFixed(1)} s (${(xml.length / 1024 / 1024).toFixed(1)} MB export)`,
  );
  const again = performance.now();
  await runImport({ source: 'wordpress', input: join(dir, 'export.xml'), root: dir, uploads: `${FIXTURE}/uploads` });
  console.log(`re-import (everything unchanged): ${((performance.now() - again) / 1000).toFixed(1)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
