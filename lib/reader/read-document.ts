import { ReadContext, type ReadOptions, type ReadState } from './context';
import { choiceGroups, controlLabel, isReadableControlTag, readChoiceGroup, readControl, readDateInput } from './controls';
import { readDescriptionList } from './lists';
import { readTable } from './tables';
import { readCaptionValue, readEmphasis, readLabelValue, readLeadInList, readTimelineItem } from './text-shapes';
import { attributeOf, classesOf, cleanLabel, hasClass, textOf } from './text';
import { readAccordionSection, readHeadingPair, readLead } from './headings';
import type { Field } from './types';

export type { ReadOptions } from './context';

export interface ReadOutput {
  fields: Field[];
  /** The element of each field, by locator index: kept by the injected script to highlight it later. */
  elements: Element[];
  /** Shadow roots found, so a watcher can observe changes inside them too. */
  shadowRoots: ShadowRoot[];
  /** Elements left unread because the field limit was reached (0 = complete). */
  skipped: number;
  /** Elements the page made unreadable (each passed over, its children still read). */
  unreadableElements: number;
  /** The parts of the page that gave fields, in order: what lets a part be read again on its own. */
  parts: ReadPart[];
}

/**
 * One element of the walk and the fields it gave (`fields[start..end)`, with their elements),
 * with the state of the read before and after it. Every field belongs to exactly one part, so a
 * read is the parts in order, and a changed part can be read again alone (lib/reader/incremental.ts).
 */
export interface ReadPart {
  root: Element;
  start: number;
  end: number;
  before: ReadState;
  after: ReadState;
  /** Elements read with the part beyond its own fields' (radios of a group, controls in a table). */
  consumed: Element[];
}

/** Marks the extension's own highlight overlay, which the reader and the change watcher ignore. */
export const OWN_MARKER = 'data-case-guidance';

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'svg', 'SVG', 'BUTTON', 'IFRAME', 'FRAME', 'OBJECT', 'LEGEND', 'CAPTION', 'OPTION']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Parts read with their control (hints, error messages) or that repeat other fields (the error summary). */
const ATTACHED_CLASSES = ['govuk-hint', 'govuk-error-message', 'govuk-error-summary'];
/**
 * The only elements that can host a shadow root (attachShadow and declarative shadow DOM refuse
 * any other, https://dom.spec.whatwg.org/#dom-element-attachshadow), besides custom elements,
 * whose names hold a hyphen: no other element is asked for one. Upper case as HTML documents
 * give tagName, lower case as XHTML ones do.
 */
const SHADOW_HOSTS = new Set(
  ['ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN'].flatMap((t) => [t, t.toLowerCase()]),
);
/**
 * Elements a shape may read, or that may host a shadow root, even with no element inside them
 * (see visit: headings, lists, tables, controls, "Label: value" text, a heading's lead, a caption
 * over a value). Any other element with no element child is passed over before its style is asked.
 */
const LEAF_SHAPES = new Set([...HEADINGS, 'DL', 'TABLE', 'FIELDSET', 'INPUT', 'SELECT', 'TEXTAREA', 'P', 'LI', 'DIV', 'SPAN', 'DD', 'TD', 'SMALL', 'UL', 'OL', ...SHADOW_HOSTS]);
/** Classes that make a shape read an element whatever its tag: a card title, a date input, a timeline entry (a superset: "timeline" covers every timeline class). */
const READ_CLASSES = ['govuk-summary-card__title', 'govuk-date-input', 'timeline'];

/** Whether a class attribute holds one of READ_CLASSES; a loop, not some() with a closure made for every leaf. */
function hasReadClass(classes: string): boolean {
  if (!classes) return false;
  for (const c of READ_CLASSES) if (classes.includes(c)) return true;
  return false;
}
/** One options object for every element: checkVisibility converts its dictionary on each call. */
const RENDERED = { visibilityProperty: true };

/**
 * The hidden attribute, aria-hidden="true" and the extension's own marker, asked in one call
 * (aria-hidden's value is matched case-sensitively, as getAttribute(…) === 'true' did).
 */
const HIDDEN_ATTRIBUTES = `[hidden], [aria-hidden="true"], [${OWN_MARKER}]`;

/** The hidden attributes or a role: most elements have none, and then neither is asked one by one. */
const HIDDEN_OR_ROLE = `${HIDDEN_ATTRIBUTES}, [role]`;

/** `flagged`: whether the element matches HIDDEN_OR_ROLE (else it has no hidden attribute). */
function isHidden(el: Element, classes: string, flagged: boolean): boolean {
  if (flagged && el.matches(HIDDEN_ATTRIBUTES)) return true;
  if (classes.includes('conditional--hidden') && (hasClass(classes, 'govuk-radios__conditional--hidden') || hasClass(classes, 'govuk-checkboxes__conditional--hidden'))) return true;
  const html = el as HTMLElement;
  if (typeof html.checkVisibility === 'function') {
    // visibility: hidden is not rendered either: a page must not feed the panel text it hides
    // from the user. display: contents has no box of its own but its children are shown.
    return !html.checkVisibility(RENDERED) && getComputedStyle(html).display !== 'contents';
  }
  return html.style?.display === 'none';
}

