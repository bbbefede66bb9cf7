import { readFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_BUILD } from '../../scripts/chromium.mjs';
import { axeViolations, expect, openPanelFor, test } from './fixtures';

test('settings list the sites the extension can read and the saved field mappings, which can be deleted', async ({ page, server, extension }) => {
  await page.goto(`${server.origin}/legacy/case`);
  const panel = await openPanelFor(extension, page);
  await panel.getByText('Name a field the panel did not recognise').click();
  await panel.getByLabel('Field').selectOption({ label: 'Rel Dt: 09/11/2025 (not recognised)' });
  await panel.getByLabel('It is').selectOption({ label: 'Release date' });
  await panel.getByRole('button', { name: 'Save mapping' }).click();

  const settings = await extension.context.newPage();
  await settings.goto(`chrome-extension://${extension.id}/options.html`);
  await expect(settings.locator('[data-site="http://127.0.0.1"]')).toContainText('(part of this build)');
  await expect(settings.locator(`[data-mapped-site="${server.origin}"] [data-mapping]`)).toHaveText(['"Rel Dt" → Release date Delete']);
  expect(await axeViolations(settings)).toEqual([]);
  await settings.getByRole('button', { name: `Delete the mappings for ${server.origin}` }).click();
  await expect(settings.locator('[data-mapped-sites]')).toHaveCount(0);
  // The panel follows: the mapping is gone.
  await expect(panel.locator('[data-mappings]')).toHaveCount(0);
});

