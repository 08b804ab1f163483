import { fields, type BasicFormField, type FormFieldInputProps } from '@keystatic/core';
import { ActionBar, ActionBarContainer } from '@keystar/ui/action-bar';
import { Combobox, Item } from '@keystar/ui/combobox';
import { useDragAndDrop } from '@keystar/ui/drag-and-drop';
import { Icon } from '@keystar/ui/icon';
import { trash2Icon } from '@keystar/ui/icon/icons/trash2Icon';
import { VStack } from '@keystar/ui/layout';
import { ListView } from '@keystar/ui/list-view';
import { Text } from '@keystar/ui/typography';
import { createElement as h, useEffect, useMemo, useReducer, useState, type ReactElement } from 'react';
import { pickedOptions, pickerOptions, useEntryTitles, type EntryTitles, type PickerOption } from './entry-titles';

/**
 * The admin's pickers of entries (a post's categories, authors, FAQs; the table of a comparison block):
 * Keystatic's relationship fields, storing the same slug or list of slugs, with an input that lists,
 * searches and shows entries by their titles (`useEntryTitles`), the slug under each. A stored slug
 * that is no entry stays, flagged "not found". Where no titles can be had, Keystatic's own input shows
 * slugs.
 */

interface PickerLabels {
  label: string;
  description?: string;
  collection: string;
}

/** An option of a picker's list: the title, the slug (or "not found") under it. */
const optionItem = (option: PickerOption) =>
  h(Item<PickerOption>, {
    key: option.slug,
    textValue: option.title,
    children: [
      h(Text, { key: 'title' }, option.title),
      h(Text, { key: 'slug', slot: 'description' }, option.found ? option.slug : `${option.slug}: not found`),
    ],
  });

/** Keystatic's error message for a field, held back a render: react-aria briefly reports no selection after one. */
function useFieldError(message: string | undefined) {
  const [shown, setShown] = useState(message);
  useEffect(() => setShown(message), [message]);
  return shown;
}

function SinglePicker(
  props: FormFieldInputProps<string | null> & PickerLabels & { isRequired: boolean; titles: EntryTitles },
) {
  const [blurred, onBlur] = useReducer(() => true, false);
  const { titles, value } = props;
  const options = useMemo(() => pickerOptions(titles, value ? [value] : []), [titles, value]);
  const errorMessage = useFieldError(
    (props.forceValidation || blurred) && props.isRequired && value === null ? `${props.label} is required` : undefined,
  );
  return h(Combobox<PickerOption>, {
    label: props.label,
    description: props.description,
    value,
    onChange: (key) => {
      if (typeof key === 'string' || key === null) props.onChange(key);
    },
    onBlur,
    autoFocus: props.autoFocus,
    defaultItems: options,
    isRequired: props.isRequired,
    errorMessage,
    width: 'auto',
    children: optionItem,
  });
}

const NO_MORE = { slug: 'No more items…', title: 'No more items…', found: true };

function MultiPicker(props: FormFieldInputProps<string[]> & PickerLabels & { min: number; titles: EntryTitles }) {
  const [blurred, onBlur] = useReducer(() => true, false);
  const { titles, value } = props;
  const picked = useMemo(() => pickedOptions(titles, value), [titles, value]);
  const items = useMemo(() => {
    const chosen = new Set(value);
    return pickerOptions(titles, value).filter((option) => !chosen.has(option.slug));
  }, [titles, value]);
  const errorMessage = useFieldError(
    (props.forceValidation || blurred) && value.length < props.min
      ? `Must have at least ${props.min} item${props.min === 1 ? '' : 's'}.`
      : undefined,
  );
  return h(
    VStack,
    { gap: 'medium', minWidth: 0 },
    h(Combobox<PickerOption>, {
      label: props.label,
      description: props.description,
      value: null,
      placeholder: items.length === 0 ? 'All selected' : undefined,
      onChange: (key) => {
        if (typeof key === 'string') props.onChange([...value, key]);
      },
      disabledKeys: [NO_MORE.slug],
      onBlur,
      autoFocus: props.autoFocus,
      defaultItems: items.length ? items : [NO_MORE],
      isReadOnly: items.length === 0,
      isRequired: props.min >= 1,
      errorMessage,
      width: 'auto',
      children: optionItem,
    }),
    h(PickedList, { label: props.label, picked, onChange: props.onChange }),
  );
}

