import { generateCasePage } from '../../bench/generate-page.mjs';
import { DEMO_TODAY, expect, tabIdOf, test } from './fixtures';

/**
 * The cap stays at 20,000 fields (lib/reader/context.ts) for the panel: reading all 100,000 made
 * this test some 30 s slower on 2 shared cores (a ~25 MB reply to parse and check, facts and rules
 * over every field, and the same again on every change-triggered re-read), for fields no case page
 * has; the panel says exactly how many it read and how many elements it left.
 *
 * A 100,000-field page: the read takes many slices. While it runs the panel says how far it has
 * got and still answers the user; at the end it is ready and says exactly how much it read, and
 * what it left (the reader stops at 20,000 fields, lib/reader/context.ts).
 */
test('a 100,000-field page: progress while reading, a responsive panel, and an exact account at the end', async ({ page, server, extension }) => {
  test.setTimeout(240_000);
  server.addPage('/generated/100000', generateCasePage(100_000));
  await page.goto(`${server.origin}/generated/100000`);
  const tabId = await tabIdOf(extension, page);

  const panel = await extension.context.newPage();
  // Every text the progress line ever showed, and every toggle of the glossary with the panel's
  // state at that moment: recorded in the panel from before its first render.
  await panel.addInitScript(() => {
    const seen: string[] = [];
    const toggles: string[] = [];
    Object.assign(window, { __progressTexts: seen, __toggles: toggles });
    const record = (): void => {
      for (const el of document.querySelectorAll('[role="status"][data-read-progress]')) {
        const text = el.textContent ?? '';
        if (seen.at(-1) !== text) seen.push(text);
      }
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    // The first time progress shows (the read is going on), the user opens the glossary, and
    // closes it once it has opened: each toggle is recorded with the panel's state at the time.
    let clicked = false;
    const glossarySummary = (): HTMLElement | null => document.querySelector('[data-panel-glossary] > summary');
    new MutationObserver(() => {
      if (clicked || !seen.some((t) => t.startsWith('Reading… '))) return;
      clicked = true;
      glossarySummary()?.click();
    }).observe(document, { subtree: true, childList: true, characterData: true });
    document.addEventListener(
      'toggle',
      (e) => {
        const details = e.target as HTMLDetailsElement;
        if (!details.matches('[data-panel-glossary]')) return;
        toggles.push(`${details.open ? 'open' : 'closed'} while ${document.querySelector('main')?.getAttribute('data-panel-state')}`);
        if (details.open && toggles.length === 1) glossarySummary()?.click();
      },
      true,
    );
  });
  await panel.goto(`chrome-extension://${extension.id}/sidepanel.html?tabId=${tabId}&today=${DEMO_TODAY}`);

  // Progress showed while the read was still going (recorded as it happened: on a fast machine it
  // can be gone before a poll from here would see it), with a thousands separator.
  const progressTexts = () => panel.evaluate(() => (window as unknown as { __progressTexts: string[] }).__progressTexts.filter((t) => t.startsWith('Reading… ')));
  await expect.poll(progressTexts, { timeout: 120_000 }).not.toHaveLength(0);
  for (const text of await progressTexts()) expect(text).toMatch(/^Reading… \d{1,3}(,\d{3})* fields? so far$/);

  // The panel answered while the page was being read: the glossary opened (and closed) then.
  await expect.poll(() => panel.evaluate(() => (window as unknown as { __toggles: string[] }).__toggles.length), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  const toggles = await panel.evaluate(() => (window as unknown as { __toggles: string[] }).__toggles);
  expect(toggles[0]).toBe('open while loading');
  expect(toggles[1]).toMatch(/^closed while /);
  // And to real input: it opens and closes.
  const glossary = panel.locator('[data-panel-glossary]');
  await glossary.locator('> summary').click();
  await expect(glossary).toHaveAttribute('open', '');
  await glossary.locator('> summary').click();
  await expect(glossary).not.toHaveAttribute('open', '');

  await expect(panel.locator('main')).toHaveAttribute('data-panel-state', 'ready', { timeout: 200_000 });
  // Exactly how much it read and what it left.
  const summary = panel.locator('[data-fields-read] summary');
  const read = Number((await summary.textContent())!.match(/^(\d+) fields read/)![1]);
  if (read === 100_000) {
    await expect(panel.locator('[data-too-large]')).toHaveCount(0);
  } else {
    await expect(panel.locator('[data-too-large]')).toHaveText(new RegExp(`^The page is too large to read in full: [1-9]\\d* elements were not read\\. ${read} fields were read\\.$`));
  }
  expect(read).toBe(20_000);

  const texts = await panel.evaluate(() => (window as unknown as { __progressTexts: string[] }).__progressTexts);
  const counts = texts.filter((t) => t.startsWith('Reading… ')).map((t) => Number(t.replace(/\D/g, '')));
  expect(counts.length).toBeGreaterThan(0);
  // Counts only ever grow, and never beyond what was read.
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  expect(Math.max(...counts)).toBeLessThanOrEqual(read);
  test.info().annotations.push({ type: 'progress', description: `${texts.length} texts: ${texts.slice(0, 3).join(' | ')} … ; toggles: ${toggles.join(', ')}` });
});
