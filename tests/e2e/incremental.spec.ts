import { generateCasePage } from '../../bench/generate-page.mjs';
import { expect, tabIdOf, test, type Extension } from './fixtures';
import type { FrameRead } from '../../lib/reader/types';

/**
 * A re-read the page's change reports asked for reads again only the parts of the page that
 * changed (lib/reader/incremental.ts), in a real Chromium with the built extension: the resident
 * agent's MutationObserver records and the user's input events lead it to the parts, and the
 * result is exactly what a whole read gives.
 */
async function ask(extension: Extension, tabId: number, onlyChanged: boolean): Promise<FrameRead> {
  const text = await extension.worker.evaluate(
    ({ tabId, onlyChanged }) => chrome.tabs.sendMessage(tabId, { type: 'read', readId: `e2e-${Math.random().toString(36).slice(2)}`, onlyChanged }, { frameId: 0 }),
    { tabId, onlyChanged },
  );
  return JSON.parse(text as string) as FrameRead;
}

const comparable = (read: FrameRead) => read.fields.map((f) => [f.label, f.value, f.section ?? '', f.kind]);

test("after the user types into one field of a 1,000-field page, only that part is read again, and the read is a whole read's", async ({ page, server, extension }) => {
  server.addPage('/incremental/1000', generateCasePage(1000));
  await page.goto(`${server.origin}/incremental/1000`);
  const tabId = await tabIdOf(extension, page);
  // The first read injects the reader and leaves the agent resident.
  await extension.worker.evaluate((tabId) => chrome.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] }), tabId);

  await page.locator('#f7').fill('a value the user typed');
  const partial = await ask(extension, tabId, true);
  expect(partial.partsReadAgain).toBe(1);
  expect(partial.fields.find((f) => f.label === 'Field 7')?.value).toBe('a value the user typed');
  const whole = await ask(extension, tabId, false);
  expect(whole.partsReadAgain).toBeUndefined();
  expect(comparable(partial)).toEqual(comparable(whole));

  // A summary value the page itself changes (a mutation, no input event).
  await page.evaluate(() => (document.querySelectorAll('.govuk-summary-list__value')[12]!.textContent = 'Changed by the page'));
  const afterMutation = await ask(extension, tabId, true);
  expect(afterMutation.partsReadAgain).toBe(1);
  expect(afterMutation.fields.map((f) => f.value)).toContain('Changed by the page');
  expect(comparable(afterMutation)).toEqual(comparable(await ask(extension, tabId, false)));

  // New content outside every part: the whole page is read.
  await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<p>Tier: B2</p>'));
  const afterInsert = await ask(extension, tabId, true);
  expect(afterInsert.partsReadAgain).toBeUndefined();
  expect(afterInsert.fields[0]).toMatchObject({ label: 'Tier', value: 'B2' });
});
