// What makes the extension look installed and easy to try: its icon, its keyboard shortcut,
// `npm start` opening the panel beside a demo case, and `npm run demo` listing every page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PAGES, pageList } from '../../demo/server.mjs';
import { E2E_BUILD, hasDisplay } from '../../scripts/chromium.mjs';
import { ICON_SIZES, pngSize } from '../../scripts/icons.mjs';
import { openPanelBeside } from '../../scripts/panel-window.mjs';
import { DEMO_TODAY, card, expect, test } from './fixtures';

type Icons = Record<string, string>;

test('the built manifest names an icon at 16, 32, 48 and 128 px, and each is a PNG of that size', () => {
  const manifest = JSON.parse(readFileSync(path.join(E2E_BUILD, 'manifest.json'), 'utf8')) as { icons: Icons; action: { default_icon: Icons } };
  for (const icons of [manifest.icons, manifest.action.default_icon]) {
    expect(Object.keys(icons).map(Number).sort((a, b) => a - b)).toEqual(ICON_SIZES);
    for (const [size, file] of Object.entries(icons)) {
      expect(pngSize(readFileSync(path.join(E2E_BUILD, file))), file).toEqual({ width: Number(size), height: Number(size) });
    }
  }
});

test('the browser gives the extension its keyboard shortcut for the panel', async ({ extension }) => {
  const commands = await extension.worker.evaluate(() => chrome.commands.getAll());
  expect(commands.find((c) => c.name === 'open-side-panel')).toMatchObject({ shortcut: 'Alt+Shift+G', description: 'Open the case guidance panel' });
});

test('npm start: the panel opens in a window beside the demo case, reading it', async ({ page, server, extension }) => {
  await page.goto(`${server.origin}/cases/X123456`);
  const { panel, tabId, panelWindowId, caseWindowId } = await openPanelBeside(extension.context, page, { today: DEMO_TODAY });
  expect(new URL(panel.url()).searchParams.get('tabId')).toBe(String(tabId));
  await expect(panel.locator('main[data-panel-state="ready"]')).toBeVisible();
  await expect(card(panel, 'rm2000-eligibility').first()).toBeVisible();
  const windows = await extension.worker.evaluate(
    async ({ panelWindowId, caseWindowId }) => [await chrome.windows.get(panelWindowId), await chrome.windows.get(caseWindowId)],
    { panelWindowId, caseWindowId },
  );
  const [panelWindow, caseWindow] = windows;
  // A window of its own to the right of the case. (Its exact width is not checked: Playwright
  // sizes the windows of a test browser to its emulated viewport; `npm start` does not emulate.)
  expect(panelWindow?.type).toBe('popup');
  expect(panelWindowId).not.toBe(caseWindowId);
  expect(panelWindow!.left!).toBeGreaterThan(caseWindow!.left!);
});

test('npm start opens a browser only where there is a display', () => {
  expect(hasDisplay({}, 'linux')).toBe(false);
  expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
  expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
  expect(hasDisplay({}, 'darwin')).toBe(true);
});

test('npm run demo lists every demo page with its address and what it shows, and each one is served', async ({ server, page }) => {
  const lines = pageList(server.origin);
  const paths = Object.keys(PAGES);
  expect(lines).toHaveLength(paths.length);
  for (const [i, pathname] of paths.entries()) {
    expect(lines[i]).toContain(`${server.origin}${pathname} `);
    expect(lines[i]!.split(`${server.origin}${pathname}`)[1]!.trim().length).toBeGreaterThan(10);
    const response = await page.goto(`${server.origin}${pathname}`);
    expect(response?.status(), pathname).toBe(200);
  }
});
