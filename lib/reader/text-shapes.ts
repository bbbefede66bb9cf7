import type { ReadContext } from './context';
import { cleanLabel, collapse, isShown, textOf, type TextOptions } from './text';

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'UL', 'OL', 'LI', 'TABLE', 'DL', 'FIELDSET', 'SECTION', 'ARTICLE', 'ASIDE', 'NAV', 'HEADER', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'MAIN', 'IFRAME',
]);
const LABEL_TAGS = new Set(['STRONG', 'B', 'SPAN', 'LABEL', 'EM', 'DFN']);
const CANDIDATE_TAGS = new Set(['P', 'LI', 'DIV', 'SPAN', 'DD', 'TD', 'SMALL']);
/** "Label: value" with a short label that starts with a letter; times ("10:30") and URLs are not labels. */
const LABEL_VALUE = /^([A-Za-z][^:]{0,39}?)\s*:\s+(\S[\s\S]*)$/;
const MAX_LABEL = 40;

/** Whether an element holds only inline content (bounded: a deep tree is not a line of text). */
function isInline(el: Element, depth = 0): boolean {
  if (depth > 32) return false;
  // Sibling steps, not an iterator over el.children: the walk asks this of most blocks of a page.
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (BLOCK_TAGS.has(child.tagName) || !isInline(child, depth + 1)) return false;
  return true;
}

/** An element that opens a pair: short text ending in a colon ("<strong>CRN:</strong>"). */
function labelElementText(el: Element): string | undefined {
  if (!LABEL_TAGS.has(el.tagName)) return undefined;
  const text = collapse(textOf(el));
  if (!text.endsWith(':') || text.length > MAX_LABEL + 1) return undefined;
  return text.slice(0, -1);
}

/** Separators between the parts of an inline key-details line ("CRN: X | Tier: B2"). */
const SEPARATORS = /^[\s|·•,;]+|[\s|·•,;]+$/g;
const stripSeparators = (text: string): string => text.replace(SEPARATORS, '');

/**
 * Several "Label: value" parts in one line: one per child element ("<span>Prison number: X</span>
 * <span>Release date: D</span>"), or split on " | ". Each part must be a pair, so prose with a
 * colon is not cut up.
 */
function splitPairs(el: Element, text: string, shown: Shown): Array<[string, string]> | undefined {
  // Cheap test first: this runs on every short line of the page.
  if (el.childElementCount < 2 && !text.includes('|')) return undefined;
  let candidates: string[] = [];
  if (el.childElementCount >= 2) {
    let loose = '';
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1) {
        if (shown(node as Element)) candidates.push(textOf(node as Element, VISIBLE_TEXT));
      } else loose += node.nodeValue ?? '';
    }
    candidates = candidates.filter((p) => stripSeparators(p));
    if (stripSeparators(collapse(loose))) candidates = [];
  }
  if (candidates.length < 2) candidates = text.split(/\s+\|\s+/);
  if (candidates.length < 2) return undefined;
  const pairs = candidates.map((c) => LABEL_VALUE.exec(stripSeparators(c)));
  if (!pairs.every(Boolean)) return undefined;
  return pairs.map((m) => [m![1]!, stripSeparators(m![2]!)]);
}

/** Whether a part of a line (an element inside the one read) is shown: see isShown. */
type Shown = (part: Element) => boolean;
const EVERY_PART: Shown = () => true;
const VISIBLE_TEXT: TextOptions = { skipVisuallyHidden: true };

/**
 * The parts of `el` the page shows. "Label: value" lines are first read as if every part were
 * shown (most lines are not pairs at all, and asking the style of each part of each is not
 * free); a line that is one, or could be, is read again with this (readLabelValue).
 */
const partsShownIn = (el: Element): Shown => (part) => isShown(part, el);

