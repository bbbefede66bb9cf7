import { describe, expect, it } from 'vitest';
import { readDocument } from '@/lib/reader/read-document';

describe('shadow roots', () => {
  it('reads inside open shadow roots, with label[for] resolved within the root', () => {
    document.body.innerHTML = '<case-card></case-card><p>After: yes</p>';
    const root = document.querySelector('case-card')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="crn">CRN</label><input id="crn" value="X1"><dl><dt>Tier</dt><dd>B2</dd></dl>';
    const out = readDocument(document);
    expect(out.fields.map((f) => [f.label, f.value])).toEqual([
      ['CRN', 'X1'],
      ['Tier', 'B2'],
      ['After', 'yes'],
    ]);
    expect(out.shadowRoots).toEqual([root]);
  });

  it('reads closed shadow roots through the hook the extension provides', () => {
    document.body.innerHTML = '<secret-card></secret-card>';
    const host = document.querySelector('secret-card')!;
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p><strong>Sex:</strong> Male</p>';
    expect(readDocument(document).fields).toHaveLength(0);
    const out = readDocument(document, { shadowRootOf: (el) => (el === host ? closed : el.shadowRoot) });
    expect(out.fields.map((f) => [f.label, f.value])).toEqual([['Sex', 'Male']]);
  });
});

describe('sections', () => {
  it('takes the nearest card title, caption or heading as the section', () => {
    document.body.innerHTML = `
      <h2>Personal details</h2><p>Name: J Smith</p>
      <table><caption>Offences</caption><thead><tr><th>Offence</th></tr></thead><tbody><tr><td>Voyeurism</td></tr></tbody></table>
      <h3>Risk</h3><dl><dt>RoSH</dt><dd>High</dd></dl>`;
    const out = readDocument(document);
    expect(out.fields.map((f) => [f.label, f.section])).toEqual([
      ['Name', 'Personal details'],
      ['Offence', 'Offences'],
      ['RoSH', 'Risk'],
    ]);
  });

  it('skips hidden content and the extension\'s own overlay', () => {
    document.body.innerHTML = `
      <div hidden><p>Name: hidden</p></div>
      <div style="display:none"><p>PNC: hidden</p></div>
      <div aria-hidden="true"><p>CRN: hidden</p></div>
      <div data-case-guidance="highlight"><p>Tier: ours</p></div>
      <p>Sex: Male</p>`;
    expect(readDocument(document).fields.map((f) => f.label)).toEqual(['Sex']);
  });
});
