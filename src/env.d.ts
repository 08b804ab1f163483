interface ImportMetaEnv {
  /** True under `astro dev` (or QUIRE_SHOW_UNPUBLISHED=true): drafts and scheduled posts are shown. */
  readonly QUIRE_SHOW_UNPUBLISHED: boolean;
}