/** The "Label: value" pairs of a line, reading only the parts `shown` allows; undefined: not pairs. */
function labelValues(el: Element, shown: Shown): Array<[string, string]> | undefined {
  const pairs: Array<{ label: string; value: string[] }> = [];
  const lead: string[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && !shown(node as Element)) continue;
    const label = node.nodeType === 1 ? labelElementText(node as Element) : undefined;
    if (label !== undefined) pairs.push({ label, value: [] });
    else {
      const text = node.nodeType === 1 ? ` ${textOf(node as Element, VISIBLE_TEXT)} ` : (node.nodeValue ?? '');
      (pairs[pairs.length - 1]?.value ?? lead).push(text);
    }
  }
  if (pairs.length > 0 && !collapse(lead.join(''))) return pairs.map((p) => [p.label, stripSeparators(collapse(p.value.join('')))]);
  // textOf itself leaves out what is not rendered inside el; `shown` is for the parts read one by one above.
  const text = textOf(el, VISIBLE_TEXT);
  const several = splitPairs(el, text, shown);
  if (several) return several;
  const match = LABEL_VALUE.exec(text);
  return match ? [[match[1]!, stripSeparators(match[2]!)]] : undefined;
}

/**
 * "Label: value" text: `<strong>CRN:</strong> X123456`, several pairs in one line, or plain
 * "Date of birth: 18 August 1979 (47 years old)". Returns whether the element was read.
 */
export function readLabelValue(ctx: ReadContext, el: Element, tag = el.tagName): boolean {
  if (!CANDIDATE_TAGS.has(tag) || !isInline(el)) return false;
  const found = labelValues(el, EVERY_PART);
  // A line of text alone has no part to hide. Else it is read again minding what the page hides:
  // a pair, to drop a hidden part of it; and a line that is no pair only because of a hidden part
  // ("<span hidden>x</span><strong>CRN:</strong> X1"): every pair has a colon, so only a line
  // holding one can become a pair once its hidden parts are left out.
  const again = el.firstElementChild !== null && (found !== undefined || (el.textContent ?? '').includes(':'));
  const pairs = again ? labelValues(el, partsShownIn(el)) : found;
  if (!pairs) return readEmphasis(ctx, el);
  for (const [label, value] of pairs) ctx.emit({ label, value, kind: 'label-value', element: el });
  return true;
}

const EMPHASIS_TAGS = new Set(['STRONG', 'B']);
const EMPHASIS_CLASS = /(^|\s)(bold|[\w-]*font-weight-bold)(\s|$)/;
const MAX_NAME = 40;

function isEmphasis(el: Element): boolean {
  return EMPHASIS_TAGS.has(el.tagName) || EMPHASIS_CLASS.test(el.getAttribute('class') ?? '');
}

/**
 * A value set in bold beside the words that name it, without a colon: a badge
 * ("ROSH <strong>VERY HIGH</strong>"), a widget heading ("<strong>VERY HIGH</strong> ROSH",
 * "<strong>CAT 2/LEVEL 3</strong> MAPPA"), or printed prose ("Your licence expires on
 * <b>26 April 2060</b>"; the label is the words before the first bold part, the value the rest).
 */
export function readEmphasis(ctx: ReadContext, el: Element): boolean {
  // Minding what the page hides from the start: a hidden bold part changes which part is first,
  // so a pass that took every part as shown could turn a shown badge away. The style is asked
  // only of lines with a bold part (emphasisPair returns before that when there is none).
  const pair = emphasisPair(el, partsShownIn(el));
  if (!pair) return false;
  ctx.emit({ label: pair[0], value: pair[1], kind: 'label-value', element: el });
  return true;
}

/** The label and value of an emphasis line (readEmphasis), reading only the parts `shown` allows. */
function emphasisPair(el: Element, shown: Shown): [string, string] | undefined {
  const bold: Element[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (isEmphasis(child) && shown(child)) bold.push(child);
  if (bold.length === 0) return undefined;
  const before: string[] = [];
  const after: string[] = [];
  let seen = false;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node === bold[0]) {
      seen = true;
      continue;
    }
    if (node.nodeType === 1 && !shown(node as Element)) continue;
    const text = node.nodeType === 1 ? ` ${textOf(node as Element, VISIBLE_TEXT)} ` : (node.nodeValue ?? '');
    (seen ? after : before).push(text);
  }
  const first = collapse(textOf(bold[0]!));
  const lead = collapse(before.join(''));
  const rest = collapse(after.join(''));
  if (!first || first.length > MAX_NAME || first.endsWith(':')) return undefined;
  // "ROSH VERY HIGH", or a phrase naming what follows ("Your licence expires on 26 April 2060").
  if (lead && lead.length <= 200) return [lead, collapse(`${first} ${rest}`)];
  if (!lead && rest && rest.length <= MAX_NAME && bold.length === 1) return [rest, first];
  return undefined;
}

