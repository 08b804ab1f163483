import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/content/site';
import { allCards, type OgCard } from '../../lib/seo/og/cards';
import { ogEnabled } from '../../lib/seo/og/options';
import { siteCardGenerator } from '../../lib/seo/og/site-generator';

export const getStaticPaths = (async () => {
  const site = await getSite();
  if (!ogEnabled(site.settings)) return [];
  const cards = allCards(site);
  const generator = siteCardGenerator(site);
  generator.plan(cards);
  // The card's own key: an incremental build copies an unchanged card from the last build's output.
  return cards.map((card) => ({ params: { card: card.key }, props: { card }, cacheKey: generator.keyOf(card) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await siteCardGenerator(await getSite()).image(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
