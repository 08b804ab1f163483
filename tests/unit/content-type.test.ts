import { describe, expect, it } from 'vitest';
import { ALL_BLOCKS } from '../../src/content-model/blocks';
import { contentType } from '../../src/content-model/content-type';
import { body, date, imageWithAlt, relationships, slugTitle, text } from '../../src/content-model/fields';
import { keystaticCollection } from '../../src/keystatic/fields';
import { keystaticFields, zodShape } from '../support/field-shapes';
import { fakeImage } from '../support/schemas';
import { typeset } from '../../src/lib/markdown/typeset';

// Step 1 of docs/content-model.md#adding-a-field-or-a-content-type, for a type the site does not have.
const caseStudies = contentType({
  label: 'Case studies',
  noun: 'case study',
  folder: 'content/case-studies',
  extension: '.mdx',
  url: '/work/{slug}/',
  ownPage: true,
  slugField: 'title',
  columns: ['title', 'client'],
  fields: {
    title: slugTitle('Title'),
    client: text('Client', { kind: 'label', required: true }),
    outcome: text('Outcome', { kind: 'summary' }),
    hero: imageWithAlt('Hero image', 'case-studies', false),
    services: relationships('Services', 'services', { min: 1 }),
    finishedAt: date('Finished', { required: true }),
    body: body('Story', { images: 'figures', blocks: ['Figure', 'CallToAction'], headings: [2, 3] }),
  },
});

const schema = caseStudies.schema({ image: fakeImage, noun: (c) => (c === 'services' ? 'service' : c), typeset });
const valid = {
  title: 'Rebuilding a billing core',
  client: 'Fictional Freight',
  services: ['code-audit'],
  finishedAt: '2026-05-01',
};

describe('a content type is one module', () => {
  it('gives the admin a collection with its folder, body, list columns and preview URL', () => {
    const collection = keystaticCollection(caseStudies) as unknown as Record<string, unknown>;
    expect(collection).toMatchObject({
      label: 'Case studies',
      path: 'content/case-studies/*',
      format: { contentField: 'body' },
      slugField: 'title',
      columns: ['title', 'client'],
      previewUrl: '/work/{slug}/',
    });
    const fields = collection.schema as Record<string, { kind: string; formKind?: string }>;
    expect(Object.keys(fields)).toEqual(['title', 'client', 'outcome', 'hero', 'services', 'finishedAt', 'body']);
    expect(fields.body).toMatchObject({ kind: 'form', formKind: 'content' });
  });

  it('gives the build a schema with the same fields and required-ness as the admin', () => {
    const admin = (keystaticCollection(caseStudies) as unknown as { schema: Record<string, never> }).schema;
    expect(zodShape(schema)).toEqual({ kind: 'object', fields: keystaticFields(admin) });
  });

  it('validates an entry, naming the field and the fix', () => {
    const parsed = schema.parse(valid);
    expect(parsed.finishedAt).toEqual(new Date('2026-05-01T00:00:00Z'));
    expect(parsed.outcome).toBeUndefined();
    const missing = schema.safeParse({ ...valid, client: ' ', services: [] });
    expect(missing.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['client', 'client is required (write some text)'],
      ['services', 'pick at least 1 service'],
    ]);
    expect(schema.safeParse({ ...valid, hero: { image: 'h.jpg', alt: '' } }).error?.issues[0]?.message).toBe(
      'hero.alt is required (write some text)',
    );
  });

  it('takes its blocks and heading levels from its body field', () => {
    expect(caseStudies.bodyField).toBe('body');
    expect(caseStudies.blocks).toEqual(['Figure', 'CallToAction']);
    expect(caseStudies.headings).toEqual([2, 3]);
    expect(ALL_BLOCKS).toEqual(expect.arrayContaining([...caseStudies.blocks!]));
  });

  it('refuses an .mdx type without a body field', () => {
    expect(() =>
      contentType({ ...caseStudies, fields: { title: slugTitle('Title') }, columns: ['title'] } as never),
    ).toThrow(/one body field/);
  });
});
