import { expect, openPanelFor, test } from './fixtures';

/** A case page whose timeline titles, table cells and "Label:" texts carry names, CRNs and dates. */
const CASE_PAGE = `<!doctype html><html lang="en"><head><title>Case X918273</title></head><body><main>
  <h1>Philippa Quarrington</h1>
  <p><strong>CRN:</strong> Q918273</p>
  <dl><dt>Date of birth</dt><dd>02/02/1980</dd><dt>Offence</dt><dd>Sexual assault on a female - 02000</dd></dl>
  <table><thead><tr><th>Contact</th><th>Officer</th></tr></thead><tbody><tr><td>Office visit 03/11/2026</td><td>J. Marlowe-Tenby</td></tr></tbody></table>
  <ol class="moj-timeline"><li class="moj-timeline__item">
    <h2 class="moj-timeline__title">Home visit: new partner Philippa Quarrington (Q918273)</h2>
    <p class="moj-timeline__date"><time datetime="2026-11-03">3 November 2026</time></p>
    <div class="moj-timeline__description">Met at the address.</div>
  </li></ol>
</main></body></html>`;

test.describe('saved mappings hold no case data and imports lose nothing', () => {
  test('a label that is case data is refused, with the reason, before anything is stored', async ({ page, server, extension }) => {
    server.addPage('/mapping-privacy', CASE_PAGE);
    await page.goto(`${server.origin}/mapping-privacy`);
    const panel = await openPanelFor(extension, page);
    await panel.getByText('Name a field the panel did not recognise').click();
    const field = panel.getByLabel('Field');
    const timelineOption = await field.locator('option', { hasText: 'Home visit: new partner' }).getAttribute('value');
    await field.selectOption(timelineOption!);
    await panel.getByLabel('It is').selectOption({ label: 'Case notes' });
    await expect(panel.locator('[data-mapping-preview]')).toContainText(/Cannot be saved: it (holds a number, date or identifier|is longer than a label)/);
    await expect(panel.getByRole('button', { name: 'Save mapping' })).toBeDisabled();
    // A short label is shown exactly as it will be stored, then stored as shown.
    const officer = await field.locator('option', { hasText: 'Officer:' }).getAttribute('value');
    await field.selectOption(officer!);
    await panel.getByLabel('It is').selectOption({ label: 'Level of contact' });
    await expect(panel.locator('[data-mapping-preview]')).toHaveText(`Will be saved for ${server.origin}: the label "Officer" is Level of contact. Nothing else from the page.`);
    await panel.getByRole('button', { name: 'Save mapping' }).click();
    await expect(panel.locator('[data-mappings]')).toContainText('"Officer" is Level of contact');
    const stored = await extension.worker.evaluate(async () => JSON.stringify({ local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null) }));
    for (const caseData of ['Philippa', 'Quarrington', 'Q918273', '1980', '2026', 'Marlowe', 'Home visit', 'partner']) expect(stored, caseData).not.toContain(caseData);
  });

  test("a label that is the person's name is refused, however much it looks like a label", async ({ page, server, extension }) => {
    server.addPage(
      '/mapping-name',
      `<!doctype html><html lang="en"><head><title>Case</title></head><body><main>
        <p>Full name: Philippa Quarrington</p><p>CRN: Q918273</p>
        <h2>Quarrington</h2><p>Lives alone at the address.</p></main></body></html>`,
    );
    await page.goto(`${server.origin}/mapping-name`);
    const panel = await openPanelFor(extension, page);
    await panel.getByText('Name a field the panel did not recognise').click();
    const field = panel.getByLabel('Field');
    const nameOption = await field.locator('option', { hasText: 'Quarrington: Lives alone' }).getAttribute('value');
    await field.selectOption(nameOption!);
    await panel.getByLabel('It is').selectOption({ label: 'Case notes' });
    await expect(panel.locator('[data-mapping-preview]')).toContainText('Cannot be saved: it holds the name or a number of the person whose case is open');
    await expect(panel.getByRole('button', { name: 'Save mapping' })).toBeDisabled();
    const stored = await extension.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(stored).not.toContain('Quarrington');
  });

  test('imports that would lose data or mislead are refused clearly, and another site is asked about first', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const panel = await openPanelFor(extension, page);
    await panel.getByText('Name a field the panel did not recognise').click();
    const input = panel.getByLabel('Import mappings');
    const upload = (site: string, mappings: Array<{ label: string; fact: string }>) =>
      input.setInputFiles({ name: 'mappings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'case-guidance-mappings', version: 1, site, mappings })) });
    const message = panel.locator('[data-import-message]');
    const storedFor = (site: string) => extension.worker.evaluate((key) => chrome.storage.local.get(key).then((s) => s[key] as unknown[] | undefined), `mappings:${site}`);

    // A "site" whose real host is another.
    await upload('https://ndelius.example.gov.uk@evil.example', [{ label: 'Rel Dt', fact: 'releaseDate' }]);
    await expect(message).toContainText('hides its real host (evil.example)');
    // A mapping that would silently change what the panel reads.
    await upload(server.origin, [{ label: 'Date of birth', fact: 'caseNotes' }]);
    await expect(message).toContainText('"Date of birth" is already read as Date of birth');
    // A label over 200 characters.
    await upload(server.origin, [{ label: 'x'.repeat(250), fact: 'caseNotes' }]);
    await expect(message).toContainText('The file is not a field-mapping export: mappings.0.label: Too big');
    // 600 saved and 600 imported: over the limit, said plainly; the 600 saved are kept.
    const labels = (prefix: string) => Array.from({ length: 600 }, (_, i) => ({ label: `${prefix} ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}`, fact: 'caseNotes' }));
    await extension.worker.evaluate(({ key, value }) => chrome.storage.local.set({ [key]: value }), { key: `mappings:${server.origin}`, value: labels('Saved') });
    await upload(server.origin, labels('Imported'));
    await expect(message).toContainText('would have 1200 mappings, and the most a site can have is 1000');
    expect(await storedFor(server.origin)).toHaveLength(600);
    // Another site's mappings are not replaced without asking; cancelling stores nothing.
    await extension.worker.evaluate(() => chrome.storage.local.set({ 'mappings:https://other.example': [{ label: 'Lvl', fact: 'mappaLevel' }] }));
    await upload('https://other.example', [{ label: 'Rel Dt', fact: 'releaseDate' }]);
    await expect(panel.locator('[data-import-confirm]')).toContainText('This file is for another site, https://other.example: 1 new mapping, merged with the 1 it has now');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    expect(await storedFor('https://other.example')).toEqual([{ label: 'Lvl', fact: 'mappaLevel' }]);
    await upload('https://other.example', [{ label: 'Rel Dt', fact: 'releaseDate' }]);
    await panel.getByRole('button', { name: 'Import for https://other.example' }).click();
    await expect(message).toContainText('Imported for https://other.example: 1 new mapping, 2 in all.');
    expect(await storedFor('https://other.example')).toEqual([{ label: 'Lvl', fact: 'mappaLevel' }, { label: 'Rel Dt', fact: 'releaseDate' }]);
  });
});
