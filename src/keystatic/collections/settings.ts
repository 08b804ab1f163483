import { fields, singleton } from '@keystatic/core';
import {
  EMAIL_PATTERN,
  FEED_CONTENT,
  SOCIAL_NETWORKS,
  TEXT_KINDS,
  selectOptions,
  textMessage,
  textPattern,
} from '../../schemas/vocabulary';
import { callToAction, imageWithAlt, link, optional, required, webAddress } from '../shared';

const links = (label: string) =>
  fields.array(
    fields.object({
      label: required('Label', undefined, 'label'),
      href: link('Link', 'A site path such as /journal/, or a full URL.'),
    }),
    {
      label,
      itemLabel: (props) => props.fields.label.value || 'Link',
    },
  );

/** Site settings: `content/settings.yaml`. */
export const settings = singleton({
  label: 'Site settings',
  path: 'content/settings',
  format: { data: 'yaml' },
  schema: {
    siteName: required('Site name', undefined, 'label'),
    siteUrl: webAddress('Production URL', 'Where the site is published, such as https://www.example.com.', true),
    description: required('Site description', undefined, 'summary'),
    tagline: optional('Tagline', undefined, 'title'),
    intro: fields.object(
      { heading: required('Heading'), text: required('Text', undefined, 'prose') },
      { label: 'Home page introduction' },
    ),
    logo: imageWithAlt('Logo', 'site', false, true),
    navigation: links('Navigation'),
    footerLinks: links('Footer links'),
    social: fields.array(
      fields.object({
        network: fields.select({ label: 'Network', options: selectOptions(SOCIAL_NETWORKS), defaultValue: 'linkedin' }),
        url: link('Profile URL', 'The full address, such as https://www.linkedin.com/company/…'),
      }),
      { label: 'Social profiles', itemLabel: (props) => props.fields.network.value },
    ),
    contact: fields.object(
      {
        email: fields.text({
          label: 'Email',
          description: 'Where enquiries go: shown on the contact page and in the footer.',
          validation: {
            isRequired: true,
            pattern: { regex: EMAIL_PATTERN, message: 'Enter an email address such as hello@example.com.' },
          },
        }),
        text: optional('Text', 'What to write about and when to expect a reply, shown on the contact page.', 'prose'),
        bookingUrl: webAddress(
          'Booking link',
          'A page where clients book a call, such as a scheduling service (https://…).',
          false,
        ),
      },
      { label: 'Contact' },
    ),
    defaultCta: callToAction('Default call to action'),
    postsPerPage: fields.integer({
      label: 'Posts per journal page',
      defaultValue: 10,
      validation: { min: 1, max: 100 },
    }),
    titleTemplate: fields.text({
      label: 'Title template',
      description:
        'Pattern of every page title in search results: {title} is the page, {siteName} the site. Default: {title} | {siteName}',
      validation: {
        length: { max: TEXT_KINDS.label.max },
        pattern: {
          regex: new RegExp(`^(?=[\\s\\S]*\\{title\\}|\\s*$)${textPattern('label', false).source.slice(1)}`, 'u'),
          message: `Include {title}, e.g. {title} | {siteName}. ${textMessage('label')}`,
        },
      },
    }),
    ogImages: fields.checkbox({
      label: 'Generate social images',
      description: 'A share image for every page. Turn off for faster local builds (or set QUIRE_OG=off).',
      defaultValue: true,
    }),
    feedContent: fields.select({
      label: 'RSS feed content',
      options: selectOptions(FEED_CONTENT),
      defaultValue: 'full',
    }),
    feedLength: fields.integer({
      label: 'Articles per RSS feed',
      description: 'The newest articles each feed lists.',
      defaultValue: 20,
      validation: { min: 1, max: 500 },
    }),
  },
});
