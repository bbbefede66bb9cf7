import { axeViolations, card, expect, openFieldsList, openPanelFor, openPanelWithFields, panelValue, test } from './fixtures';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page built to hurt a reader: markup and script as text, a huge value, 10,000 fields, a frame bomb, constant change, deep nesting. */
function hostilePage(): string {
  const payload = `<img src=x onerror="window.top.pwned=1"><script>window.pwned=1</script>`;
  const many = Array.from({ length: 10_000 }, (_, i) => `<div><label for="h${i}">Field ${i}</label><input id="h${i}" value="v${i}"></div>`).join('');
  const frames = Array.from({ length: 60 }, (_, i) => `<iframe title="frame ${i}" srcdoc="<p>Frame ${i}: <iframe srcdoc='<p>Inner: ${i}</p>'></iframe></p>" width="20" height="20"></iframe>`).join('');
  const deep = `${'<div>'.repeat(3000)}<p>Deep label: deep value</p>${'</div>'.repeat(3000)}`;
  return `<!doctype html><html lang="en"><head><title>Hostile ${escape(payload)}</title></head><body>
    <p>DEMO SYSTEM - a hostile page for the tests.</p>
    <dl>
      <dt>${escape(payload)}</dt><dd>${escape(payload)}</dd>
      <dt>Sex</dt><dd>${escape('<b>Male</b>')}</dd>
      <dt>Huge</dt><dd>${'A'.repeat(1_000_000)}</dd>
    </dl>
    <p>Counter: <span id="counter">0</span></p>
    ${deep}
    ${frames}
    ${many}
    <script>let n = 0; setInterval(() => { document.getElementById('counter').textContent = String(++n); }, 5);</script>
  </body></html>`;
}

