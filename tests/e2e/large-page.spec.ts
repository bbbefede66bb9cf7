import { generateCasePage } from '../../bench/generate-page.mjs';
import { expect, openFieldsList, openPanelFor, panelValue, test } from './fixtures';

test('a page of 10,000 fields is read completely and the panel stays usable', async ({ page, server, extension }) => {
  server.addPage('/generated/10000', generateCasePage(10000));
  await page.goto(`${server.origin}/generated/10000`);
  const panel = await openPanelFor(extension, page);
  await expect(panel.locator('main')).toHaveAttribute('data-panel-state', 'ready');
  await expect(panel.getByText('10000 fields read')).toBeVisible();
  await openFieldsList(panel);
  // Drawn a page at a time; all of it on request.
  await expect(panel.getByText('Showing 200 of 10000.')).toBeVisible();
  await panel.getByRole('button', { name: 'Show all 10000' }).click();
  await expect(panelValue(panel, 'Key 399.9')).toHaveText('Value 399.9');
  // The panel still answers: a click on the last field highlights it on the page.
  await panel.getByRole('button', { name: 'Field 2999: show on the page' }).click();
  await expect(page.locator('[data-case-guidance="highlight"]')).toHaveCount(1);
});
