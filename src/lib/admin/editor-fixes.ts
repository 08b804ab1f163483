/**
 * Fixes around Keystatic's body editor, run in the admin's page (injected by
 * `src/integrations/admin-editor-fixes.ts`): focus kept in the text, the link button's name, and the
 * invalid field that stops a save brought into view, lists sorted newest first with a readable status.
 */

/*
 * Keeps an editor typing in the body after using the body's own controls. Keystatic's controls (the
 * heading style menu, the "+" insert menu, a block's Edit dialog, the link popover) are react-aria
 * popovers and dialogs, which hand focus back to the control that opened them when they close: typing
 * then went nowhere, and the space bar opened the menu again. Here, when focus comes back from a closing
 * menu, listbox, popover or dialog to a control of a body editor, it goes to the editor's text instead;
 * after a block's dialog or the insert menu, the caret goes just after the block, so typing never
 * replaces it.
 */

import { unpublishedReason } from '../content/publish';

/** A body editor: Keystatic's area for one rich-text field, toolbar and text. */
const EDITOR_AREA = '[data-keystatic-editor=root]';
/** The editable text of a body editor (ProseMirror's root). */
const EDITABLE = '.ProseMirror[contenteditable=true]';
/** What hands focus back when it closes. */
const TRANSIENT = '[role=dialog], [role=listbox], [role=menu], [role=option], [role=menuitem], [data-popover]';

/** Whether focus arriving at `target` from `from` is a closing menu or dialog handing focus back. */
function handedBack(from: Element | null, to: Element): boolean {
  if (from?.closest(TRANSIENT)) return true;
  // The menu or dialog is already gone from the page (react-aria restores focus after unmounting it).
  return from === null || !from.isConnected || (to.closest('[aria-expanded]') !== null && from === to);
}

/** The part of ProseMirror's editor view this uses. */
interface PmNode {
  isTextblock: boolean;
  nodeSize: number;
}
interface PmSelection {
  from: number;
  to: number;
  node?: PmNode;
  constructor: unknown;
}
interface PmView {
  dom: Element;
  state: {
    selection: PmSelection;
    doc: { resolve: (pos: number) => { nodeAfter: PmNode | null } };
    schema: { nodes: { paragraph?: { create: () => PmNode } } };
    tr: PmTransaction;
  };
  focus: () => void;
  dispatch: (tr: PmTransaction) => void;
}
interface PmTransaction {
  doc: PmView['state']['doc'];
  insert: (pos: number, node: PmNode) => PmTransaction;
  setSelection: (selection: unknown) => PmTransaction;
  scrollIntoView: () => PmTransaction;
}

/**
 * The ProseMirror view of a Keystatic body editor, found through React's record of the component that
 * created it (Keystatic keeps it in a ref and does not expose it), or undefined if that has changed.
 */
export function editorView(editable: Element): PmView | undefined {
  const key = Object.keys(editable).find((k) => k.startsWith('__reactFiber$'));
  type Fiber = { return: Fiber | null; memoizedState: unknown };
  let fiber = key ? ((editable as unknown as Record<string, Fiber>)[key] ?? null) : null;
  for (let depth = 0; fiber && depth < 40; depth++, fiber = fiber.return) {
    let hook = fiber.memoizedState as { memoizedState?: unknown; next?: unknown } | null;
    for (let n = 0; hook && typeof hook === 'object' && 'next' in hook && n < 80; n++) {
      const current = (hook.memoizedState as { current?: Partial<PmView> } | null)?.current;
      if (current?.dom === editable && typeof current.dispatch === 'function') return current as PmView;
      hook = hook.next as typeof hook;
    }
  }
  return undefined;
}

/**
 * Focuses the body's text. Text left selected is deselected, the caret after it. When a block is selected (one just inserted, or whose dialog just closed),
 * the caret goes to the start of the paragraph after it, a new empty one if there is none, so typing
 * never replaces the block.
 */
