import { availableParallelism } from 'node:os';
import { imageCache } from './cache';
import type { OgCard } from './cards';
import { FONT_VERSION } from './fonts';
import { PNG_OPTIONS, rasterize } from './rasterize';
import { ogStats } from './stats';
import { renderTemplate, templateVersion, type Brand } from './templates';
import { CARD } from './theme';

/** How many cards are drawn or read ahead of the one the build asks for. */
const LOOKAHEAD = Math.max(2, availableParallelism() * 2);

/**
 * Produces card PNGs for a build: from the cache when an identical card was drawn before, otherwise
 * drawn and stored. Cards are requested one by one in the order `plan` was given; the next few are
 * started early so satori (main thread) and sharp (its own threads) overlap, while at most LOOKAHEAD
 * images are held in memory.
 */
export function cardGenerator(cacheDir: string, brand: Brand) {
  const cache = imageCache(cacheDir);
  const order: OgCard[] = [];
  const position = new Map<string, number>();
  const jobs = new Map<string, Promise<{ png: Buffer; drawn: boolean }>>();

  /** A card's identity: everything it shows plus the versions of its template, frame and fonts. */
  const keyOf = (card: OgCard): string =>
    cache.key({
      version: templateVersion(card.template),
      fonts: FONT_VERSION,
      size: CARD,
      png: PNG_OPTIONS,
      brand,
      data: card.data,
    });

  async function produce(card: OgCard): Promise<{ png: Buffer; drawn: boolean }> {
    const key = keyOf(card);
    const hit = await cache.read(key);
    if (hit) return { png: hit, drawn: false };
    const png = await rasterize(renderTemplate(card.template, card.data as never, brand));
    await cache.write(key, png);
    return { png, drawn: true };
  }

  const start = (card: OgCard) => {
    if (!jobs.has(card.key)) {
      const job = produce(card);
      job.catch(() => undefined);
      jobs.set(card.key, job);
    }
    return jobs.get(card.key)!;
  };

  return {
    keyOf,
    /** The cards of this build, in the order the build will ask for them. */
    plan(cards: OgCard[]) {
      order.splice(0, order.length, ...cards);
      ogStats().planned = cards.length;
      position.clear();
      cards.forEach((card, index) => position.set(card.key, index));
    },
    /** One card's PNG; starts the next few in the plan. */
    async image(card: OgCard): Promise<Buffer> {
      const at = position.get(card.key);
      const job = start(card);
      if (at !== undefined) order.slice(at + 1, at + LOOKAHEAD).forEach(start);
      try {
        // Counted when the build asks for the card: one read ahead and then skipped is not counted.
        const { png, drawn } = await job;
        (drawn ? ogStats().rendered : ogStats().cached).push(card.key);
        return png;
      } finally {
        jobs.delete(card.key);
      }
    },
  };
}
