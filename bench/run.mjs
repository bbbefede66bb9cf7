// `npm run bench`: builds the extension, then in headless Chromium measures the page reader on
// generated case pages beside a bare TreeWalker pass over the same DOM, and prints a table.
// Figures are medians over several runs with their spread; also written to bench/results.json.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startDemoServer } from '../demo/server.mjs';
import { extensionLaunchOptions } from '../scripts/chromium.mjs';
import { generateCasePage } from './generate-page.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SIZES = [100, 1000, 10000];
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

const fmt = (s) => `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;

if (!process.argv.includes('--no-build')) execSync('npx wxt build --mode e2e', { stdio: 'inherit' });
const server = await startDemoServer();
const context = await chromium.launchPersistentContext('', extensionLaunchOptions());
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

const results = { date: new Date().toISOString(), machine: `${os.cpus()[0]?.model} x${os.cpus().length}, ${os.platform()} ${os.release()}`, chromium: context.browser()?.version() ?? 'persistent', reader: [] };

for (const size of SIZES) {
  const pathname = `/bench/${size}`;
  server.addPage(pathname, generateCasePage(size));
  const page = await context.newPage();
  await page.goto(`${server.origin}${pathname}`);
  const measured = await worker.evaluate(
    async ({ url, runs }) => {
      const [tab] = await chrome.tabs.query({ url });
      const target = { tabId: tab.id };
      const reader = [];
      const walker = [];
      const roundTrip = [];
      let fields = 0;
      for (let i = 0; i < runs + 1; i++) {
        const [bare] = await chrome.scripting.executeScript({
          target,
          // Ten passes, averaged: one pass over a small page is below the timer's 0.1 ms resolution.
          func: () => {
            const started = performance.now();
            let n = 0;
            for (let pass = 0; pass < 10; pass++) {
              const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
              while (walk.nextNode()) n += 1;
            }
            return { ms: (performance.now() - started) / 10, n: n / 10 };
          },
        });
        const sent = performance.now();
        const [read] = await chrome.scripting.executeScript({ target, files: ['/reader.js'] });
        const trip = performance.now() - sent;
        if (i === 0) continue; // the first injection also parses the script and starts the page agent
        walker.push(bare.result.ms);
        const frame = JSON.parse(read.result);
        reader.push(frame.durationMs);
        roundTrip.push(trip);
        fields = frame.fields.length;
      }
      return { reader, walker, roundTrip, fields };
    },
    { url: page.url(), runs: RUNS },
  );
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const reader = stats(measured.reader);
  const walker = stats(measured.walker);
  results.reader.push({
    size,
    elements,
    fieldsRead: measured.fields,
    readerMs: reader,
    treeWalkerMs: walker,
    ratio: reader.median / Math.max(walker.median, 0.01),
    injectRoundTripMs: stats(measured.roundTrip),
  });
  await page.close();
}

await context.close();
await server.close();

console.log(`\nPage reader on generated case pages (${RUNS} runs each; median (min–max) in ms)`);
console.log(`machine: ${results.machine}\n`);
const rows = [['fields', 'elements', 'read', 'reader ms', 'TreeWalker ms', 'ratio', 'inject round trip ms']];
for (const r of results.reader)
  rows.push([String(r.size), String(r.elements), String(r.fieldsRead), fmt(r.readerMs), fmt(r.treeWalkerMs), `${r.ratio.toFixed(1)}x`, fmt(r.injectRoundTripMs)]);
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
writeFileSync(path.join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nWritten to bench/results.json`);
