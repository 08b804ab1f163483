import { describe, expect, it } from 'vitest';
import keystaticConfig from '../../keystatic.config';
import { ALL_BLOCKS } from '../../src/content-model/blocks';
import { blockComponents } from '../../src/keystatic/fields';

const bodyComponents = blockComponents(ALL_BLOCKS);
import { keystaticFields, textLeaves, zodShape } from '../support/field-shapes';
import { SLUG_MAX, TEXT_KINDS, URL_MAX } from '../../src/content-model/vocabulary';
import { authorSchema, blockSchemas, categorySchema, comparisonSchema, fakeImage, faqSchema, postSchema, serviceSchema, settingsSchema } from '../support/schemas';

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
    ([name, component]) => [`block ${name}`, component.schema, blockSchemas[name as keyof typeof blockSchemas].props] as const,
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
    return [name, field as unknown as { validate: (value: { name: string; slug: string }) => unknown }] as const;
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
    for (const bad of [
      'linkedin.com/in/someone',
      'javascript:alert(1)',
      'www.example.com',
      '',
      '//evil.example',
      '/\\evil.example/',
      'http://www.example.com',
      '/journal/\u000b',
    ]) {
      expect(() => field.validate(bad), bad).toThrow();
    }
  });

  it('asks for a full web address for the production URL and the booking link, and {title} in the title template', () => {
    for (const field of [settings.siteUrl!, settings.contact!.fields!.bookingUrl!]) {
      expect(() => field.validate('https://www.example.com')).not.toThrow();
      expect(() => field.validate('www.example.com')).toThrow(/https:\/\//);
      expect(() => field.validate('http://www.example.com')).toThrow(/https:\/\//);
    }
    expect(() => settings.siteUrl!.validate('')).toThrow();
    expect(() => settings.contact!.fields!.bookingUrl!.validate('')).not.toThrow();
    expect(() => settings.titleTemplate!.validate('{title} | {siteName}')).not.toThrow();
    expect(() => settings.titleTemplate!.validate('')).not.toThrow();
    expect(() => settings.titleTemplate!.validate('{siteName}: {page}')).toThrow(/\{title\}/);
  });
});

describe('text the admin accepts is the text the build accepts', () => {
  const lengths = [...Object.values(TEXT_KINDS).map((k) => k.max), URL_MAX];
  /** Values an editor could type or paste, run through each text field's admin validation and its schema. */
  const values = [
    'Plain text',
    ' padded ',
    '',
    '   ',
    '\u200b',
    '\u200b\u200d\u2060\ufeff\u00ad',
    '\ufeff',
    'soft\u00adhyphen',
    'Tab\there',
    'Line\nbreak',
    'Carriage\rreturn',
    'Vertical\vtab',
    'NUL\u0000',
    'DEL\u007f',
    'NEL\u0085',
    'Line\u2028separator',
    'Paragraph\u2029separator',
    'Receipts \u202eevif\u202c late',
    'Isolate \u2066x\u2069',
    'Mark \u200f right to left',
    'Emoji 👍 and accents é',
    'Lone \ud800 surrogate',
    'Non\ufffecharacter',
    '</script><script>alert(1)</script>',
    ']]><x/>',
    'Text\n# Forged heading',
    '[x](https://evil.example)',
    '{title} | {siteName}',
    '{title}\u000b',
    '/journal/',
    '/',
    '#pricing',
    'https://www.example.com/x',
    'https://fenwick.example/journal/x/',
    'http://www.example.com',
    'mailto:hello@example.com',
    '//evil.example',
    '/\\evil.example/',
    '/a\\b/',
    '/a b/',
    ' /journal/',
    'https://',
    'https:///x',
    'https://evil.example\\@fenwick.example',
    'javascript:alert(1)',
    'tel:+15555550100',
    ...lengths.flatMap((n) => ['a'.repeat(n), 'a'.repeat(n + 1), `/${'a'.repeat(n - 1)}`, `/${'a'.repeat(n)}`]),
  ];

  const leaves = pairs.flatMap(([name, keystaticSchema, zodSchema]) =>
    textLeaves(keystaticSchema as never, zodSchema).map((leaf) => [`${name}: ${leaf.path}`, leaf] as const),
  );

  it('finds the text fields of every content type', () => {
    const paths = leaves.map(([path]) => path);
    for (const path of ['posts: title', 'posts: hero.alt', 'settings: navigation[].href', 'settings: siteUrl']) {
      expect(paths).toContain(path);
    }
    expect(paths.length).toBeGreaterThan(50);
  });

  // The email address is checked by zod's own email test, which the admin's pattern does not copy.
  it.each(leaves.filter(([path]) => path !== 'settings: contact.email'))('%s', (_path, leaf) => {
    const disagreements = values
      // An optional image's alt text may be empty in the admin; the build refuses an image without one.
      .filter((value) => !(leaf.insideOptional && value.trim() === ''))
      .filter((value) => leaf.admin(value) !== leaf.build(value))
      .map((value) => `${JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}…(${value.length})` : value)}: admin ${leaf.admin(value) ? 'accepts' : 'refuses'}, build ${leaf.build(value) ? 'accepts' : 'refuses'}`);
    expect(disagreements).toEqual([]);
  });
});