/**
 * The walk of one document, as a generator that yields between slices of elements so an async
 * caller can give the page its thread back. It never stops on the clock: how busy the machine is
 * must not change what is read (a 2-core laptop under load once read a tenth of a page). Only the
 * size of the page caps it (`maxFields`), and then `skipped` says exactly how much was left.
 */
function* walkDocument(doc: Document, options: ReadOptions, from?: PartialRead): Generator<number, ReadOutput & { end: ReadState }> {
  const ctx = new ReadContext(options, from?.consumedElsewhere);
  if (from) ctx.restore(from.state);
  const parts: ReadPart[] = [];
  // Nesting of visits: only the outermost (a table's cells are read inside the table's visit) is a part.
  let depth = 0;
  const slice = options.sliceSize ?? 2000;
  let visited = 0;
  let paused = false;
  // Elements never reached because the cap was: the rest of each walk's stack, with everything inside.
  let left = 0;
  const dom = domGetters();

  const visit = (el: Element, pushChildren: (parent: Element | ShadowRoot) => void): void => {
    const tag = dom.tagName(el);
    if (SKIP_TAGS.has(tag)) return;
    // The class attribute once, searched as a string, instead of a classList call per class asked about.
    const classes = classesOf(el);
    // All three hold "govuk-h" or "govuk-e": most classes are passed without searching for each.
    if (classes && (classes.includes('govuk-h') || classes.includes('govuk-e')) && ATTACHED_CLASSES.some((c) => hasClass(classes, c))) return;
    // Nothing inside to walk and no shape that reads such an element: whether it is hidden makes
    // no difference, so its style is not computed (most links, labels, images, bold words).
    if (!LEAF_SHAPES.has(tag) && !tag.includes('-') && dom.lastElementChild(el) === null && !hasReadClass(classes)) return;
    const control = tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA';
    // A control already read with its group or table, or one never read (a password, a hidden
    // input): passed over before its style is asked, unless it heads a shape of its own.
    const unread = control && (ctx.consumed.has(el) || !isReadableControlTag(el, tag));
    if (unread && !hasReadClass(classes) && attributeOf(el, 'role') !== 'radiogroup') return;
    const flagged = el.matches(HIDDEN_OR_ROLE);
    if (isHidden(el, classes, flagged)) return;
    if (SHADOW_HOSTS.has(tag) || tag.includes('-')) {
      const shadow = ctx.shadowRootOf(el);
      if (shadow) {
        ctx.shadowRoots.push(shadow);
        pushChildren(shadow);
      }
    }
    if (HEADINGS.has(tag) || hasClass(classes, 'govuk-summary-card__title')) {
      const text = cleanLabel(textOf(el));
      // An accordion heading titles its content; a widget heading holds a value ("VERY HIGH ROSH").
      const accordion = readAccordionSection(ctx, el, text);
      const outer = ctx.sectionOf(el);
      ctx.setHeading(el, text);
      if (!accordion && !readEmphasis(ctx, el) && !readHeadingPair(ctx, el, text) && HEADINGS.has(tag)) ctx.lead = { label: text, section: outer };
      return;
    }
    if (tag === 'DL') return readDescriptionList(ctx, el);
    if (tag === 'TABLE') return readTable(ctx, el as HTMLTableElement, (root) => void drain(walkFrom(root)));
    if (hasClass(classes, 'govuk-date-input')) return readDateInput(ctx, el);
    // Not flagged: no role attribute, so no radiogroup, without asking.
    if (tag === 'FIELDSET' || (flagged && attributeOf(el, 'role') === 'radiogroup')) {
      for (const group of choiceGroups(el)) if (!group.some((i) => ctx.consumed.has(i))) readChoiceGroup(ctx, el, group);
    } else if (control) {
      // Asked above; nothing read since could have consumed it (no shape has run yet).
      if (unread) return;
      const input = el as HTMLInputElement;
      if (input.type === 'radio' && input.name) {
        // Searched from the root, not the form: a form's controls can shadow form.querySelectorAll.
        const root = input.getRootNode() as Document | ShadowRoot;
        const group = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((r) => r.name === input.name && r.form === input.form);
        return readChoiceGroup(ctx, input, group);
      }
      return readControl(ctx, el, controlLabel(ctx, el));
    } else if (
      readTimelineItem(ctx, el, tag, classes) ||
      readLabelValue(ctx, el, tag) ||
      (ctx.lead && readLead(ctx, el, tag)) ||
      readCaptionValue(ctx, el, tag) ||
      readLeadInList(ctx, el)
    ) {
      return;
    }
    pushChildren(el);
  };

  function* walkFrom(root: Element | ShadowRoot): Generator<number, void> {
    const stack: Array<Element> = [];
    const pushChildren = (parent: Element | ShadowRoot): void => {
      for (let c = dom.lastElementChild(parent); c; c = dom.previousElementSibling(c)) stack.push(c);
    };
    // One element the page has made unreadable (a form whose controls shadow its own properties,
    // <input name="classList">) is passed over; its children are still read, and the read goes on.
    // Most elements give no field: the state before one is taken as it is (its arrays are never
    // changed, read-document's ReadState) and made a part only when the element gave fields, and
    // one log is emptied for each element instead of a new one made: no allocation per element.
    const log: Element[] = [];
    const visitSafely = (el: Element): void => {
      const outer = depth === 0;
      const start = ctx.fields.length;
      const before = outer ? ctx.state() : undefined;
      if (outer) {
        log.length = 0;
        ctx.consumed.log = log;
      }
      depth += 1;
      try {
        visit(el, pushChildren);
      } catch {
        ctx.unreadableElements += 1;
        pushChildren(el);
      } finally {
        depth -= 1;
      }
      if (before && ctx.fields.length > start) {
        parts.push({ root: el, start, end: ctx.fields.length, before, after: ctx.state(), consumed: log.slice() });
      }
      if (outer) ctx.consumed.log = undefined;
    };
    // A shadow root (node type 11) is only a container; an element is read itself.
    if (root.nodeType === 11) pushChildren(root);
    else visitSafely(root as Element);
    while (stack.length > 0) {
      if (ctx.full) {
        for (const rest of stack) left += 1 + dom.descendants(rest);
        return;
      }
      const el = stack.pop()!;
      visited += 1;
      if (visited % slice === 0) {
        yield ctx.fields.length;
        paused = true;
      }
      // The page may change while the walk is paused: an element it has removed is not read.
      if (paused && !el.isConnected) continue;
      visitSafely(el);
    }
  }

  const root = from ? from.root : doc.body;
  if (root) yield* walkFrom(root);
  // Exactly what the cap left: not "all elements minus those visited", which also counted the
  // parts of a list or a table read with it, and called a page of exactly maxFields too large.
  return { fields: ctx.fields, elements: ctx.elements, shadowRoots: ctx.shadowRoots, skipped: left, unreadableElements: ctx.unreadableElements, parts, end: ctx.state() };
}

