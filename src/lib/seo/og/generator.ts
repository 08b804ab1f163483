import { availableParallelism } from 'node:os';
import { imageCache } from './cache';
import type { OgCard } from './cards';
import type { Draw } from './drawing';
import { FONT_VERSION } from './fonts';
import { PNG_OPTIONS, rasterize } from './rasterize';
import { ogStats } from './stats';
import { renderTemplate, templateVersion, type Brand } from './templates';
import { CARD } from './theme';

/** How the generator draws: where (this thread or workers), and whether it draws ahead of the build. */
export interface GeneratorOptions {
  /** Draws one card (default: in this thread). */
  draw?: Draw;
  /**
   * Draws one card in this thread (default: `rasterize`). When `draw` hands cards to workers and the
   * build asks for a card they are still drawing, this thread draws queued cards meanwhile, from the
   * end of the plan, instead of waiting idle.
   */
  drawHere?: Draw;
  /**
   * Start drawing every card missing from the cache as soon as `plan` names them, in plan order, so
   * drawing overlaps with the rendering of other pages (a build); otherwise draw on request (dev).
   */
  ahead?: boolean;
  /** Cards handed to `draw` at once when drawing ahead (default: two per core; a worker queues them). */
  parallel?: number;
}

/** A build's card generator. */
export type CardGenerator = ReturnType<typeof cardGenerator>;

/**
 * Produces card PNGs for a build: from the cache when an identical card was drawn before, otherwise
 * drawn and stored. Drawn cards go to the cache and are read back when the build asks for them, so
 * drawing ahead never holds more than `parallel` images in memory.
 */
export function cardGenerator(cacheDir: string, brand: Brand, options: GeneratorOptions = {}) {
  const cache = imageCache(cacheDir);
  const draw = options.draw ?? rasterize;
  const drawHere = options.drawHere ?? rasterize;
  const parallel = options.parallel ?? Math.max(2, availableParallelism() * 2);
  /** Draws under way or done in this build, by cache key. */
  const drawing = new Map<string, Promise<void>>();
  /** Cards waiting to be drawn ahead, in plan order. */
  let queue: { card: OgCard; key: string }[] = [];
  let running = 0;
  /** The keys of the last plan. */
  let planned: Set<string> | undefined;

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

  const drawToCache = (card: OgCard, key: string, drawer = draw): Promise<void> => {
    let job = drawing.get(key);
    if (!job) {
      job = drawer(renderTemplate(card.template, card.data as never, brand)).then((png) => cache.write(key, png));
      job.catch(() => undefined);
      drawing.set(key, job);
    }
    return job;
  };

  /** While `job` is drawn elsewhere, draws the last queued cards in this thread, one at a time. */
  const helpUntil = async (job: Promise<void>) => {
    let done = false;
    void job.finally(() => (done = true)).catch(() => undefined);
    while (!done && queue.length > 0) {
      const { card, key } = queue.pop()!;
      if (!drawing.has(key)) await drawToCache(card, key, drawHere).catch(() => undefined);
    }
  };

  const pump = () => {
    while (running < parallel && queue.length > 0) {
      const { card, key } = queue.shift()!;
      if (drawing.has(key)) continue;
      running++;
      void drawToCache(card, key)
        .catch(() => undefined)
        .finally(() => {
          running--;
          pump();
        });
    }
  };

  return {
    keyOf,
    /**
     * The cards of this build, in the order the build will ask for them. Planning again (the image
     * route taking over a generator started before the build) replaces the queue; cards already
     * drawing are not started twice, and the cards the first plan missed are counted.
     */
    plan(cards: OgCard[]) {
      const keyed = cards.map((card) => ({ card, key: keyOf(card) }));
      const stats = ogStats();
      if (planned) stats.missedEarly = keyed.filter(({ key }) => !planned!.has(key)).length;
      planned = new Set(keyed.map(({ key }) => key));
      stats.planned = cards.length;
      if (!options.ahead) return;
      queue = keyed.filter(({ key }) => !cache.has(key));
      pump();
    },
    /** One card's PNG, drawn now when it is neither in the cache nor being drawn. */
    async image(card: OgCard): Promise<Buffer> {
      const key = keyOf(card);
      let job = drawing.get(key);
      if (!job) {
        const hit = await cache.read(key);
        if (hit) {
          ogStats().cached.push(card.key);
          return hit;
        }
        // Asked for before it was drawn ahead: this thread would only wait, so it draws the card itself.
        job = drawToCache(card, key, options.ahead ? drawHere : draw);
      } else if (options.ahead && draw !== drawHere) {
        await helpUntil(job);
      }
      await job;
      // Counted when the build asks for the card: one drawn ahead but never asked for is not counted.
      ogStats().rendered.push(card.key);
      return (await cache.read(key))!;
    },
  };
}
