import type { ReadContext } from './context';
import { controlLabel, controlValue, isReadableControl } from './controls';
import { cleanLabel, isShown, textOf } from './text';

type Cell = HTMLTableCellElement;

/** Header texts by column, spreading colspans, from thead or a first row of th cells. */
function columnHeaders(table: HTMLTableElement): string[] | undefined {
  const headRow = table.tHead?.rows[table.tHead.rows.length - 1] ?? table.rows[0];
  if (!headRow) return undefined;
  const cells = [...headRow.cells];
  const allHeaders = cells.length > 0 && cells.every((c) => c.tagName === 'TH');
  if (!table.tHead && !allHeaders) return undefined;
  const headers: string[] = [];
  for (const c of cells) for (let i = 0; i < (c.colSpan || 1); i++) headers.push(cleanLabel(textOf(c)));
  return headers;
}

const NONE: Element[] = [];

function cellControls(cell: Element): Element[] {
  // Most cells hold text only: nothing to search.
  if (!cell.firstElementChild) return NONE;
  return [...cell.querySelectorAll('input, select, textarea')].filter((c) => isReadableControl(c) && isShown(c, cell));
}

const VISIBLE_TEXT = { skipVisuallyHidden: true };

function cellValue(cell: Element, controls = cellControls(cell)): string {
  if (controls.length > 0) return controls.map(controlValue).join(' ');
  return textOf(cell, VISIBLE_TEXT);
}

function hasComplexContent(cell: Element): boolean {
  return cell.querySelector('table, dl, fieldset') !== null;
}

/** Layout tables (no headers): label cells beside value cells, or a row of labels above a row of controls. */
function readLayoutTable(ctx: ReadContext, table: HTMLTableElement, walk: (el: Element) => void): void {
  // Rows and cells the page hides are left out, before labels are paired with values.
  const rows = [...table.rows].filter((row) => isShown(row, table));
  for (let r = 0; r < rows.length; r++) {
    const cells = [...rows[r]!.cells].filter((cell) => isShown(cell, table));
    if (cells.some(hasComplexContent)) {
      cells.forEach(walk);
      continue;
    }
    const next = rows[r + 1] ? [...rows[r + 1]!.cells].filter((cell) => isShown(cell, table)) : [];
    const labelsAbove =
      cells.length > 0 &&
      next.length === cells.length &&
      cells.every((c) => cellControls(c).length === 0 && textOf(c)) &&
      next.every((c) => cellControls(c).length > 0);
    if (labelsAbove) {
      cells.forEach((c, i) => emitCell(ctx, next[i]!, textOf(c)));
      r += 1;
      continue;
    }
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      const controls = cellControls(cell);
      if (controls.length > 0) {
        for (const control of controls) emitCell(ctx, cell, controlLabel(ctx, control), control);
        continue;
      }
      const value = cells[i + 1];
      const labelText = textOf(cell);
      if (value && labelText) {
        if (cellControls(value).length > 0) {
          for (const control of cellControls(value)) emitCell(ctx, value, controlLabel(ctx, control) || labelText, control);
        } else {
          emitCell(ctx, value, labelText);
        }
        i += 1;
      } else if (labelText) {
        walk(cell);
      }
    }
  }
}

function emitCell(ctx: ReadContext, cell: Element, label: string, control?: Element, group?: string, section?: string): void {
  const controls = cellControls(cell);
  const value = control ? controlValue(control) : cellValue(cell, controls);
  const kind = control && isReadableControl(control) && (control as HTMLInputElement).type === 'date' ? 'date' : 'table';
  ctx.emit({ label, value, kind, element: control ?? cell, group, section });
  for (const c of controls) ctx.consumed.add(c);
}

/**
 * A data table: column headers to cells, row headers to cells, and two-way matrices
 * (row header x column header) such as a risk-of-serious-harm table. The caption is the section.
 */
export function readTable(ctx: ReadContext, table: HTMLTableElement, walk: (el: Element) => void): void {
  const caption = table.caption ? cleanLabel(textOf(table.caption)) : undefined;
  const headers = columnHeaders(table);
  // Indexed, not spread: an HTMLCollection's iterator is the slow way through it.
  const rows = table.rows;
  const first = rows[0];
  const headRowIsFirst = headers && !table.tHead;
  const bodyRows: HTMLTableRowElement[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.parentElement?.tagName !== 'THEAD' && !(headRowIsFirst && row === first)) bodyRows.push(row);
  }
  const hasRowHeaders = bodyRows.some((row) => row.cells[0]?.tagName === 'TH');
  const presentational = ['presentation', 'none'].includes(table.getAttribute('role') ?? '');
  if (presentational || (!headers && !hasRowHeaders)) {
    readLayoutTable(ctx, table, walk);
    return;
  }
  const section = caption ?? ctx.sectionOf(table);
  for (const row of bodyRows) {
    const group = ctx.newGroup('row');
    let column = 0;
    let rowHeader: string | undefined;
    const matrix = isMatrix(headers, row);
    // Indexed, not spread: an HTMLCollection's iterator is the slow way through it.
    const cells = row.cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as Cell;
      const tag = cell.tagName;
      const span = cell.colSpan || 1;
      const colHeader = headers?.[column];
      column += span;
      // A cell the page hides (or one in a hidden row) is not read; its column is still counted.
      if (!isShown(cell, table)) continue;
      if (tag === 'TH') {
        rowHeader = cleanLabel(textOf(cell));
        // A row header in a list table is also a value of its column (e.g. the offence name).
        if (colHeader && !matrix) emitCell(ctx, cell, colHeader, undefined, group, section);
        continue;
      }
      const label = rowHeader && colHeader ? (matrix ? `${rowHeader} – ${colHeader}` : colHeader) : (colHeader ?? rowHeader ?? '');
      const controls = cellControls(cell);
      if (controls.length > 0) {
        for (const control of controls) emitCell(ctx, cell, label || controlLabel(ctx, control), control, group, section);
      } else {
        emitCell(ctx, cell, label, undefined, group, section);
      }
    }
  }
}

/**
 * A two-way matrix has an empty (or generic) top-left header and row headers: each cell
 * is read as "row – column". A list table names its first column (e.g. "Offence").
 */
function isMatrix(headers: string[] | undefined, row: HTMLTableRowElement): boolean {
  return Boolean(headers && headers[0] === '' && row.cells[0]?.tagName === 'TH');
}
