// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readDocument } from '@/lib/reader/read-document';

const page = (html: string): Document => new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
const rows = (n: number): string => Array.from({ length: n }, (_, i) => `<dt>Key ${i}</dt><dd>Value ${i}</dd>`).join('');

describe('the field cap says exactly what it left', () => {
  it('a page of exactly maxFields fields is read in full, not called too large', () => {
    const out = readDocument(page(`<dl>${rows(50)}</dl>`), { maxFields: 50 });
    expect(out.fields).toHaveLength(50);
    expect(out.skipped).toBe(0);
  });

  it('counts only the elements never reached, with everything inside them, not the parts of a list read with it', () => {
    // Two lists of 30 rows (61 elements each, with the dl); the cap is reached with the first.
    const out = readDocument(page(`<dl>${rows(30)}</dl><dl>${rows(30)}</dl><div><p>a</p><p>b</p></div>`), { maxFields: 30 });
    expect(out.fields).toHaveLength(30);
    expect(out.skipped).toBe(61 + 3);
  });
});
