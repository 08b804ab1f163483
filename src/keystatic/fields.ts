import { collection, fields, singleton, type ComponentSchema } from '@keystatic/core';
import { block, wrapper } from '@keystatic/core/content-components';
import slugify from '@sindresorhus/slugify';
import { BLOCKS, type BlockName } from '../content-model/blocks';
import type { ContentType, Singleton } from '../content-model/content-type';
import { altText, imagePublicPath, type AdminField } from '../content-model/fields';
import {
  EMAIL_PATTERN,
  FORMER_PATH_MAX,
  FORMER_PATH_PATTERN,
  LINK_PATTERN,
  SLUG_MAX,
  SLUG_PATTERN,
  TEXT_KINDS,
  URL_MAX,
  WEB_ADDRESS_PATTERN,
  selectOptions,
  shortenSlug,
  textMessage,
  textPattern,
  type TextKind,
} from '../content-model/vocabulary';
import { entriesPicker, entryPicker } from './entry-picker';
import { PREVIEWS } from './previews';

/**
 * The admin's side of the content model: each field description of `src/content-model/` made into
 * the Keystatic field it stands for, with the same labels, limits and patterns the build checks.
 */

/**
 * Where images uploaded through the admin are stored; Astro's image pipeline optimises them from there.
 * Paths are written relative to the entry file (`fromRoot` for files directly in `content/`).
 */
export const imageStore = (folder: string, fromRoot = false) => ({
  directory: `content/images/${folder}`,
  publicPath: imagePublicPath(folder, fromRoot),
  transformFilename: uploadName,
});

/**
 * The file name an image uploaded into a post's body is stored under: its own name made URL-safe, plus
 * a short random tag. Every pasted screenshot is called "image.png", and without the tag the second
 * would overwrite the first in the post's folder. (Keystatic applies this to images in bodies only;
 * fields such as the hero image are named after the field.)
 */
export function uploadName(original: string): string {
  const dot = original.lastIndexOf('.');
  const extension = dot >= 0 ? original.slice(dot + 1).toLowerCase() : '';
  const base = shortenSlug(slugify(dot >= 0 ? original.slice(0, dot) : original))
    .slice(0, 40)
    .replace(/-+$/, '');
  const tag = Array.from(crypto.getRandomValues(new Uint8Array(3)), (byte) => byte.toString(16).padStart(2, '0'));
  return `${base || 'image'}-${tag.join('')}${extension ? `.${extension}` : ''}`;
}

/**
 * The validation of a text field of a kind, as the build's text field of the same kind applies it: its
 * length limit, and the one pattern (`textPattern`) for visible text without control or
 * text-direction characters, on one line unless the kind is multi-line.
 */
export const textValidation = (kind: TextKind, isRequired: boolean, mustContain?: string) => {
  const pattern = textPattern(kind, isRequired);
  if (!mustContain)
    return {
      isRequired,
      length: { max: TEXT_KINDS[kind].max },
      pattern: { regex: pattern, message: textMessage(kind) },
    };
  // Empty (not set), or holding the text it must contain.
  const holds = `(?=[\\s\\S]*${mustContain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|\\s*$)`;
  return {
    isRequired,
    length: { max: TEXT_KINDS[kind].max },
    pattern: {
      regex: new RegExp(`^${holds}${pattern.source.slice(1)}`, 'u'),
      message: `Include ${mustContain}. ${textMessage(kind)}`,
    },
  };
};

const LINK_MESSAGE =
  'Start with a single / for a page of this site, # for a section, https:// for another site or mailto: for email, with no spaces or backslashes.';
const SLUG_MESSAGE = 'Use lowercase letters, digits and single hyphens.';

/** A plain value of a Keystatic item, as the content model's `itemLabel` functions read it. */
type ItemProps = { value?: unknown; fields?: Record<string, ItemProps> };
const plain = (props: ItemProps): unknown =>
  props.fields ? Object.fromEntries(Object.entries(props.fields).map(([k, v]) => [k, plain(v)])) : props.value;

