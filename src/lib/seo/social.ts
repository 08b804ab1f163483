/** Profile URLs fit for `sameAs`: web links only (no `mailto:`). */
export const profileUrls = (urls: string[]): string[] => urls.filter((url) => /^https?:\/\//.test(url));

/** The `@handle` of an X (Twitter) profile URL, for `twitter:site`; `undefined` for other URLs. */
export function xHandle(url: string): string | undefined {
  const match = /^https?:\/\/(?:www\.)?(?:x|twitter)\.com\/@?([A-Za-z0-9_]{1,15})\/?$/.exec(url.trim());
  return match ? `@${match[1]}` : undefined;
}
