// `npm run screenshots`: pictures of the extension for the README, in docs/pictures/. Builds the
// test build if it is missing or older than the source, serves the demo, and photographs the
// panel and the popup in headless Chromium. The panel counts from the day the demo is written
// for, so the pictures only change when the extension does.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { Resvg } from '@resvg/resvg-js';
import { startDemoServer } from '../demo/server.mjs';
import { E2E_BUILD, extensionLaunchOptions } from './chromium.mjs';
import { extensionOf } from './panel-window.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'docs', 'pictures');
/** The day the demo cases are written for (as DEMO_TODAY in tests/e2e/fixtures.ts). */
const DEMO_TODAY = '2026-11-28';
const PANEL = { width: 400, height: 1000 };

/** Newest modification time of the files under `paths` (folders walked). */
function newest(paths) {
  let latest = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const stat = statSync(p);
    if (stat.isDirectory()) latest = Math.max(latest, newest(readdirSync(p).map((name) => path.join(p, name))));
    else latest = Math.max(latest, stat.mtimeMs);
  }
  return latest;
}

function buildIfNeeded() {
  const manifest = path.join(E2E_BUILD, 'manifest.json');
  const sources = ['entrypoints', 'components', 'lib', 'assets', 'public', 'wxt.config.ts', 'package.json'].map((p) => path.join(root, p));
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newest(sources)) return;
  execSync('npx wxt build --mode e2e', { cwd: root, stdio: 'inherit' });
}

/** Two screenshots side by side in one PNG (drawn with resvg, which the icon uses too). */
function besideEachOther(leftPng, rightPng, left, right) {
  const height = Math.max(left.height, right.height);
  const width = left.width + 1 + right.width;
  const image = (png, x, size) =>
    `<image x="${x}" y="0" width="${size.width}" height="${size.height}" href="data:image/png;base64,${png.toString('base64')}"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${width}" height="${height}" fill="#b1b4b6"/>${image(leftPng, 0, left)}${image(rightPng, left.width + 1, right)}</svg>`;
  return new Resvg(svg).render().asPng();
}

buildIfNeeded();
mkdirSync(OUT, { recursive: true });
const server = await startDemoServer();
const context = await chromium.launchPersistentContext('', { ...extensionLaunchOptions(E2E_BUILD), viewport: PANEL });
try {
  const { worker, id } = await extensionOf(context);
  const CASE = { width: 1000, height: PANEL.height };
  const casePage = context.pages()[0] ?? (await context.newPage());
  await casePage.setViewportSize(CASE);
  await casePage.goto(`${server.origin}/cases/X123456`);
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, casePage.url());
  if (tabId === undefined) throw new Error('The extension cannot see the demo case tab.');

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}&today=${DEMO_TODAY}`);
  await panel.locator('main[data-panel-state="ready"] [data-rule-id]').first().waitFor();
  await panel.evaluate(() => document.fonts.ready);
  const saved = [];
  const save = (name, png) => {
    writeFileSync(path.join(OUT, name), png);
    saved.push(`docs/pictures/${name}`);
  };

  // 1. The panel on the demo overview, as wide as a side panel.
  const panelPng = await panel.screenshot();
  save('panel-overview.png', panelPng);
  // 2. The same beside the case page, as it sits in the browser.
  save('panel-beside-case.png', besideEachOther(await casePage.screenshot(), panelPng, CASE, PANEL));

  // 3. The Risk Management Plan section, opened, pre-filled from the case.
  const rmp = panel.locator('[data-rmp]');
  await rmp.locator(':scope > summary').click();
  // Copy and Insert sit at the top of the plan; the preview is folded until asked for.
  await panel.locator('[data-rmp-actions]').waitFor();
  await rmp.locator(':scope > summary').evaluate((el) => {
    el.blur();
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -12);
  });
  save('panel-risk-management-plan.png', await panel.screenshot());

  // 4. The popup, with a search.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 384, height: 640 });
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.getByLabel('Look up a term').fill('SHPO');
  await popup.locator('[data-term-id="shpo"]').waitFor();
  await popup.locator('[data-shortcut]').waitFor();
  await popup.evaluate(() => document.fonts.ready);
  save('popup-search.png', await popup.screenshot());

  console.log(`Saved:\n  ${saved.join('\n  ')}`);
} finally {
  await context.close();
  await server.close();
}