/** The Keystatic field a content-model field description stands for. */
export function keystaticField(admin: AdminField): ComponentSchema {
  switch (admin.kind) {
    case 'text':
      return fields.text({
        label: admin.label,
        description: admin.description,
        multiline: TEXT_KINDS[admin.textKind].multiline,
        validation: textValidation(admin.textKind, admin.required, admin.mustContain),
      });
    case 'slug':
      return fields.slug({
        name: { label: admin.label, description: admin.description, validation: textValidation('title', true) },
        slug: {
          description: `Part of the URL: lowercase words joined by hyphens, at most ${SLUG_MAX} characters.`,
          generate: (title) => shortenSlug(slugify(title)),
          validation: { length: { max: SLUG_MAX }, pattern: { regex: SLUG_PATTERN, message: SLUG_MESSAGE } },
        },
      });
    case 'slugText':
      return fields.text({
        label: admin.label,
        validation: { isRequired: true, pattern: { regex: SLUG_PATTERN, message: SLUG_MESSAGE } },
      });
    case 'sitePath':
      return fields.text({
        label: admin.label,
        validation: {
          isRequired: true,
          length: { max: FORMER_PATH_MAX },
          pattern: { regex: FORMER_PATH_PATTERN, message: 'A site path such as /2024/05/old-post/' },
        },
      });
    case 'link':
      return fields.text({
        label: admin.label,
        description: admin.description,
        validation: {
          isRequired: admin.required !== false,
          length: { max: URL_MAX },
          pattern: {
            regex: admin.required === false ? new RegExp(`^$|${LINK_PATTERN.source}`, 'u') : LINK_PATTERN,
            message: LINK_MESSAGE,
          },
        },
      });
    case 'webAddress':
      return fields.text({
        label: admin.label,
        description: admin.description,
        validation: {
          isRequired: admin.required,
          length: { max: URL_MAX },
          pattern: {
            regex: admin.required ? WEB_ADDRESS_PATTERN : new RegExp(`^$|${WEB_ADDRESS_PATTERN.source}`, 'u'),
            message: 'Enter the full address, starting with https://, such as https://www.example.com.',
          },
        },
      });
    case 'email':
      return fields.text({
        label: admin.label,
        description: admin.description,
        validation: {
          isRequired: true,
          pattern: { regex: EMAIL_PATTERN, message: 'Enter an email address such as hello@example.com.' },
        },
      });
    case 'date':
      return admin.required
        ? fields.date({ label: admin.label, description: admin.description, validation: { isRequired: true } })
        : fields.date({ label: admin.label, description: admin.description });
    case 'checkbox':
      return fields.checkbox({ label: admin.label, description: admin.description, defaultValue: admin.defaultValue });
    case 'integer':
      return fields.integer({
        label: admin.label,
        description: admin.description,
        ...(admin.defaultValue !== undefined ? { defaultValue: admin.defaultValue } : {}),
        ...(admin.min !== undefined || admin.max !== undefined || admin.required
          ? { validation: { min: admin.min, max: admin.max, ...(admin.required ? { isRequired: true } : {}) } }
          : {}),
      } as never);
    case 'choice':
      return fields.conditional(
        fields.select({
          label: admin.label,
          description: admin.description,
          options: admin.options.map(({ value, label }) => ({ value, label })),
          defaultValue: admin.defaultValue,
        }),
        Object.fromEntries(
          admin.options.map((option) => [
            option.value,
            Object.keys(option.fields).length ? fields.object(keystaticFields(option.fields)) : fields.empty(),
          ]),
        ),
      );
    case 'select':
      return fields.select({
        label: admin.label,
        options: selectOptions(admin.options),
        defaultValue: admin.defaultValue,
      });
    case 'image':
      return admin.required
        ? fields.image({
            label: admin.label,
            ...imageStore(admin.folder, admin.fromRoot),
            validation: { isRequired: true },
          })
        : fields.image({ label: admin.label, ...imageStore(admin.folder, admin.fromRoot) });
    case 'relationship':
      return entryPicker({
        label: admin.label,
        description: admin.description,
        collection: admin.collection,
        isRequired: admin.required,
      });
    case 'relationships':
      return entriesPicker({
        label: admin.label,
        description: admin.description,
        collection: admin.collection,
        min: admin.min,
      });
    case 'array': {
      const itemLabel = admin.itemLabel as ((value: unknown) => string) | undefined;
      return fields.array(keystaticField(admin.element), {
        label: admin.label,
        description: admin.description,
        ...(itemLabel ? { itemLabel: (props: ItemProps) => itemLabel(plain(props)) } : {}),
        ...(admin.min || admin.max !== undefined ? { validation: { length: { min: admin.min, max: admin.max } } } : {}),
      } as never);
    }
    case 'object':
      return fields.object(keystaticFields(admin.fields), admin.label ? { label: admin.label } : undefined);
    case 'body':
      return fields.mdx({
        label: admin.label,
        options: {
          // An image placed from the toolbar asks for the same alt text as a Figure block (Keystatic's own
          // alt field is optional).
          image:
            admin.images === false
              ? false
              : { ...imageStore(admin.images), schema: { alt: keystaticField(altText().admin) as never } },
          heading: admin.headings.length ? (admin.headings as (1 | 2 | 3 | 4 | 5 | 6)[]) : false,
          ...(admin.tables === false ? { table: false } : {}),
          ...(admin.codeBlocks === false ? { codeBlock: false } : {}),
        },
        ...(admin.blocks.length ? { components: blockComponents(admin.blocks as readonly BlockName[]) } : {}),
      });
  }
}

/** The Keystatic fields of a record of field descriptions. */
export const keystaticFields = (admin: Record<string, AdminField>): Record<string, ComponentSchema> =>
  Object.fromEntries(Object.entries(admin).map(([name, field]) => [name, keystaticField(field)]));

/** The admin's form for each of `names`, drawn in the editor by its preview. */
export function blockComponents(names: readonly BlockName[]) {
  return Object.fromEntries(
    names.map((name) => {
      const spec = BLOCKS[name];
      const schema = Object.fromEntries(Object.entries(spec.props).map(([prop, f]) => [prop, keystaticField(f.admin)]));
      const make = spec.kind === 'wrapper' ? wrapper : block;
      return [
        name,
        make({ label: spec.label, description: spec.description, ContentView: PREVIEWS[name] as never, schema }),
      ];
    }),
  );
}

/** A content type as a Keystatic collection. */
export function keystaticCollection(type: Omit<ContentType, 'refine' | 'schema'>) {
  return collection({
    label: type.label,
    slugField: type.slugField,
    path: `${type.folder}/*`,
    format: type.bodyField ? { contentField: type.bodyField } : { data: 'yaml' },
    ...(type.entryLayout ? { entryLayout: type.entryLayout } : {}),
    columns: [...type.columns],
    previewUrl: type.url,
    schema: keystaticFields(Object.fromEntries(Object.entries(type.fields).map(([k, f]) => [k, f.admin]))),
  } as never);
}

/** The settings file as a Keystatic singleton. */
export function keystaticSingleton(type: Omit<Singleton, 'schema'>) {
  return singleton({
    label: type.label,
    path: type.file.replace(/\.yaml$/, ''),
    format: { data: 'yaml' },
    schema: keystaticFields(Object.fromEntries(Object.entries(type.fields).map(([k, f]) => [k, f.admin]))),
  });
}
