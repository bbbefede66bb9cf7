import { accessibleName } from './accessible-name';
import type { EmitInput, ReadContext } from './context';
import { cleanLabel, collapse, errorTextOf, hasClass, labelTextOf, textOf } from './text';

/** Input types that never hold case facts (or must never be read: passwords). */
const IGNORED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password']);

export function isControl(el: Element): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  return el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA';
}

export function isReadableControl(el: Element): boolean {
  if (!isControl(el)) return false;
  return isReadableControlTag(el, el.tagName);
}

/** isReadableControl for an element the caller knows to be an INPUT, SELECT or TEXTAREA (its tag given): no tag asked again. */
export function isReadableControlTag(el: Element, tag: string): boolean {
  return tag !== 'INPUT' || !IGNORED_INPUT_TYPES.has((el as HTMLInputElement).type);
}

const ONE_ID = /^\S+$/;

/** Hint and error text referenced by aria-describedby, kept apart from the label, set on `out`. */
function describedBy(el: Element, out: { hint?: string; error?: string }): void {
  const value = el.getAttribute('aria-describedby');
  // Most controls name no hint: nothing to split or look up.
  if (!value) return;
  const root = el.getRootNode() as Document | ShadowRoot;
  // Most name one: looked up without the arrays of a split.
  if (ONE_ID.test(value)) {
    const d = root.getElementById?.(value);
    if (d) describe(d, out);
    return;
  }
  for (const id of value.split(/\s+/)) {
    const d = id ? root.getElementById?.(id) : null;
    if (d) describe(d, out);
  }
}

function describe(d: Element, out: { hint?: string; error?: string }): void {
  if (hasClass(d.getAttribute('class'), 'govuk-error-message')) out.error = errorTextOf(d);
  else if (!out.hint) out.hint = collapse(textOf(d));
}

/** The text of the cell to the left of (or above) a control in a layout table. */
function layoutLabel(el: Element): string {
  const cell = el.closest('td, th') as HTMLTableCellElement | null;
  if (!cell) return '';
  const row = cell.parentElement as HTMLTableRowElement | null;
  const left = cell.previousElementSibling;
  if (left && !left.querySelector('input, select, textarea')) {
    const text = textOf(left);
    if (text) return text;
  }
  const table = cell.closest('table');
  if (row && table) {
    const above = table.rows[row.rowIndex - 1]?.cells[cell.cellIndex];
    if (above && !above.querySelector('input, select, textarea')) return textOf(above);
  }
  return '';
}

/** The label of a single control, in the order of the accessible-name computation, then layout, then placeholder. */
export function controlLabel(ctx: ReadContext, el: Element): string {
  let name = '';
  if (el.hasAttribute('aria-labelledby') || el.hasAttribute('aria-label')) {
    name = accessibleName(el);
  } else {
    // Label text without nested hints or "Error:" prefixes (GOV.UK nests hints in some labels).
    const labels = ctx.labelsFor(el);
    // Most have one label: its text, without an array to join.
    name = labels.length === 1 ? labelTextOf(labels[0]!) : labels.map(labelTextOf).join(' ');
  }
  if (!name) name = el.getAttribute('title') ?? '';
  if (!name) name = layoutLabel(el);
  if (!name) name = el.getAttribute('placeholder') ?? '';
  return cleanLabel(name);
}

export function controlValue(el: Element): string {
  return valueOf(el, el.tagName, (el as HTMLInputElement).type);
}

/** controlValue with the tag and type already asked (readControl needs them too). */
function valueOf(el: Element, tag: string, type: string): string {
  if (tag === 'SELECT') {
    const select = el as HTMLSelectElement;
    return [...select.selectedOptions].map((o) => o.text).join('; ');
  }
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    if (type === 'checkbox' || type === 'radio') return input.checked ? 'Yes' : 'No';
    return input.value;
  }
  return (el as HTMLTextAreaElement).value;
}

const DATE_LIKE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;

export function readControl(ctx: ReadContext, el: Element, label = controlLabel(ctx, el)): void {
  // The tag and type asked once (a select's type is "select-one", a textarea's "textarea").
  const tag = el.tagName;
  const type = (el as HTMLInputElement).type;
  const value = valueOf(el, tag, type);
  const isDate = type === 'date' || DATE_LIKE.test(value.trim());
  const kind = tag === 'SELECT' || type === 'checkbox' || type === 'radio' ? 'choice' : isDate ? 'date' : 'text';
  // The hint and error go straight into the field's input: no object per control to spread.
  const field: EmitInput = { label, value, kind, element: el };
  describedBy(el, field);
  ctx.emit(field);
  ctx.consumed.add(el);
}

