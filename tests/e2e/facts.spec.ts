import { axeViolations, expect, factValue, openPanelFor, test } from './fixtures';

test.describe('case facts', () => {
  test('the overview yields the case record, each fact with its source', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const panel = await openPanelFor(extension, page);
    await expect(factValue(panel, 'Date of birth')).toHaveText('18 August 1979');
    await expect(factValue(panel, 'Sex')).toHaveText('Male');
    await expect(factValue(panel, 'Offence 1')).toHaveText('Sexual assault on a female - 02000 (sexual offence, contact offence against an adult)');
    await expect(factValue(panel, 'Offence 2')).toHaveText(
      'Make indecent photograph or pseudo-photograph of a child - 08600 (sexual offence, indecent images or internet offence)',
    );
    await expect(factValue(panel, 'Offence 1 date')).toHaveText('4 March 2023');
    await expect(factValue(panel, 'Sentence or order')).toHaveText('Custody');
    await expect(factValue(panel, 'Sentence length')).toHaveText('4 years');
    await expect(factValue(panel, 'Release date')).toHaveText('9 November 2025');
    await expect(factValue(panel, 'Additional licence conditions')).toHaveText('3 additional conditions');
    await expect(factValue(panel, 'Risk of serious harm')).toHaveText('High');
    await expect(factValue(panel, 'MAPPA category')).toHaveText('Category 1');
    await expect(factValue(panel, 'MAPPA level')).toHaveText('Level 2');
    await expect(factValue(panel, 'Last completed OASys')).toHaveText('20 November 2025');
    await expect(panel.locator('[data-missing]')).toHaveCount(0);
    // A fact's source shows its element on the page.
    await panel.locator('[data-fact-name="Date of birth"]').getByRole('button').click();
    await expect(page.locator('[data-case-guidance="highlight"]')).toHaveCount(1);
    await expect(page.locator('.govuk-summary-list__row', { hasText: 'Date of birth' })).toBeInViewport();
    expect(await axeViolations(panel)).toEqual([]);
  });

  test('the form page: facts follow the page as it is edited, and bad input is reported, not guessed', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456/details`);
    const panel = await openPanelFor(extension, page);
    await expect(factValue(panel, 'Date of birth')).toHaveText('18 August 1979');
    await page.getByLabel('Female').check();
    await expect(factValue(panel, 'Sex')).toHaveText('Female');
    await page.locator('#dob-day').fill('31');
    await page.locator('#dob-month').fill('2');
    await expect(panel.locator('[data-unreadable-fact="dateOfBirth"]')).toContainText('"31/2/1979" is not a real date');
    await expect(factValue(panel, 'Date of birth')).toHaveCount(0);
    await expect(panel.locator('[data-missing-fact="offence"]')).toContainText('usually in the offences or convictions list');
  });

  test('a field named with the picker on the older page is used, and still after a reload', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/legacy/case`);
    await page.frameLocator('iframe').locator('body').waitFor();
    const panel = await openPanelFor(extension, page);
    // The record from the layout tables and the offences frame.
    await expect(factValue(panel, 'Date of birth')).toHaveText('18 August 1979');
    await expect(factValue(panel, 'Sex')).toHaveText('Male');
    await expect(factValue(panel, 'Sentence or order')).toHaveText('Custody');
    await expect(factValue(panel, 'Sentence length')).toHaveText('48 months');
    await expect(factValue(panel, 'Offence 1')).toHaveText('Sexual assault on a female - 02000 (sexual offence, contact offence against an adult)');
    await expect(factValue(panel, 'Offence 1 date')).toHaveText('4 March 2023');
    await expect(factValue(panel, 'Risk of serious harm')).toHaveText('High');
    await expect(panel.locator('[data-missing-fact="releaseDate"]')).toBeVisible();
    await panel.getByText('Name a field the panel did not recognise').click();
    await panel.getByRole('button', { name: 'Pick the field on the page' }).click();
    await expect(panel.locator('[data-mapper-message]')).toContainText('Click the field on the page');
    await page.bringToFront();
    await page.locator('#rel\\:dt').click();
    await expect(panel.locator('[data-mapper-message]')).toContainText('Picked "Rel Dt"');
    await panel.getByLabel('It is').selectOption({ label: 'Release date' });
    await panel.getByRole('button', { name: 'Save mapping' }).click();
    await expect(factValue(panel, 'Release date')).toHaveText('9 November 2025');
    await expect(panel.locator('[data-missing-fact="releaseDate"]')).toHaveCount(0);
    // The mapping is a setting: it survives a reload of the page and is applied again.
    await page.reload();
    await expect(factValue(panel, 'Release date')).toHaveText('9 November 2025');
    const stored = await extension.worker.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).not.toContain('09/11/2025');
    expect(stored[`mappings:${server.origin}`]).toEqual([{ label: 'Rel Dt', fact: 'releaseDate' }]);
  });
});
