import { axeViolations, card, expect, openPanelFor, test } from './fixtures';

test.describe('rule cards', () => {
  test('the overview: the expected cards, in order, with their statuses', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const panel = await openPanelFor(extension, page);
    const expected: Record<string, string> = {
      'safeguarding-concern': 'applies',
      'rm2000-eligibility': 'applies',
      'arms-eligibility': 'applies',
      'oasys-completion-due': 'does-not-apply',
      'oasys-review-trigger': 'applies',
      'licence-condition-relevance': 'applies',
      'custody-release-point': 'applies',
      'community-order-length': 'does-not-apply',
      'caution-notification': 'does-not-apply',
      'notification-period': 'applies',
      'shpo-order': 'cannot-tell',
    };
    for (const [id, status] of Object.entries(expected)) await expect(card(panel, id)).toHaveAttribute('data-status', status);
    // Most urgent first: the critical safeguarding card, then the warning.
    const order = await panel.locator('[data-cards] > [data-rule-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
    expect(order.slice(0, 2)).toEqual(['critical', 'warning']);
    await expect(card(panel, 'safeguarding-concern').locator('[data-card-summary]')).toHaveText('Safeguarding: act on the contact with children recorded here');
    await expect(card(panel, 'custody-release-point')).toContainText('Release date on the page');
    await expect(card(panel, 'custody-release-point')).toContainText('9 November 2025');
    await expect(card(panel, 'notification-period').locator('[data-card-summary]')).toContainText('Indefinite');
    // Rules that do not apply are one quiet, closed list.
    await expect(panel.locator('[data-not-applying] > summary')).toHaveText('3 rules do not apply');
    expect(await axeViolations(panel)).toEqual([]);
  });

  test('a fact on a card shows its element on the page', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const panel = await openPanelFor(extension, page);
    const rm2000 = card(panel, 'rm2000-eligibility');
    // A card that applies without urgency is one headline; it opens on request.
    await rm2000.locator('[data-card-summary]').click();
    await rm2000.getByText('Why, and from what').click();
    await expect(rm2000.locator('[data-card-trace]')).toContainText('aged 43 at the offence');
    await rm2000.locator('[data-card-facts]').getByRole('button', { name: /^Date of birth/ }).click();
    await expect(page.locator('[data-case-guidance="highlight"]')).toHaveCount(1);
    await expect(page.locator('.govuk-summary-list__row', { hasText: 'Date of birth' })).toBeInViewport();
  });

  test('changing the sex or the date of birth on the form page changes the RM2000 card', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456/details`);
    const panel = await openPanelFor(extension, page);
    // No offences on this page: RM2000 cannot tell for a man...
    await expect(card(panel, 'rm2000-eligibility')).toHaveAttribute('data-status', 'cannot-tell');
    await expect(card(panel, 'rm2000-eligibility').locator('[data-card-missing]')).toContainText('Offence');
    // ...but a woman is outside it whatever else is missing.
    await page.getByLabel('Female').check();
    await expect(card(panel, 'rm2000-eligibility')).toHaveAttribute('data-status', 'does-not-apply');
    await page.getByLabel('Male', { exact: true }).check();
    await expect(card(panel, 'rm2000-eligibility')).toHaveAttribute('data-status', 'cannot-tell');
    // Under 18 today: outside RM2000.
    await page.locator('#dob-year').fill('2010');
    await expect(card(panel, 'rm2000-eligibility')).toHaveAttribute('data-status', 'does-not-apply');
    // An impossible date: cannot tell, never a guess.
    await page.locator('#dob-day').fill('31');
    await page.locator('#dob-month').fill('2');
    await expect(card(panel, 'rm2000-eligibility')).toHaveAttribute('data-status', 'cannot-tell');
  });

  test('dismissing a card asks why, is remembered for the case, and can be undone', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const panel = await openPanelFor(extension, page);
    const arms = card(panel, 'arms-eligibility');
    await arms.locator('[data-card-summary]').click();
    await arms.getByRole('button', { name: /^Dismiss:/ }).click();
    await expect(arms.getByRole('button', { name: 'Dismiss', exact: true })).toBeDisabled();
    await arms.getByLabel('Already done').check();
    await arms.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect(card(panel, 'arms-eligibility')).toHaveCount(0);
    await expect(panel.locator('[data-dismissed-rule="arms-eligibility"]')).toContainText('already done');
    // Still dismissed after the page is read again.
    await page.reload();
    await expect(card(panel, 'rm2000-eligibility')).toBeVisible();
    await expect(card(panel, 'arms-eligibility')).toHaveCount(0);
    await panel.getByRole('button', { name: 'Undo dismissing ARMS assessment' }).click();
    await expect(card(panel, 'arms-eligibility')).toHaveAttribute('data-status', 'applies');
    // Session storage only: nothing about the case is written to disk.
    const local = await extension.worker.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(local)).not.toContain('arms');
  });

  test('one screen: at 400 px wide, whose case it is and every card that applies are within the first 900 px', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const panel = await openPanelFor(extension, page);
    await panel.setViewportSize({ width: 400, height: 900 });
    await expect(panel.locator('[data-case-identity]')).toContainText('Daniel Fictitious · CRN X123456');
    const applying = panel.locator('[data-cards] > [data-rule-id][data-status="applies"]');
    await expect(applying.first()).toBeVisible();
    const bottoms = await applying.evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().bottom));
    expect(bottoms.length).toBeGreaterThanOrEqual(5);
    for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(900);
    const identity = await panel.locator('[data-case-identity]').boundingBox();
    expect(identity!.y).toBeLessThan(900);
    // Urgent cards keep their one line of why in view; the rest is a click away.
    await expect(card(panel, 'safeguarding-concern').locator('[data-card-why]')).toBeVisible();
    await expect(card(panel, 'safeguarding-concern').locator('[data-card-detail]')).toBeHidden();
  });

  test('rules that cannot tell fold into one line per missing fact, their cards a click away', async ({ page, server, extension }) => {
    // The details form has a date of birth and sex but no offence or sentence.
    await page.goto(`${server.origin}/cases/X123456/details`);
    const panel = await openPanelFor(extension, page);
    const offenceLine = panel.locator('[data-missing-line="Offence"]');
    await expect(offenceLine).toContainText(/Offence: \d+ rules need it \(.*Risk Matrix 2000.*\)\. Usually in the offences or convictions list\./);
    // Each missing fact is one line, not a repeat on every card.
    await expect(panel.locator('[data-missing-line="Offence"]')).toHaveCount(1);
    const fold = panel.locator('[data-cannot-tell-cards]');
    await expect(card(panel, 'rm2000-eligibility')).toBeHidden();
    await fold.locator(':scope > summary').click();
    await expect(card(panel, 'rm2000-eligibility')).toBeVisible();
    await expect(card(panel, 'rm2000-eligibility')).toHaveAttribute('data-status', 'cannot-tell');
    expect(await axeViolations(panel)).toEqual([]);
  });

  test('the cards work from the keyboard alone', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const panel = await openPanelFor(extension, page);
    await panel.locator('body').focus();
    // Tab to the first card's "Why" and open it with the keyboard.
    const why = card(panel, 'safeguarding-concern').locator('summary');
    for (let i = 0; i < 10 && !(await why.evaluate((el) => el === document.activeElement)); i++) await panel.keyboard.press('Tab');
    await expect(why).toBeFocused();
    await panel.keyboard.press('Enter');
    await expect(card(panel, 'safeguarding-concern').locator('[data-card-trace]')).toBeVisible();
    await panel.keyboard.press('Tab');
    await expect(card(panel, 'safeguarding-concern').locator('[data-card-facts] button').first()).toBeFocused();
    await panel.keyboard.press('Enter');
    await expect(page.locator('[data-case-guidance="highlight"]')).toHaveCount(1);
  });
});

test('a page that is not a case (a membership form with a date of birth) gets no cards and no plan, unless asked', async ({ page, server, extension }) => {
  server.addPage(
    '/allotments/join',
    `<!doctype html><html lang="en"><head><title>Join the allotment society</title></head><body><main>
      <h1>Membership application</h1>
      <label for="name">Full name</label><input id="name" value="Pat Gardener">
      <label for="dob">Date of birth</label><input id="dob" value="12/03/1961">
      <fieldset><legend>Sex</legend><label><input type="radio" name="sex" value="Male" checked> Male</label><label><input type="radio" name="sex" value="Female"> Female</label></fieldset>
      <label for="plot">Preferred plot</label><input id="plot" value="14b">
    </main></body></html>`,
  );
  await page.goto(`${server.origin}/allotments/join`);
  const panel = await openPanelFor(extension, page);
  await expect(panel.locator('[data-not-a-case]')).toContainText("This page doesn't look like a case record");
  await expect(panel.locator('[data-rule-id]')).toHaveCount(0);
  await expect(panel.locator('[data-case-facts]')).toHaveCount(0);
  await expect(panel.getByText('Risk Management Plan')).toHaveCount(0);
  expect(await axeViolations(panel)).toEqual([]);
  await panel.getByRole('button', { name: 'Read it as a case anyway' }).click();
  await expect(card(panel, 'rm2000-eligibility')).toHaveAttribute('data-status', 'cannot-tell');
});
