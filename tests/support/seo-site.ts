import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Site } from '../../src/lib/content/site';
import { byNewest, isPublished } from '../../src/lib/content/publish';
import { sampleContent } from './content';
import { ROOT } from './run';
import { fakeImage, settingsSchema } from './schemas';

/**
 * The sample content shaped like `getSite()`'s result (live posts newest first, maps by slug), for unit
 * tests of code that takes a `Site`. Images are the relative paths the files hold.
 */
export function sampleSite(now = new Date()): Site {
  const content = sampleContent();
  const settings = settingsSchema(fakeImage).parse(load(readFileSync(`${ROOT}content/settings.yaml`, 'utf8')));
  const entries = <T extends { id: string }>(list: T[]) => list.map((e) => ({ ...e, collection: 'x' }));
  const posts = entries(content.posts)
    .filter((p) => isPublished(p.data, now, false))
    .sort(byNewest);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
  const site = {
    settings,
    posts,
    faqs: entries(content.faqs),
    services: entries(content.services),
    comparisons: entries(content.comparisons),
    authors: entries(content.authors),
    categories: entries(content.categories),
  };
  return {
    ...site,
    post: byId(site.posts),
    faq: byId(site.faqs),
    service: byId(site.services),
    comparison: byId(site.comparisons),
    author: byId(site.authors),
    category: byId(site.categories),
  } as unknown as Site;
}
