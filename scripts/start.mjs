// `npm start`: builds the extension, serves the demo case pages and opens Chromium with the
// extension loaded on a demo case, the panel open beside it. The browser profile is temporary
// and deleted on exit. With no display, it serves the demo and says how to load the extension.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { pageList, startDemoServer } from '../demo/server.mjs';
import { E2E_BUILD, extensionLaunchOptions, hasDisplay } from './chromium.mjs';
import { openPanelBeside } from './panel-window.mjs';

execSync('npx wxt build --mode e2e', { stdio: 'inherit' });
const server = await startDemoServer({ port: Number(process.env.PORT ?? 4173) });
const caseUrl = `${server.origin}/cases/X123456`;
console.log(`\nDemo case system (every person on it is fictional):\n${pageList(server.origin).join('\n')}\n`);

if (!hasDisplay()) {
  console.log(
    [
      'No display here, so no browser is opened. To try the extension:',
      '  1. In Chrome or Edge, open chrome://extensions, turn on Developer mode, "Load unpacked" and choose',
      `     ${E2E_BUILD}`,
      `  2. Open ${caseUrl}`,
      '  3. Open the panel: Alt+Shift+G, the toolbar button > "Open side panel", or right-click > "Open case guidance".',
      'Press Ctrl+C to stop the demo server.',
    ].join('\n'),
  );
} else {
  const profile = mkdtempSync(path.join(tmpdir(), 'case-guidance-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...extensionLaunchOptions(E2E_BUILD, { headless: false }),
    viewport: null,
  });
  context.on('close', async () => {
    rmSync(profile, { recursive: true, force: true });
    await server.close();
    process.exit(0);
  });
  // Ctrl+C closes the browser too, so the temporary profile is deleted either way.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void context.close());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(caseUrl);
  try {
    // Nothing is emulated here (viewport: null), so the page sees the real screen.
    const area = await page.evaluate(() => ({ left: screen.availLeft ?? 0, top: screen.availTop ?? 0, width: screen.availWidth, height: screen.availHeight }));
    await openPanelBeside(context, page, { area });
    console.log('The panel is open in a window beside the case; it follows that tab, so try the other demo pages in it.');
  } catch (error) {
    console.warn(`The panel could not be opened beside the case (${error instanceof Error ? error.message : String(error)}).`);
  }
  console.log(
    'In the browser window, the real side panel opens with Alt+Shift+G, the toolbar button > "Open side panel", or right-click > "Open case guidance".\nClose the browser (or press Ctrl+C) to stop.',
  );
}