/** Where a read of one part of the page starts: its element, and the state the whole read had there. */
export interface PartialRead {
  root: Element;
  state: ReadState;
  /** Elements other parts of the page read (never read twice). */
  consumedElsewhere: (el: Element) => boolean;
}

/** Reads one part of a page again, from the state the whole read had before it (lib/reader/incremental.ts). */
export function readPart(doc: Document, options: ReadOptions, from: PartialRead): ReadOutput & { end: ReadState } {
  return drain(walkDocument(doc, options, from));
}

/**
 * DOM getters taken from the prototypes, never from the element: a form's named controls shadow
 * the form's own properties (<input name="lastElementChild"> makes form.lastElementChild that
 * input), and a page must not be able to steer or stop the walk that way. Looked up when a read
 * starts, not when the module loads (the build imports it outside a browser).
 */
function domGetters() {
  const get = <T>(proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get as (this: Node) => T;
  const elementLast = get<Element | null>(Element.prototype, 'lastElementChild');
  const fragmentLast = get<Element | null>(DocumentFragment.prototype, 'lastElementChild');
  const previous = get<Element | null>(Element.prototype, 'previousElementSibling');
  const tagName = get<string>(Element.prototype, 'tagName');
  const byTag = Element.prototype.getElementsByTagName;
  return {
    lastElementChild: (parent: Element | ShadowRoot) => (parent.nodeType === 11 ? fragmentLast : elementLast).call(parent),
    previousElementSibling: (el: Element) => previous.call(el),
    tagName: (el: Element) => tagName.call(el),
    descendants: (el: Element) => byTag.call(el, '*').length,
  };
}

/** Runs a generator to its end, ignoring its pauses. */
function drain<T>(walk: Generator<unknown, T>): T {
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/** Reads one document (one frame) into fields, each pointing back to its element, in one go. */
export function readDocument(doc: Document, options: ReadOptions = {}): ReadOutput {
  return drain(walkDocument(doc, options));
}

/**
 * Reads one document in slices, giving the page its thread back between them (a 100,000-field
 * page must not freeze the case system), and reports progress as the count of fields so far.
 */
export async function readDocumentInSlices(
  doc: Document,
  options: ReadOptions & { pause?: () => Promise<void>; onProgress?: (fields: number) => void } = {},
): Promise<ReadOutput> {
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const walk = walkDocument(doc, options);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
    await pause();
  }
}
