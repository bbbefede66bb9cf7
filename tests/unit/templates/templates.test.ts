import { describe, expect, it } from 'vitest';
import { caseFrom } from '@/lib/rules/examples';
import { LAYOUTS, LEAFLET_LAYOUT, OASYS_LAYOUT } from '@/lib/templates/layouts';
import { emptyRequired, initialValues, missingMarker, renderHtml, renderText } from '@/lib/templates/render';

const TODAY = '2026-11-28';
const record = caseFrom({
  dob: '18/08/1979',
  sex: 'Male',
  offences: [{ text: 'Make indecent photograph or pseudo-photograph of a child - 08600', date: '12/01/2023', outcome: 'Conviction' }],
  sentence: { type: 'CJA - Std Determinate Custody', length: '4 years', date: '10/11/2023', release: '09/11/2025' },
  conditions: ['Not to use any internet enabled device without approval', 'Not to have unsupervised contact with any child under 18'],
  rosh: 'High',
  events: [{ title: 'New relationship disclosed', date: '2 September 2026', description: 'Partner has two children.' }],
});

describe('the layouts', () => {
  it('declare every placeholder their bodies use, and use every one they declare', () => {
    for (const layout of LAYOUTS)
      for (const section of layout.sections) {
        const used = [...section.body.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        expect(used, `${layout.id}/${section.id}`).toEqual(section.placeholders.map((p) => p.id).sort());
      }
  });

  it('map every leaflet section into an OASys heading', () => {
    const mapped = new Set(OASYS_LAYOUT.sections.flatMap((s) => s.fromLeaflet ?? []));
    for (const s of LEAFLET_LAYOUT.sections) expect(mapped, s.id).toContain(s.id);
    for (const id of mapped) expect(LEAFLET_LAYOUT.sections.map((s) => s.id)).toContain(id);
  });
});

describe('rendering from the case', () => {
  it('pre-fills from the facts: situation, licence conditions, ARMS prompts, RoSH', () => {
    const values = initialValues(LEAFLET_LAYOUT, record, TODAY);
    const text = renderText(LEAFLET_LAYOUT.sections, values);
    expect(text).toContain('CURRENT SITUATION\nSentenced on 10 November 2023 to 4 years CJA - Std Determinate Custody for Make indecent photograph or pseudo-photograph of a child.');
    expect(text).toContain('Released on 9 November 2025.');
    expect(text).toContain('Risk of serious harm: High');
    expect(text).toContain('- Not to use any internet enabled device without approval');
    expect(text).toContain('- Emotional congruence with children: ');
    // Guidance notes are for the writer, never copied.
    for (const s of LEAFLET_LAYOUT.sections) expect(text).not.toContain(s.guidance);
  });

  it('empty required placeholders are copied as a visible marker, or listed when markers are refused', () => {
    const values = initialValues(LEAFLET_LAYOUT, caseFrom({}), TODAY);
    const section = LEAFLET_LAYOUT.sections[0]!;
    expect(renderText([section], values)).toBe(
      `CURRENT SITUATION\n${missingMarker('Current situation')}\nRisk of serious harm: ${missingMarker('Risk of serious harm level')}\nMAPPA:`,
    );
    expect(emptyRequired(section, values[section.id])).toEqual(['Current situation', 'Risk of serious harm level']);
    expect(renderText([section], values, 'require')).not.toContain('TO COMPLETE');
  });

  it('text that looks like HTML or template syntax stays literal, and is escaped in rich text', () => {
    const section = LEAFLET_LAYOUT.sections.find((s) => s.id === 'level-of-contact')!;
    const values = { [section.id]: { contact: '<b>weekly</b> {{situation}} $& <script>alert(1)</script>' } };
    expect(renderText([section], values)).toBe('LEVEL OF CONTACT\n<b>weekly</b> {{situation}} $& <script>alert(1)</script>');
    const html = renderHtml([section], values);
    expect(html).toBe('<h3>Level of contact</h3><p>&lt;b&gt;weekly&lt;/b&gt; {{situation}} $&amp; &lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('rich text turns "- " lines into a list', () => {
    const section = LEAFLET_LAYOUT.sections.find((s) => s.id === 'additional-conditions')!;
    expect(renderHtml([section], { [section.id]: { conditions: '- One\n- Two' } })).toBe('<h3>Additional conditions or requirements</h3><ul><li>One</li><li>Two</li></ul>');
  });
});
