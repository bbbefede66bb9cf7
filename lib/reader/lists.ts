import type { ReadContext } from './context';
import { cleanLabel, collapse, hasClass, isShown, textOf } from './text';

/** Parts of a key cell that are a second line ("Last updated 3 May 2025"), not the key itself. */
function isSecondLine(el: Element): boolean {
  return (
    ['P', 'DIV', 'SMALL', 'BR'].includes(el.tagName) ||
    /hint|secondary|body-s|caption|meta|updated/i.test(el.getAttribute('class') ?? '')
  );
}

/**
 * A key reduced to its first line: "Risk of serious harm (ROSH) in the community<br><span>Last
 * updated 24 January 2024</span>" is the key "Risk of serious harm (ROSH) in the community"; the
 * sub-line says when it was recorded, not what. Looks inside wrapping spans too.
 */
export function keyText(dt: Element): string {
  // Most keys are text alone: no second line to look for (textContent is the text nodes' text).
  if (!dt.firstElementChild) return cleanLabel(dt.textContent ?? '');
  const parts: string[] = [];
  let done = false;
  const walk = (parent: Element, depth: number): void => {
    for (let node = parent.firstChild; node && !done; node = node.nextSibling) {
      if (node.nodeType === 3) {
        parts.push(node.nodeValue ?? '');
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      // A part of the key the page hides is not part of it (textOf minds only what is inside el).
      if (!isShown(el, dt)) continue;
      if (isSecondLine(el) && collapse(parts.join(''))) {
        done = true;
        return;
      }
      if (depth > 16 || !el.firstElementChild) parts.push(` ${textOf(el)} `);
      else walk(el, depth + 1);
    }
  };
  walk(dt, 0);
  return cleanLabel(parts.join(''));
}

/** The items of a value cell: one per details/expander (its summary), else the entries of its lists. */
function cellItems(dd: Element): string[] | undefined {
  // Most values are plain text: no search needed.
  if (!dd.firstElementChild) return undefined;
  // Only the outermost: a list inside an expander, or an expander inside a list, belongs to it.
  const outermost = (el: Element, selector: string): boolean => {
    const outer = el.parentElement?.closest(selector);
    return !outer || !dd.contains(outer);
  };
  const details = [...dd.getElementsByTagName('details')].filter((d) => outermost(d, 'details') && isShown(d, dd));
  if (details.length > 0) {
    return details.map((d) => textOf(d.querySelector(':scope > summary') ?? d)).filter(Boolean);
  }
  const lists = [...dd.getElementsByTagName('ul'), ...dd.getElementsByTagName('ol')].filter((l) => outermost(l, 'ul, ol, dl, details'));
  if (lists.length > 0) {
    // In document order, whichever kind of list comes first.
    lists.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    return lists.flatMap((l) => [...l.children].filter((li) => li.tagName === 'LI' && isShown(li, dd)).map((li) => textOf(li)));
  }
  return undefined;
}

/** A value cell: a list, expanders, a nested description list or several paragraphs are kept as items. */
function readValueCell(dd: Element): { value: string; items?: string[] } {
  // Most values are plain text: no nested list, items or paragraphs to look for.
  if (!dd.firstElementChild) return { value: textOf(dd, VISIBLE_TEXT) };
  let nested: Element | undefined;
  const paragraphs: Element[] = [];
  for (let c: Element | null = dd.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName;
    if (tag === 'DL') nested ??= c;
    else if (tag === 'P' && isShown(c, dd)) paragraphs.push(c);
  }
  if (nested) {
    const items = shownPairs(nested).map(([k, v]) => `${keyText(k)}: ${v.map((d) => textOf(d)).join(' ')}`);
    return { value: items.join('; '), items };
  }
  const items = cellItems(dd);
  if (items && items.length > 0) return { value: items.join('; '), items };
  if (paragraphs.length > 1) {
    const items = paragraphs.map((p) => textOf(p));
    return { value: items.join('; '), items };
  }
  return { value: textOf(dd, VISIBLE_TEXT) };
}

const VISIBLE_TEXT = { skipVisuallyHidden: true };

function isActions(el: Element): boolean {
  return hasClass(el.getAttribute('class'), 'govuk-summary-list__actions');
}

/** (dt, dd[]) pairs of a description list; dt/dd may be wrapped in divs (summary-list rows). */
function pairs(dl: Element): Array<[Element, Element[]]> {
  const out: Array<[Element, Element[]]> = [];
  const visit = (parent: Element): void => {
    // Sibling steps, not an iterator over parent.children (slower by far for every row).
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.tagName;
      if (tag === 'DT') out.push([child, []]);
      else if (tag === 'DD') {
        if (!isActions(child)) out[out.length - 1]?.[1].push(child);
      } else if (tag === 'DIV') visit(child);
    }
  };
  visit(dl);
  return out;
}

/**
 * The pairs of a description list that the page shows: a row it hides (the hidden attribute, a
 * display: none class on the row, a hidden key) is left out whole, and so is a value it hides.
 */
function shownPairs(dl: Element): Array<[Element, Element[]]> {
  const out: Array<[Element, Element[]]> = [];
  for (const pair of pairs(dl)) {
    const [dt, dds] = pair;
    if (!isShown(dt, dl)) continue;
    // Most rows have one value, shown: the pair as it is, no new array.
    if (dds.every((dd) => isShown(dd, dl))) out.push(pair);
    else {
      const shown = dds.filter((dd) => isShown(dd, dl));
      if (shown.length > 0) out.push([dt, shown]);
    }
  }
  return out;
}

/** A summary list, summary card or bare dl: key to value, "Change" actions ignored, repeated keys kept. */
export function readDescriptionList(ctx: ReadContext, dl: Element): void {
  // One record per card, the GOV.UK one or a service's own (app-summary-card).
  const group = dl.closest('.govuk-summary-card, [class*="summary-card"]') ? ctx.newGroup('card') : undefined;
  for (const [dt, dds] of shownPairs(dl)) {
    const label = keyText(dt);
    let value: string;
    let items: string[] | undefined;
    if (dds.length === 1) {
      // Most rows have one value: what the general case below gives for one, without its arrays.
      const only = readValueCell(dds[0]!);
      value = only.value;
      items = only.items;
    } else {
      const values = dds.map(readValueCell);
      items = values.flatMap((v) => v.items ?? (values.length > 1 ? [v.value] : []));
      value = values.map((v) => v.value).join('; ');
    }
    const row = dt.parentElement?.tagName === 'DIV' ? dt.parentElement : (dds[0] ?? dt);
    ctx.emit({
      label,
      value,
      items: items?.length ? items : undefined,
      kind: 'summary',
      element: row,
      group,
    });
  }
}
