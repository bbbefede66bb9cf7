import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server.mjs';
import { launchFirefox, openExtensionPage, tabIdFor, textOf, waitFor } from './firefox';

/** The day the demo cases are written for. */
const DEMO_TODAY = '2026-11-28';

let browser: Browser;
let server: { origin: string; close(): Promise<void>; addPage(pathname: string, html: string): void };

beforeAll(async () => {
  server = (await startDemoServer()) as typeof server;
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('in Firefox', () => {
  it('the panel reads the demo case: whose case, the cards and the facts', async () => {
    const casePage = await browser.newPage();
    const url = `${server.origin}/cases/X123456`;
    await casePage.goto(url);
    const options = await openExtensionPage(browser, 'options.html');
    const tabId = await tabIdFor(options, url);
    const panel = await openExtensionPage(browser, `sidepanel.html?tabId=${tabId}&today=${DEMO_TODAY}`);
    await waitFor(panel, () => document.querySelector('main')?.getAttribute('data-panel-state') === 'ready', undefined, 'the panel to read the page');
    expect(await textOf(panel, '[data-case-identity]')).toContain('CRN X123456');
    await waitFor(panel, () => document.querySelector('[data-rule-id="safeguarding-concern"]')?.getAttribute('data-status') === 'applies', undefined, 'the safeguarding card');
    expect(await textOf(panel, '[data-fact-name="Date of birth"] [data-fact-value]')).toBe('18 August 1979');
    // The page's own markup is shown as text, never as HTML, here too.
    expect(await panel.evaluate(() => document.querySelectorAll('main script, main iframe').length)).toBe(0);
  });

  it('a row the page hides inside a list it shows is not read, here too (Firefox\'s own checkVisibility)', async () => {
    // Everything Risk Matrix 2000 needs except the sex, which is in a row hidden by the page's style sheet.
    const base = `<dl><dt>CRN</dt><dd>X123456</dd><dt>Date of birth</dt><dd>18/08/1979</dd><dt>Offence</dt><dd>Sexual assault on a female - 02000</dd><dt>Offence date</dt><dd>04/03/2023</dd><dt>Outcome</dt><dd>Conviction</dd></dl>`;
    const hidden = `<dl class="govuk-summary-list"><div class="govuk-summary-list__row"><dt>Tier</dt><dd>B2</dd></div><div class="govuk-summary-list__row app-hidden"><dt>Sex</dt><dd>Male</dd></div></dl>`;
    server.addPage('/hidden-row', `<!doctype html><html lang="en"><head><title>Hidden row</title><style>.app-hidden { display: none }</style></head><body>${base}${hidden}</body></html>`);
    const casePage = await browser.newPage();
    const url = `${server.origin}/hidden-row`;
    await casePage.goto(url);
    const options = await openExtensionPage(browser, 'options.html');
    const tabId = await tabIdFor(options, url);
    const panel = await openExtensionPage(browser, `sidepanel.html?tabId=${tabId}&today=${DEMO_TODAY}`);
    await waitFor(panel, () => document.querySelector('[data-rule-id="rm2000-eligibility"]')?.getAttribute('data-status') === 'cannot-tell', undefined, 'the RM2000 card to say it cannot tell');
    expect(await panel.evaluate(() => document.querySelectorAll('[data-fact-name="Sex"]').length)).toBe(0);
    // Shown, the same row is read and the card can tell.
    await casePage.evaluate(() => document.querySelector('.app-hidden')!.classList.remove('app-hidden'));
    await waitFor(panel, () => document.querySelector('[data-rule-id="rm2000-eligibility"]')?.getAttribute('data-status') !== 'cannot-tell', undefined, 'the RM2000 card to change once the row is shown');
  });

  it('page and panel talk with the browser\'s own API: a change is reported and re-read, a field is highlighted', async () => {
    // The reader carries no polyfill: this checks Firefox's native messaging both ways (the page's
    // sendToPanel, the agent's answers to the panel's read and highlight requests).
    const casePage = await browser.newPage();
    const url = `${server.origin}/cases/X123456/details`;
    await casePage.goto(url);
    const options = await openExtensionPage(browser, 'options.html');
    const tabId = await tabIdFor(options, url);
    const panel = await openExtensionPage(browser, `sidepanel.html?tabId=${tabId}&today=${DEMO_TODAY}`);
    const notes = '[data-field-label="Case notes"] [data-field-value]';
    await waitFor(panel, () => document.querySelector('details[data-fields-read]') !== null, undefined, 'the list of fields');
    await panel.evaluate(() => void (document.querySelector<HTMLDetailsElement>('details[data-fields-read]')!.open = true));
    await waitFor(panel, (sel) => document.querySelector(sel ?? '')?.textContent?.includes('Attended appointment') === true, notes, 'the case notes');
    await casePage.click('#case-notes', { count: 3 });
    await casePage.type('#case-notes', 'Missed appointment on 27 November.');
    await waitFor(panel, (sel) => document.querySelector(sel ?? '')?.textContent === 'Missed appointment on 27 November.', notes, 'the re-read notes');
    // The outline stays 2.5 s: note that it appeared rather than race it.
    await casePage.evaluate(() => {
      const seen = window as unknown as { outlined?: boolean };
      new MutationObserver(() => (seen.outlined ||= document.querySelector('[data-case-guidance="highlight"]') !== null)).observe(document.documentElement, { childList: true, subtree: true });
    });
    await panel.evaluate(() => document.querySelector<HTMLButtonElement>('[data-field-label="Case notes"] button')!.click());
    await waitFor(panel, () => /highlighted/.test(document.querySelector('[role="status"]')?.textContent ?? ''), undefined, 'the highlight to be confirmed');
    expect(await casePage.evaluate(() => (window as unknown as { outlined?: boolean }).outlined)).toBe(true);
  });

  it('the popup finds a term as the user types', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    await waitFor(popup, () => document.querySelector('input[type="search"], input') !== null, undefined, 'the search box');
    await popup.type('input', 'mappa');
    await waitFor(popup, () => document.querySelector('[data-term-id="mappa"]') !== null, undefined, 'the MAPPA entry');
    expect(await textOf(popup, '[data-term-id="mappa"]')).toMatch(/Multi-Agency Public Protection Arrangements/i);
  });

  it('settings list a saved field mapping and delete it', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    await options.evaluate(async (site) => {
      const api = (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser;
      await api.storage.local.set({ [`mappings:${site}`]: [{ label: 'Index offence type', fact: 'offence' }] });
    }, server.origin);
    await waitFor(options, () => document.querySelector('[data-mapped-sites]') !== null, undefined, 'the saved mapping to be listed');
    expect(await textOf(options, '[data-mapped-sites]')).toContain(server.origin);
    await options.click(`[aria-label="Delete the mappings for ${server.origin}"]`);
    await waitFor(options, () => document.querySelector('[data-mapped-sites]') === null, undefined, 'the mapping to go');
    const stored = await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<object> } } } }).browser;
      return JSON.stringify(await api.storage.local.get(null));
    });
    expect(stored).not.toContain('Index offence type');
  });
});
