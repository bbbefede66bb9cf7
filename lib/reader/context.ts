import type { Field, FieldKind } from './types';
import { classesOf, cleanLabel, cleanValue, textOf, truncate } from './text';

/** The most fields one frame's read keeps: the only cap (see ReadOptions.maxFields). */
export const DEFAULT_MAX_FIELDS = 20000;

export interface ReadOptions {
  frameId?: number;
  readId?: string;
  /** Elements walked between pauses when reading in slices. */
  sliceSize?: number;
  /** Most fields kept from one frame: the only cap, so a busy machine reads as much as an idle one. */
  maxFields?: number;
  /** Finds a shadow root, open or closed (content scripts pass chrome.dom.openOrClosedShadowRoot). */
  shadowRootOf?: (el: Element) => ShadowRoot | null;
  /** Put into group ids (`row3`), so a part read again later (lib/reader/incremental.ts) never reuses one. */
  groupTag?: string;
}

/**
 * What a read knows at a point of the walk that the shapes after it depend on: the headings
 * still open (sections) and a heading waiting for its lead paragraph. Kept per part of the page,
 * so a part can be read again on its own (lib/reader/incremental.ts). Never mutated once taken.
 */
export interface ReadState {
  readonly headings: ReadonlyArray<{ text: string; scope: Element | undefined }>;
  readonly lead: { label: string; section: string | undefined } | undefined;
}

/** Whether two states would read what follows them the same way. */
export function sameState(a: ReadState, b: ReadState): boolean {
  if (a.lead?.label !== b.lead?.label || a.lead?.section !== b.lead?.section) return false;
  if (a.headings.length !== b.headings.length) return false;
  return a.headings.every((h, i) => h.text === b.headings[i]!.text && h.scope === b.headings[i]!.scope);
}

/**
 * Elements already read as part of a larger shape (a radio in a group, a control in a table).
 * `log` collects the ones added, so a part of the page knows every element it read; `elsewhere`
 * answers for elements another part read (a part read again on its own must not read them twice).
 */
export class Consumed {
  private readonly set = new WeakSet<Element>();
  log: Element[] | undefined;
  constructor(private readonly elsewhere?: (el: Element) => boolean) {}
  add(el: Element): this {
    this.set.add(el);
    this.log?.push(el);
    return this;
  }
  has(el: Element): boolean {
    return this.set.has(el) || (this.elsewhere?.(el) ?? false);
  }
}

export interface EmitInput {
  label: string;
  value: string;
  kind: FieldKind;
  element: Element;
  items?: string[];
  section?: string;
  hint?: string;
  error?: string;
  date?: string;
  group?: string;
}

const NO_LABELS: readonly Element[] = [];

/** Mutable state of one read: the fields found so far and the elements they point to. */
export class ReadContext {
  readonly fields: Field[] = [];
  readonly elements: Element[] = [];
  readonly consumed: Consumed;
  readonly shadowRoots: ShadowRoot[] = [];
  /** Elements the page made unreadable; counted, passed over, never fatal. */
  unreadableElements = 0;
  /**
   * Headings passed in document order, each with the container it titles (undefined: the whole
   * page): the innermost one whose container holds an element is its section, so a card's title
   * does not leak past the card. Only open containers are kept (as deep as the nesting).
   */
  private headings: ReadState['headings'] = [];
  /** A heading whose first paragraph or list, if nothing else comes between, is its content. */
  lead: { label: string; section: string | undefined } | undefined;
  private groups = 0;
  readonly frameId: number;
  readonly readId: string;
  readonly maxFields: number;
  readonly shadowRootOf: (el: Element) => ShadowRoot | null;
  private readonly groupTag: string;

  constructor(options: ReadOptions, consumedElsewhere?: (el: Element) => boolean) {
    this.consumed = new Consumed(consumedElsewhere);
    this.groupTag = options.groupTag ?? '';
    this.frameId = options.frameId ?? 0;
    this.readId = options.readId ?? '0';
    this.maxFields = options.maxFields ?? DEFAULT_MAX_FIELDS;
    this.shadowRootOf = options.shadowRootOf ?? ((el) => el.shadowRoot);
  }

  /** label[for] elements by id, per document or shadow root, built once per read. */
  private readonly labelMaps = new WeakMap<Node, Map<string, Element[]>>();

