import { axeViolations, expect, openPanelFor, tabIdOf, test, type Extension } from './fixtures';

/** Drives the background's context-menu handler as a click on "Look up '…'" would. */
async function lookUpFromMenu(extension: Extension, tabId: number, selectionText: string): Promise<void> {
  await extension.worker.evaluate(
    async ({ tabId, selectionText }) => {
      const tab = await chrome.tabs.get(tabId);
      await globalThis.caseGuidanceMenuClick!({ menuItemId: 'look-up-term', selectionText }, { id: tabId, windowId: tab.windowId });
    },
    { tabId, selectionText },
  );
}

test.describe('quick reference', () => {
  test('the popup searches as you type and shows an entry and the key lists', async ({ extension }) => {
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.id}/popup.html`);
    await expect(popup.getByRole('button', { name: 'Open side panel' })).toBeVisible();
    const search = popup.getByLabel('Look up a term');
    await search.fill('S.H.P.O.');
    await expect(popup.locator('[data-term-id="shpo"]')).toContainText('Sexual Harm Prevention Order');
    await expect(popup.locator('[data-term-id="shpo"]')).toContainText('Current position: On conviction the court can make an SHPO');
    // A typo with one clearly-best match opens that entry itself.
    await search.fill('safegaurding');
    await expect(popup.locator('[data-glossary-results]')).toContainText('Showing Safeguarding, the closest term.');
    await expect(popup.locator('[data-term-id="safeguarding"]')).toContainText('call 999');
    // ViSOR is an entry of its own: what it is, not the register.
    await search.fill('ViSOR');
    await expect(popup.locator('[data-term-id="visor"]')).toContainText('database');
    await search.fill('banana');
    await expect(popup.locator('[data-glossary-results]')).toHaveText('No term matches "banana".');
    await popup.getByRole('button', { name: 'ARMS risk and protective factors' }).click();
    // Two lists of their own: 8 risk factors, 5 protective factors.
    await expect(popup.locator('[data-key-list-group="Risk factors"] li')).toHaveCount(8);
    await expect(popup.locator('[data-key-list-group="Protective factors"] li')).toHaveCount(5);
    expect(await axeViolations(popup)).toEqual([]);
  });

  test('the popup works from the keyboard', async ({ extension }) => {
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.id}/popup.html`);
    await popup.bringToFront();
    // The first control: "Open side panel" stays at the top.
    await popup.getByRole('button', { name: 'Open side panel' }).focus();
    await expect(popup.getByRole('button', { name: 'Open side panel' })).toBeFocused();
    await popup.keyboard.press('Tab');
    await expect(popup.getByLabel('Look up a term')).toBeFocused();
    await popup.keyboard.type('mapa');
    await popup.keyboard.press('Tab');
    await expect(popup.locator('[data-glossary-results] button').first()).toBeFocused();
    await popup.keyboard.press('Enter');
    await expect(popup.locator('[data-term-id="mappa"]')).toContainText('Levels: 1 ordinary agency management');
  });

  test('"Look up" on a selection opens the panel on that term\'s entry', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const tabId = await tabIdOf(extension, page);
    await lookUpFromMenu(extension, tabId, ' RM2K ');
    const panel = await openPanelFor(extension, page);
    await expect(panel.locator('[data-lookup] [data-term-id="rm2000"]')).toContainText('Risk Matrix 2000 (RM2000)');
    await expect(panel.locator('[data-lookup]').getByLabel('Look up a term')).toHaveValue('RM2K');
    // Taken once: a new look-up replaces it while the panel is open.
    await lookUpFromMenu(extension, tabId, 'sexual harm');
    await expect(panel.locator('[data-lookup]').getByLabel('Look up a term')).toHaveValue('sexual harm');
    // One clearly-best match: its entry opens, the others are offered.
    await expect(panel.locator('[data-lookup] [data-glossary-results]')).toContainText('Showing SHPO (Sexual Harm Prevention Order), the closest term.');
    await expect(panel.locator('[data-lookup] [data-term-id="shpo"]')).toBeVisible();
    expect(await extension.worker.evaluate(() => chrome.storage.session.get('pendingLookup'))).toEqual({});
  });

  test('"Look up" works on a page the extension cannot read', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/empty`);
    const tabId = await tabIdOf(extension, page);
    await page.goto('chrome://version');
    await lookUpFromMenu(extension, tabId, 'MAPPA');
    const panel = await extension.context.newPage();
    await panel.goto(`chrome-extension://${extension.id}/sidepanel.html?tabId=${tabId}`);
    await expect(panel.locator('main')).toHaveAttribute('data-panel-state', 'error');
    await expect(panel.locator('[data-lookup] [data-term-id="mappa"]')).toBeVisible();
  });

  test('terms named on the case page can be looked up from the panel', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const panel = await openPanelFor(extension, page);
    await panel.locator('[data-panel-glossary] > summary').click();
    const terms = panel.locator('[data-page-terms]');
    await expect(terms).toContainText('OASys');
    await expect(terms).toContainText('MAPPA');
    await terms.getByRole('button', { name: 'RoSH' }).click();
    await expect(panel.locator('[data-panel-glossary] [data-term-id="rosh"]')).toContainText('Risk of Serious Harm');
  });
});
