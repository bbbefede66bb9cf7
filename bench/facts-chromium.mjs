// `npm run bench:facts`: where the panel's facts+rules time goes, in Chromium, on a generated page
// (FIELDS, default 10,000). Builds without minifying (`--no-build` reuses the build), opens the
// panel OPENS times under the CPU profiler and prints, an open: each run of extractCase and of the
// rules (the panel may build a record more than once while its settings load), the time inside
// them, what ran in the measure's window, and self time by function (LINES=n: the hottest lines).
// Profiler times are wall time: on a loaded machine they include time the thread waited.
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { startDemoServer } from '../demo/server.mjs';
import { extensionLaunchOptions } from '../scripts/chromium.mjs';
import { generateCasePage } from './generate-page.mjs';

if (!process.argv.includes('--no-build')) execSync('npx wxt build --mode e2e', { stdio: 'inherit', env: { ...process.env, NO_MINIFY: '1' } });
const size = Number(process.env.FIELDS ?? 10000);
const opens = Number(process.env.OPENS ?? 5);
const server = await startDemoServer();
const context = await chromium.launchPersistentContext('', extensionLaunchOptions());
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
server.addPage('/facts', generateCasePage(size));
const page = await context.newPage();
await page.goto(`${server.origin}/facts`);
const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());

const ROOTS = new Set(['extractCase', 'evaluate', 'explainMissing', 'withRoleSteps']);
const self = new Map();
const inRoot = new Map();
const inWindow = new Map();
const measures = [];
const selfNodes = new Set();
const lineTicks = new Map();
const frameName = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
for (let i = 0; i < opens; i++) {
  const panel = await context.newPage();
  const cdp = await context.newCDPSession(panel);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}&today=2026-11-28`);
  await panel.waitForFunction(() => performance.getEntriesByName('case-guidance:cards').length > 0, null, { timeout: 120_000 });
  const nowAtStop = await panel.evaluate(() => performance.now());
  const { profile } = await cdp.send('Profiler.stop');
  const m = await panel.evaluate(() => { const e = performance.getEntriesByName('case-guidance:facts+rules').at(-1); return e && { start: e.startTime, duration: e.duration }; });
  measures.push(m.duration);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const rootOf = (id) => {
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) if (ROOTS.has(byId.get(cur).callFrame.functionName)) return byId.get(cur).callFrame.functionName;
    return undefined;
  };
  // The top frame under (root): what the main thread was doing at the time.
  const topOf = (id) => {
    let cur = id;
    while (parent.has(cur) && parent.has(parent.get(cur))) cur = parent.get(cur);
    return frameName(byId.get(cur));
  };
  // The profile counts microseconds on the monotonic clock; its end is (within a round trip) performance.now() at the stop.
  const offsetUs = profile.endTime - nowAtStop * 1000;
  const from = m.start * 1000 + offsetUs;
  const to = (m.start + m.duration) * 1000 + offsetUs;
  let t = profile.startTime;
  const runs = [];
  let last;
  profile.samples.forEach((id, k) => {
    t += profile.timeDeltas[k];
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000; // this sample stands for the time until the next
    const root = rootOf(id);
    if (root === 'extractCase' || root === 'evaluate') {
      // Runs of the measured functions: samples of one root with no long gap between them.
      const run = runs.at(-1);
      if (run && run.root === root && t - last < 3000) {
        run.end = t;
        run.cpu += dt;
      } else runs.push({ root, start: t, end: t, cpu: dt });
      last = t;
    }
    if (root) {
      inRoot.set(root, (inRoot.get(root) ?? 0) + dt);
      const key = frameName(byId.get(id));
      self.set(key, (self.get(key) ?? 0) + dt);
      selfNodes.add(id);
    }
    if (t >= from && t <= to) {
      const key = root ? `[${root}]` : byId.get(id).callFrame.functionName.startsWith('(') ? byId.get(id).callFrame.functionName : `other: ${topOf(id)}`;
      inWindow.set(key, (inWindow.get(key) ?? 0) + dt);
    }
  });
  for (const id of selfNodes) {
    const n = byId.get(id);
    for (const pt of n.positionTicks ?? []) {
      const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${pt.line}`;
      lineTicks.set(key, (lineTicks.get(key) ?? 0) + pt.ticks);
    }
  }
  selfNodes.clear();
  console.log(`open ${i + 1}: measure ${m.duration.toFixed(1)} ms; runs: ${runs.map((r) => `${r.root} ${((r.end - r.start) / 1000).toFixed(1)} ms at ${((r.start - from) / 1000).toFixed(0)}`).join(', ')}`);
  await panel.close();
}
const per = (ms) => `${(ms / opens).toFixed(1)} ms`;
console.log(`facts+rules measures (ms): ${measures.map((m) => m.toFixed(1)).join(', ')}`);
console.log(`Inside the measured functions, an open: ${[...inRoot].map(([k, v]) => `${k} ${per(v)}`).join(', ')}`);
console.log('The measure window, an open, by what ran:');
for (const [key, v] of [...inWindow].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${per(v).padStart(9)}  ${key}`);
console.log('Self time inside the measured functions, an open:');
for (const [key, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30))) console.log(`  ${per(v).padStart(9)}  ${key}`);
if (process.env.LINES) {
  console.log('Hottest lines inside them (ticks):');
  for (const [key, v] of [...lineTicks].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.LINES))) console.log(`  ${String(v).padStart(6)}  ${key}`);
}
await context.close();
await server.close();