test('settings saved by an earlier version are migrated on first read; what cannot be read is reported, kept and never overwritten', async ({ page, server, extension }) => {
  const unreadable = [{ label: 5, fact: 'releaseDate' }];
  await extension.worker.evaluate(
    ({ own, unreadable }) =>
      chrome.storage.local.set({
        // Version 1 data: no version entry; the second label is a timeline title, case data.
        'mappings:https://old.example': [
          { label: 'Rel Dt', fact: 'releaseDate' },
          { label: 'Home visit: new partner Philippa Quarrington (Q918273)', fact: 'caseNotes' },
        ],
        [`mappings:${own}`]: unreadable,
        role: 'astronaut',
      }),
    { own: server.origin, unreadable },
  );
  const storedFor = (key: string) => extension.worker.evaluate((k) => chrome.storage.local.get([k, `${k}$`]), key);

  // The panel says its site's mappings cannot be read and refuses to save over them.
  await page.goto(`${server.origin}/legacy/case`);
  const panel = await openPanelFor(extension, page);
  await panel.getByText('Name a field the panel did not recognise').click();
  await expect(panel.locator('[data-field-mapper] [data-mappings-problem]')).toContainText(`The field mappings stored for ${server.origin} cannot be read`);
  await panel.getByLabel('Field').selectOption({ label: 'Rel Dt: 09/11/2025 (not recognised)' });
  await panel.getByLabel('It is').selectOption({ label: 'Release date' });
  await panel.getByRole('button', { name: 'Save mapping' }).click();
  await expect(panel.locator('[data-mapper-message]')).toContainText(`Not saved: the mappings already stored for ${server.origin} cannot be read, so they were not replaced`);
  expect(await storedFor(`mappings:${server.origin}`)).toEqual({ [`mappings:${server.origin}`]: unreadable });

  const settings = await extension.context.newPage();
  await settings.goto(`chrome-extension://${extension.id}/options.html`);
  // The old list: migrated in place, the case-data mapping removed and only counted.
  const old = settings.locator('[data-mapped-site="https://old.example"]');
  await expect(old.locator('[data-mapping]')).toHaveText(['"Rel Dt" → Release date Delete']);
  await expect(old.locator('[data-mappings-withheld]')).toContainText('1 mapping was removed');
  expect(await storedFor('mappings:https://old.example')).toEqual({
    'mappings:https://old.example': [{ label: 'Rel Dt', fact: 'releaseDate' }],
    'mappings:https://old.example$': { v: 2, withheld: 1 },
  });
  // The unreadable list and role: said plainly, kept as they are.
  const own = settings.locator(`[data-mapped-site="${server.origin}"]`);
  await expect(own.locator('[data-mappings-problem]')).toContainText('What is stored for this site cannot be read');
  await expect(own.getByRole('link', { name: `Download what is stored for ${server.origin}` })).toHaveAttribute('href', /^data:application\/json/);
  await expect(settings.locator('[data-role-problem]')).toContainText('the stored role "astronaut" is not one this version knows');
  await expect(settings.getByLabel('Probation practitioner')).toBeChecked();
  expect(await axeViolations(settings)).toEqual([]);
  expect(await extension.worker.evaluate(() => chrome.storage.local.get('role'))).toEqual({ role: 'astronaut' });

  // Deleted only when the user says so; the panel follows, and then saves.
  await own.getByRole('button', { name: `Delete the mappings for ${server.origin}` }).click();
  await expect(own).toHaveCount(0);
  await expect(panel.locator('[data-mappings-problem]')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Save mapping' }).click();
  await expect(panel.locator('[data-mappings]')).toContainText('"Rel Dt" is Release date');
  expect(await storedFor(`mappings:${server.origin}`)).toEqual({
    [`mappings:${server.origin}`]: [{ label: 'Rel Dt', fact: 'releaseDate' }],
    [`mappings:${server.origin}$`]: { v: 2 },
  });
  // The site saved again in the panel shows here as it is saved.
  await expect(own.locator('[data-mapping]')).toHaveText(['"Rel Dt" → Release date Delete']);
  const stored = JSON.stringify(await extension.worker.evaluate(() => chrome.storage.local.get(null)));
  for (const caseData of ['Philippa', 'Quarrington', 'Q918273', 'Home visit']) expect(stored, caseData).not.toContain(caseData);
});

test('"I work as" changes the safeguarding steps on the card, and is a setting about the user only', async ({ page, server, extension }) => {
  await page.goto(`${server.origin}/cases/X123456`);
  const panel = await openPanelFor(extension, page);
  const safeguarding = panel.locator('[data-rule-id="safeguarding-concern"]');
  await expect(safeguarding).toHaveAttribute('data-status', 'applies');
  // The default: a probation practitioner's statutory routes, not the volunteer's line manager.
  await expect(safeguarding).toContainText('Working Together to Safeguard Children 2023');
  await expect(safeguarding).not.toContainText('speak to your line manager first');

  const settings = await extension.context.newPage();
  await settings.goto(`chrome-extension://${extension.id}/options.html`);
  await expect(settings.getByLabel('Probation practitioner')).toBeChecked();
  await settings.getByLabel('Volunteer or support worker').check();
  await expect(settings.locator('[data-settings-message]')).toHaveText('Saved: you work as volunteer or support worker.');
  expect(await axeViolations(settings)).toEqual([]);
  // The open panel follows the setting.
  await expect(safeguarding).toContainText('speak to your line manager first');
  await expect(safeguarding).not.toContainText('Working Together');
  const stored = await extension.worker.evaluate(() => chrome.storage.local.get(null));
  expect(stored).toEqual({ role: 'volunteer' });
});

test('the built manifest asks for no more than the README documents', async () => {
  const manifest = JSON.parse(readFileSync(path.join(E2E_BUILD, 'manifest.json'), 'utf8')) as {
    permissions: string[];
    host_permissions: string[];
    optional_host_permissions: string[];
  };
  const readme = readFileSync(path.resolve(E2E_BUILD, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Permissions and why'), readme.indexOf('##', readme.indexOf('## Permissions and why') + 5));
  const documented = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
  for (const permission of manifest.permissions) expect(documented, `${permission} is not in the README`).toContain(permission);
  expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage']);
  // Site access: none at install beyond the test build's loopback hosts; the rest is optional, asked for on a click.
  expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(section).toContain('optional host permissions');
});
