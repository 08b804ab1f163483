/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`) the search page uses. */
export interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, timeoutMs?: number): Promise<PagefindSearch | null>;
}

/** A Pagefind search response. */
export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResult> }[];
}

/** One page found by Pagefind. */
export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}

/**
 * Loads Pagefind's client once, when first asked (it is not part of any page's bundle).
 * `bundle` is the URL of the `pagefind/` folder, `baseUrl` the site's base path for result links.
 */
export function pagefindLoader(bundle: string, baseUrl: string): () => Promise<PagefindApi> {
  let loading: Promise<PagefindApi> | undefined;
  return () =>
    (loading ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindApi>).then(async (api) => {
      await api.options({ baseUrl, excerptLength: 24 });
      await api.init();
      return api;
    }));
}
