import type { Field, FieldKind } from './types';
import { cleanLabel, cleanValue, textOf, truncate } from './text';

export interface ReadOptions {
  frameId?: number;
  readId?: string;
  /** Elements walked between pauses when reading in slices. */
  sliceSize?: number;
  /** Most fields kept from one frame: the only cap, so a busy machine reads as much as an idle one. */
  maxFields?: number;
  /** Finds a shadow root, open or closed (content scripts pass chrome.dom.openOrClosedShadowRoot). */
  shadowRootOf?: (el: Element) => ShadowRoot | null;
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

/** Mutable state of one read: the fields found so far and the elements they point to. */
export class ReadContext {
  readonly fields: Field[] = [];
  readonly elements: Element[] = [];
  /** Elements already read as part of a larger shape (a radio in a group, a control in a table). */
  readonly consumed = new WeakSet<Element>();
  readonly shadowRoots: ShadowRoot[] = [];
  /** Elements the page made unreadable; counted, passed over, never fatal. */
  unreadableElements = 0;
  /** The last heading passed in document order: the section of what follows. */
  heading: string | undefined;
  private groups = 0;
  readonly frameId: number;
  readonly readId: string;
  readonly maxFields: number;
  readonly shadowRootOf: (el: Element) => ShadowRoot | null;

  constructor(options: ReadOptions) {
    this.frameId = options.frameId ?? 0;
    this.readId = options.readId ?? '0';
    this.maxFields = options.maxFields ?? 20000;
    this.shadowRootOf = options.shadowRootOf ?? ((el) => el.shadowRoot);
  }

  /** label[for] elements by id, per document or shadow root, built once per read. */
  private readonly labelMaps = new WeakMap<Node, Map<string, Element[]>>();

  /**
   * The labels of a control: label[for] in the control's own root (so shadow DOM works), and a
   * wrapping label. Not `control.labels`: Chromium walks the whole tree on each call, which makes
   * a page of many controls quadratic.
   */
  labelsFor(control: Element): Element[] {
    const out: Element[] = [];
    const root = control.getRootNode();
    if (control.id) {
      let map = this.labelMaps.get(root);
      if (!map) {
        map = new Map();
        for (const label of (root as ParentNode).querySelectorAll('label[for]')) {
          const id = label.getAttribute('for')!;
          map.set(id, [...(map.get(id) ?? []), label]);
        }
        this.labelMaps.set(root, map);
      }
      out.push(...(map.get(control.id) ?? []));
    }
    const wrapping = control.parentElement?.closest('label');
    if (wrapping && !out.includes(wrapping) && !wrapping.hasAttribute('for')) out.push(wrapping);
    return out;
  }

  get full(): boolean {
    return this.fields.length >= this.maxFields;
  }

  newGroup(prefix: string): string {
    this.groups += 1;
    return `${prefix}${this.groups}`;
  }

  /** The section of an element: its summary card's title, else the last heading. */
  sectionOf(el: Element): string | undefined {
    const card = el.closest('.govuk-summary-card');
    if (!card) return this.heading;
    // Every row of a card asks for its title: read it once per card.
    if (!this.cardTitles.has(card)) {
      const title = card.querySelector('.govuk-summary-card__title');
      this.cardTitles.set(card, title ? cleanLabel(textOf(title)) : undefined);
    }
    return this.cardTitles.get(card) ?? this.heading;
  }

  private readonly cardTitles = new Map<Element, string | undefined>();

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
    if (input.hint) field.hint = truncate(input.hint);
    if (input.error) field.error = truncate(input.error);
    if (input.date) field.date = cleanValue(input.date);
    if (input.group) field.group = input.group;
    this.fields.push(field);
    this.elements.push(input.element);
  }
}
