import { readDocument, type ReadOptions } from '@/lib/reader/read-document';

/** Reads `html` as a whole page body and returns the fields. */
export function read(html: string, options: ReadOptions = {}) {
  document.body.innerHTML = html;
  return readDocument(document, options);
}

/** [label, value] pairs, the shape most assertions want. */
export function pairs(html: string): Array<[string, string]> {
  return read(html).fields.map((f) => [f.label, f.value]);
}
