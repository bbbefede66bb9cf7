import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { extensionLaunchOptions } from '../../scripts/chromium.mjs';
import { DEMO_TODAY } from './fixtures';

/**
 * The privacy promise, checked where it matters: on disk. This spec does not use the shared
 * fixture browser, because its check runs after the browser has closed: it launches its own
 * Chromium on a real profile directory, works through every feature of the extension on a case
 * page, closes the browser, and then reads every byte the profile holds.
 *
 * What the browser itself records is kept out of the way, so that a match means the extension
 * stored something and not that the browser did its ordinary job:
 * - the pages are served with `Cache-Control: no-store`, so Chromium's HTTP cache does not write
 *   the page to disk (that would be the browser caching the page, not the extension storing it);
 * - the pages have a neutral title and neutral addresses (/p1, /p2), because history, visited
 *   links and the session-restore files record every tab's title and address: those records are
 *   the browser's, and a case system that put a name in its titles would be leaking through the
 *   browser, whatever the extension does;
 * - the page's case-notes box, which the plan is inserted into, has `autocomplete="off"`: Chromium
 *   keeps the state of a page's form controls in its session-restore files (Sessions/), so
 *   without it the box's text is on disk as the browser's record of the case system's own page,
 *   as it would be had the user typed it there. The extension's pages get no such allowance:
 *   their form controls are in the same files when the panel is a tab or popped out.
 * No file is excluded from the scan.
 */

/** Made-up case data, distinctive enough that a match anywhere can only be from this page. */
const NAME = 'Philippa Quarrington';
const CRN = 'Q918273';
const PNC = '1983/0192837Q';
const DOB = '17/03/1983';
const ADDRESS = '14 Wexcombe Lane, Tidmarsh Vale';
const POSTCODE = 'ZX9 8QQ';
const PARTNER = 'Ottoline Brackenbury';
const OFFICER = 'J. Marlowe-Tenby';
const OFFENCE = 'Sexual assault on a female - 02000';
const CONTACT_DATE = '03/11/2026';
const NOTE = 'Seen with Ottoline Brackenbury at Wexcombe Lane';
/** Typed into the plan by the user: case data too. */
const PLAN_TEXT = 'Plan agreed for Philippa Quarrington: no unsupervised contact at Wexcombe Lane.';

/**
 * Strings that must not be found in the extension's storage or anywhere in the profile. The
 * offence wording alone is not here: the extension ships it (its statute list), so the browser's
 * code cache of the extension's own scripts may hold it; the page's full offence line is.
 */
const CASE_STRINGS = [
  NAME,
  'Philippa',
  'Quarrington',
  CRN,
  PNC,
  '0192837Q',
  DOB,
  '17 March 1983',
  '1983-03-17',
  'Wexcombe',
  'Tidmarsh',
  POSTCODE,
  PARTNER,
  'Ottoline',
  'Brackenbury',
  'Marlowe-Tenby',
  OFFENCE,
  CONTACT_DATE,
  'Plan agreed for',
];

const page1 = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Case record</title></head><body><main>
  <h1>Case record</h1>
  <p><strong>Name:</strong> ${NAME}</p>
  <p><strong>CRN:</strong> ${CRN}</p>
  <p><strong>PNC:</strong> ${PNC}</p>
  <h2>Personal details</h2>
  <dl>
    <dt>Date of birth</dt><dd>${DOB}</dd>
    <dt>Sex</dt><dd>Male</dd>
    <dt>Address</dt><dd>${ADDRESS}, ${POSTCODE}</dd>
    <dt>Offence</dt><dd>${OFFENCE}</dd>
    <dt>Offence date</dt><dd>04/03/2023</dd>
    <dt>Sentence type</dt><dd>CJA - Std Determinate Custody</dd>
    <dt>Length</dt><dd>4 years</dd>
    <dt>Sentence date</dt><dd>10/11/2023</dd>
    <dt>Release date</dt><dd>09/11/2025</dd>
    <dt>Licence end date</dt><dd>09/11/2027</dd>
  </dl>
  <h2>Licence conditions</h2>
  <ul>
    <li>Not to have unsupervised contact or communication with any child under the age of 18 without the prior approval of your supervising officer</li>
    <li>Not to use or access any computer or device which is internet enabled without the prior approval of your supervising officer</li>
    <li>Not to enter Wexcombe Lane play park</li>
  </ul>
  <h2>Contacts</h2>
  <table><thead><tr><th>Contact</th><th>Officer</th></tr></thead>
    <tbody><tr><td>Office visit ${CONTACT_DATE}</td><td>${OFFICER}</td></tr></tbody></table>
  <h2>Recent events</h2>
  <ol class="moj-timeline"><li class="moj-timeline__item">
    <h2 class="moj-timeline__title">Home visit: new partner ${PARTNER} (${CRN})</h2>
    <p class="moj-timeline__date"><time datetime="2026-11-03">3 November 2026</time></p>
    <div class="moj-timeline__description">${NOTE}.</div>
  </li></ol>
  <label for="case-notes">Case notes</label>
  <textarea id="case-notes" rows="6" cols="60" autocomplete="off"></textarea>
