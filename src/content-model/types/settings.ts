import { singletonType } from '../content-type';
import {
  callToAction,
  checkbox,
  email,
  group,
  imageWithAlt,
  integer,
  link,
  list,
  select,
  text,
  webAddress,
} from '../fields';
import { FEED_CONTENT, LABELS, SOCIAL_NETWORKS } from '../vocabulary';

const links = (label: string) =>
  list(
    label,
    group(
      undefined,
      {
        label: text('Label', { kind: 'label', required: true }),
        href: link('Link', 'A site path such as /journal/, or a full URL.'),
      },
      'required',
    ),
    { itemLabel: (item) => item.label || 'Link' },
  );

/** The site settings (`content/settings.yaml`), one file edited under Settings in the admin. */
export const settings = singletonType({
  label: 'Site settings',
  file: 'content/settings.yaml',
  fields: {
    siteName: text('Site name', { kind: 'label', required: true }),
    siteUrl: webAddress('Production URL', {
      description: 'Where the site is published, such as https://www.example.com.',
      example: 'https://www.example.com',
      required: true,
    }),
    description: text('Site description', { kind: 'summary', required: true }),
    tagline: text('Tagline', { kind: 'title' }),
    intro: group(
      'Home page introduction',
      {
        heading: text('Heading', { kind: 'title', required: true }),
        text: text('Text', { kind: 'prose', required: true }),
      },
      'required',
    ),
    logo: imageWithAlt('Logo', 'site', false, true),
    navigation: links('Navigation'),
    footerLinks: links('Footer links'),
    social: list(
      'Social profiles',
      group(
        undefined,
        {
          network: select('Network', SOCIAL_NETWORKS, 'linkedin'),
          url: link('Profile URL', 'The full address, such as https://www.linkedin.com/company/…'),
        },
        'required',
      ),
      { itemLabel: (profile) => LABELS[profile.network] ?? profile.network },
    ),
    contact: group(
      'Contact',
      {
        email: email('Email', 'Where enquiries go: shown on the contact page and in the footer.'),
        text: text('Text', {
          description: 'What to write about and when to expect a reply, shown on the contact page.',
          kind: 'prose',
        }),
        bookingUrl: webAddress('Booking link', {
          description: 'A page where clients book a call, such as a scheduling service (https://…).',
          example: 'https://cal.example/intro-call',
        }),
      },
      'required',
    ),
    defaultCta: callToAction('Default call to action'),
    postsPerPage: integer('Posts per journal page', { defaultValue: 10, min: 1, max: 100 }),
    titleTemplate: text('Title template', {
      description:
        'Pattern of every page title in search results: {title} is the page, {siteName} the site. Default: {title} | {siteName}',
      kind: 'label',
      mustContain: '{title}',
    }),
    ogImages: checkbox('Generate social images', {
      description: 'A share image for every page. Turn off for faster local builds (or set QUIRE_OG=off).',
      defaultValue: true,
    }),
    feedContent: select('RSS feed content', FEED_CONTENT, 'full'),
    feedLength: integer('Articles per RSS feed', {
      description: 'The newest articles each feed lists.',
      defaultValue: 20,
      min: 1,
      max: 500,
    }),
  },
});
