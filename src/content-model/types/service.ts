import { ALL_BLOCKS } from '../blocks';
import { contentType } from '../content-type';
import {
  amount,
  body,
  callToAction,
  choice,
  formerSlugs,
  group,
  integer,
  list,
  relationships,
  select,
  slugTitle,
  text,
} from '../fields';
import { CURRENCIES, LABELS, PRICE_UNITS } from '../vocabulary';
import { metaDescription, seoOverrides } from './shared';

const per = () => select('Per', PRICE_UNITS, 'engagement');

/** One way to buy a service: a name, and a price stated as consultancies state them. */
const priceOption = group(
  undefined,
  {
    name: text('Name', {
      description: 'Optional, when there are several options: "Hourly advice", "Monthly retainer".',
      kind: 'label',
    }),
    price: choice(
      'Price',
      {
        fixed: { label: LABELS.fixed!, fields: { amount: amount('Amount'), per: per() } },
        range: {
          label: LABELS.range!,
          fields: {
            min: amount('From', { description: 'The lower end.' }),
            max: amount('To', { description: 'The upper end.' }),
            per: per(),
          },
        },
        from: { label: LABELS.from!, fields: { amount: amount('Starting at'), per: per() } },
        free: { label: LABELS.free!, fields: {} },
        'on-request': { label: LABELS['on-request']!, fields: {} },
      },
      'on-request',
      "Whole amounts in the service's currency.",
    ),
    note: text('Note', { description: 'One line under this option, e.g. "Billed monthly, 3-month minimum".' }),
  },
  'required',
);

/** Service pages (`content/services/<slug>.mdx`): the front matter below, the MDX body describes the service. */
export const services = contentType({
  label: 'Services',
  noun: 'service',
  folder: 'content/services',
  extension: '.mdx',
  url: '/services/{slug}/',
  ownPage: true,
  slugField: 'title',
  columns: ['title', 'order'],
  entryLayout: 'content',
  fields: {
    title: slugTitle('Title'),
    summary: text('Summary', {
      description: 'One or two sentences for cards and the top of the page.',
      kind: 'summary',
      required: true,
    }),
    description: metaDescription(),
    audience: text('Who it is for', { kind: 'prose', required: true }),
    outcomes: list('Outcomes', text('Outcome', { required: true }), {
      itemLabel: (outcome) => outcome || 'Outcome',
      min: 1,
      tooFew: 'list at least one outcome',
    }),
    pricing: group(
      'Pricing',
      {
        currency: select('Currency', CURRENCIES, 'USD'),
        options: list('Price options', priceOption, {
          description:
            'One or more ways to buy the service, in the order the page lists them; the first is shown on cards.',
          itemLabel: (option) => option.name || LABELS[option.price.discriminant] || 'Price',
          min: 1,
          tooFew: 'add at least one price option (choose "On request" when there is no set price)',
        }),
        note: text('Pricing note', { description: 'e.g. "Two days a week, 3-month minimum".' }),
      },
      'required',
    ),
    duration: text('Typical duration', { kind: 'label', required: true }),
    cta: callToAction('Call to action'),
    faqs: relationships('FAQs', 'faqs'),
    relatedPosts: relationships('Related posts', 'posts'),
    order: integer('Sort order'),
    formerSlugs: formerSlugs(),
    seo: seoOverrides('services'),
    body: body('Body', { images: 'figures', blocks: ALL_BLOCKS, headings: [2, 3, 4] }),
  },
  refine: (service, ctx) => {
    service.pricing.options.forEach(({ price }, index) => {
      if (price.discriminant === 'range' && price.value.min >= price.value.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['pricing', 'options', index, 'price', 'value', 'max'],
          message: `the range ends at ${price.value.max}, not above where it starts (${price.value.min}) (make "To" larger than "From", or choose "A set amount")`,
        });
      }
    });
  },
});
