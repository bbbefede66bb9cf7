import { beforeEach, describe, expect, it } from 'vitest';
import { AGENT_KEY } from '@/lib/page/agent-key';
import type { PageAgent } from '@/lib/page/page-agent';
import { readThisFrame } from '@/lib/page/reader-entry';
import { readDocument } from '@/lib/reader/read-document';
import type { FrameRead } from '@/lib/reader/types';

/** The resident agent readThisFrame leaves in this frame. */
const agent = () => (globalThis as unknown as Record<symbol, PageAgent>)[Symbol.for(AGENT_KEY)]!;
const read = async (onlyChanged: boolean): Promise<FrameRead> => JSON.parse(await readThisFrame(undefined, { onlyChanged }));
const values = (r: { fields: Array<{ label: string; value: string }> }) => r.fields.map((f) => `${f.label}=${f.value}`);

describe('the resident agent reads again only what changed, when the panel says the page reported a change', () => {
  beforeEach(() => {
    document.body.innerHTML = `<h2>Personal details</h2>
      <label for="name">Name</label><input id="name" value="Jo Bloggs">
      <dl><dt>CRN</dt><dd>X123456</dd><dt>Date of birth</dt><dd>1 May 1980</dd></dl>`;
  });

  it('a typed value: only its part is read again, and the read is what a whole read gives', async () => {
    await read(false);
    const input = document.getElementById('name') as HTMLInputElement;
    input.value = 'Joanne Bloggs';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const again = await read(true);
    expect(agent().lastRead()?.rereads).toBe(1);
    expect(values(again)).toEqual(values(readDocument(document)));
    expect(values(again)).toContain('Name=Joanne Bloggs');
    // The agent highlights by the new read's locators.
    expect(again.fields.map((f) => f.locator.index)).toEqual(again.fields.map((_, i) => i));
  });

  it('the panel opening or the user asking reads the whole page, whatever changed', async () => {
    await read(false);
    document.querySelector('dd')!.textContent = 'X999999';
    const again = await read(false);
    expect(agent().lastRead()?.rereads).toBe(0);
    expect(values(again)).toContain('CRN=X999999');
  });

  it('a change outside every part (new content) reads the whole page', async () => {
    await read(false);
    document.body.insertAdjacentHTML('beforeend', '<p>Tier: B2</p>');
    const again = await read(true);
    expect(agent().lastRead()?.rereads).toBe(0);
    expect(values(again)).toContain('Tier=B2');
  });
});