</main></body></html>`;

/** A second page of the same case (same CRN), so the panel remembers two pages and offers "Forget this case". */
const page2 = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Case record</title></head><body><main>
  <h1>Risk</h1>
  <p><strong>CRN:</strong> ${CRN}</p>
  <p><strong>Name:</strong> ${NAME}</p>
  <dl><dt>MAPPA category</dt><dd>Category 1</dd><dt>MAPPA level</dt><dd>Level 2</dd><dt>Risk of serious harm (RoSH)</dt><dd>High</dd></dl>
  <p><strong>Partner:</strong> ${PARTNER}</p>
</main></body></html>`;

function serve(): Promise<{ origin: string; server: Server }> {
  const pages: Record<string, string> = { '/p1': page1, '/p2': page2 };
  const server = createServer((req, res) => {
    const html = pages[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    // no-store: the browser's HTTP cache must not put the page on disk (see the comment at the top).
    res.writeHead(html ? 200 : 404, { 'content-type': html ? 'text/html; charset=utf-8' : 'text/plain', 'cache-control': 'no-store' });
    res.end(html ?? 'Not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server });
    }),
  );
}

/** Every regular file under `dir`, recursively (symlinks and sockets, e.g. Chromium's Singleton*, skipped). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** Which files hold which strings, as UTF-8 or UTF-16LE bytes (Chromium keeps some text, e.g. titles in session files, as UTF-16). */
function findInFiles(files: string[], root: string, strings: string[]): string[] {
  const needles = strings.flatMap((s) => [
    { s, encoding: 'utf-8', bytes: Buffer.from(s, 'utf8') },
    { s, encoding: 'utf-16le', bytes: Buffer.from(s, 'utf16le') },
  ]);
  const found: string[] = [];
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    for (const n of needles) if (bytes.includes(n.bytes)) found.push(`${path.relative(root, file)}: "${n.s}" (${n.encoding})`);
  }
  return found;
}

async function storageOf(worker: Worker) {
  return worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
    session: await chrome.storage.session.get(null),
  }));
}

async function tabIdFor(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (target) => (await chrome.tabs.query({})).find((t) => t.url === target)?.id, url);
  if (id === undefined) throw new Error(`No tab found for ${url}`);
  return id;
}

