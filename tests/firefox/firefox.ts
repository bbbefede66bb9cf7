import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The Firefox test build (`npm run build:e2e:firefox`): it may read the loopback test server. */
export const FIREFOX_BUILD = path.resolve(import.meta.dirname, '../../.output/firefox-mv3-e2e');
const GECKO_ID = 'case-guidance@example.invalid';
/** A fixed internal id, so the tests know the extension's moz-extension:// address. */
export const EXTENSION_UUID = '6f1d3a52-7a43-4c55-9b1e-3c2c1f0a9e11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!found) throw new Error('No Firefox: install Debian\'s firefox-esr (`apt-get install firefox-esr`) or set FIREFOX_PATH.');
  return found;
}

export async function launchFirefox(): Promise<Browser> {
  if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No Firefox build in ${FIREFOX_BUILD}: run \`npm run build:e2e:firefox\`.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Without it, navigation to moz-extension:// pages is refused under WebDriver BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}

/**
 * Opens an extension page. Firefox's BiDi does not report navigations in extension contexts
 * (Mozilla bug 1755014), so the navigation's own promise never settles: start it, then poll.
 */
export async function openExtensionPage(browser: Browser, pathAndQuery: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${pathAndQuery}`;
  void page.goto(url).catch(() => undefined);
  await waitFor(page, (u) => location.href === u && document.readyState === 'complete', url);
  return page;
}

/** Polls a condition in the page until it holds (no fixed sleeps: a busy machine is slow, not wrong). */
export async function waitFor<A extends string | undefined>(page: Page, condition: (arg: A) => boolean, arg: A, what = 'condition', timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await page.evaluate(condition as (arg: string | undefined) => boolean, arg).catch(() => false);
    if (ok) return;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until `selector` is in the page, and returns its text. */
export async function textOf(page: Page, selector: string): Promise<string> {
  await waitFor(page, (s) => document.querySelector(s) !== null, selector, selector);
  return page.evaluate((s) => document.querySelector(s)!.textContent ?? '', selector);
}

/** The tab id of the tab showing `url`, asked from an extension page (Firefox shows URLs only for granted hosts). */
export async function tabIdFor(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (u) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).browser;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab for ${url}`);
  return id;
}
