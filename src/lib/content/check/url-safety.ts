/** Schemes a link in content may use; anything else (javascript:, data:, vbscript:, file:) is refused. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/**
 * Why a URL written in content is unsafe, or `undefined` when it is a site path, an anchor or an
 * http(s)/mailto/tel URL. Browsers ignore whitespace and control characters inside a scheme
 * (`java\tscript:`), and so does this test.
 */
export function unsafeUrl(url: string): string | undefined {
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
  if (!scheme || SAFE_SCHEMES.includes(scheme)) return undefined;
  return `"${url}" uses ${scheme}:, which is not allowed (link to a site path such as /journal/x/ or an https:// address)`;
}
