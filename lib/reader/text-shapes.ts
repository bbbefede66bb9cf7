import type { ReadContext } from './context';
import { cleanLabel, collapse, textOf } from './text';

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
  for (const child of el.children) if (BLOCK_TAGS.has(child.tagName) || !isInline(child, depth + 1)) return false;
  return true;
}

/** An element that opens a pair: short text ending in a colon ("<strong>CRN:</strong>"). */
function labelElementText(el: Element): string | undefined {
  if (!LABEL_TAGS.has(el.tagName)) return undefined;
  const text = collapse(textOf(el));
  if (!text.endsWith(':') || text.length > MAX_LABEL + 1) return undefined;
  return text.slice(0, -1);
}

/**
 * "Label: value" text: `<strong>CRN:</strong> X123456`, several pairs in one line, or plain
 * "Date of birth: 18 August 1979 (47 years old)". Returns whether the element was read.
 */
export function readLabelValue(ctx: ReadContext, el: Element): boolean {
  if (!CANDIDATE_TAGS.has(el.tagName) || !isInline(el)) return false;
  const pairs: Array<{ label: string; value: string[] }> = [];
  const lead: string[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    const label = node.nodeType === 1 ? labelElementText(node as Element) : undefined;
    if (label !== undefined) pairs.push({ label, value: [] });
    else {
      const text = node.nodeType === 1 ? ` ${textOf(node as Element, { skipVisuallyHidden: true })} ` : (node.nodeValue ?? '');
      (pairs[pairs.length - 1]?.value ?? lead).push(text);
    }
  }
  if (pairs.length > 0 && !collapse(lead.join(''))) {
    for (const p of pairs) ctx.emit({ label: p.label, value: p.value.join(''), kind: 'label-value', element: el });
    return true;
  }
  const match = LABEL_VALUE.exec(textOf(el, { skipVisuallyHidden: true }));
  if (!match) return false;
  ctx.emit({ label: match[1]!, value: match[2]!, kind: 'label-value', element: el });
  return true;
}

function isTimelineItem(el: Element): boolean {
  return /(^|\s)(moj-timeline__item|timeline__item|timeline-item)(\s|$)/.test(el.getAttribute('class') ?? '');
}

/** A timeline entry (MoJ timeline, or any list item with a heading and a <time>): a dated event. */
export function readTimelineItem(ctx: ReadContext, el: Element): boolean {
  const isItem = isTimelineItem(el) || (el.tagName === 'LI' && el.querySelector('time') && el.querySelector('h2, h3, h4, h5'));
  if (!isItem) return false;
  const title = el.querySelector('.moj-timeline__title, [class*="timeline__title"], h2, h3, h4, h5');
  const time = el.querySelector('time, .moj-timeline__date, [class*="timeline__date"]');
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