test('after using every feature on a case page, no name, CRN, PNC, date or address is in extension storage or anywhere in the profile once the browser has closed', async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'case-guidance-profile-'));
  const { origin, server } = await serve();
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, extensionLaunchOptions());
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;

    // Read the case page.
    const page: Page = await context.newPage();
    await page.goto(`${origin}/p1`);
    const tabId = await tabIdFor(worker, page.url());
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}&today=${DEMO_TODAY}`);
    await expect(panel.locator('main[data-panel-state="ready"]')).toBeVisible();
    await expect(panel.locator('[data-case-identity]')).toContainText(CRN);
    await expect(panel.locator('[data-fact-name="Date of birth"] [data-fact-value]')).toHaveText('17 March 1983');

    // Open a fact's source: it is highlighted on the page.
    await panel.getByRole('button', { name: 'Date of birth: show on the page' }).first().click();
    await expect(page.locator('[data-case-guidance="highlight"]')).toHaveCount(1);

    // Dismiss a card that applies, with a reason (compact cards open on their headline first).
    const applying = panel.locator('[data-cards] > [data-rule-id][data-status="applies"]').first();
    const ruleId = await applying.getAttribute('data-rule-id');
    const dismiss = applying.getByRole('button', { name: /^Dismiss:/ });
    if (!(await dismiss.isVisible())) await applying.locator('[data-card-summary]').click();
    await dismiss.click();
    await applying.getByLabel('Already done').check();
    await applying.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect(panel.locator(`[data-dismissed-rule="${ruleId}"]`)).toBeVisible();

    // The Risk Management Plan: type into a section, copy it, insert it into the page's case notes.
    await panel.getByText('Risk Management Plan: write it from this case').click();
    const section = panel.locator('[data-rmp-section] textarea').first();
    await section.fill(PLAN_TEXT);
    await expect(panel.locator('[data-rmp-preview]')).toContainText(PLAN_TEXT);
    await panel.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(panel.locator('[data-rmp-message]')).toHaveText('Copied. Paste it into the case system.');
    await page.locator('#case-notes').click();
    await panel.getByRole('button', { name: "Insert into the page's field" }).click();
    await expect(panel.locator('[data-insert-confirm]')).toContainText('"Case notes"');
    await panel.getByRole('button', { name: 'Insert here' }).click();
    await expect(page.locator('#case-notes')).toHaveValue(new RegExp(PLAN_TEXT.replace(/[.:]/g, '\\$&')));

    // Name a field: a timeline title (case data) is refused; a table header, "Officer", is saved.
    await panel.getByText('Name a field the panel did not recognise').click();
    const field = panel.getByLabel('Field');
    await field.selectOption((await field.locator('option', { hasText: 'Home visit: new partner' }).getAttribute('value'))!);
    await panel.getByLabel('It is').selectOption({ label: 'Case notes' });
    await expect(panel.locator('[data-mapping-preview]')).toContainText('Cannot be saved');
    await expect(panel.getByRole('button', { name: 'Save mapping' })).toBeDisabled();
    await field.selectOption((await field.locator('option', { hasText: 'Officer:' }).getAttribute('value'))!);
    await panel.getByLabel('It is').selectOption({ label: 'Level of contact' });
    await panel.getByRole('button', { name: 'Save mapping' }).click();
    await expect(panel.locator('[data-mappings]')).toContainText('"Officer" is Level of contact');
    // Export: the link is a data: URL; reading it is the export.
    const exported = decodeURIComponent((await panel.getByRole('link', { name: 'Export mappings for this site' }).getAttribute('href'))!.replace(/^data:[^,]*,/, ''));
    expect(exported).toContain('"Officer"');
    for (const s of CASE_STRINGS) expect(exported, s).not.toContain(s);

    // The quick reference, in the panel and in the popup.
    await panel.locator('[data-panel-glossary] > summary').click();
    await panel.locator('[data-panel-glossary]').getByLabel('Look up a term').fill('ARMS');
    await expect(panel.locator('[data-panel-glossary] [data-term-id="arms"]')).toBeVisible();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.getByLabel('Look up a term').fill('SHPO');
    await expect(popup.locator('[data-term-id="shpo"]')).toBeVisible();

    // Settings: "I work as", and the export there.
    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${id}/options.html`);
    await settings.getByLabel('Volunteer or support worker').check();
    await expect(settings.locator('[data-settings-message]')).toHaveText('Saved: you work as volunteer or support worker.');
    const settingsExport = decodeURIComponent((await settings.getByRole('link', { name: `Export the mappings for ${origin}` }).getAttribute('href'))!.replace(/^data:[^,]*,/, ''));
    for (const s of CASE_STRINGS) expect(settingsExport, s).not.toContain(s);

    // A second page of the same case, then "Forget this case".
    await page.goto(`${origin}/p2`);
    await expect(panel.locator('[data-case-pages] summary')).toHaveText('Read from 2 pages of this case');
    await panel.locator('[data-case-pages] summary').click();
    await panel.getByRole('button', { name: 'Forget this case' }).click();
    await expect(panel.locator('[data-case-pages] summary')).toHaveText('Read from this page');

    // Extension storage before closing: settings only. Session storage is memory only (it holds
    // the dismissal, keyed by the case) and is not checked.
    const stored = await storageOf(worker);
    const persistent = JSON.stringify({ local: stored.local, sync: stored.sync });
    for (const s of [...CASE_STRINGS, 'Sexual assault', 'partner', 'Home visit']) expect(persistent, s).not.toContain(s);
    expect(stored.sync).toEqual({});
    expect(stored.local.role).toBe('volunteer');
    const mappings = stored.local[`mappings:${origin}`] as Array<Record<string, unknown>>;
    expect(mappings).toEqual([{ label: 'Officer', fact: 'contactFrequency' }]);
    expect(Object.keys(mappings[0]!).sort()).toEqual(['fact', 'label']);
    // Nothing else: the role and the one site's mappings, with the version WXT's storage item keeps for them.
    expect(Object.keys(stored.local).sort()).toEqual([`mappings:${origin}`, `mappings:${origin}$`, 'role']);
    expect(stored.local[`mappings:${origin}$`]).toEqual({ v: 2 });

    await context.close();
    context = undefined;
  } finally {
    await context?.close();
    await new Promise((done) => server.close(done));
    server.closeAllConnections();
  }

  // Chromium removes its SingletonLock when the process exits: wait for that before reading.
  const lock = path.join(profile, 'SingletonLock');
  const lockExists = () => {
    try {
      fs.lstatSync(lock);
      return true;
    } catch {
      return false;
    }
  };
  await expect.poll(lockExists, { timeout: 60_000 }).toBe(false);

  const files = filesUnder(profile);
  // The scan can see the extension's storage: the settings it keeps are found there.
  const settingsFound = findInFiles(files, profile, ['Officer', 'volunteer']);
  expect(settingsFound.some((f) => f.includes('Local Extension Settings') && f.includes('"Officer"')), settingsFound.join('\n')).toBe(true);

  const leaks = findInFiles(files, profile, CASE_STRINGS);
  expect(leaks, `case data found in the profile:\n${leaks.join('\n')}`).toEqual([]);
  // Removed only when clean: after a failure the profile stays in the temp folder to be examined.
  fs.rmSync(profile, { recursive: true, force: true });
});
