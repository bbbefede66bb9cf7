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
