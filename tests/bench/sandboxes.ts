import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { ROOT } from '../support/run';
import { PROJECT_FILES } from '../support/sandbox';
import { generatePost, type GeneratedPost, type PostPool } from './generate-posts';

/** Where the benchmark keeps its sandboxes and results. */
export const BENCH_DIR = `${ROOT}.cache/bench/`;

const slugsIn = async (folder: string) =>
  (await readdir(`${ROOT}content/${folder}`)).map((file) => file.replace(/\.(mdx|ya?ml)$/, '')).sort();

/** The sample entries synthetic posts may refer to, read from the repository's `content/`. */
export async function samplePool(): Promise<PostPool> {
  return {
    authors: await slugsIn('authors'),
    categories: await slugsIn('categories'),
    comparisons: await slugsIn('comparisons'),
    faqs: await slugsIn('faqs'),
    heroes: await slugsIn('journal'),
  };
}

const copy = (from: string, to: string) =>
  cp(from, to, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });

async function writePosts(dir: string, posts: GeneratedPost[]) {
  await mkdir(`${dir}content/journal`, { recursive: true });
  for (const post of posts) await writeFile(`${dir}content/journal/${post.slug}.mdx`, post.source);
}

/**
 * Two fresh sandboxes under `.cache/bench/` for `count` synthetic posts: `site-N/`, a copy of the project
 * with the posts added to the sample content, and `reference-N/`, the bare reference site with the same
 * post files (and the sample images their heroes point at). The repository's `content/` is never written.
 */
export async function prepareSandboxes(count: number, pool: PostPool) {
  const posts = Array.from({ length: count }, (_, index) => generatePost(index, pool));
  const site = `${BENCH_DIR}site-${count}/`;
  const reference = `${BENCH_DIR}reference-${count}/`;
  for (const dir of [site, reference]) await rm(dir, { recursive: true, force: true });
  for (const entry of PROJECT_FILES) await copy(`${ROOT}${entry}`, `${site}${entry}`);
  await writePosts(site, posts);
  await copy(`${ROOT}tests/bench/reference`, reference);
  await copy(`${ROOT}content/images/journal`, `${reference}content/images/journal`);
  await writePosts(reference, posts);
  return { posts, site, reference };
}

/** Removes what a previous build left, so the next build is cold: output, Astro's caches, share images. */
export async function makeCold(dir: string): Promise<void> {
  for (const entry of ['dist', '.astro', 'node_modules', '.cache'])
    await rm(`${dir}${entry}`, { recursive: true, force: true });
}
