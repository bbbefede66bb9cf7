import type { FieldLocator } from '../messages';

/**
 * What the page reader returns: plain JSON, so it crosses from the page's isolated world to the
 * panel unchanged. The panel adds `frameId` when it merges the frames of a tab.
 */
export type FieldKind =
  | 'text' // a text box, textarea or read-only value
  | 'choice' // radios, checkboxes, select
  | 'date' // a GOV.UK date triple or a single-box date
  | 'summary' // a summary-list or description-list row
  | 'table' // a table cell, labelled by its headers
  | 'label-value' // "Label: value" text
  | 'event'; // a dated entry of a timeline

/** Frame, read and index of a field's element: defined once, as a schema, in lib/messages.ts. */
export type { FieldLocator };

export interface Field {
  label: string;
  value: string;
  /** The items when the value is a list (a summary-list value holding a list, a checkbox group). */
  items?: string[];
  kind: FieldKind;
  /** The nearest card title, caption, legend or heading. */
  section?: string;
  /** The heading of the part of the page around that section, when it is another ("Previous orders" around an order's card). */
  area?: string;
  /** Hint text shown with the control, kept apart from the label. */
  hint?: string;
  /** Error message shown with the control, without the visually hidden "Error:" prefix. */
  error?: string;
  /** For events: the date text of the entry. */
  date?: string;
  /** Fields read from one record (a table row, a summary card, a timeline entry) share a group. */
  group?: string;
  locator: FieldLocator;
}

export interface FrameRead {
  fields: Field[];
  url: string;
  title: string;
  /** Elements the reader could not finish within its budget (0 when it read everything). */
  skipped: number;
  /** How long the read took in the page, in ms (shown to nobody; measured by the benchmark). */
  durationMs?: number;
  /** Parts of the page read again for this read, the other fields kept from the last (absent: the whole page was read). */
  partsReadAgain?: number;
}
