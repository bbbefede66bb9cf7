import { describe, expect, it } from 'vitest';
import { chooseInsertTarget } from '@/lib/panel/insert-target';

const target = (at: number, url = 'https://case.example/p', extra = {}) => ({ label: 'Risk management plan', at, url, title: 'Case', ...extra });

describe('where an insert goes', () => {
  it('the field the user chose last, in whichever frame', () => {
    const choice = chooseInsertTarget([{ frameId: 0, target: target(1) }, { frameId: 3, target: target(5) }, { frameId: 4 }], 'https://case.example', () => false);
    expect(choice).toMatchObject({ ok: true, frameId: 3 });
  });

  it('refuses a hidden or tiny field, saying which and why, and never falls back to another', () => {
    const choice = chooseInsertTarget([{ frameId: 0, target: target(1) }, { frameId: 7, target: target(9, 'https://case.example/f', { refusal: 'it is in a frame too small to see', label: 'Notes' }) }], 'https://case.example', () => true);
    expect(choice).toEqual({ ok: false, reason: expect.stringContaining('Not inserted into "Notes": it is in a frame too small to see.') });
  });

  it('refuses a frame from a site that is not enabled', () => {
    const choice = chooseInsertTarget([{ frameId: 2, target: target(9, 'https://ads.example/x') }], 'https://case.example', () => false);
    expect(choice).toEqual({ ok: false, reason: expect.stringContaining('a frame from https://ads.example, a site that is not enabled') });
    expect(chooseInsertTarget([{ frameId: 2, target: target(9, 'https://ads.example/x') }], 'https://case.example', () => true)).toMatchObject({ ok: true });
  });

  it('with no field chosen, says what to do', () => {
    expect(chooseInsertTarget([{ frameId: 0 }], 'https://case.example', () => true)).toEqual({ ok: false, reason: 'Click into the text box on the page where the plan goes, then choose Insert again.' });
  });
});
