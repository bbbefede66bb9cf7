import { expect, test } from './fixtures';

test('without a pinned tab, the panel follows the active tab of its own window', async ({ server, extension }) => {
  // A window of its own: the panel page and two case pages, as a side panel sees its window.
  const panelOpened = extension.context.waitForEvent('page', (p) => p.url().includes('sidepanel.html?today='));
  const ids = await extension.worker.evaluate(async ({ origin, extensionId }) => {
    const win = (await chrome.windows.create({ url: `chrome-extension://${extensionId}/sidepanel.html?today=2026-11-28`, focused: true }))!;
    const panelTab = win.tabs![0]!.id!;
    const overview = await chrome.tabs.create({ windowId: win.id, url: `${origin}/cases/X123456`, active: false });
    const legacy = await chrome.tabs.create({ windowId: win.id, url: `${origin}/legacy/case`, active: false });
    return { windowId: win.id!, panelTab, overview: overview.id!, legacy: legacy.id! };
  }, { origin: server.origin, extensionId: extension.id });
  const panel = await panelOpened;
  // The active tab is the panel page itself, which it does not read.
  await expect(panel.locator('main')).toHaveAttribute('data-panel-state', 'error');
  await expect(panel.getByText('There is no tab to read. Open a case page in this window.')).toBeVisible();

  const activate = (tabId: number) => extension.worker.evaluate((id) => chrome.tabs.update(id, { active: true }).then(() => undefined), tabId);
  await activate(ids.overview);
  await expect(panel.locator('[data-fact-name="Date of birth"] [data-fact-value]')).toHaveText('18 August 1979');
  await expect(panel.locator('[data-page-title]')).toContainText('Person overview');
  await activate(ids.legacy);
  await expect(panel.locator('[data-page-title]')).toContainText('Offender Record - Legacy Case System');
  await expect(panel.locator('[data-fact-name="Sentence length"] [data-fact-value]')).toHaveText('48 months');

  // A tab activated in another window does not move it.
  const other = await extension.worker.evaluate((origin) => chrome.windows.create({ url: `${origin}/empty`, focused: true }).then((w) => w!.id!), server.origin);
  await expect(panel.locator('[data-page-title]')).toContainText('Offender Record - Legacy Case System');
  // Both windows close here: a tab left behind would be another test's "/empty" tab.
  await extension.worker.evaluate((windowIds) => Promise.all(windowIds.map((id) => chrome.windows.remove(id))).then(() => undefined), [ids.windowId, other]);
});
