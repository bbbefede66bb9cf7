import type { ReadContext } from './context';
import { cleanLabel, collapse, textOf } from './text';

/** Parts of a key cell that are a second line ("Last updated 3 May 2025"), not the key itself. */
function isSecondLine(el: Element): boolean {
  return (
    ['P', 'DIV', 'SMALL', 'BR'].includes(el.tagName) ||
    /hint|secondary|body-s|caption|meta|updated/i.test(el.getAttribute('class') ?? '')
  );
}

/** A key reduced to its first line. */
export function keyText(dt: Element): string {
  const parts: string[] = [];
  for (let node = dt.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && isSecondLine(node as Element) && collapse(parts.join(''))) break;
    parts.push(node.nodeType === 1 ? ` ${textOf(node as Element)} ` : (node.nodeValue ?? ''));
  }
  return cleanLabel(parts.join(''));
}

/** A value cell: a list, a nested description list or several paragraphs are kept as items. */
function readValueCell(dd: Element): { value: string; items?: string[] } {
  const list = dd.querySelector(':scope > ul, :scope > ol');
  if (list) {
    const items = [...list.children].filter((li) => li.tagName === 'LI').map((li) => textOf(li));
    return { value: items.join('; '), items };
  }
  const nested = dd.querySelector(':scope > dl');
  if (nested) {
    const items = pairs(nested).map(([k, v]) => `${keyText(k)}: ${v.map((d) => textOf(d)).join(' ')}`);
    return { value: items.join('; '), items };
  }
  const paragraphs = [...dd.children].filter((c) => c.tagName === 'P');
  if (paragraphs.length > 1) {
    const items = paragraphs.map((p) => textOf(p));
    return { value: items.join('; '), items };
  }
  return { value: textOf(dd, { skipVisuallyHidden: true }) };
}

function isActions(el: Element): boolean {
  return el.classList.contains('govuk-summary-list__actions');
}

/** (dt, dd[]) pairs of a description list; dt/dd may be wrapped in divs (summary-list rows). */
function pairs(dl: Element): Array<[Element, Element[]]> {
  const out: Array<[Element, Element[]]> = [];
  const visit = (parent: Element): void => {
    for (const child of parent.children) {
      if (child.tagName === 'DT') out.push([child, []]);
      else if (child.tagName === 'DD' && !isActions(child)) out[out.length - 1]?.[1].push(child);
      else if (child.tagName === 'DIV') visit(child);
    }
  };
  visit(dl);
  return out;
}

/** A summary list, summary card or bare dl: key to value, "Change" actions ignored, repeated keys kept. */
export function readDescriptionList(ctx: ReadContext, dl: Element): void {
  const group = dl.closest('.govuk-summary-card') ? ctx.newGroup('card') : undefined;
  for (const [dt, dds] of pairs(dl)) {
    const label = keyText(dt);
    const values = dds.map(readValueCell);
    const items = values.flatMap((v) => v.items ?? (values.length > 1 ? [v.value] : []));
    const row = dt.parentElement?.tagName === 'DIV' ? dt.parentElement : (dds[0] ?? dt);
    ctx.emit({
      label,
      value: values.map((v) => v.value).join('; '),
      items: items.length ? items : undefined,
      kind: 'summary',
      element: row,
      group,
    });
  }
}
