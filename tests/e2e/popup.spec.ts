import { axeViolations, expect, test } from './fixtures';

test('popup offers to open the side panel, shows its keyboard shortcut and has no accessibility violations', async ({ extension }) => {
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.id}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Case guidance' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Open side panel' })).toBeVisible();
  await expect(popup.locator('[data-shortcut]')).toHaveText('Keyboard shortcut: Alt+Shift+G');
  expect(await axeViolations(popup)).toEqual([]);
});

test('background registers both context-menu items', async ({ extension }) => {
  // Native menus cannot be clicked from Playwright: check the items exist by updating them.
  const results = await extension.worker.evaluate(async () => {
    const exists = (id: string) =>
      new Promise<boolean>((resolve) => chrome.contextMenus.update(id, {}, () => resolve(!chrome.runtime.lastError)));
    return [await exists('open-case-guidance'), await exists('look-up-term'), await exists('no-such-item')];
  });
  expect(results).toEqual([true, true, false]);
});