function optionLabel(ctx: ReadContext, input: HTMLInputElement): string {
  const labels = ctx.labelsFor(input);
  if (labels.length > 0) return labels.map(labelTextOf).join(' ');
  return accessibleName(input) || input.value;
}

function legendOf(fieldset: Element): Element | null {
  const first = fieldset.firstElementChild;
  return first?.tagName === 'LEGEND' ? first : fieldset.querySelector(':scope > legend');
}

/** The label of a group: its fieldset legend, a radiogroup's name, or the text just before it. */
function groupLabel(container: Element): string {
  if (container.tagName === 'FIELDSET') {
    const legend = legendOf(container);
    if (legend) return labelTextOf(legend);
  }
  if (container.hasAttribute('aria-labelledby') || container.hasAttribute('aria-label')) return accessibleName(container);
  return '';
}

function groupErrorAndHint(container: Element): { hint?: string; error?: string } {
  const out: { hint?: string; error?: string } = {};
  const hint = container.querySelector(':scope > .govuk-hint, :scope > div > .govuk-hint');
  const error = container.querySelector(':scope > .govuk-error-message');
  if (hint) out.hint = collapse(textOf(hint));
  if (error) out.error = errorTextOf(error);
  return out;
}

/** Radios or checkboxes that share a name, read as one field labelled by their group. */
export function readChoiceGroup(ctx: ReadContext, container: Element, inputs: HTMLInputElement[]): void {
  const first = inputs[0];
  if (!first) return;
  const checked = inputs.filter((i) => i.checked).map((i) => collapse(optionLabel(ctx, i)));
  const label = groupLabel(container) || cleanLabel(first.name.replace(/[-_[\]]+/g, ' '));
  const isCheckboxes = first.type === 'checkbox';
  ctx.emit({
    label,
    value: checked.join('; '),
    items: isCheckboxes ? checked : undefined,
    kind: 'choice',
    element: container,
    ...groupErrorAndHint(container),
  });
  for (const i of inputs) ctx.consumed.add(i);
}

/** Which box of a date a name is: "dob-day", "dob[month]", "day[dd]", "year". */
const DATE_PART = /(?:^|[^a-z])(day|month|year)(?![a-z])/i;

/** A GOV.UK date input (day, month, year boxes) as one date field, also when partial or with errors. */
export function readDateInput(ctx: ReadContext, dateInput: Element): void {
  const inputs = [...dateInput.querySelectorAll('input')];
  const parts: Record<string, string> = { day: '', month: '', year: '' };
  for (const input of inputs) {
    const part = (input.name || input.id).match(DATE_PART)?.[1]?.toLowerCase() ?? cleanLabel(optionLabel(ctx, input)).toLowerCase();
    if (part in parts) parts[part] = input.value.trim();
    ctx.consumed.add(input);
  }
  const fieldset = dateInput.closest('fieldset');
  const container = fieldset ?? dateInput;
  let label = groupLabel(container);
  if (!label) label = accessibleName(dateInput);
  // No legend: the name the boxes share ("dob-day" -> "dob"), else the group's id.
  if (!label) {
    const name = inputs[0]?.name ?? '';
    const prefix = name.slice(0, DATE_PART.exec(name)?.index ?? 0);
    label = (prefix || dateInput.id).replace(/[-_[\]]+/g, ' ');
  }
  const { day, month, year } = parts;
  const value = day || month || year ? `${day}/${month}/${year}` : '';
  ctx.emit({ label, value, kind: 'date', element: container, ...groupErrorAndHint(container) });
}

/** Groups of radios/checkboxes that belong to a fieldset or radiogroup (not to one nested in it), in document order. */
export function choiceGroups(container: Element): HTMLInputElement[][] {
  const groups = new Map<string, HTMLInputElement[]>();
  for (const input of container.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')) {
    if (input.parentElement?.closest('fieldset, [role=radiogroup]') !== container) continue;
    // Checkboxes under one legend answer one question whatever their names; radios group by name.
    const key =
      input.type === 'checkbox' && container.tagName === 'FIELDSET'
        ? 'checkboxes'
        : input.name
          ? `${input.type}:${input.name}`
          : `solo:${groups.size}`;
    const group = groups.get(key) ?? [];
    group.push(input);
    groups.set(key, group);
  }
  return [...groups.values()];
}
