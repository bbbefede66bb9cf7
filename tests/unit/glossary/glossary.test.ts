import { describe, expect, it } from 'vitest';
import { KEY_LISTS } from '@/lib/glossary/lists';
import { lookUp, normaliseTerm, termsIn } from '@/lib/glossary/search';
import { TERMS } from '@/lib/glossary/terms';

describe('the glossary', () => {
  it('has every term the issue asks for, each with a definition and a source', () => {
    const required = ['OASys', 'RM2000', 'ARMS', 'RMP', 'SOR', 'SOPO', 'SHPO', 'SRO', 'licence', 'additional licence conditions', 'community order', 'custodial sentence', 'caution', 'CPS', 'NPS', 'OM', 'COM', 'MAPPA', 'I-SOTP', 'SOTP', 'Horizon', 'Kaizen', 'iHorizon', 'four preconditions model', 'RoSH', 'OSP', 'DBS', 'safeguarding'];
    for (const name of required) expect(lookUp(name).exact, name).toBeDefined();
    for (const t of TERMS) {
      expect(t.definition.length, t.id).toBeGreaterThan(20);
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const r of t.related) expect(TERMS.map((x) => x.id), `${t.id} -> ${r}`).toContain(r);
    }
  });

  it('ids are unique, and no spelling names two terms', () => {
    expect(new Set(TERMS.map((t) => t.id)).size).toBe(TERMS.length);
    const names = TERMS.flatMap((t) => [...new Set([t.term, ...t.aliases].map(normaliseTerm))]);
    const dupes = names.filter((n, i) => names.indexOf(n) !== i);
    expect(dupes).toEqual([]);
  });

  it('key lists each have items and a source', () => {
    expect(KEY_LISTS.map((l) => l.id)).toEqual(['arms-factors', 'four-preconditions', 'rm2000-eligibility', 'rmp-contents', 'if-you-have-concerns', 'self-care']);
  });
});

describe('lookUp', () => {
  it.each([
    ['SHPO', 'shpo'],
    ['S.H.P.O.', 'shpo'],
    ['shpos', 'shpo'],
    ['sexual harm prevention order', 'shpo'],
    ['Sexual Harm Prevention Orders', 'shpo'],
    ['RM2K', 'rm2000'],
    ['Risk Matrix 2000', 'rm2000'],
    ['risk matrix', 'rm2000'],
    ["sex offender's register", 'notification-requirements'],
    ['the register', 'notification-requirements'],
    ['  oasys ', 'oasys'],
    ['ROSH', 'rosh'],
    ['Community Offender Manager', 'offender-manager'],
    ['i-sotp', 'i-sotp'],
    ['Cautions', 'caution'],
  ])('%s names %s exactly', (text, id) => {
    expect(lookUp(text).exact?.id).toBe(id);
  });

  it.each([
    ['shpp', 'shpo'],
    ['oasis', 'oasys'],
    ['safegaurding', 'safeguarding'],
    ['Finkelhor model', 'four-preconditions'],
    ['sexual harm', 'shpo'],
    ['Kaisen', 'kaizen'],
  ])('tolerates a typo or part: %s finds %s first', (text, id) => {
    const r = lookUp(text);
    expect(r.results[0]?.id).toBe(id);
  });

  it('an exact match is followed only by near neighbours', () => {
    expect(lookUp('shpo').results.map((t) => t.id)).toEqual(['shpo', 'sopo']);
    expect(lookUp('SOPO').results[0]?.id).toBe('sopo');
  });

  it.each(['banana', 'weather', 'kitchen', 'football', 'x', '', 'qwertyuiop'])('finds nothing for an unrelated word: %j', (text) => {
    expect(lookUp(text).results).toEqual([]);
  });
});

describe('termsIn', () => {
  it('finds the terms a page names, as whole words only', () => {
    const found = termsIn(['Risk of serious harm (RoSH)', 'MAPPA category', 'Last completed OASys', 'Contact frequency', 'CJA Community Order']).map((t) => t.id);
    expect(found).toEqual(expect.arrayContaining(['rosh', 'mappa', 'oasys', 'community-order']));
    expect(found).not.toContain('dbs');
  });
});

describe('issue 13 glossary corrections', () => {
  it('ViSOR is its own entry (a shared database), not an alias of the register', () => {
    expect(lookUp('ViSOR').exact?.id).toBe('visor');
    expect(TERMS.find((t) => t.id === 'notification-requirements')!.aliases).not.toContain('ViSOR');
  });
  it('post-sentence supervision is not a licence: breach goes to court, no recall (CJA 2003 s.256AA)', () => {
    const pss = lookUp('post-sentence supervision').exact!;
    expect(pss.id).toBe('post-sentence-supervision');
    expect(pss.definition).toMatch(/not a licence/);
    expect(pss.definition).toMatch(/no recall/);
  });
  it('C-SOGP was the community programme, not SOTP', () => {
    expect(lookUp('C-SOGP').exact?.id).toBe('c-sogp');
    expect(lookUp('SOTP').exact?.id).toBe('sotp');
  });
  it('no glossary source names an internal file or the seed', () => {
    for (const t of TERMS) for (const s of t.sources) expect(s, t.id).not.toMatch(/seed|domain\.md|shared\//i);
  });
  it('MAPPA does not assert an unconfirmed category 4', () => {
    expect(TERMS.find((t) => t.id === 'mappa')!.definition).not.toMatch(/\b4 \(/);
  });
});

describe('the popup opens what the user meant', () => {
  it('a single clearly-best fuzzy match opens the entry itself ("safegaurding")', async () => {
    const { lookUp } = await import('@/lib/glossary/search');
    const typo = lookUp('safegaurding');
    expect(typo.exact).toBeUndefined();
    expect(typo.best?.id).toBe('safeguarding');
    // Exact matches open too; text that fits nothing opens nothing.
    expect(lookUp('MAPPA').best?.id).toBe('mappa');
    expect(lookUp('allotment').best).toBeUndefined();
  });

  it('ambiguous text opens nothing: two matches close together are offered, not chosen', async () => {
    const { clearlyBest } = await import('@/lib/glossary/search');
    const a = { id: 'a' } as never;
    const b = { id: 'b' } as never;
    expect(clearlyBest([{ term: a, score: 0.1 }, { term: b, score: 0.15 }])).toBeUndefined();
    expect(clearlyBest([{ term: a, score: 0.05 }, { term: b, score: 0.3 }])).toBe(a);
    expect(clearlyBest([{ term: a, score: 0.25 }])).toBeUndefined();
  });

  it('the ARMS key list keeps protective factors as their own list, not a ninth risk factor', async () => {
    const { KEY_LISTS } = await import('@/lib/glossary/lists');
    const arms = KEY_LISTS.find((l) => l.id === 'arms-factors')!;
    expect(arms.groups?.map((g) => [g.heading, g.items.length])).toEqual([
      ['Risk factors', 8],
      ['Protective factors', 5],
    ]);
  });
});
