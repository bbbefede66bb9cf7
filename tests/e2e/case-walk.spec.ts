import fs from 'node:fs';
import path from 'node:path';
import { expect, openPanelFor, test } from './fixtures';

/** Real pages of Manage people on probation, for one person (shared/realpages: rendered from the service's own templates). */
const REAL = path.resolve(import.meta.dirname, '../../../shared/realpages/pages');
const MPOP = ['overview', 'personal-details', 'sentence', 'risk'] as const;
const file = (name: (typeof MPOP)[number]) => `mpop-${name}-X000001.html`;
const address = (name: (typeof MPOP)[number]) => (name === 'overview' ? '/case/X000001' : `/case/X000001/${name}`);

test.skip(!fs.existsSync(REAL), 'shared/realpages is not beside the project');

test('one person across overview, personal details, sentence and risk: the panel merges the pages of the case and never another person', async ({ page, server, extension }) => {
  for (const name of MPOP) server.addPage(address(name), fs.readFileSync(path.join(REAL, file(name)), 'utf8'));
  await page.goto(`${server.origin}${address('overview')}`);
  const panel = await openPanelFor(extension, page);
  const header = panel.locator('[data-case-identity]');
  await expect(header).toContainText('CRN X000001');

  for (const name of MPOP.slice(1)) {
    await page.goto(`${server.origin}${address(name)}`);
    await expect(panel.locator('[data-case-page]').first()).toHaveAttribute('data-case-page', `${server.origin}${address(name)}`);
  }
  // On the risk page: four pages of the case read, the current one first.
  await expect(panel.locator('[data-case-pages] summary')).toHaveText('Read from 4 pages of this case');
  await expect(panel.locator('[data-case-page]')).toHaveCount(4);
  // Facts read on other pages count here, and say where they were read instead of offering to highlight.
  const facts = panel.locator('[data-case-facts]');
  await expect(facts.locator('[data-fact="offence"]').first()).toBeVisible();
  await expect(facts.locator('[data-fact="offence"] [data-other-page]').first()).toContainText(/read (just now|\d+ minutes? ago)/);
  // The header and the personal details card give different dates of birth: a conflict, not a choice.
  await expect(facts.locator('[data-conflict="dateOfBirth"]')).toBeVisible();

  // Another person's page merges nothing from this case.
  await page.goto(`${server.origin}/cases/X123456`);
  await expect(header).toContainText('CRN X123456');
  await expect(panel.locator('[data-case-pages] summary')).toHaveText('Read from this page');
  await expect(panel.locator('[data-other-page]')).toHaveCount(0);

  // Back to the first person: the case is still remembered; "Forget this case" drops the other pages.
  await page.goto(`${server.origin}${address('risk')}`);
  await expect(panel.locator('[data-case-pages] summary')).toHaveText('Read from 4 pages of this case');
  await panel.locator('[data-case-pages] summary').click();
  await panel.getByRole('button', { name: 'Forget this case' }).click();
  await expect(panel.locator('[data-case-pages] summary')).toHaveText('Read from this page');
  await expect(panel.locator('[data-other-page]')).toHaveCount(0);
});

test('several current sentences: each card says which one it used (a real court record with custody and a community order)', async ({ page, server, extension }) => {
  const id = 'pac-probation-record-DX12340A';
  const index = JSON.parse(fs.readFileSync(path.join(REAL, 'index.json'), 'utf8')) as { pages: Array<{ id: string; url: string; file: string }> };
  const entry = index.pages.find((p) => p.id === id)!;
  server.addPage(entry.url, fs.readFileSync(path.join(REAL, entry.file), 'utf8'));
  await page.goto(`${server.origin}${entry.url}`);
  const panel = await openPanelFor(extension, page);
  const community = panel.locator('[data-rule-id="community-order-length"]');
  await expect(community).toHaveAttribute('data-status', /applies|cannot-tell/);
  await expect(community.locator('[data-card-event]')).toContainText(/Used the current community order: .*Community Order/);
  const release = panel.locator('[data-rule-id="custody-release-point"]');
  await expect(release.locator('[data-card-event]')).toContainText('Used the current custodial sentence');
});
