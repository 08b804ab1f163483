/**
 * Reduces a Keystatic field tree and a zod schema to the same plain shape (field names, required-ness,
 * enum values and defaults) so a test can compare the two definitions of each content type.
 */
export type FieldShape =
  | { kind: 'leaf'; required: boolean }
  | { kind: 'enum'; options: string[]; default: unknown }
  | { kind: 'object'; fields: Record<string, FieldShape> }
  | { kind: 'array'; required: boolean; element: FieldShape }
  | { kind: 'choice'; options: Record<string, FieldShape> };

type AnyField = Record<string, any>;

function throws(fn: () => unknown): boolean {
  try {
    fn();
    return false;
  } catch {
    return true;
  }
}

/** A field's empty value; the slug field's default needs a slug generator that Keystatic's Node build leaves out. */
function emptyValue(field: AnyField): unknown {
  try {
    return field.defaultValue();
  } catch {
    return { name: '', slug: '' };
  }
}

/** Shape of a Keystatic field (content fields such as an MDX body are left out by the caller). */
export function keystaticShape(field: AnyField): FieldShape {
  if (field.kind === 'object') return { kind: 'object', fields: keystaticFields(field.fields) };
  if (field.kind === 'array') {
    return {
      kind: 'array',
      required: (field.validation?.length?.min ?? 0) > 0,
      element: keystaticShape(field.element),
    };
  }
  if (field.kind === 'conditional') {
    // An option that asks for nothing is Keystatic's empty field: no fields, as zod's empty value.
    const options = Object.entries(field.values as Record<string, AnyField>).map(([value, schema]) => [
      value,
      schema.kind === 'object' ? keystaticShape(schema) : { kind: 'object', fields: {} },
    ]);
    return { kind: 'choice', options: Object.fromEntries(options) };
  }
  if (field.kind !== 'form') throw new Error(`unsupported Keystatic field kind ${field.kind}`);
  if (Array.isArray(field.options)) {
    return {
      kind: 'enum',
      options: field.options.map((o: { value: string }) => o.value),
      default: field.defaultValue(),
    };
  }
  const empty = emptyValue(field);
  // A date field that starts at today is empty once the editor clears it: required-ness is tried on that.
  const cleared = typeof empty === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(empty) ? null : empty;
  const required = throws(() => field.validate(cleared, { slugField: undefined }));
  if (Array.isArray(empty)) return { kind: 'array', required, element: { kind: 'leaf', required: true } };
  return { kind: 'leaf', required };
}

/** Shapes of a Keystatic schema record, without its content (body) field. */
export function keystaticFields(fields: Record<string, AnyField>): Record<string, FieldShape> {
  const out: Record<string, FieldShape> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (field.kind === 'form' && field.formKind === 'content') continue;
    out[name] = keystaticShape(field);
  }
  return out;
}

/** Peels optional/default/pipe wrappers off a zod schema; returns the core schema and its default. */
export function unwrap(schema: AnyField): { core: AnyField; defaultValue: unknown } {
  let current = schema;
  let defaultValue: unknown;
  for (;;) {
    const def = current._zod.def;
    if (def.type === 'default' || def.type === 'prefault') {
      defaultValue ??= typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
      current = def.innerType;
    } else if (def.type === 'optional' || def.type === 'nullable') {
      current = def.innerType;
    } else if (def.type === 'pipe') {
      current = def.in._zod.def.type === 'transform' ? def.out : def.in;
    } else {
      return { core: current, defaultValue };
    }
  }
}

/**
 * Shape of a zod schema. Inside an optional object every field counts as optional, the way Keystatic
 * sees it (an optional image-with-alt is two optional fields in the admin).
 */
export function zodShape(schema: AnyField, insideOptional = false): FieldShape {
  const { core, defaultValue } = unwrap(schema);
  const type = core._zod.def.type;
  if (type === 'object') {
    const optional = insideOptional || schema.safeParse(undefined).success;
    const fields: Record<string, FieldShape> = {};
    for (const [name, child] of Object.entries(core.shape as Record<string, AnyField>)) {
      fields[name] = zodShape(child, optional);
    }
    return { kind: 'object', fields };
  }
  if (type === 'union' && core._zod.def.discriminator) {
    const options = (core._zod.def.options as AnyField[]).map((option) => {
      const value = option.shape.value as AnyField;
      const inner = unwrap(value).core._zod.def.type === 'object' ? zodShape(value) : { kind: 'object', fields: {} };
      return [option.shape.discriminant._zod.def.values[0] as string, inner];
    });
    return { kind: 'choice', options: Object.fromEntries(options) };
  }
  if (type === 'enum') return { kind: 'enum', options: Object.values(core._zod.def.entries), default: defaultValue };
  if (type === 'array') {
    return { kind: 'array', required: !schema.safeParse([]).success, element: zodShape(core._zod.def.element) };
  }
  return { kind: 'leaf', required: !insideOptional && !schema.safeParse(undefined).success };
}

/** A text field of the admin (plain or the name of a slug field) beside the zod schema the build checks it with. */
export interface TextLeaf {
  /** Where it is: `intro.heading`, `navigation[].href`. */
  path: string;
  /** Runs the admin's own validation of the field on a value; true when it is accepted. */
  admin: (value: string) => boolean;
  /** Runs the build's schema of the field; true when it is accepted. */
  build: (value: string) => boolean;
  /** Inside an object that may be left out as a whole (an optional image's alt text). */
  insideOptional: boolean;
}

/** Every text field of a Keystatic schema record, paired with the zod field of the same path. */
export function textLeaves(
  fields: Record<string, AnyField>,
  schema: AnyField,
  prefix = '',
  insideOptional = false,
): TextLeaf[] {
  const { core } = unwrap(schema);
  const optional = insideOptional || schema.safeParse(undefined).success;
  const shape = core.shape as Record<string, AnyField>;
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return leavesOf(field, shape[name]!, path, optional);
  });
}

function leavesOf(field: AnyField, schema: AnyField, path: string, insideOptional: boolean): TextLeaf[] {
  if (field.kind === 'object') return textLeaves(field.fields, schema, path, insideOptional);
  if (field.kind === 'array')
    return leavesOf(field.element, unwrap(schema).core._zod.def.element, `${path}[]`, insideOptional);
  if (field.kind !== 'form' || field.formKind === 'content' || Array.isArray(field.options)) return [];
  const build = (value: string) => schema.safeParse(value).success;
  let empty: unknown;
  try {
    empty = field.defaultValue();
  } catch {
    empty = { name: '', slug: '' };
  }
  if (typeof empty === 'string')
    return [{ path, admin: (value) => !throws(() => field.validate(value)), build, insideOptional }];
  if (empty && typeof empty === 'object' && 'slug' in empty) {
    return [
      { path, admin: (value) => !throws(() => field.validate({ name: value, slug: 'a-slug' })), build, insideOptional },
    ];
  }
  return [];
}