test('a hostile page renders as text and neither the panel nor the page freezes', async ({ page, server, extension }) => {
  server.addPage('/hostile', hostilePage());
  await page.goto(`${server.origin}/hostile`);
  const panel = await openPanelFor(extension, page);
  await expect(panel.locator('main')).toHaveAttribute('data-panel-state', 'ready', { timeout: 60_000 });
  await openFieldsList(panel);

  // Markup and script from the page are shown as the text they are, and nothing ran.
  const payload = `<img src=x onerror="window.top.pwned=1"><script>window.pwned=1</script>`;
  await expect(panelValue(panel, payload)).toHaveText(payload);
  await expect(panelValue(panel, 'Sex')).toHaveText('<b>Male</b>');
  expect(await panel.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  expect(await panel.locator('main img, main script').count()).toBe(0);
  // A huge value is cut, with a visible marker.
  await expect(panelValue(panel, 'Huge')).toContainText('… [truncated]');
  expect((await panelValue(panel, 'Huge').textContent())!.length).toBeLessThan(2100);
  // Deep nesting and frames are read too.
  await expect(panelValue(panel, 'Deep label')).toHaveText('deep value');
  // 10,000 inputs, 3 list rows, the counter, the deep one, and one field in each of 60 inner frames.
  await expect(panel.locator('[data-fields-read] summary')).toHaveText('10065 fields read from the page');
  // Nothing here says whose case it is or shows an offence: not a case, unless the user says so.
  await expect(panel.locator('[data-not-a-case]')).toBeVisible();
  await panel.getByRole('button', { name: 'Read it as a case anyway' }).click();
  // A value that cannot be a fact is reported, not guessed: "<b>Male</b>" is not a sex.
  await expect(card(panel, 'rm2000-eligibility')).toHaveAttribute('data-status', 'cannot-tell');

  // Both keep answering while the page keeps changing (a counter every 5 ms): the panel opens and
  // closes a section, and the page's own script keeps counting. (How fast is for the benchmark.)
  for (let i = 0; i < 3; i++) {
    const before = Number(await page.evaluate(() => document.getElementById('counter')!.textContent));
    await panel.locator('[data-panel-glossary] > summary').click();
    await expect(panel.locator('[data-panel-glossary]')).toHaveAttribute('open', '');
    await panel.locator('[data-panel-glossary] > summary').click();
    await expect(panel.locator('[data-panel-glossary]')).not.toHaveAttribute('open', '');
    await expect.poll(() => page.evaluate(() => Number(document.getElementById('counter')!.textContent))).toBeGreaterThan(before);
  }
  await expect(panelValue(panel, 'Counter')).not.toHaveText('0');
});

test('a 2 MB page title is shortened in the panel', async ({ page, server, extension }) => {
  server.addPage('/huge-title', `<!doctype html><html lang="en"><head><title>Case ${'T'.repeat(2_000_000)}</title></head><body><dl><dt>Offence</dt><dd>Theft</dd></dl></body></html>`);
  await page.goto(`${server.origin}/huge-title`);
  const panel = await openPanelFor(extension, page);
  const title = (await panel.locator('[data-page-title]').textContent()) ?? '';
  expect(title.startsWith('Case TTT')).toBe(true);
  expect(title.length).toBeLessThanOrEqual(151);
  expect(title.endsWith('…')).toBe(true);
});

test('a page cannot silence the reader by clobbering: named elements and form controls named after DOM properties', async ({ page, server, extension }) => {
  server.addPage(
    '/clobbered',
    `<!doctype html><html lang="en"><head><title>Clobbered case</title></head><body>
      <div id="caseGuidanceAgent"></div><iframe name="caseGuidanceAgent" title="x" width="1" height="1"></iframe>
      <dl><dt>CRN</dt><dd>X123456</dd><dt>Sex</dt><dd>Male</dd></dl>
      <form><input type="hidden" name="classList"><input type="hidden" name="localName"><input type="hidden" name="lastElementChild">
        <label for="dob">Date of birth</label><input id="dob" value="18/08/1979">
      </form>
      <form><input type="hidden" name="tagName"><label for="off">Offence</label><input id="off" value="Sexual assault on a female - 02000"></form>
    </body></html>`,
  );
  await page.goto(`${server.origin}/clobbered`);
  const panel = await openPanelFor(extension, page);
  await expect(panel.locator('main')).toHaveAttribute('data-panel-state', 'ready');
  await expect(panel.locator('[data-fact-name="Date of birth"] [data-fact-value]')).toHaveText('18 August 1979');
  await expect(panel.locator('[data-fact-name="Offence 1"] [data-fact-value]')).toContainText('Sexual assault on a female');
  // Read again after a change, the agent (which a page could once replace) still answers.
  await page.locator('#dob').fill('19/08/1979');
  await expect(panel.locator('[data-fact-name="Date of birth"] [data-fact-value]')).toHaveText('19 August 1979');
});

test('lookalike text is shown with its hidden characters marked; a reversed date is not read as a date', async ({ page, server, extension }) => {
  server.addPage(
    '/lookalike',
    `<!doctype html><html lang="en"><head><title>Lookalike case</title></head><body>
      <dl><dt>CRN</dt><dd>X123456</dd><dt>Date of birth</dt><dd>\u202E9791/80/81</dd><dt>Sex</dt><dd>Ma\u200Ble</dd><dt>Offence</dt><dd>Theft</dd></dl>
    </body></html>`,
  );
  await page.goto(`${server.origin}/lookalike`);
  const panel = await openPanelWithFields(extension, page);
  // On the page the date reads "18/08/1979"; the panel shows what it is.
  await expect(panelValue(panel, 'Date of birth')).toContainText('[U+202E]9791/80/81');
  await expect(panelValue(panel, 'Date of birth')).toContainText('(hidden characters shown)');
  await expect(panelValue(panel, 'Sex')).toContainText('Ma[U+200B]le');
  // The date that only looks right is not believed; a sex whose letters say "Male" is read as that.
  await expect(panel.locator('[data-fact-name="Date of birth"]')).toHaveCount(0);
  await expect(panel.locator('[data-fact-name="Sex"] [data-fact-value]')).toHaveText('Male');
  await expect(panel.locator('[data-unreadable-fact="dateOfBirth"]')).toContainText('[U+202E]');
  expect(await axeViolations(panel)).toEqual([]);
});

test('hidden text cannot change a card: visibility:hidden and display:none parts are not read', async ({ page, server, extension }) => {
  // Everything Risk Matrix 2000 needs except the sex, so it cannot tell; then the sex, hidden two ways.
  const base = `<dl><dt>CRN</dt><dd>X123456</dd><dt>Date of birth</dt><dd>18/08/1979</dd><dt>Offence</dt><dd>Sexual assault on a female - 02000</dd><dt>Offence date</dt><dd>04/03/2023</dd><dt>Outcome</dt><dd>Conviction</dd></dl>`;
  server.addPage('/hidden-a', `<!doctype html><html lang="en"><head><title>Hidden A</title></head><body>${base}<div style="visibility:hidden"><dl><dt>Sex</dt><dd>Male</dd></dl></div></body></html>`);
  server.addPage('/hidden-b', `<!doctype html><html lang="en"><head><title>Hidden B</title></head><body>${base}<dl><dt>Sex</dt><dd>Withheld<span style="display:none">Male</span></dd></dl></body></html>`);
  // A row, a table row and a piece of a line hidden by the page's own style sheet, inside a list,
  // table or line that is shown: the shapes read those parts without the walk visiting them.
  const hiddenByClass = (title: string, body: string) =>
    `<!doctype html><html lang="en"><head><title>${title}</title><style>.app-hidden { display: none } .app-invisible { visibility: hidden }</style></head><body>${base}${body}</body></html>`;
  server.addPage('/hidden-c', hiddenByClass('Hidden C', `<dl class="govuk-summary-list"><div class="govuk-summary-list__row"><dt>Tier</dt><dd>B2</dd></div><div class="govuk-summary-list__row app-hidden"><dt>Sex</dt><dd>Male</dd></div></dl>`));
  server.addPage('/hidden-d', hiddenByClass('Hidden D', `<table><tr><td>Tier</td><td>B2</td></tr><tr class="app-invisible"><td>Sex</td><td>Male</td></tr></table>`));
  server.addPage('/hidden-e', hiddenByClass('Hidden E', `<p><span>Tier: B2</span> | <span class="app-hidden">Sex: Male</span></p>`));
  for (const path of ['/hidden-a', '/hidden-b', '/hidden-c', '/hidden-d', '/hidden-e']) {
    await page.goto(`${server.origin}${path}`);
    const panel = await openPanelFor(extension, page);
    await expect(card(panel, 'rm2000-eligibility')).toHaveAttribute('data-status', 'cannot-tell');
    await expect(panel.locator('[data-fact-name="Sex"]')).toHaveCount(0);
    await panel.close();
  }
});
