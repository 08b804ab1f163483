/**
 * Enumerations shared by the Keystatic fields and the content schemas, so the admin UI and the
 * build accept exactly the same values.
 */

/** Kinds of callout an editor can insert into a body. */
export const CALLOUT_KINDS = ['note', 'tip', 'warning'] as const;

/** Verdict shown in a comparison cell; `none` shows the cell text alone. */
export const VERDICTS = ['yes', 'partial', 'no', 'none'] as const;

/** What a stated price is for: the whole engagement or project, or a period of work. */
export const PRICE_UNITS = ['engagement', 'project', 'hour', 'day', 'week', 'month'] as const;

/** Currencies a price may be quoted in (ISO 4217). */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD'] as const;

/** Who an author is: a person, or an organisation (the firm itself, a team) publishing under its name. */
export const AUTHOR_KINDS = ['person', 'organisation'] as const;

/** Social networks a profile link may point to. */
export const SOCIAL_NETWORKS = [
  'linkedin',
  'x',
  'github',
  'mastodon',
  'bluesky',
  'youtube',
  'email',
  'website',
] as const;

/** The heading of a post's FAQ section when the post does not name its own. */
export const FAQ_SECTION_TITLE = 'Frequently asked questions';

/** What each journal feed item carries: the whole article as HTML, or its summary. */
export const FEED_CONTENT = ['full', 'summary'] as const;

/** Human labels for the select options above, used by the admin UI and the site. */
export const LABELS: Record<string, string> = {
  note: 'Note',
  tip: 'Tip',
  warning: 'Warning',
  yes: 'Yes',
  partial: 'Partly',
  no: 'No',
  none: 'No verdict (text only)',
  fixed: 'A set amount',
  range: 'A range (from … to …)',
  from: 'Starting at (from …)',
  free: 'Free',
  'on-request': 'On request',
  engagement: 'per engagement',
  project: 'per project',
  hour: 'per hour',
  day: 'per day',
  week: 'per week',
  month: 'per month',
  person: 'A person',
  organisation: 'An organisation (the firm, a team)',
  linkedin: 'LinkedIn',
  x: 'X',
  github: 'GitHub',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  youtube: 'YouTube',
  email: 'Email',
  website: 'Website',
  full: 'Full article',
  summary: 'Summary only',
};

/** Builds Keystatic select options from one of the enumerations above. */
export function selectOptions<T extends string>(values: readonly T[]): { label: string; value: T }[] {
  return values.map((value) => ({ label: LABELS[value] ?? value, value }));
}

/** Slugs are lowercase words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest slug: URLs stay readable and shareable, and file names (the entry's own, its share card's)
 * stay far below the file system's 255-byte limit that a pasted paragraph as a title would exceed.
 */
export const SLUG_MAX = 80;

/** `slug` cut at the last whole word that fits in {@link SLUG_MAX} characters. */
export function shortenSlug(slug: string): string {
  if (slug.length <= SLUG_MAX) return slug;
  const cut = slug.slice(0, SLUG_MAX + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : cut.slice(0, SLUG_MAX)).replace(/-+$/, '');
}

/**
 * Characters no text field may hold: C0 controls other than tab and line feed (a pasted vertical tab
 * makes rss.xml ill-formed XML), DEL and C1 controls, the Unicode line and paragraph separators,
 * noncharacters and lone surrogates (not allowed in XML either), and the bidirectional embedding,
 * override and isolate controls U+202A-202E and U+2066-2069 (they can show text in a misleading
 * order; they are refused, not silently removed, so the editor sees what changed).
 */
const CONTROL_CHARACTERS = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f';
const SEPARATORS = '\\u2028\\u2029';
const NON_CHARACTERS = '\\ud800-\\udfff\\ufffe\\uffff';
const BIDI_CONTROLS = '\\u202a-\\u202e\\u2066-\\u2069';
/** What a multi-line field refuses: everything above (tab and line feed are allowed). */
const FORBIDDEN_MULTI_LINE = `${CONTROL_CHARACTERS}${SEPARATORS}${NON_CHARACTERS}${BIDI_CONTROLS}`;
/** What a single-line field refuses: also tabs and line feeds. */
const FORBIDDEN_SINGLE_LINE = `\\t\\n${FORBIDDEN_MULTI_LINE}`;
/**
 * Characters that show nothing: white space, controls and the default-ignorable code points
 * (zero-width space and joiners U+200B-200D, word joiner U+2060, BOM U+FEFF, soft hyphen U+00AD,
 * direction marks, variation selectors...). Text made only of them looks empty.
 */
