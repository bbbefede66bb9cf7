// `npm start`: builds the extension, serves the demo case pages and opens Chromium with the
// extension loaded on a demo case. The browser profile is temporary and deleted on exit.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startDemoServer } from '../demo/server.mjs';
import { E2E_BUILD, extensionLaunchOptions } from './chromium.mjs';

execSync('npx wxt build --mode e2e', { stdio: 'inherit' });
const server = await startDemoServer({ port: Number(process.env.PORT ?? 4173) });
console.log(`\nDemo case system (fictional people): ${server.origin}/cases/X123456`);

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log('No display here: load .output/chrome-mv3-e2e into a browser yourself (see README), or press Ctrl+C to stop.');
} else {
  const profile = mkdtempSync(path.join(tmpdir(), 'case-guidance-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...extensionLaunchOptions(E2E_BUILD, { headless: false }),
    viewport: null,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/cases/X123456`);
  console.log('Open the panel: toolbar button > "Open side panel", or right-click the page > "Open case guidance".');
  context.on('close', async () => {
    rmSync(profile, { recursive: true, force: true });
    await server.close();
    process.exit(0);
  });
}
