import { axeViolations, expect, openFieldsList, openPanelWithFields, panelValue, tabIdOf, test } from './fixtures';

test.describe('side panel reads the demo case pages', () => {
  test('person overview: summary cards, label-value text and the timeline', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const panel = await openPanelWithFields(extension, page);
    await expect(panel.locator('main')).toHaveAttribute('data-panel-state', 'ready');
    await expect(panelValue(panel, 'Date of birth')).toHaveText('18 August 1979');
    await expect(panelValue(panel, 'Sex')).toHaveText('Male');
    await expect(panelValue(panel, 'CRN')).toHaveText('X123456');
    await expect(panelValue(panel, 'Sentence type')).toHaveText('CJA - Std Determinate Custody');
    await expect(panelValue(panel, 'Risk of serious harm (RoSH)')).toHaveText('High');
    // The key's second line ("Last updated ...") is not part of the label.
    await expect(panelValue(panel, 'Last completed OASys')).toHaveText('20 November 2025');
    await expect(panel.locator('[data-field-label="Additional conditions"] li')).toHaveCount(3);
    await expect(panelValue(panel, 'New relationship disclosed')).toHaveText(
      '2 September 2026 Disclosed a new relationship with an adult woman who has two children.',
    );
    // Fields are grouped under their summary card's title.
    await openFieldsList(panel);
    await expect(panel.getByRole('heading', { name: 'Offence 1 (main offence)' })).toBeVisible();
    expect(await axeViolations(panel)).toEqual([]);
  });

  test('form page: date input, radios, select and textarea', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456/details`);
    const panel = await openPanelWithFields(extension, page);
    await expect(panelValue(panel, 'Date of birth')).toHaveText('18/8/1979');
    await expect(panelValue(panel, 'Sex')).toHaveText('Male');
    await expect(panelValue(panel, 'Is the person in a new relationship?')).toHaveText('No');
    await expect(panelValue(panel, 'Risk of serious harm level')).toHaveText('High');
    await expect(panelValue(panel, 'Case notes')).toContainText('Attended appointment on time.');
    // The conditionally revealed question is hidden while "No" is chosen.
    await expect(panel.locator(`[data-field-label="Ages of the partner's children"]`)).toHaveCount(0);
  });

  test('older page: layout table, ids with colons and a same-origin iframe', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/legacy/case`);
    await page.frameLocator('iframe').locator('body').waitFor();
    const panel = await openPanelWithFields(extension, page);
    await expect(panelValue(panel, 'Surname')).toHaveText('FICTITIOUS');
    await expect(panelValue(panel, 'D.O.B.')).toHaveText('18/08/1979');
    await expect(panelValue(panel, 'Gender')).toHaveText('M');
    await expect(panelValue(panel, 'Order')).toHaveText('CJA - Std Determinate Custody');
    await expect(panelValue(panel, 'Length')).toHaveText('(48 Months)');
    // From the iframe.
    await expect(panelValue(panel, 'Main Offence')).toHaveText('Sexual assault on a female - 02000');
    await expect(panelValue(panel, 'ROSH')).toHaveText('High');
  });

  test('single-page app: content drawn after load, inside open and closed shadow roots', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/spa/case`);
    const panel = await openPanelWithFields(extension, page);
    // The record arrives after the first read; the panel follows.
    await expect(panel.locator('[data-fact-name="Date of birth"] [data-fact-value]')).toHaveText('18 August 1979');
    await openFieldsList(panel);
    await expect(panelValue(panel, 'Date of birth')).toHaveText('18/08/1979');
    await expect(panelValue(panel, 'RoSH level')).toHaveText('High');
    await expect(panelValue(panel, 'Reviewed')).toHaveText('not yet');
    // A change made by the page inside the closed shadow root is seen.
    await expect(panelValue(panel, 'Reviewed')).toHaveText('today');
    // Typing inside the open shadow root is seen.
    await page.locator('person-details input#name').fill('Daniel Fictitious Jr');
    await expect(panelValue(panel, 'Name')).toHaveText('Daniel Fictitious Jr');
  });

  test('says clearly when a page has nothing to read', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/empty`);
    const panel = await openPanelWithFields(extension, page);
    await expect(panel.locator('[data-reason="empty"]')).toContainText('No fields found on this page');
  });

  test('says clearly when the page is a browser page', async ({ page, server, extension }) => {
    // The extension may not see a chrome:// tab's address: find the tab first, then navigate it.
    await page.goto(`${server.origin}/empty`);
    const tabId = await tabIdOf(extension, page);
    await page.goto('chrome://version');
    const panel = await extension.context.newPage();
    await panel.goto(`chrome-extension://${extension.id}/sidepanel.html?tabId=${tabId}`);
    await expect(panel.locator('main')).toHaveAttribute('data-panel-state', 'error');
    await expect(panel.locator('[data-reason="browser-page"]')).toContainText('This is a browser page');
  });

  test('re-reads when a field on the page is typed into', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456/details`);
    const panel = await openPanelWithFields(extension, page);
    await expect(panelValue(panel, 'Case notes')).toContainText('Attended appointment');
    await page.locator('#case-notes').fill('Missed appointment on 27 November.');
    await expect(panelValue(panel, 'Case notes')).toHaveText('Missed appointment on 27 November.');
    // Revealing the conditional question adds a field.
    await page.getByLabel('Yes').check();
    await expect(panelValue(panel, `Ages of the partner's children`)).toHaveText('Not given');
  });

  test('clicking a field highlights it on the page and scrolls it into view', async ({ page, server, extension }) => {
    await page.setViewportSize({ width: 800, height: 400 });
    await page.goto(`${server.origin}/cases/X123456`);
    const panel = await openPanelWithFields(extension, page);
    await openFieldsList(panel);
    await panel.locator('[data-fields-read]').getByRole('button', { name: 'Licence end date: show on the page' }).click();
    await expect(panel.getByRole('status')).toContainText('Licence end date is highlighted');
    const row = page.locator('.govuk-summary-list__row', { hasText: 'Licence end date' });
    await expect(row).toBeInViewport();
    const overlay = page.locator('[data-case-guidance="highlight"]');
    await expect(overlay).toHaveCount(1);
    const [o, r] = [await overlay.boundingBox(), await row.boundingBox()];
    expect(o && r && Math.abs(o.y - r.y) < 10 && Math.abs(o.height - r.height) < 20).toBe(true);
    // The highlight goes away and the page's own markup is unchanged.
    await expect(overlay).toHaveCount(0);
  });

  test('the panel opens in its own window, pinned to the case', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const tabId = await tabIdOf(extension, page);
    const panel = await openPanelWithFields(extension, page);
    const [popped] = await Promise.all([extension.context.waitForEvent('page'), panel.getByRole('button', { name: 'Pop out into its own window' }).click()]);
    await popped.waitForLoadState();
    expect(popped.url()).toBe(`chrome-extension://${extension.id}/sidepanel.html?tabId=${tabId}`);
    await expect(popped.locator('main')).toHaveAttribute('data-panel-state', 'ready');
    await expect(popped.locator('[data-fact-name="Date of birth"] [data-fact-value]')).toHaveText('18 August 1979');
  });

  test('the panel pinned to a tab keeps reading that tab', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const tabId = await tabIdOf(extension, page);
    const panel = await openPanelWithFields(extension, page);
    await page.goto(`${server.origin}/legacy/case`);
    expect(await tabIdOf(extension, page)).toBe(tabId);
    await expect(panelValue(panel, 'Surname')).toHaveText('FICTITIOUS');
  });
});