  /**
   * The labels of a control: label[for] in the control's own root (so shadow DOM works), and a
   * wrapping label. Not `control.labels`: Chromium walks the whole tree on each call, which makes
   * a page of many controls quadratic.
   */
  labelsFor(control: Element): readonly Element[] {
    const id = control.id;
    let byFor: Element[] | undefined;
    if (id) {
      const root = control.getRootNode();
      let map = this.labelMaps.get(root);
      if (!map) {
        map = new Map();
        for (const label of (root as ParentNode).querySelectorAll('label[for]')) {
          const name = label.getAttribute('for')!;
          const same = map.get(name);
          if (same) same.push(label);
          else map.set(name, [label]);
        }
        this.labelMaps.set(root, map);
      }
      byFor = map.get(id);
    }
    const wrapping = control.parentElement?.closest('label');
    // Most controls have a label[for] and no wrapping one: the map's own list, not a copy (callers only read it).
    if (!wrapping || wrapping.hasAttribute('for') || byFor?.includes(wrapping)) return byFor ?? NO_LABELS;
    return byFor ? [...byFor, wrapping] : [wrapping];
  }

  get full(): boolean {
    return this.fields.length >= this.maxFields;
  }

  newGroup(prefix: string): string {
    this.groups += 1;
    return `${prefix}${this.groupTag}${this.groups}`;
  }

  /** The headings and lead at this point of the walk (arrays are replaced, never changed, so this is a snapshot). */
  state(): ReadState {
    // The walk asks before every element; most change neither, so the last snapshot is given again.
    const last = this.snapshot;
    if (last && last.headings === this.headings && last.lead === this.lead) return last;
    return (this.snapshot = { headings: this.headings, lead: this.lead });
  }

  private snapshot: ReadState | undefined;

  /** Goes on from a state taken earlier: reading one part of the page again as the whole read saw it. */
  restore(state: ReadState): void {
    this.headings = state.headings;
    this.lead = state.lead;
  }

  /** Notes a heading passed in document order, with the container it titles. */
  setHeading(el: Element, text: string): void {
    if (!text) return;
    const scope = containerOf(el);
    // Document order: a container that does not hold this heading is closed; a heading of the same container replaces the last.
    // A new array, never a push: states taken earlier (state()) keep the headings they saw.
    this.headings = [...this.headings.filter((h) => h.scope !== scope && (!h.scope || h.scope.contains(el))), { text, scope }];
  }

  /** The last heading passed whose container holds the element. */
  get heading(): string | undefined {
    return this.headings[this.headings.length - 1]?.text;
  }

  /**
   * The section of an element: the title of the nearest enclosing card, section, article,
   * details or accordion section that has one; else the last heading passed, but only when that
   * heading's own container encloses the element (a "Date" after a card is not in that card).
   */
  sectionOf(el: Element): string | undefined {
    const title = el.parentElement ? this.titleAbove(el.parentElement) : undefined;
    return title ?? this.areaOf(el);
  }

  /**
   * The last heading passed whose container holds the element: the part of the page it is in
   * ("Previous orders"), which a card's own title (its section) would otherwise hide.
   */
  areaOf(el: Element, except?: string): string | undefined {
    for (let i = this.headings.length - 1; i >= 0; i--) {
      const h = this.headings[i]!;
      if ((!h.scope || h.scope.contains(el)) && h.text !== except) return h.text;
    }
    return undefined;
  }

  /** The title of the nearest titled container from `el` up, memoised per element (rows of a card share it). */
  private titleAbove(start: Element): string | undefined {
    // Rows of a list share their parent: most asks are answered here, with no path to make.
    const memo = this.titles.get(start);
    if (memo !== undefined) return memo ?? undefined;
    const path: Element[] = [];
    let found: string | undefined;
    for (let a: Element | null = start; a && path.length < 64; a = a.parentElement) {
      const known = this.titles.get(a);
      if (known !== undefined) {
        found = known ?? undefined;
        break;
      }
      path.push(a);
      const title = isContainer(a) ? titleOf(a) : undefined;
      if (title) {
        found = title;
        break;
      }
    }
    for (const p of path) this.titles.set(p, found ?? null);
    return found;
  }

  /** null: no title (one lookup tells a known "none" from an element not asked about yet). */
  private readonly titles = new Map<Element, string | null>();

