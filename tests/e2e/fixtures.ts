import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { startDemoServer } from '../../demo/server.mjs';
import { extensionLaunchOptions } from '../../scripts/chromium.mjs';

export interface DemoServer {
  origin: string;
  addPage(pathname: string, html: string): void;
  close(): Promise<void>;
}

export interface Extension {
  context: BrowserContext;
  id: string;
  worker: Worker;
}

/** One demo server and one Chromium with the built extension, shared by the specs of a worker. */
export const test = base.extend<{ page: Page; closePages: void }, { server: DemoServer; extension: Extension }>({
  server: [
    async ({}, use) => {
      const server = (await startDemoServer()) as DemoServer;
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({}, use) => {
      const context = await chromium.launchPersistentContext('', extensionLaunchOptions());
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const id = new URL(worker.url()).host;
      await use({ context, id, worker });
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await use(page);
  },
  // Every page a test opened (its case page, panels, popups) closes after it, so an open panel
  // cannot act on the next test (e.g. take its look-up), and storage is cleared. The browser's
  // first tab stays.
  closePages: [
    async ({ extension }, use) => {
      const before = new Set(extension.context.pages());
      await use();
      for (const p of extension.context.pages()) if (!before.has(p)) await p.close();
      // Settings and session state start empty for every test.
      await extension.worker.evaluate(() => Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear()]));
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The browser's id for the tab showing `page`, found from the extension's service worker. Several
 * tabs can show the same address (a window another test opened may still be closing on a busy
 * machine), so the page is marked and the tab that carries the mark is the one.
 */
export async function tabIdOf(extension: Extension, page: Page): Promise<number> {
  const url = page.url();
  const mark = `tab-${Math.random().toString(36).slice(2)}`;
  await page.evaluate((m) => document.documentElement.setAttribute('data-test-tab', m), mark);
  const id = await extension.worker.evaluate(
    async ({ target, mark }) => {
      const tabs = (await chrome.tabs.query({})).filter((t) => t.url === target && t.id !== undefined);
      if (tabs.length <= 1) return tabs[0]?.id;
      for (const tab of tabs) {
        const [result] = await chrome.scripting
          .executeScript({ target: { tabId: tab.id! }, func: () => document.documentElement.getAttribute('data-test-tab') })
          .catch(() => []);
        if (result?.result === mark) return tab.id;
      }
      return undefined;
    },
    { target: url, mark },
  );
  if (id === undefined) throw new Error(`No tab found for ${url}`);
  return id;
}

/** The day the demo cases are written for; the panel counts from it in the tests. */
export const DEMO_TODAY = '2026-11-28';

/** Opens the side panel page pinned to `page`'s tab and waits until it has finished reading. */
export async function openPanelFor(extension: Extension, page: Page): Promise<Page> {
  const tabId = await tabIdOf(extension, page);
  const panel = await extension.context.newPage();
  await panel.goto(`chrome-extension://${extension.id}/sidepanel.html?tabId=${tabId}&today=${DEMO_TODAY}`);
  await expect(panel.locator('main[data-panel-state="ready"], main[data-panel-state="error"]')).toBeVisible();
  return panel;
}

/** The value the panel shows for the first field with this label. */
export function panelValue(panel: Page, label: string) {
  return panel.locator(`[data-field-label="${label.replace(/["\\]/g, '\\$&')}"] [data-field-value]`).first();
}

/** Axe violations on a page, as "rule: target" lines so a failure says what is wrong. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Opens the panel's list of every field read (closed by default: the cards and facts come first). */
export async function openFieldsList(panel: Page): Promise<void> {
  const details = panel.locator('details[data-fields-read]');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await expect(details.locator('[data-field-label]').first()).toBeAttached();
}

/** The panel for `page`'s tab with its list of fields open. */
export async function openPanelWithFields(extension: Extension, page: Page): Promise<Page> {
  const panel = await openPanelFor(extension, page);
  if ((await panel.locator('main').getAttribute('data-panel-state')) === 'ready' && (await panel.locator('details[data-fields-read]').count()) > 0)
    await openFieldsList(panel);
  return panel;
}

/** The value the panel shows for a case fact, by its name ("Date of birth", "Offence 1"). */
export function factValue(panel: Page, name: string) {
  return panel.locator(`[data-fact-name="${name}"] [data-fact-value]`);
}

/** A rule's card in the panel. */
export function card(panel: Page, ruleId: string) {
  return panel.locator(`[data-rule-id="${ruleId}"]`);
}
