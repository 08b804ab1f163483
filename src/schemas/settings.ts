import { z } from 'astro/zod';
import { callToAction, href, optionalImageWithAlt, optionalText, optionalWebAddress, requiredText } from './shared';
import { FEED_CONTENT, SOCIAL_NETWORKS, URL_MAX, WEB_ADDRESS_PATTERN } from './vocabulary';

/** Where the site settings singleton lives, from the project root. */
export const SETTINGS_FILE = 'content/settings.yaml';

const link = (field: string) =>
  z
    .object({
      /** Link text. */
      label: requiredText(`${field}[].label`, 'label'),
      /** Link target. */
      href: href(`${field}[].href`),
    })
    .strict();

/** The site settings singleton (`content/settings.yaml`). */
export const settingsSchema = <I extends z.ZodType>(image: () => I) =>
  z
    .object({
      /** Name of the firm / site, used in titles and the header. */
      siteName: requiredText('siteName', 'label'),
      /** Production URL, e.g. https://example.com (no trailing path). */
      siteUrl: z
        .string({ error: 'siteUrl is required' })
        .refine((value) => value.length <= URL_MAX && WEB_ADDRESS_PATTERN.test(value), {
          error: 'siteUrl must be a full address starting with https:// (write it as https://www.example.com)',
        })
        .pipe(z.url({ error: 'siteUrl must be an absolute URL (write it as https://www.example.com)' })),
      /** Default meta description for the site. */
      description: requiredText('description', 'summary'),
      /** Short line shown next to the name. */
      tagline: optionalText('tagline', 'title'),
      /** Home page introduction. */
      intro: z
        .object({
          /** Main heading of the home page. */
          heading: requiredText('intro.heading'),
          /** Paragraph under it. */
          text: requiredText('intro.text', 'prose'),
        })
        .strict(),
      /** Logo with alt text (optional; the site name is shown without one). */
      logo: optionalImageWithAlt(image, 'logo'),
      /** Main navigation links, in order. */
      navigation: z.array(link('navigation')).default([]),
      /** Links in the footer, in order. */
      footerLinks: z.array(link('footerLinks')).default([]),
      /** Social profiles of the firm. */
      social: z
        .array(
          z
            .object({
              /** Which network (default: linkedin). */
              network: z
                .enum(SOCIAL_NETWORKS, { error: `social[].network must be one of: ${SOCIAL_NETWORKS.join(', ')}` })
                .default('linkedin'),
              /** Profile URL. */
              url: href('social[].url'),
            })
            .strict(),
        )
        .default([]),
      /** How a prospective client gets in touch: the contact page, the footer and the organisation's structured data. */
      contact: z
        .object({
          /** Address enquiries go to. */
          email: z.email({ error: 'contact.email must be an email address such as hello@example.com' }),
          /** What to write about and when to expect a reply, shown on the contact page. */
          text: optionalText('contact.text', 'prose'),
          /** A page where clients book a call (a scheduling service), shown as a button. */
          bookingUrl: optionalWebAddress('contact.bookingUrl', 'https://cal.example/intro-call'),
        })
        .strict(),
      /** Call to action used where a page has none of its own. */
      defaultCta: callToAction(),
      /** Posts per page on the journal index (default: 10). */
      postsPerPage: z.number().int().min(1).max(100).default(10),
      /** Pattern of every page's `<title>`: `{title}` is the page title, `{siteName}` the site name (default: "{title} | {siteName}"). */
      titleTemplate: optionalText('titleTemplate', 'label').refine((value) => !value || value.includes('{title}'), {
        error: 'titleTemplate must contain {title}, e.g. "{title} | {siteName}"',
      }),
      /** Generate a social image (Open Graph) for every page (default: true; QUIRE_OG=off also turns it off). */
      ogImages: z.boolean().default(true),
      /** What the RSS feeds carry per article: the full text or the summary (default: full). */
      feedContent: z
        .enum(FEED_CONTENT, { error: `feedContent must be one of: ${FEED_CONTENT.join(', ')}` })
        .default('full'),
      /** How many of the newest articles each RSS feed lists (default: 20). */
      feedLength: z.number().int().min(1).max(500).default(20),
    })
    .strict();

/** Site settings after validation. */
export type SettingsData = z.output<ReturnType<typeof settingsSchema>>;
