import type { ReadContext } from './context';
import { collapse, isShown, textOf } from './text';

/** Text under a heading that says more about what the paragraph states (a date, a statute). */
const AFTERWORD_CLASS = /hint|caption|secondary/;
const MAX_LEAD = 600;

/**
 * A heading's content when it is a value, not a section: "ORA Adult Custody (inc PSS) (12 Months)"
 * then the offence as the paragraph under it; "Last OASys assessment" then "OASys Assessment
 * Layer 3" and the hint "Completed on 20 Jun 2018"; "Licence conditions" then bullets. Read only
 * when the paragraph or list is the first thing after the heading (nothing else was read between).
 */
export function readLead(ctx: ReadContext, el: Element, tag = el.tagName): boolean {
  const lead = ctx.lead!;
  if (tag === 'P') {
    if (ctx.consumed.has(el)) return false;
    const parts = [textOf(el, { skipVisuallyHidden: true })];
    for (let next = el.nextElementSibling; next && AFTERWORD_CLASS.test(next.getAttribute('class') ?? ''); next = next.nextElementSibling)
      // The walk has not reached the line after the paragraph yet: one the page hides is not read.
      if (isShown(next, next.parentElement ?? next)) parts.push(textOf(next, { skipVisuallyHidden: true }));
    const value = collapse(parts.join(' '));
    if (!value || value.length > MAX_LEAD) return false;
    ctx.emit({ label: lead.label, value, kind: 'label-value', element: el, section: lead.section });
    return true;
  }
  if (tag === 'UL' || tag === 'OL') {
    const items = [...el.children].filter((li) => li.tagName === 'LI');
    // A list of links only is navigation, not content.
    if (items.length === 0 || items.every((li) => li.children.length === 1 && li.firstElementChild?.tagName === 'A' && !collapse(li.firstChild?.nodeValue ?? '')))
      return false;
    // Bullets, not a list of cards or records (those are read by their own shapes).
    if (items.some((li) => li.querySelector('div, dl, table, ul, ol, p, h2, h3, h4, section'))) return false;
    const texts = items.filter((li) => isShown(li, el)).map((li) => textOf(li, { skipVisuallyHidden: true })).filter(Boolean);
    ctx.emit({ label: lead.label, value: texts.join('; '), items: texts, kind: 'label-value', element: el, section: lead.section });
    return true;
  }
  return false;
}

/**
 * A heading of an accordion section (GOV.UK / MoJ): its content, read even while collapsed
 * (collapsed content is hidden="until-found", which the walk skips), as one field titled by the
 * heading: a court offence list gives title, summary and "Contrary to …" per offence.
 */
export function readAccordionSection(ctx: ReadContext, heading: Element, title: string): boolean {
  const section = heading.closest('[class*="accordion__section"]:not([class*="accordion__section-"])');
  if (!section) return false;
  const content = section.querySelector('[class*="accordion__section-content"]');
  if (!content) return false;
  // textOf does not test the root it is given: the content's own hidden="until-found" does not stop it.
  const value = textOf(content, { skipVisuallyHidden: true });
  if (!title || !value) return false;
  ctx.emit({ label: title, value, kind: 'label-value', element: section, section: ctx.sectionOf(section) });
  return true;
}

/** "Defendant: Jo Bloggs" as a page heading: a short label, then its value. */
const HEADING_PAIR = /^([A-Za-z][A-Za-z ]{1,30}):\s+(\S.{0,100})$/;

/** A heading written as "Label: value" (PAC's "Defendant: <name>"): a field, and still the section of what follows. */
export function readHeadingPair(ctx: ReadContext, heading: Element, text: string): boolean {
  const m = HEADING_PAIR.exec(text);
  if (!m) return false;
  ctx.emit({ label: m[1]!, value: m[2]!, kind: 'label-value', element: heading });
  return true;
}
