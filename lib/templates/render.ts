import type { CaseRecord } from '../facts/case-record';
import { PREFILLS } from './prefill';
import type { Layout, Section } from './schema';

/** The user's values by section and placeholder id. */
export type Values = Record<string, Record<string, string>>;

/** How an empty required placeholder is copied: as a visible marker, or not at all (copy refused). */
export type MissingMode = 'marker' | 'require';

export const missingMarker = (label: string) => `[TO COMPLETE: ${label}]`;

/** Starting values: each placeholder's pre-fill from the page, else its default. */
export function initialValues(layout: Layout, record: CaseRecord, today: string): Values {
  return Object.fromEntries(
    layout.sections.map((s) => [
      s.id,
      Object.fromEntries(s.placeholders.map((p) => [p.id, (p.prefill && PREFILLS[p.prefill](record, today)) || p.default])),
    ]),
  );
}

export function emptyRequired(section: Section, values: Record<string, string> = {}): string[] {
  return section.placeholders.filter((p) => p.required && !(values[p.id] ?? '').trim()).map((p) => p.label);
}

/**
 * A section's title and body. One pass over the body: a value is inserted exactly as typed, so
 * text that looks like template syntax ({{x}}) or HTML stays literal. Guidance is never included.
 */
export function sectionParts(section: Section, values: Record<string, string> = {}, mode: MissingMode = 'marker'): { title: string; body: string } {
  const labels = new Map(section.placeholders.map((p) => [p.id, p]));
  const body = section.body.replace(/\{\{(\w+)\}\}/g, (_whole, id: string) => {
    const value = (values[id] ?? '').trim();
    const p = labels.get(id);
    if (value) return value;
    return p?.required && mode === 'marker' ? missingMarker(p.label) : '';
  });
  return { title: section.title, body: body.trim() };
}

/** Sections as plain text: each title in capitals, then its body. */
export function renderText(sections: Section[], values: Values, mode: MissingMode = 'marker'): string {
  return sections
    .map((s) => {
      const { title, body } = sectionParts(s, values[s.id], mode);
      return `${title.toUpperCase()}\n${body}`;
    })
    .join('\n\n');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Rich text for targets that accept it, built from the template (never from page HTML): each
 * section title a heading, each line a paragraph, "- " lines a list. All text is escaped.
 */
export function renderHtml(sections: Section[], values: Values, mode: MissingMode = 'marker'): string {
  return sections
    .map((s) => {
      const { title, body } = sectionParts(s, values[s.id], mode);
      const parts = [`<h3>${escapeHtml(title)}</h3>`];
      let list: string[] = [];
      const flush = () => {
        if (list.length) parts.push(`<ul>${list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`);
        list = [];
      };
      for (const line of body.split('\n')) {
        if (line.startsWith('- ')) list.push(line.slice(2));
        else {
          flush();
          if (line.trim()) parts.push(`<p>${escapeHtml(line)}</p>`);
        }
      }
      flush();
      return parts.join('');
    })
    .join('');
}