const INVISIBLE = '\\s\\p{Cc}\\p{Default_Ignorable_Code_Point}';

/**
 * Maximum lengths (in UTF-16 code units, as both the admin and zod count) of every text field, by
 * kind; the admin and the build apply the same limits. `multiline` fields keep line breaks and tabs.
 */
export const TEXT_KINDS = {
  /** Button and link labels, roles, topics, durations, the site name and title template. */
  label: { max: 80, multiline: false },
  /** Titles, names, questions, headlines, taglines, option names and criteria. */
  title: { max: 160, multiline: false },
  /** One-line texts: alt text, captions, a call to action's sentence, outcomes, table cells, notes. */
  line: { max: 300, multiline: false },
  /** Descriptions, excerpts, summaries and footnotes: a few sentences, line breaks allowed. */
  summary: { max: 500, multiline: true },
  /** Longer prose: an author's bio, who a service is for, the home page introduction, contact text. */
  prose: { max: 2000, multiline: true },
} as const;

/** A kind of text field: see {@link TEXT_KINDS}. */
export type TextKind = keyof typeof TEXT_KINDS;

/** The longest link or web address a field accepts. */
export const URL_MAX = 2000;

/**
 * The one test of a text field's value, used as the admin's pattern and (through {@link textProblem})
 * by the build: no forbidden character, and some visible text when the field is required; an
 * optional field may also be empty or white space only (it then counts as not set).
 */
export function textPattern(kind: TextKind, required: boolean): RegExp {
  const forbidden = TEXT_KINDS[kind].multiline ? FORBIDDEN_MULTI_LINE : FORBIDDEN_SINGLE_LINE;
  const visible = `(?=[\\s\\S]*[^${INVISIBLE}])`;
  return required
    ? new RegExp(`^${visible}[^${forbidden}]*$`, 'u')
    : new RegExp(`^(?=[^${forbidden}]*$)(?:\\s*|${visible}[\\s\\S]*)$`, 'u');
}

/** What the admin says when {@link textPattern} refuses a value. */
export const textMessage = (kind: TextKind): string =>
  TEXT_KINDS[kind].multiline
    ? 'Write visible text, without invisible control or text-direction characters (retype text pasted from elsewhere).'
    : 'Write visible text on one line, without line breaks, tabs or invisible control or text-direction characters (retype text pasted from elsewhere).';

/** `text` in quotes, with any invisible or control character written as U+XXXX so a message stays one readable line. */
export const quoted = (text: string): string =>
  `"${text.replace(new RegExp(`[${FORBIDDEN_SINGLE_LINE}\\u200b-\\u200f\\u2060\\ufeff]`, 'gu'), (c) => `<${codePoint(c)}>`)}"`;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Characters an MDX body may not hold: those no multi-line field may hold, except the carriage return
 * of files saved with Windows line endings.
 */
export const BODY_FORBIDDEN = new RegExp(
  `[${FORBIDDEN_MULTI_LINE.replace('\\u000b-\\u001f', '\\u000b\\u000c\\u000e-\\u001f')}]`,
  'u',
);

/** What is wrong with a character no text may hold, after the field's name, with how to fix it. */
export function characterProblem(field: string, character: string): string {
  if (new RegExp(`[${BIDI_CONTROLS}]`, 'u').test(character)) {
    return `${field} contains the invisible text-direction control ${codePoint(character)}, which can show text in a misleading order (delete it, or retype the text)`;
  }
  return `${field} contains the invisible control character ${codePoint(character)} (delete it, or retype text pasted from elsewhere)`;
}

/**
 * Why `value` does not fit a text field of `kind`, as `<what is wrong> (<how to fix it>)` after the
 * field's name, or `undefined` when it fits. Refuses exactly what {@link textPattern} refuses (a test
 * holds the two together) and longer text than the kind allows.
 */
