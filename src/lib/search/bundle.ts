/** Folder below `dist/` that holds the Pagefind index and its client script. */
export const SEARCH_BUNDLE = 'pagefind';
