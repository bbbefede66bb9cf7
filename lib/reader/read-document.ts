import { ReadContext, type ReadOptions } from './context';
import { choiceGroups, controlLabel, isControl, isReadableControl, readChoiceGroup, readControl, readDateInput } from './controls';
import { readDescriptionList } from './lists';
import { readTable } from './tables';
import { readCaptionValue, readEmphasis, readLabelValue, readLeadInList, readTimelineItem } from './text-shapes';
import { cleanLabel, textOf } from './text';
import { readAccordionSection, readHeadingPair, readLead } from './headings';
import type { Field } from './types';

export type { ReadOptions } from './context';

export interface ReadOutput {
  fields: Field[];
  /** The element of each field, by locator index: kept by the injected script to highlight it later. */
  elements: Element[];
  /** Shadow roots found, so a watcher can observe changes inside them too. */
  shadowRoots: ShadowRoot[];
  /** Elements left unread because the time budget or field limit ran out (0 = complete). */
  skipped: number;
}

/** Marks the extension's own highlight overlay, which the reader and the change watcher ignore. */
export const OWN_MARKER = 'data-case-guidance';

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'svg', 'SVG', 'BUTTON', 'IFRAME', 'FRAME', 'OBJECT', 'LEGEND', 'CAPTION', 'OPTION']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HIDDEN_CLASSES = ['govuk-radios__conditional--hidden', 'govuk-checkboxes__conditional--hidden'];
/** Parts read with their control (hints, error messages) or that repeat other fields (the error summary). */
const ATTACHED_CLASSES = ['govuk-hint', 'govuk-error-message', 'govuk-error-summary'];

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute(OWN_MARKER)) return true;
  if (HIDDEN_CLASSES.some((c) => el.classList.contains(c))) return true;
  const html = el as HTMLElement;
  if (typeof html.checkVisibility === 'function') {
    // display: contents has no box of its own but its children are shown.
    return !html.checkVisibility() && getComputedStyle(html).display !== 'contents';
  }
  return html.style?.display === 'none';
}

/** Reads one document (one frame) into fields, each pointing back to its element. */
export function readDocument(doc: Document, options: ReadOptions = {}): ReadOutput {
  const ctx = new ReadContext(options);
  const now = options.now ?? (() => performance.now());
  const deadline = now() + (options.budgetMs ?? 500);
  let visited = 0;
  let outOfTime = false;

  const visit = (el: Element, pushChildren: (parent: Element | ShadowRoot) => void): void => {
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag) || ATTACHED_CLASSES.some((c) => el.classList.contains(c)) || isHidden(el)) return;
    const shadow = ctx.shadowRootOf(el);
    if (shadow) {
      ctx.shadowRoots.push(shadow);
      pushChildren(shadow);
    }
    if (HEADINGS.has(tag) || el.classList.contains('govuk-summary-card__title')) {
      const text = cleanLabel(textOf(el));
      // An accordion heading titles its content; a widget heading holds a value ("VERY HIGH ROSH").
      const accordion = readAccordionSection(ctx, el, text);
      const outer = ctx.sectionOf(el);
      ctx.setHeading(el, text);
      if (!accordion && !readEmphasis(ctx, el) && !readHeadingPair(ctx, el, text) && HEADINGS.has(tag)) ctx.lead = { label: text, section: outer };
      return;
    }
    if (tag === 'DL') return readDescriptionList(ctx, el);
    if (tag === 'TABLE') return readTable(ctx, el as HTMLTableElement, walkFrom);
    if (el.classList.contains('govuk-date-input')) return readDateInput(ctx, el);
    if (tag === 'FIELDSET' || el.getAttribute('role') === 'radiogroup') {
      for (const group of choiceGroups(el)) if (!group.some((i) => ctx.consumed.has(i))) readChoiceGroup(ctx, el, group);
    } else if (isControl(el)) {
      if (ctx.consumed.has(el) || !isReadableControl(el)) return;
      const input = el as HTMLInputElement;
      if (input.type === 'radio' && input.name) {
        const scope = input.form ?? (input.getRootNode() as Document | ShadowRoot);
        const group = [...scope.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((r) => r.name === input.name);
        return readChoiceGroup(ctx, input, group);
      }
      return readControl(ctx, el, controlLabel(ctx, el));
    } else if (readTimelineItem(ctx, el) || readLabelValue(ctx, el) || (ctx.lead && readLead(ctx, el)) || readCaptionValue(ctx, el) || readLeadInList(ctx, el)) {
      return;
    }
    pushChildren(el);
  };

  function walkFrom(root: Element | ShadowRoot): void {
    const stack: Array<Element> = [];
    const pushChildren = (parent: Element | ShadowRoot): void => {
      for (let c = parent.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    };
    // A shadow root (node type 11) is only a container; an element is read itself.
    if (root.nodeType === 11) pushChildren(root);
    else visit(root as Element, pushChildren);
    while (stack.length > 0) {
      if (outOfTime || ctx.full) return;
      const el = stack.pop()!;
      visited += 1;
      if ((visited & 255) === 0 && now() > deadline) outOfTime = true;
      visit(el, pushChildren);
    }
  }

  if (doc.body) walkFrom(doc.body);
  const total = doc.getElementsByTagName('*').length;
  const skipped = outOfTime || ctx.full ? Math.max(0, total - visited) : 0;
  return { fields: ctx.fields, elements: ctx.elements, shadowRoots: ctx.shadowRoots, skipped };
}