export function textProblem(field: string, value: string, kind: TextKind, required: boolean): string | undefined {
  const { max, multiline } = TEXT_KINDS[kind];
  if (value.length > max) return `${field} is ${value.length} characters long, more than ${max} (shorten it)`;
  const forbidden = new RegExp(`[${multiline ? FORBIDDEN_MULTI_LINE : FORBIDDEN_SINGLE_LINE}]`, 'u').exec(value)?.[0];
  if (forbidden === '\n' || forbidden === '\r' || forbidden === '\u2028' || forbidden === '\u2029') {
    return multiline
      ? `${field} contains the line separator ${codePoint(forbidden)} (replace it with an ordinary line break)`
      : `${field} must be one line (remove the line break)`;
  }
  if (forbidden === '\t') return `${field} must be one line (replace the tab with a space)`;
  if (forbidden) return characterProblem(field, forbidden);
  if (value.trim() === '') return required ? `${field} is required (write some text)` : undefined;
  if (!new RegExp(`[^${INVISIBLE}]`, 'u').test(value)) {
    return `${field} has no visible text, only invisible characters (write some text${required ? '' : ', or clear the field'})`;
  }
  return undefined;
}

/**
 * Where a link may point, the same in the admin's link fields, the build's schemas and the links of
 * MDX bodies: a page of this site (one "/" then anything but a second slash or a backslash: "//host"
 * and "/\\host" open another site), an anchor ("#…"), an https:// address or an email address. No
 * backslash, white space or invisible character anywhere. `http://` is refused: write https://.
 */
export const LINK_PATTERN = new RegExp(
  `^(?:/(?![/\\\\])|#|https://(?=[^/\\\\])|mailto:(?=.))[^\\\\${INVISIBLE}]*$`,
  'u',
);

/**
 * Why a link fails {@link LINK_PATTERN}, as `<what is wrong> (<how to fix it>)` after the field's name
 * (or `link "<url>"` in a body), or `undefined` when it passes.
 */
export function linkProblem(field: string, url: string): string | undefined {
  if (url.length > URL_MAX) return `${field} is ${url.length} characters long, more than ${URL_MAX} (shorten it)`;
  if (LINK_PATTERN.test(url)) return undefined;
  if (/^[/\\][/\\]/.test(url)) {
    return `${field} would open another site (start a page of this site with a single /, such as /journal/, or write https:// for another site)`;
  }
  if (url.includes('\\')) return `${field} contains a backslash (write / in addresses)`;
  if (new RegExp(`[${INVISIBLE}]`, 'u').test(url)) {
    return `${field} contains a space, line break or invisible character (remove it, or write %20 for a space)`;
  }
  if (/^http:\/\//i.test(url)) return `${field} must use https:// (change http:// to https://)`;
  if (/^https:\/\//i.test(url))
    return `${field} has no site name after https:// (write it as https://www.example.com/)`;
  return `${field} must start with "/", "#", "https://" or "mailto:" (a single / for a page of this site, # for a section, https:// for another site, mailto: for email)`;
}

/**
 * An old address of an entry on the site it came from, kept working by a redirect: a site path of
 * plain segments (letters, digits, `-`, `_`, `.`, `~`; none starting with a dot), ending in `/` or in
 * a file name such as `post.html`. Query strings (`/?p=123`) cannot be redirected by a static host.
 */
export const FORMER_PATH_PATTERN =
  /^\/(?=.)(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\.html?)?$/;

/** The longest former address. */
export const FORMER_PATH_MAX = 300;

/** An absolute https:// address, as the site's own URL, the canonical override and booking links must be. */
export const WEB_ADDRESS_PATTERN = new RegExp(`^https://[^/\\\\${INVISIBLE}][^\\\\${INVISIBLE}]*$`, 'u');

/** An email address as the admin accepts it (the build's check is zod's, which this pattern does not loosen). */
export const EMAIL_PATTERN = new RegExp(`^[^@${INVISIBLE}]+@[^@${INVISIBLE}]+\\.[^@${INVISIBLE}]+$`, 'u');

/** Lengths search results show without cutting: meta titles up to 60 characters, descriptions 70-160. */
export const SEARCH_LENGTHS = { title: { max: 60 }, description: { min: 70, max: 160 } } as const;
