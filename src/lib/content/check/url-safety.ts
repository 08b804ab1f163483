import { linkProblem, quoted } from '../../../content-model/vocabulary';

/** Schemes a URL in content may use at all; anything else (javascript:, data:, vbscript:, file:) is refused. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/**
 * Why a URL written in content is unsafe, or `undefined` when it is a site path, an anchor or an
 * http(s)/mailto/tel URL. Browsers ignore whitespace and control characters inside a scheme
 * (`java\tscript:`), and so does this test. Image sources are held to this (and to being files of the
 * site, see check-images); links are held to the whole link policy by {@link bodyLinkProblem}.
 */
export function unsafeUrl(url: string): string | undefined {
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
  if (!scheme || SAFE_SCHEMES.includes(scheme)) return undefined;
  return `"${url}" uses ${scheme}:, which is not allowed (link to a site path such as /journal/x/ or an https:// address)`;
}

/**
 * Why a link in an MDX body breaks the link policy the admin's link fields and the schemas apply
 * (`LINK_PATTERN`), as the whole message (`link "…" …`), or `undefined` when it follows it. Markdown
 * writes a backslash in a link as `%5C`, which is read back as the backslash the editor typed.
 */
export function bodyLinkProblem(url: string): string | undefined {
  const unsafe = unsafeUrl(url);
  if (unsafe) return `link ${unsafe}`;
  const typed = url.replace(/%5c/gi, '\\');
  return linkProblem(`link ${quoted(typed)}`, typed);
}
