import { card, expect, factValue, openPanelFor, test } from './fixtures';

test.describe('privacy', () => {
  test('no request leaves the local test server while the extension reads, and its pages cannot connect anywhere', async ({ page, server, extension }) => {
    const requests: string[] = [];
    extension.context.on('request', (r) => requests.push(r.url()));
    for (const path of ['/cases/X123456', '/cases/X123456/details', '/legacy/case']) {
      await page.goto(`${server.origin}${path}`);
      const panel = await openPanelFor(extension, page);
      await expect(panel.locator('[data-cards]')).toBeVisible();
      await panel.getByText('Risk Management Plan: write it from this case').click();
      await panel.locator('[data-panel-glossary] > summary').click();
      await panel.close();
    }
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.id}/popup.html`);
    await popup.getByLabel('Look up a term').fill('SHPO');
    await expect(popup.locator('[data-term-id="shpo"]')).toBeVisible();
    await extension.worker.evaluate(() => globalThis.caseGuidanceMenuClick!({ menuItemId: 'look-up-term', selectionText: 'ARMS' }));
    // The content security policy of the extension's pages forbids outgoing connections.
    const attempt = await popup.evaluate(
      (url) => fetch(url).then(() => 'connected', () => 'blocked'),
      `${server.origin}/cases/X123456`,
    );
    expect(attempt).toBe('blocked');
    const leaving = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith(`chrome-extension://${extension.id}/`) && !u.startsWith('data:'));
    expect(leaving).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
  });

  test('after a working session, persistent storage holds settings and no case data', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const panel = await openPanelFor(extension, page);
    await expect(factValue(panel, 'Date of birth')).toHaveText('18 August 1979');
    // Work through it: dismiss a card, draft a plan section, name a field.
    const arms = card(panel, 'arms-eligibility');
    await arms.locator('[data-card-summary]').click();
    await arms.getByRole('button', { name: /^Dismiss:/ }).click();
    await arms.getByLabel('Disagree').check();
    await arms.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await panel.getByText('Risk Management Plan: write it from this case').click();
    await panel.locator('[data-rmp-section="key-information"] textarea').first().fill('Daniel Fictitious, CRN X123456, new partner with children.');
    await panel.getByText('Name a field the panel did not recognise').click();
    await panel.getByLabel('Field').selectOption({ label: 'Tier: A3 (not recognised)' });
    await panel.getByLabel('It is').selectOption({ label: 'MAPPA level' });
    await panel.getByRole('button', { name: 'Save mapping' }).click();
    await expect(panel.locator('[data-mappings]')).toContainText('"Tier" is MAPPA level');
    const stored = await extension.worker.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
    }));
    const webStorage = await panel.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    const everything = JSON.stringify(stored) + webStorage;
    for (const caseData of ['Daniel', 'Fictitious', 'X123456', '1979', '18 August', 'Sexual assault', 'indecent', 'A3', 'partner'])
      expect(everything, caseData).not.toContain(caseData);
    // Settings are there: the mapping (a label and a fact, no value).
    expect(stored.local[`mappings:${server.origin}`]).toEqual([{ label: 'Tier', fact: 'mappaLevel' }]);
  });
});
