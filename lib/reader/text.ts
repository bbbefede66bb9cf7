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

const LONGEST_PLACEHOLDER = Math.max(...[...EMPTY_PLACEHOLDERS].map((p) => p.length));

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP',
  'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'LABEL', 'FONT',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);

/** Whitespace that collapse() would change: any run of two, any but a plain space, or at either end. */
const UNCOLLAPSED = /\s\s|[^\S ]|^ | $/;

export function collapse(text: string): string {
  // Most labels and values are already collapsed: testing is cheaper than rebuilding them.
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

export function truncate(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? text.slice(0, MAX_VALUE_LENGTH) + TRUNCATED_MARKER : text;
}

/** A value as the panel should see it: whitespace collapsed, placeholders for "nothing" emptied, bounded. */
export function cleanValue(text: string): string {
  const collapsed = collapse(text);
  // Lower-casing never shortens a string: a longer value cannot be a placeholder, and is not lower-cased.
  if (collapsed.length <= LONGEST_PLACEHOLDER && EMPTY_PLACEHOLDERS.has(collapsed.toLowerCase())) return '';
  return truncate(collapsed);
}

/** A label as the panel should see it: no trailing colon or required-marker asterisk. */
export function cleanLabel(text: string): string {
  const collapsed = collapse(text);
  // Collapsed text has no space at either end, so only a label ending in ':' or '*' or starting with '*' changes.
  const last = collapsed.charCodeAt(collapsed.length - 1);
  if (last !== 58 && last !== 42 && collapsed.charCodeAt(0) !== 42) return truncate(collapsed);
  return truncate(collapsed.replace(/\s*[:*]+\s*$/, '').replace(/^\s*\*\s*/, ''));
}

/** ASCII whitespace: what separates the classes of a class attribute. */
function isClassSeparator(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/**
 * Whether a class attribute (getAttribute('class')) holds a class, as classList.contains says:
 * read once per element and searched as a string, a DOM call fewer per class asked about.
 */
export function hasClass(classes: string | null, name: string): boolean {
  if (!classes) return false;
  for (let i = classes.indexOf(name); i >= 0; i = classes.indexOf(name, i + 1)) {
    const end = i + name.length;
    if ((i === 0 || isClassSeparator(classes.charCodeAt(i - 1))) && (end === classes.length || isClassSeparator(classes.charCodeAt(end)))) return true;
  }
  return false;
}

/** Taken on first use, not when the module loads (the build imports it outside a browser). */
let getAttribute: ((this: Element, name: string) => string | null) | undefined;

/**
 * The class attribute of an element, or '' ('' and no attribute hold no class alike). Through
 * the prototype, as the walk's other DOM getters: a form's control named "getAttribute" shadows
 * form.getAttribute, and must not make the form (or a card holding it) unreadable.
 */
export function classesOf(el: Element): string {
  return attributeOf(el, 'class') ?? '';
}

/** An attribute of an element, read through the prototype (see classesOf). */
export function attributeOf(el: Element, name: string): string | null {
  getAttribute ??= Element.prototype.getAttribute;
  return getAttribute.call(el, name);
}

export function isVisuallyHidden(el: Element, classes = classesOf(el)): boolean {
  return hasClass(classes, 'govuk-visually-hidden') || hasClass(classes, 'visually-hidden') || hasClass(classes, 'sr-only');
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

const NO_OPTIONS: TextOptions = {};

/** Marked hidden by the page: the walk leaves such an element and everything in it unread. */
const HIDDEN_MARKS = '[hidden], [aria-hidden="true"]';
/** One options object for every call: checkVisibility converts its dictionary on each call. */
const RENDERED = { visibilityProperty: true };

/**
 * Whether a part of a shape (a row of a list, a cell, a list item, a piece of a "Label: value"
 * line) is shown, given the element the walk checked and the shape read it from (`within`): not
 * marked hidden itself, and rendered (not display: none or visibility: hidden, itself or through
 * an ancestor: a row's hidden attribute hides its cells). The walk checks each element it visits,
 * but a shape reads the parts below one without visiting them, and a page must not feed the panel
 * a row it hides from the user. Marks are asked of the part alone: closest() up the whole page
 * cost as much again as the style, for every cell of a table. So a row marked aria-hidden="true"
 * inside a shown list is read (the hidden attribute on it hides it through the style): it is on
 * the screen, hidden only from screen readers, and reading it feeds the panel nothing the user
 * cannot see.
 */
export function isShown(el: Element, within: Element): boolean {
  if (el.matches(HIDDEN_MARKS)) return false;
  const html = el as HTMLElement;
  if (typeof html.checkVisibility === 'function') {
    // display: contents has no box of its own, but what is in it is shown (as the walk's own check).
    return html.checkVisibility(RENDERED) || getComputedStyle(html).display === 'contents';
  }
  // Without checkVisibility (jsdom): each element from the part up to the shape's own.
  for (let a: Element | null = el; a && a !== within; a = a.parentElement) if (notRendered(a)) return false;
  return true;
}


export function textOf(root: Element, options: TextOptions = NO_OPTIONS): string {
  // Most labels and values are text alone: with no element inside there is nothing to walk, and
  // textContent is exactly the text of the text nodes (comments are not part of it).
  if (!root.firstElementChild) return collapse(root.textContent ?? '');
  let text = '';
  let depth = 0;
  const { skipVisuallyHidden, skip } = options;
  const visit = (node: Node): void => {
    if (++depth > MAX_DEPTH) {
      depth -= 1;
      return;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        text += child.nodeValue ?? '';
      } else if (type === 1) {
        const el = child as Element;
        const tag = el.tagName;
        if (SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
        // The cheap tests before the computed style (all of them only leave parts out).
        if (skipVisuallyHidden && isVisuallyHidden(el)) continue;
        if (skip?.(el)) continue;
        const inline = INLINE_TAGS.has(tag);
        // An inline element with nothing in it adds nothing, rendered or not: no style to compute.
        if (inline && !el.firstChild) continue;
        if (notRendered(el)) continue;
        if (tag === 'BR') {
          text += ' ';
          continue;
        }
        // Block elements separate words; inline ones ("What is your <b>nationality</b>?") do not.
        if (!inline) text += ' ';
        visit(el);
        if (!inline) text += ' ';
      }
    }
    depth -= 1;
  };
  visit(root);
  return collapse(text);
}

const HINT_OR_ERROR = (el: Element): boolean => {
  const classes = el.getAttribute('class');
  return hasClass(classes, 'govuk-hint') || hasClass(classes, 'govuk-error-message');
};

/** Legend or label text without the hint or error message that GOV.UK may nest inside it. */
const LABEL_TEXT: TextOptions = { skip: HINT_OR_ERROR };

export function labelTextOf(el: Element): string {
  return cleanLabel(textOf(el, LABEL_TEXT));
}

/** Error message text without the visually hidden "Error:" prefix. */
export function errorTextOf(el: Element): string {
  return collapse(textOf(el, { skipVisuallyHidden: true }).replace(/^error:\s*/i, ''));
}
