/**
 * The accessible name of a control or group (W3C accname 1.2, https://w3c.github.io/accname/),
 * for the cases the reader and the page agent ask about: a name from `aria-labelledby`,
 * `aria-label`, native labels, a fieldset's legend, an image's alt, a button's value, text
 * content, controls embedded in a label (their value) and `title`. It follows
 * dom-accessibility-api's `computeAccessibleName` step for step (tests/unit/reader/accessible-name
 * compares the two); it leaves out what no form control's name needs here (CSS generated content,
 * `aria-owns`, slots, table captions, SVG titles), which keeps 2.3 KB gzip (7 KB raw) out of the
 * reader injected into every frame. dom-accessibility-api remains as the tests' reference only.
 */

type Context = { inLabel: boolean; referenced: boolean; recursion: boolean };

const PRESENTATIONAL = ['none', 'presentation'];
/** Roles whose name may come from their content (accname 2F, as dom-accessibility-api lists them). */
const NAME_FROM_CONTENT = new Set(['button', 'cell', 'checkbox', 'columnheader', 'gridcell', 'heading', 'label', 'legend', 'link', 'menuitem',
  'menuitemcheckbox', 'menuitemradio', 'option', 'radio', 'row', 'rowheader', 'switch', 'tab', 'tooltip', 'treeitem']);
const RANGE = new Set(['meter', 'progressbar', 'scrollbar', 'slider', 'spinbutton']);
const ROLE_BY_TAG: Record<string, string> = {
  button: 'button', datalist: 'listbox', fieldset: 'group', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading',
  h6: 'heading', legend: 'legend', optgroup: 'group', option: 'option', output: 'status', progress: 'progressbar', summary: 'button',
  textarea: 'textbox', td: 'cell', th: 'columnheader', tr: 'row',
};
/** ARIA attributes that make a browser ignore role="none" / "presentation" (ARIA 1.2, 4.6). */
const GLOBAL_ARIA = ['aria-atomic', 'aria-busy', 'aria-controls', 'aria-current', 'aria-description', 'aria-describedby', 'aria-details',
  'aria-dropeffect', 'aria-flowto', 'aria-grabbed', 'aria-hidden', 'aria-keyshortcuts', 'aria-label', 'aria-labelledby', 'aria-live',
  'aria-owns', 'aria-relevant', 'aria-roledescription'];

/** Whether a global ARIA attribute overrides a presentational role (naming ones are prohibited on `presentation`). */
function hasGlobalAria(el: Element, implicit: string | null): boolean {
  return GLOBAL_ARIA.some((a) => el.hasAttribute(a) && !(implicit === 'presentation' && (a === 'aria-label' || a === 'aria-labelledby')));
}

function implicitRole(el: Element): string | null {
  const tag = el.localName;
  const role = ROLE_BY_TAG[tag];
  if (role) return role;
  if (tag === 'a' || tag === 'area') return el.hasAttribute('href') ? 'link' : null;
  if (tag === 'img') return el.getAttribute('alt') === '' && !hasGlobalAria(el, 'img') ? 'presentation' : 'img';
  if (tag === 'select') return el.hasAttribute('multiple') || (el as HTMLSelectElement).size > 1 ? 'listbox' : 'combobox';
  if (tag !== 'input') return null;
  const type = (el as HTMLInputElement).type;
  if (type === 'button' || type === 'image' || type === 'reset' || type === 'submit') return 'button';
  if (type === 'checkbox' || type === 'radio') return type;
  if (type === 'range') return 'slider';
  if (type === 'number') return 'spinbutton';
  if (type === 'email' || type === 'tel' || type === 'text' || type === 'url' || type === 'search') {
    return el.hasAttribute('list') ? 'combobox' : type === 'search' ? 'searchbox' : 'textbox';
  }
  return null;
}

/** The element's role: its first explicit role, unless that is presentational and may not be (ARIA 1.2). */
function roleOf(el: Element): string | null {
  const explicit = el.getAttribute('role')?.trim().split(' ')[0] || null;
  if (explicit !== null && !PRESENTATIONAL.includes(explicit)) return explicit;
  const implicit = implicitRole(el);
  return explicit === null || hasGlobalAria(el, implicit) ? implicit : explicit;
}

const isElement = (node: Node): node is Element => node.nodeType === 1;

