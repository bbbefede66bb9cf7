// `npm run bench:profile`: where the page reader spends its time. Builds without minifying,
// reads a generated 10,000-field page in headless Chromium under the CPU profiler, and prints
// the functions with the most self time. For finding what to speed up, not for figures.
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { startDemoServer } from '../demo/server.mjs';
import { extensionLaunchOptions } from '../scripts/chromium.mjs';
import { generateCasePage } from './generate-page.mjs';

execSync('npx wxt build --mode e2e', { stdio: 'inherit', env: { ...process.env, NO_MINIFY: '1' } });
const size = Number(process.env.FIELDS ?? 10000);
const server = await startDemoServer();
const context = await chromium.launchPersistentContext('', extensionLaunchOptions());
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
server.addPage('/profile', generateCasePage(size));
const page = await context.newPage();
await page.goto(`${server.origin}/profile`);
const read = () =>
  worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    const [r] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/reader.js'] });
    return JSON.parse(r.result).durationMs;
  }, page.url());
await read();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 0; i < 8; i++) await read();
const { profile } = await cdp.send('Profiler.stop');
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const self = new Map();
for (const node of profile.nodes) {
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (hits.get(node.id) ?? 0));
}
console.log(`Self time while reading a ${size}-field page 8 times (reader.js lines refer to the unminified build):`);
for (const [key, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`${((100 * n) / profile.samples.length).toFixed(1).padStart(5)}%  ${key}`);
await context.close();
await server.close();
