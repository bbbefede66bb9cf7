import { DEFAULT_MAX_FIELDS, sameState, type ReadOptions } from './context';
import { readPart, type ReadOutput, type ReadPart } from './read-document';
import type { Field } from './types';

/**
 * Reading again only what changed. A read is a list of parts (read-document.ts `ReadPart`): each
 * element of the walk that gave fields, with the state of the read (open headings, a heading
 * waiting for its paragraph) before and after it. When the page changes, the nodes it changed
 * (MutationObserver records, the controls of input events: lib/page/change-watch.ts) lead to the
 * parts that hold them; those parts are read again from their state, the others' fields are kept,
 * as Bitwarden's collector keeps the fields of unchanged subtrees.
 *
 * It gives up, and the caller reads the whole page, whenever a part read alone might not read as
 * the whole read would: a change outside every part (new content, a container shown or hidden),
 * a part gone from the page, a part that now ends in another state (a heading changed, or a
 * paragraph stopped being a heading's lead), too many changes, or a read that was cut short.
 */

/** Changed nodes looked at one by one; beyond this the page has changed too much, read it whole. */
export const MAX_CHANGED_NODES = 500;

/** What a read keeps to be read again in part: its output, and an index built when first needed. */
export interface KeptRead {
  read: ReadOutput;
  /** How many parts have been read again since the whole read, so each gets group ids of its own. */
  rereads: number;
  index?: PartIndex;
}

interface PartIndex {
  /** The part an element belongs to: its root, its fields' elements inside the root, the controls it read. */
  partOf: Map<Element, number>;
  /** The part that read (consumed) an element, for elements read as part of a larger shape. */
  consumedBy: Map<Element, number>;
}

/** Keeps a read; the index from elements to parts waits for the first change (many reads never see one). */
export function keepRead(read: ReadOutput, rereads = 0): KeptRead {
  return { read, rereads };
}

function indexOf(kept: KeptRead): PartIndex {
  if (kept.index) return kept.index;
  const { read } = kept;
  const partOf = new Map<Element, number>();
  const consumedBy = new Map<Element, number>();
  read.parts.forEach((part, i) => {
    partOf.set(part.root, i);
    // A field's element outside its part's root (a date input's fieldset, an accordion's section)
    // may hold other content: a change there is not this part's, so it is not indexed.
    for (let f = part.start; f < part.end; f++) {
      const el = read.elements[f]!;
      if (part.root.contains(el)) partOf.set(el, i);
    }
    for (const el of part.consumed) {
      partOf.set(el, i);
      consumedBy.set(el, i);
    }
  });
  kept.index = { partOf, consumedBy };
  return kept.index;
}

/** The element a changed node belongs to, climbing out of shadow roots; undefined for a detached node. */
function parentOf(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  const host = (node as ShadowRoot).host;
  return node.nodeType === 11 && host ? host : null;
}

/** The part that holds a changed node, or undefined when no part does. */
function partHolding(index: PartIndex, node: Node): number | undefined {
  for (let n: Node | null = node; n; n = parentOf(n)) {
    if (n.nodeType !== 1) continue;
    const part = index.partOf.get(n as Element);
    if (part !== undefined) return part;
  }
  return undefined;
}

/**
 * Reads again the parts of `kept` that hold the changed nodes and returns the whole read (new
 * read id, every locator renumbered), or undefined when only a whole read can be trusted.
 */
export function rereadChanged(doc: Document, kept: KeptRead, changed: readonly Node[], options: ReadOptions): { read: KeptRead; reread: number } | undefined {
  const { read } = kept;
  if (read.skipped > 0 || changed.length > MAX_CHANGED_NODES) return undefined;
  const index = indexOf(kept);
  const dirty = new Set<number>();
  for (const node of changed) {
    const part = partHolding(index, node);
    if (part === undefined) return undefined;
    dirty.add(part);
  }

  const fields: Field[] = [];
  const elements: Element[] = [];
  const parts: ReadPart[] = [];
  const shadowRoots = [...read.shadowRoots];
  let unreadableElements = read.unreadableElements;
  let rereads = kept.rereads;
  const maxFields = options.maxFields ?? DEFAULT_MAX_FIELDS;

  const append = (part: ReadPart, from: { fields: Field[]; elements: Element[] }): void => {
    const start = fields.length;
    for (let i = part.start; i < part.end; i++) {
      fields.push(from.fields[i]!);
      elements.push(from.elements[i]!);
    }
    parts.push({ ...part, start, end: fields.length });
  };

  for (let i = 0; i < read.parts.length; i++) {
    const part = read.parts[i]!;
    if (!dirty.has(i)) {
      append(part, read);
      continue;
    }
    if (!part.root.isConnected) return undefined;
    rereads += 1;
    const again = readPart(doc, { ...options, groupTag: `.${rereads}.` }, {
      root: part.root,
      state: part.before,
      // As in the whole read: what a part before this one read is not read again here.
      consumedElsewhere: (el) => (index.consumedBy.get(el) ?? Infinity) < i,
    });
    if (again.skipped > 0 || !sameState(again.end, part.after)) return undefined;
    for (const p of again.parts) append(p, again);
    for (const root of again.shadowRoots) if (!shadowRoots.includes(root)) shadowRoots.push(root);
    unreadableElements += again.unreadableElements;
  }
  if (fields.length > maxFields) return undefined;

  // Every field gets this read's id and its new place: the panel asks for elements by them.
  const readId = options.readId ?? '0';
  const frameId = options.frameId ?? 0;
  const renumbered = fields.map((f, index) => ({ ...f, locator: { frameId, readId, index } }));
  const output: ReadOutput = { fields: renumbered, elements, shadowRoots, skipped: 0, unreadableElements, parts };
  return { read: keepRead(output, rereads), reread: dirty.size };
}
