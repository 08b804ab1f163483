import { describe, expect, it } from 'vitest';
import keystaticConfig from '../../keystatic.config';
import { bodyComponents } from '../../src/keystatic/components';
import { authorSchema } from '../../src/schemas/author';
import { blockSchemas } from '../../src/schemas/blocks';
import { categorySchema } from '../../src/schemas/category';
import { comparisonSchema } from '../../src/schemas/comparison';
import { faqSchema } from '../../src/schemas/faq';
import { postSchema } from '../../src/schemas/post';
import { serviceSchema } from '../../src/schemas/service';
import { settingsSchema } from '../../src/schemas/settings';
import { keystaticFields, zodShape } from '../support/field-shapes';
import { SLUG_MAX } from '../../src/schemas/vocabulary';
import { fakeImage } from '../support/schemas';

const { collections, singletons } = keystaticConfig;

// Every content type, as the admin defines it and as the build validates it.
const pairs = [
  ['posts', collections!.posts.schema, postSchema(fakeImage)],
  ['faqs', collections!.faqs.schema, faqSchema()],
  ['services', collections!.services.schema, serviceSchema(fakeImage)],
  ['comparisons', collections!.comparisons.schema, comparisonSchema()],
  ['authors', collections!.authors.schema, authorSchema(fakeImage)],
  ['categories', collections!.categories.schema, categorySchema()],
  ['settings', singletons!.settings.schema, settingsSchema(fakeImage)],
  ...Object.entries(bodyComponents).map(
    ([name, component]) => [`block ${name}`, component.schema, blockSchemas[name as keyof typeof blockSchemas]] as const,
  ),
] as const;

describe('Keystatic fields and content schemas agree', () => {
  it.each(pairs)('%s', (_name, keystaticSchema, zodSchema) => {
    const fromAdmin = { kind: 'object', fields: keystaticFields(keystaticSchema as never) };
    expect(zodShape(zodSchema)).toEqual(fromAdmin);
  });

  it('defines a schema for every block the admin offers, and no more', () => {
    expect(Object.keys(blockSchemas).sort()).toEqual(Object.keys(bodyComponents).sort());
  });

  it('compares something: a renamed field is caught', () => {
    const renamed = { ...collections!.categories.schema, summary: collections!.categories.schema.description } as never;
    expect(zodShape(categorySchema())).not.toEqual({ kind: 'object', fields: keystaticFields(renamed) });
  });
});

describe('slugs the admin accepts', () => {
  const slugFields = Object.entries(collections!).map(([name, collection]) => {
    const field = Object.values(collection.schema).find((f) => 'formKind' in f && f.formKind === 'slug');
    return [name, field as { validate: (value: { name: string; slug: string }) => unknown }] as const;
  });

  it.each(slugFields)('%s: at most SLUG_MAX characters, as the content check requires', (_name, field) => {
    expect(slugFields.length).toBe(Object.keys(collections!).length);
    const slug = (length: number) => `${'ab-'.repeat(length)}`.slice(0, length).replace(/-$/, 'x');
    expect(() => field.validate({ name: 'A title', slug: slug(SLUG_MAX) })).not.toThrow();
    expect(() => field.validate({ name: 'A title', slug: slug(SLUG_MAX + 1) })).toThrow(/Slug/);
  });
});

describe('links the admin accepts', () => {
  /** A Keystatic field with its validation, as the admin runs it on save (it throws on a bad value). */
  type Field = { validate: (value: unknown) => unknown; fields?: Record<string, Field>; element?: Field };
  const settings = singletons!.settings!.schema as unknown as Record<string, Field>;
  const authors = collections!.authors!.schema as unknown as Record<string, Field>;
  const block = bodyComponents.CallToAction as unknown as { schema: Record<string, Field> };
  const links: [string, Field][] = [
    ['settings navigation', settings.navigation!.element!.fields!.href!],
    ['settings footer links', settings.footerLinks!.element!.fields!.href!],
    ['settings social profiles', settings.social!.element!.fields!.url!],
    ['settings default call to action', settings.defaultCta!.fields!.href!],
    ['author links', authors.links!.element!.fields!.url!],
    ['call-to-action block', block.schema.href!],
  ];

  it.each(links)('%s: what the build accepts, and nothing it refuses', (_name, field) => {
    for (const good of ['/journal/', '#pricing', 'https://www.example.com/x', 'mailto:hello@example.com']) {
      expect(() => field.validate(good), good).not.toThrow();
    }
    for (const bad of ['linkedin.com/in/someone', 'javascript:alert(1)', 'www.example.com', '']) {
      expect(() => field.validate(bad), bad).toThrow();
    }
  });

  it('asks for a full web address for the production URL and the booking link, and {title} in the title template', () => {
    for (const field of [settings.siteUrl!, settings.contact!.fields!.bookingUrl!]) {
      expect(() => field.validate('https://www.example.com')).not.toThrow();
      expect(() => field.validate('www.example.com')).toThrow(/https:\/\//);
    }
    expect(() => settings.siteUrl!.validate('')).toThrow();
    expect(() => settings.contact!.fields!.bookingUrl!.validate('')).not.toThrow();
    expect(() => settings.titleTemplate!.validate('{title} | {siteName}')).not.toThrow();
    expect(() => settings.titleTemplate!.validate('')).not.toThrow();
    expect(() => settings.titleTemplate!.validate('{siteName}: {page}')).toThrow(/\{title\}/);
  });
});