  emit(input: EmitInput): void {
    if (this.full) return;
    const label = cleanLabel(input.label);
    if (!label) return;
    const field: Field = {
      label,
      value: cleanValue(input.value),
      kind: input.kind,
      locator: { frameId: this.frameId, readId: this.readId, index: this.elements.length },
    };
    const items = input.items?.map(cleanValue).filter(Boolean);
    if (items && items.length > 0) field.items = items;
    const section = input.section ?? this.sectionOf(input.element);
    if (section && section !== label) field.section = truncate(section);
    const area = this.areaOf(input.element, section);
    if (area && area !== label) field.area = truncate(area);
    if (input.hint) field.hint = truncate(input.hint);
    if (input.error) field.error = truncate(input.error);
    if (input.date) field.date = cleanValue(input.date);
    if (input.group) field.group = input.group;
    this.fields.push(field);
    this.elements.push(input.element);
    this.lead = undefined;
  }
}

const CONTAINER_TAGS = new Set(['SECTION', 'ARTICLE', 'ASIDE', 'DETAILS', 'FIELDSET', 'NAV', 'HEADER']);
/** Cards, panels and widgets of the GOV.UK, MoJ and service design systems (govuk-summary-card, app-summary-card, rosh-widget…). */
const CONTAINER_CLASS = /(^|\s)[\w-]*(card|panel|widget|accordion__section)(\s|$)/;

export function isContainer(el: Element): boolean {
  return CONTAINER_TAGS.has(el.tagName) || CONTAINER_CLASS.test(classesOf(el));
}

/** The nearest container of an element (undefined: the page itself). */
export function containerOf(el: Element): Element | undefined {
  for (let a: Element | null = el.parentElement, depth = 0; a && depth < 64; a = a.parentElement, depth++) if (isContainer(a)) return a;
  return undefined;
}

/**
 * A container's own title, in order of preference: a heading that is its child or sits in its
 * header or title wrapper, a summary or legend, a "__title" element. Each finder gives what
 * container.querySelector gave for the selector in its comment (the first match in document
 * order), by stepping through the container's children: a selector starting ":scope >" made the
 * browser test every element of the card, its rows included.
 */
const HEADING_NAMES = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADING_SELECTOR = [...HEADING_NAMES].join(', ');
/** The prototype's getter (a form's control can shadow form.localName), taken on first use: the build imports this outside a browser. */
let localNameGetter: ((this: Element) => string) | undefined;
const localName = (el: Element): string => (localNameGetter ??= Object.getOwnPropertyDescriptor(Element.prototype, 'localName')!.get as (this: Element) => string).call(el);
const isHeader = (c: Element, classes: string): boolean => localName(c) === 'header' || classes.includes('header');
const TITLE_FINDERS: Array<(container: Element) => Element | null> = [
  // :scope > h1, …, :scope > h6
  (container) => {
    for (let c = container.firstElementChild; c; c = c.nextElementSibling) if (HEADING_NAMES.has(localName(c))) return c;
    return null;
  },
  // :scope > header h1, :scope > [class*="header"] h1, :scope > [class*="title"] h1, … h6 (children's subtrees are in document order)
  (container) => {
    for (let c = container.firstElementChild; c; c = c.nextElementSibling) {
      const classes = classesOf(c);
      if (!isHeader(c, classes) && !classes.includes('title')) continue;
      const heading = c.querySelector(HEADING_SELECTOR);
      if (heading) return heading;
    }
    return null;
  },
  // :scope > summary, :scope > legend
  (container) => {
    for (let c = container.firstElementChild; c; c = c.nextElementSibling) {
      const name = localName(c);
      if (name === 'summary' || name === 'legend') return c;
    }
    return null;
  },
  // :scope > [class$="__title"], :scope > header [class$="__title"], :scope > [class*="header"] [class$="__title"]
  (container) => {
    for (let c = container.firstElementChild; c; c = c.nextElementSibling) {
      const classes = classesOf(c);
      if (classes.endsWith('__title')) return c;
      if (!isHeader(c, classes)) continue;
      const title = c.querySelector('[class$="__title"]');
      if (title) return title;
    }
    return null;
  },
];

const VISIBLE_TEXT = { skipVisuallyHidden: true };

function titleOf(container: Element): string | undefined {
  for (const find of TITLE_FINDERS) {
    const title = find(container);
    const text = title ? cleanLabel(textOf(title, VISIBLE_TEXT)) : '';
    if (text) return text;
  }
  return undefined;
}