/** The entries picked, in order: dragged (or moved with the keyboard) to reorder, selected to remove. */
function PickedList(props: { label: string; picked: PickerOption[]; onChange: (value: string[]) => void }) {
  const [selected, setSelected] = useState<'all' | Set<unknown>>(() => new Set());
  const slugs = props.picked.map((p) => p.slug);
  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': String(key) })),
    onReorder: (event) => {
      const moving = slugs.filter((slug) => event.keys.has(slug));
      const rest = slugs.filter((slug) => !event.keys.has(slug));
      const at = rest.indexOf(String(event.target.key));
      if (at < 0) return;
      rest.splice(event.target.dropPosition === 'before' ? at : at + 1, 0, ...moving);
      props.onChange(rest);
    },
  });
  const count = selected === 'all' ? 'all' : selected.size;
  return h(ActionBarContainer, {
    maxHeight: 'scale.3400',
    minHeight: 'scale.1600',
    children: [
      h(ListView<PickerOption>, {
        key: 'list',
        'aria-label': props.label,
        items: props.picked,
        // Questions are long and the form's side column narrow: a title wraps rather than being cut.
        overflowMode: 'wrap',
        dragAndDropHooks,
        selectionMode: 'multiple',
        selectedKeys: selected as never,
        onSelectionChange: (keys) => setSelected(keys as never),
        renderEmptyState: () =>
          h(
            VStack,
            { gap: 'large', alignItems: 'center', justifyContent: 'center', height: '100%', padding: 'regular' },
            h(Text, { align: 'center', color: 'neutralTertiary' }, 'No items selected…'),
          ),
        children: optionItem,
      }),
      h(ActionBar, {
        key: 'actions',
        selectedItemCount: count,
        onClearSelection: () => setSelected(new Set()),
        onAction: (key) => {
          if (key !== 'delete') return;
          props.onChange(selected === 'all' ? [] : slugs.filter((slug) => !selected.has(slug)));
          setSelected(new Set());
        },
        children: h(Item, {
          key: 'delete',
          textValue: 'Remove',
          children: [h(Icon, { key: 'icon', src: trash2Icon }), h(Text, { key: 'text' }, 'Remove')],
        }),
      }),
    ],
  });
}

/** Keystatic's relationship field to one entry of `collection`, picked by its title. */
export function entryPicker(options: PickerLabels & { isRequired: boolean }): BasicFormField<string | null> {
  const { isRequired, ...labels } = options;
  const base = fields.relationship({ ...labels, validation: { isRequired } });
  const Input = (props: FormFieldInputProps<string | null>): ReactElement | null => {
    const titles = useEntryTitles(labels.collection);
    if (titles.state === 'unavailable') return h(base.Input, props);
    return h(SinglePicker, { ...props, ...labels, isRequired, titles });
  };
  return { ...base, Input };
}

/** Keystatic's relationship field to entries of `collection` in order, picked by their titles; at least `min`. */
export function entriesPicker(options: PickerLabels & { min: number }): BasicFormField<string[]> {
  const { min, ...labels } = options;
  const base = fields.multiRelationship({ ...labels, ...(min ? { validation: { length: { min } } } : {}) });
  const Input = (props: FormFieldInputProps<string[]>): ReactElement | null => {
    const titles = useEntryTitles(labels.collection);
    if (titles.state === 'unavailable') return h(base.Input, props);
    return h(MultiPicker, { ...props, ...labels, min, titles });
  };
  return { ...base, Input };
}