const CAPTION_CLASS = /hint|caption|secondary|label|title/;
const VALUE_CLASS = /bold|heading|body-l|value|count|strong/;

/**
 * A caption over a value: "<p class=govuk-hint>Licence started</p><p class=…bold>29 May 2026</p>"
 * (key-details grids). Exactly two children: a short caption, then a value set apart.
 */
export function readCaptionValue(ctx: ReadContext, el: Element, tag = el.tagName): boolean {
  if (tag !== 'DIV' || el.childElementCount !== 2) return false;
  const [caption, value] = [el.children[0]!, el.children[1]!];
  if (!CAPTION_CLASS.test(caption.getAttribute('class') ?? '')) return false;
  if (!(isEmphasis(value) || VALUE_CLASS.test(value.getAttribute('class') ?? ''))) return false;
  if (!isInline(caption) || !isInline(value)) return false;
  // Only a caption and value the page shows (asked last: most elements are no caption at all).
  if (!isShown(caption, el) || !isShown(value, el)) return false;
  const label = collapse(textOf(caption));
  // A caption holding its own "Label: value" parts is a key-details line, read on its own.
  if (!label || label.length > MAX_LABEL * 2 || label.includes(':')) return false;
  ctx.emit({ label, value: textOf(value, { skipVisuallyHidden: true }), kind: 'label-value', element: el });
  return true;
}

/**
 * A lead-in line ending in a colon and the items under it: "During your licence period you
 * must:" then one block per condition, or "<p>Conditions:</p><ul><li>…". One field, the items
 * kept apart.
 */
const LEADIN_TAGS = new Set(['SPAN', 'P', 'STRONG', 'B', 'LABEL', 'DIV']);

export function readLeadInList(ctx: ReadContext, el: Element): boolean {
  // Cheap checks first: this is tried on every block of the page.
  if (el.childElementCount < 2) return false;
  const first = el.firstElementChild!;
  if (!LEADIN_TAGS.has(first.tagName) || first.childElementCount > 3 || !(first.textContent ?? '').trimEnd().endsWith(':')) return false;
  const leadIn = collapse(textOf(first));
  if (!leadIn.endsWith(':') || leadIn.length > 120 || !isInline(first)) return false;
  if (!isShown(first, el)) return false;
  const children = [...el.children];
  const rest = children.slice(1);
  const list = rest.length === 1 && (rest[0]!.tagName === 'UL' || rest[0]!.tagName === 'OL') ? [...rest[0]!.children] : rest;
  if (list.some((c) => c.querySelector('input, select, textarea, table, dl'))) return false;
  // An item the page hides is not one of the conditions.
  const items = list.filter((c) => isShown(c, el)).map((c) => textOf(c, VISIBLE_TEXT)).filter(Boolean);
  if (items.length === 0) return false;
  ctx.emit({ label: leadIn, value: items.join('; '), items, kind: 'label-value', element: el });
  return true;
}

const TIMELINE_ITEM = /(^|\s)(moj-timeline__item|timeline__item|timeline-item)(\s|$)/;

/** A timeline entry (MoJ timeline, or any list item with a heading and a <time>): a dated event. */
export function readTimelineItem(ctx: ReadContext, el: Element, tag = el.tagName, classes = el.getAttribute('class') ?? ''): boolean {
  // Cheap test first: this is tried on every block of the page.
  const isItem = (classes.includes('timeline') && TIMELINE_ITEM.test(classes)) || (tag === 'LI' && el.querySelector('time') && el.querySelector('h2, h3, h4, h5'));
  if (!isItem) return false;
  // A title or date the page hides is not the event's.
  const shownOrNull = (part: Element | null): Element | null => (part && isShown(part, el) ? part : null);
  const title = shownOrNull(el.querySelector('.moj-timeline__title, [class*="timeline__title"], h2, h3, h4, h5'));
  const time = shownOrNull(el.querySelector('time, .moj-timeline__date, [class*="timeline__date"]'));
  const skip = (e: Element): boolean => e === title || e === time || e.contains(time) || e.classList.contains('moj-timeline__byline');
  const description = textOf(el, { skip });
  const date = time?.getAttribute('datetime') ?? (time ? textOf(time) : '');
  ctx.emit({
    label: cleanLabel(title ? textOf(title) : 'Event'),
    value: description,
    date,
    kind: 'event',
    element: el,
    group: ctx.newGroup('event'),
  });
  return true;
}