export function focusText(editable: HTMLElement) {
  const view = editorView(editable);
  if (!view) return editable.focus({ preventScroll: true });
  view.focus();
  const { selection, schema } = view.state;
  if (!selection.node && selection.from !== selection.to) {
    // Text still selected (the words just made a link): the caret goes after them, so typing goes on.
    const TextSelection = selection.constructor as { create?: (doc: unknown, pos: number) => unknown };
    if (TextSelection.create)
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, selection.to)));
    return;
  }
  if (!selection.node || selection.node.isTextblock || !schema.nodes.paragraph) return;
  // NodeSelection's parent class is ProseMirror's Selection, whose `near` finds a caret position.
  const Selection = Object.getPrototypeOf(selection.constructor) as { near: (pos: unknown) => unknown };
  const after = selection.to;
  let tr = view.state.tr;
  if (!tr.doc.resolve(after).nodeAfter?.isTextblock) tr = tr.insert(after, schema.nodes.paragraph.create());
  view.dispatch(tr.setSelection(Selection.near(tr.doc.resolve(after + 1))).scrollIntoView());
}

/** Starts watching `root` (the admin's document). */
export function keepEditorFocus(root: Document = document) {
  // When focus last left a menu or dialog: a dialog that closes may give focus straight to the text.
  let leftTransient = 0;
  root.addEventListener('focusout', (event) => {
    if ((event.target as Element | null)?.closest?.(TRANSIENT)) leftTransient = Date.now();
  });
  root.addEventListener('focusin', (event) => {
    const target = event.target as Element | null;
    if (!(target instanceof HTMLElement) || target.closest(TRANSIENT)) return;
    const area = target.closest(EDITOR_AREA);
    const editable = area?.querySelector<HTMLElement>(EDITABLE);
    if (!editable) return;
    const from = event.relatedTarget as Element | null;
    // Focus given straight back to the text (by the link dialog) still gets the caret placed.
    const fromTransient = !!from?.closest(TRANSIENT) || (from === null && Date.now() - leftTransient < 1000);
    if (target === editable ? !fromTransient : !handedBack(from, target)) return;
    queueMicrotask(() => focusText(editable));
  });
}

/** The minus icon of Keystatic's real Divider button: one horizontal line. */
const DIVIDER_ICON = 'M5 12h14';

/**
 * Names the link button "Link". Keystatic's toolbar labels it "Divider" (its `aria-label` was copied from
 * the divider button), so a screen reader announced two dividers and no link. Any button labelled
 * "Divider" whose icon is not the divider's line is renamed, as the toolbars appear.
 */
export function nameLinkButton(root: Document = document) {
  const rename = () => {
    for (const button of root.querySelectorAll<HTMLElement>(
      '[data-keystatic-editor=toolbar] button[aria-label="Divider"]',
    )) {
      const paths = [...button.querySelectorAll('svg path')].map((p) => p.getAttribute('d') ?? '');
      if (paths.length && !(paths.length === 1 && paths[0] === DIVIDER_ICON)) {
        button.setAttribute('aria-label', 'Link');
      }
    }
  };
  new MutationObserver(rename).observe(root.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-label'],
  });
  rename();
}

/**
 * Shows the field that stops a save. Keystatic marks invalid fields when Save (or Create) is pressed,
 * but an invalid field off-screen (a long meta title far down the form) left the press looking like it
 * did nothing. After the press, the first field marked invalid is scrolled to the middle and focused.
 */
export function revealInvalidField(root: Document = document) {
  // Save and Create submit the entry's form.
  root.addEventListener(
    'submit',
    () => {
      let tries = 0;
      const reveal = () => {
        const invalid = root.querySelector<HTMLElement>('main [aria-invalid=true]');
        if (!invalid) return void (++tries < 10 && setTimeout(reveal, 50));
        invalid.scrollIntoView({ block: 'center' });
        invalid.focus({ preventScroll: true });
      };
      setTimeout(reveal, 0);
    },
    true,
  );
}

/**
 * Opens a collection's list sorted by its date column, newest first. Keystatic always opens a list
 * sorted by slug and takes no default sort; here the date column's header is pressed twice (ascending,
 * then descending) each time a list opens, as an editor would. `dateColumns`: the header text of the
 * date column of each collection that has one (`{ posts: 'Published' }`).
 */
