import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Reads a WordPress export (WXR, Tools > Export) into plain records. Only what the import uses is
 * read; values stay text. A file that is not well-formed XML, or not a WXR export, fails with the
 * file name and the place.
 */

export interface WxrAuthor {
  login: string;
  displayName: string;
  firstName: string;
  lastName: string;
}

export interface WxrTerm {
  slug: string;
  name: string;
  description: string;
  parent: string;
}

export interface WxrItem {
  id: string;
  title: string;
  link: string;
  creator: string;
  content: string;
  excerpt: string;
  date: string;
  dateGmt: string;
  modifiedGmt: string;
  pubDate: string;
  status: string;
  name: string;
  type: string;
  parent: string;
  attachmentUrl: string;
  /** `<category domain="category|post_tag" nicename="slug">Name</category>`. */
  terms: { domain: string; slug: string; name: string }[];
  meta: Map<string, string>;
}

export interface Wxr {
  title: string;
  /** The blog's address (`wp:base_blog_url`, or the channel's link). */
  baseUrl: string;
  authors: WxrAuthor[];
  categories: WxrTerm[];
  tags: WxrTerm[];
  items: WxrItem[];
}

const ARRAYS = new Set(['item', 'category', 'wp:author', 'wp:category', 'wp:tag', 'wp:postmeta']);

const str = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return str((value as Record<string, unknown>)['#text']);
  return String(value);
};

/** Parses the text of a WXR file named `file` (for messages). */
export function readWxr(xml: string, file: string): Wxr {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new Error(
      `${file}: line ${valid.err.line}, column ${valid.err.col}: not well-formed XML: ${valid.err.msg} (export the site again from Tools > Export)`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
    isArray: (name) => ARRAYS.has(name),
  });
  const doc = parser.parse(xml) as Record<string, any>;
  const channel = doc?.rss?.channel;
  if (!channel || (!channel['wp:wxr_version'] && !channel['wp:base_site_url'])) {
    throw new Error(
      `${file}: not a WordPress export (no <rss><channel> with wp:wxr_version; export with Tools > Export > All content)`,
    );
  }
  const term = (t: Record<string, unknown>, kind: 'category' | 'tag'): WxrTerm => ({
    slug: str(t[kind === 'category' ? 'wp:category_nicename' : 'wp:tag_slug']).trim(),
    name: str(t[kind === 'category' ? 'wp:cat_name' : 'wp:tag_name']).trim(),
    description: str(t[kind === 'category' ? 'wp:category_description' : 'wp:tag_description']).trim(),
    parent: str(t['wp:category_parent']).trim(),
  });
  return {
    title: str(channel.title).trim(),
    baseUrl: (str(channel['wp:base_blog_url']) || str(channel.link) || str(channel['wp:base_site_url'])).trim(),
    authors: (channel['wp:author'] ?? []).map((a: Record<string, unknown>) => ({
      login: str(a['wp:author_login']).trim(),
      displayName: str(a['wp:author_display_name']).trim(),
      firstName: str(a['wp:author_first_name']).trim(),
      lastName: str(a['wp:author_last_name']).trim(),
    })),
    categories: (channel['wp:category'] ?? []).map((c: Record<string, unknown>) => term(c, 'category')),
    tags: (channel['wp:tag'] ?? []).map((t: Record<string, unknown>) => term(t, 'tag')),
    items: (channel.item ?? []).map((item: Record<string, any>) => ({
      id: str(item['wp:post_id']).trim(),
      title: str(item.title),
      link: str(item.link).trim(),
      creator: str(item['dc:creator']).trim(),
      content: str(item['content:encoded']),
      excerpt: str(item['excerpt:encoded']),
      date: str(item['wp:post_date']).trim(),
      dateGmt: str(item['wp:post_date_gmt']).trim(),
      modifiedGmt: str(item['wp:post_modified_gmt']).trim(),
      pubDate: str(item.pubDate).trim(),
      status: str(item['wp:status']).trim(),
      name: str(item['wp:post_name']).trim(),
      type: str(item['wp:post_type']).trim(),
      parent: str(item['wp:post_parent']).trim(),
      attachmentUrl: str(item['wp:attachment_url']).trim(),
      terms: (item.category ?? []).map((c: unknown) => ({
        domain: typeof c === 'object' && c ? str((c as Record<string, unknown>)['@_domain']) : '',
        slug: typeof c === 'object' && c ? str((c as Record<string, unknown>)['@_nicename']) : '',
        name: str(c).trim(),
      })),
      meta: new Map(
        (item['wp:postmeta'] ?? []).map((m: Record<string, unknown>) => [
          str(m['wp:meta_key']),
          str(m['wp:meta_value']),
        ]),
      ),
    })),
  };
}
