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