export function accessibleName(root: Element): string {
  const consulted = new Set<Node>();
  const styles = new Map<Element, CSSStyleDeclaration>();
  const view = root.ownerDocument.defaultView;
  const style = (el: Element): CSSStyleDeclaration | undefined => {
    let s = styles.get(el);
    if (!s && view) styles.set(el, (s = view.getComputedStyle(el)));
    return s;
  };
  const hidden = (el: Element): boolean => {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const s = style(el);
    return s?.getPropertyValue('display') === 'none' || s?.getPropertyValue('visibility') === 'hidden';
  };
  /** A non-blank attribute not used before (each attribute names once: no loops). */
  const attribute = (el: Element, name: string): string | null => {
    const node = el.getAttributeNode(name);
    if (node === null || consulted.has(node) || node.value.trim() === '') return null;
    consulted.add(node);
    return node.value;
  };
  const idRefs = (el: Element, name: string): Element[] => {
    const scope = el.getRootNode() as Document | ShadowRoot;
    return (el.getAttribute(name) ?? '')
      .split(' ')
      .map((id) => scope.getElementById?.(id) ?? null)
      .filter((e): e is HTMLElement => e !== null);
  };

  /** The text of a node's children (accname 2F.iii), a space around each child that is not inline. */
  function fromContent(node: Node, inLabel: boolean): string {
    let text = '';
    for (const child of Array.from(node.childNodes)) {
      const name = compute(child, { inLabel, referenced: false, recursion: true });
      const separator = isElement(child) && style(child)?.getPropertyValue('display') !== 'inline' ? ' ' : '';
      text += separator + name + separator;
    }
    return text.trim();
  }

  /** The name the host language gives an element (accname 2D, HTML-AAM), or null. */
  function native(el: Element): string | null {
    const tag = el.localName;
    if (tag === 'fieldset') {
      consulted.add(el);
      const legend = Array.from(el.childNodes).find((c) => isElement(c) && c.localName === 'legend');
      if (legend) return compute(legend, { inLabel: false, referenced: false, recursion: false });
    } else if (tag === 'img' || tag === 'area') {
      const alt = attribute(el, 'alt');
      if (alt !== null) return alt;
    } else if (tag === 'optgroup') {
      const label = attribute(el, 'label');
      if (label !== null) return label;
    }
    const type = tag === 'input' ? (el as HTMLInputElement).type : '';
    if (type === 'button' || type === 'submit' || type === 'reset') {
      const value = attribute(el, 'value');
      if (value !== null) return value;
      if (type !== 'button') return type === 'submit' ? 'Submit' : 'Reset';
    }
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) {
      consulted.add(el);
      return Array.from(labels, (label) => compute(label, { inLabel: true, referenced: false, recursion: true }))
        .filter((name) => name.length > 0)
        .join(' ');
    }
    if (type === 'image') return attribute(el, 'alt') ?? attribute(el, 'title') ?? 'Submit Query';
    if (roleOf(el) === 'button') {
      const content = fromContent(el, false);
      if (content !== '') return content;
    }
    return null;
  }

  /** An embedded control's value as part of a name (accname 2E), or null for anything else. */
  function embedded(el: Element, ctx: Context): string | null {
    const role = roleOf(el);
    if (role === 'combobox' || role === 'listbox') {
      consulted.add(el);
      const selected = el.localName === 'select'
        ? Array.from((el as HTMLSelectElement).selectedOptions)
        : Array.from(el.querySelectorAll('[aria-selected="true"]'));
      if (selected.length === 0) return el.localName === 'input' ? (el as HTMLInputElement).value : '';
      return selected.map((option) => compute(option, { inLabel: ctx.inLabel, referenced: false, recursion: true })).join(' ');
    }
    if (role !== null && RANGE.has(role)) {
      consulted.add(el);
      return el.getAttribute('aria-valuetext') ?? el.getAttribute('aria-valuenow') ?? (el.getAttribute('value') || '');
    }
    if (role === 'textbox') {
      consulted.add(el);
      return el.localName === 'input' || el.localName === 'textarea' ? (el as HTMLInputElement).value : (el.textContent ?? '');
    }
    return null;
  }

  function compute(node: Node, ctx: Context): string {
    if (consulted.has(node)) return '';
    const el = isElement(node) ? node : undefined;
    // 2A: hidden content is left out, unless a label points at it.
    if (el && !ctx.referenced && hidden(el)) {
      consulted.add(node);
      return '';
    }
    // 2B: aria-labelledby (not followed from an element reached by it).
    const labelledBy = el?.getAttributeNode('aria-labelledby');
    const refs = el && labelledBy && !consulted.has(labelledBy) ? idRefs(el, 'aria-labelledby') : [];
    if (el && labelledBy && !ctx.referenced && refs.length > 0) {
      consulted.add(labelledBy);
      return refs.map((ref) => compute(ref, { inLabel: ctx.inLabel, referenced: true, recursion: false })).join(' ');
    }
    // A control inside a label is named by its value (2E), not by its own label.
    const role = el ? roleOf(el) : null;
    const skipToValue = ctx.recursion && role !== null && (role === 'button' || role === 'combobox' || role === 'listbox' || role === 'textbox' || RANGE.has(role));
    if (el && !skipToValue) {
      // 2C: aria-label.
      const label = (el.getAttribute('aria-label') ?? '').trim();
      if (label !== '') {
        consulted.add(node);
        return label;
      }
      // 2D: the host language's name, unless the element is presentational.
      if (!(role !== null && PRESENTATIONAL.includes(role))) {
        const name = native(el);
        if (name !== null) {
          consulted.add(node);
          return name;
        }
      }
    }
    // A menu gives no name from its items (dom-accessibility-api, after w3c/accname#67).
    if (role === 'menu') {
      consulted.add(node);
      return '';
    }
    if (el && (skipToValue || ctx.inLabel || ctx.referenced)) {
      const value = embedded(el, ctx);
      if (value !== null) return value;
    }
    // 2F: name from content, for roles that allow it and for whatever a label points at.
    if (el && ((role !== null && NAME_FROM_CONTENT.has(role)) || ctx.referenced)) {
      const content = fromContent(el, ctx.inLabel);
      if (content !== '') {
        consulted.add(node);
        return content;
      }
    }
    if (node.nodeType === 3) {
      consulted.add(node);
      return node.textContent ?? '';
    }
    if (ctx.recursion) {
      consulted.add(node);
      return fromContent(node, ctx.inLabel);
    }
    // 2I: the tooltip attribute.
    const title = el ? attribute(el, 'title') : null;
    consulted.add(node);
    return title ?? '';
  }

  return compute(root, { inLabel: false, referenced: false, recursion: false }).trim().replace(/\s\s+/g, ' ');
}