export function sortListsNewestFirst(root: Document, dateColumns: Record<string, string>) {
  let sortedFor = '';
  const sort = () => {
    const list = /\/keystatic\/collection\/([^/]+)\/?$/.exec(location.pathname)?.[1];
    if (!list || !dateColumns[list]) return void (sortedFor = '');
    if (sortedFor === location.pathname) return;
    const header = [...root.querySelectorAll<HTMLElement>('[role=columnheader]')].find(
      (h) => h.textContent?.trim() === dateColumns[list],
    );
    if (!header) return;
    sortedFor = location.pathname;
    header.click();
    let tries = 0;
    const again = () => {
      if (header.getAttribute('aria-sort') === 'ascending') header.click();
      else if (++tries < 40) setTimeout(again, 25);
    };
    again();
  };
  new MutationObserver(sort).observe(root.body, { childList: true, subtree: true });
  sort();
}

/** The columns a list's status is read from: the publish date's header and the draft box's header. */
export interface StatusColumns {
  date: string;
  draft: string;
}

/** What a post's status reads in its list, by the site's one publish rule (`unpublishedReason`). */
export function statusText(draft: boolean, date: string, now = new Date()): string {
  const reason = unpublishedReason({ draft, publishedAt: new Date(`${date}T00:00:00Z`) }, now);
  return reason === 'draft' ? 'Draft' : reason === 'scheduled' ? `Scheduled for ${date}` : 'Live';
}

/**
 * Turns a list's draft column ("true"/"false", as Keystatic shows a checkbox) into a status column:
 * Draft, Scheduled for <date> or Live. Keystatic's columns only show field values, so the cells are
 * rewritten as they appear (sorting by the column still sorts drafts apart).
 */
export function readableStatus(root: Document, columns: Record<string, StatusColumns>) {
  const rewrite = () => {
    const list = /\/keystatic\/collection\/([^/]+)\/?$/.exec(location.pathname)?.[1];
    const spec = list ? columns[list] : undefined;
    if (!spec) return;
    const headers = [...root.querySelectorAll<HTMLElement>('[role=columnheader]')];
    const texts = headers.map((h) => h.textContent?.trim());
    // The header reads "Status" once rewritten.
    const draftAt = Math.max(texts.indexOf(spec.draft), texts.indexOf('Status'));
    const dateAt = texts.indexOf(spec.date);
    if (draftAt < 0 || dateAt < 0) return;
    for (const row of root.querySelectorAll('[role=row]')) {
      // Each cell sits in a positioning wrapper, one a column.
      const cells = [...row.children] as HTMLElement[];
      const draftCell = cells[draftAt];
      const value = draftCell?.textContent?.trim();
      if (!draftCell || (value !== 'true' && value !== 'false')) continue;
      const text = statusText(value === 'true', cells[dateAt]?.textContent?.trim() ?? '');
      const leaf =
        [...draftCell.querySelectorAll('*')].reverse().find((e) => e.textContent?.trim() === value) ?? draftCell;
      leaf.textContent = text;
    }
    const header = headers[draftAt]!;
    const label = [...header.querySelectorAll('*')].reverse().find((e) => e.textContent?.trim() === spec.draft);
    if (label) label.textContent = 'Status';
  };
  new MutationObserver(rewrite).observe(root.body, { childList: true, subtree: true, characterData: true });
  rewrite();
}

/**
 * Lets a list's search find entries by the words of their title. Keystatic searches slugs only, so
 * "code audit" found nothing while `what-a-code-audit-finds` was there: what is typed in a list's
 * search box is read as a slug (lower case, spaces as hyphens) before Keystatic filters by it.
 */
export function searchSlugsByWords(root: Document) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  root.addEventListener(
    'input',
    (event) => {
      const input = event.target as HTMLInputElement | null;
      if (!input?.matches?.('input[type=search][aria-label=Search]')) return;
      if (!/\/keystatic\/collection\/[^/]+\/?$/.test(location.pathname)) return;
      const words = input.value.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, '-');
      if (words !== input.value) setValue.call(input, words);
    },
    true,
  );
}

/** Starts every fix in the admin's page. */
export function fixEditors(
  root: Document = document,
  dateColumns: Record<string, string> = {},
  statusColumns: Record<string, StatusColumns> = {},
) {
  readableStatus(root, statusColumns);
  keepEditorFocus(root);
  nameLinkButton(root);
  revealInvalidField(root);
  sortListsNewestFirst(root, dateColumns);
  searchSlugsByWords(root);
}
