/** The sample entries synthetic posts refer to: slugs that exist in the copied `content/`. */
export interface PostPool {
  authors: string[];
  categories: string[];
  comparisons: string[];
  faqs: string[];
  /** Slugs of sample posts whose hero image synthetic posts reuse (`content/images/journal/<slug>/hero/image.jpg`). */
  heroes: string[];
}

/** One generated post: its slug (the file name) and the MDX source the admin would have written. */
export interface GeneratedPost {
  slug: string;
  title: string;
  source: string;
  /** The MDX body alone (what the bare reference renders too). */
  body: string;
}

const WORDS = (
  'team engineering budget roadmap release review audit platform service customer contract pricing ' +
  'architecture migration database queue latency incident deploy pipeline backlog hiring onboarding ' +
  'retainer founder board investor runway estimate scope risk model evaluation prompt cost vendor ' +
  'handover documentation testing monitoring alert outage rollback feature sprint milestone quarter ' +
  'decision tradeoff process workflow integration dashboard security access compliance report'
).split(' ');
const VERBS = 'reduces protects delays improves changes exposes funds simplifies slows clarifies'.split(' ');
const OPENERS = ['In practice', 'Most weeks', 'For a small team', 'Before launch', 'After the audit', 'Over a quarter'];
const TOPICS = ['Hiring', 'Pricing', 'Audits', 'Roadmaps', 'Incidents', 'Vendors', 'Migrations', 'AI features'];

/** A small seeded generator (mulberry32), so the same index always gives the same post. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds ~1,500 words of plausible prose: headings, paragraphs, lists, a comparison block. */
function body(next: () => number, pool: PostPool, index: number): string {
  const pickOne = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 10 + Math.floor(next() * 10) }, () => pickOne(WORDS));
    return `${pickOne(OPENERS)}, the ${words.slice(0, 3).join(' ')} ${pickOne(VERBS)} ${words.slice(3).join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: 4 + Math.floor(next() * 3) }, sentence).join(' ');
  const parts: string[] = [paragraph(), paragraph()];
  for (let section = 1; section <= 6; section++) {
    parts.push(`## ${pickOne(TOPICS)} in week ${section} of project ${index}`);
    parts.push(paragraph(), paragraph());
    if (section === 2) parts.push(`<Comparison comparison="${pickOne(pool.comparisons)}" />`);
    if (section === 3) parts.push(Array.from({ length: 5 }, () => `* **${pickOne(WORDS)}:** ${sentence()}`).join('\n'));
    if (section === 4) parts.push(Array.from({ length: 4 }, (_, i) => `${i + 1}. ${sentence()}`).join('\n'));
    if (section === 5) parts.push(`### What to check first`, paragraph());
  }
  parts.push(`Read more in [our journal](/journal/) or [the FAQ](/faq/).`);
  return `${parts.join('\n\n')}\n`;
}

/** The publish date of post `index`: spread over the past, so every post is live and order varies. */
const publishedAt = (index: number) =>
  new Date(Date.UTC(2019, 0, 1) + ((index * 7919) % 2400) * 86_400_000).toISOString().slice(0, 10);

/** Generates synthetic post number `index` (deterministic), drawing its references from `pool`. */
export function generatePost(index: number, pool: PostPool): GeneratedPost {
  const next = random(index + 1);
  const pickOne = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const slug = `bench-post-${String(index).padStart(5, '0')}`;
  const topic = pickOne(TOPICS);
  const title = `${topic} notes ${index}: what to decide first`;
  const faqs = [...new Set([pickOne(pool.faqs), pickOne(pool.faqs), pickOne(pool.faqs)])];
  const text = body(next, pool, index);
  const source = [
    '---',
    `title: '${title}'`,
    `description: >-`,
    `  A practical look at ${topic.toLowerCase()} for teams of ten to fifty engineers, with the checks we run and the mistakes we see (${index}).`,
    `excerpt: The decisions that matter most about ${topic.toLowerCase()}, and the order to take them in.`,
    'hero:',
    `  image: ../images/journal/${pickOne(pool.heroes)}/hero/image.jpg`,
    `  alt: Abstract shapes in the site's colours`,
    'categories:',
    `  - ${pickOne(pool.categories)}`,
    'authors:',
    `  - ${pickOne(pool.authors)}`,
    `publishedAt: ${publishedAt(index)}`,
    'draft: false',
    'faqs:',
    ...faqs.map((faq) => `  - ${faq}`),
    '---',
    text,
  ].join('\n');
  return { slug, title, source, body: text };
}

/** Number of words in a Markdown body, as a reader would count them. */
export const wordCount = (markdown: string) => markdown.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
