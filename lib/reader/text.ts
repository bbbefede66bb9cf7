/** Text helpers shared by the reader's shapes. Pure functions over DOM nodes. */

/** Longest value kept; longer values are cut with a visible marker so a hostile page cannot flood the panel. */
export const MAX_VALUE_LENGTH = 2000;
export const TRUNCATED_MARKER = ' … [truncated]';

/** Texts that case systems show for "nothing recorded": read as empty, never as a value. */
const EMPTY_PLACEHOLDERS = new Set([
  '-',
  '--',
  '—',
  '–',
  'not found',
  'no data',
  'not provided',
  'not entered',
  'not recorded',
  'none recorded',
  'not known',
  'unknown',
  'n/k',
]);

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP',
  'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'LABEL', 'FONT',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function truncate(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? text.slice(0, MAX_VALUE_LENGTH) + TRUNCATED_MARKER : text;
}

/** A value as the panel should see it: whitespace collapsed, placeholders for "nothing" emptied, bounded. */
export function cleanValue(text: string): string {
  const collapsed = collapse(text);
  if (EMPTY_PLACEHOLDERS.has(collapsed.toLowerCase())) return '';
  return truncate(collapsed);
}

/** A label as the panel should see it: no trailing colon or required-marker asterisk. */
export function cleanLabel(text: string): string {
  return truncate(collapse(text).replace(/\s*[:*]+\s*$/, '').replace(/^\s*\*\s*/, ''));
}

export function isVisuallyHidden(el: Element): boolean {
  return el.classList.contains('govuk-visually-hidden') || el.classList.contains('visually-hidden') || el.classList.contains('sr-only');
}

export interface TextOptions {
  /** Leave out visually hidden text (e.g. "Error:" prefixes, "Change<span> name</span>"). */
  skipVisuallyHidden?: boolean;
  /** Leave out descendants matching this predicate (e.g. hints inside a legend). */
  skip?: (el: Element) => boolean;
}

/** The text a reader sees in an element: skips scripts, styles and hidden parts; block elements break words. */
/** Deeper than this, text is not read (a hostile page nesting thousands of elements cannot exhaust the stack). */
export const MAX_DEPTH = 256;

/**
 * Text the page does not render (display: none, visibility: hidden) is not part of a value: a
 * page must not slip "Male" into a value inside a hidden span. Text hidden only from sight but
 * kept for screen readers (GOV.UK's govuk-visually-hidden: clipped, not display: none) stays.
 */
function notRendered(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

export function textOf(root: Node, options: TextOptions = {}): string {
  // Most labels and values are one text node: no walk needed.
  const only = root.firstChild;
  if (only && only === root.lastChild && only.nodeType === 3) return collapse(only.nodeValue ?? '');
  const parts: string[] = [];
  let depth = 0;
  const visit = (node: Node): void => {
    if (++depth > MAX_DEPTH) {
      depth -= 1;
      return;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIPPED_TAGS.has(el.tagName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || notRendered(el)) continue;
        if (options.skipVisuallyHidden && isVisuallyHidden(el)) continue;
        if (options.skip?.(el)) continue;
        if (el.tagName === 'BR') {
          parts.push(' ');
          continue;
        }
        // Block elements separate words; inline ones ("What is your <b>nationality</b>?") do not.
        const inline = INLINE_TAGS.has(el.tagName);
        if (!inline) parts.push(' ');
        visit(el);
        if (!inline) parts.push(' ');
      }
    }
    depth -= 1;
  };
  visit(root);
  return collapse(parts.join(''));
}

const HINT_OR_ERROR = (el: Element): boolean =>
  el.classList.contains('govuk-hint') || el.classList.contains('govuk-error-message');

/** Legend or label text without the hint or error message that GOV.UK may nest inside it. */
export function labelTextOf(el: Element): string {
  return cleanLabel(textOf(el, { skip: HINT_OR_ERROR }));
}

/** Error message text without the visually hidden "Error:" prefix. */
export function errorTextOf(el: Element): string {
  return collapse(textOf(el, { skipVisuallyHidden: true }).replace(/^error:\s*/i, ''));
}
