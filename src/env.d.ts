interface ImportMetaEnv {
  /** True under `astro dev` (or QUIRE_SHOW_UNPUBLISHED=true): drafts and scheduled posts are shown. */
  readonly QUIRE_SHOW_UNPUBLISHED: boolean;
  /** QUIRE_OG as the build started (`off` turns share-image generation off); set by the og-images integration. */
  readonly QUIRE_OG?: string;
  /** Absolute folder of the share-image cache; set by the og-images integration. */
  readonly QUIRE_OG_CACHE?: string;
  /** Absolute path of the worker script that draws cards (`src/lib/seo/og/draw-worker.ts`); set by the og-images integration. */
  readonly QUIRE_OG_WORKER?: string;
}

declare module 'virtual:quire/figure-images' {
  /** Figure images by `figureKey` (src/integrations/figure-images.ts). */
  const images: Record<string, () => Promise<import('astro').ImageMetadata>>;
  export default images;
}
