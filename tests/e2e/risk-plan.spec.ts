import type { Page } from '@playwright/test';
import { axeViolations, expect, openPanelFor, test, type DemoServer, type Extension } from './fixtures';

/**
 * What the clipboard holds, read from a demo page: Chromium will not grant clipboard access to
 * an extension origin in a test, but the clipboard is the browser's, so any page can read it.
 */
async function clipboard(extension: Extension, server: DemoServer): Promise<{ text: string; html: string }> {
  const reader: Page = await extension.context.newPage();
  await extension.context.grantPermissions(['clipboard-read'], { origin: server.origin });
  await reader.goto(`${server.origin}/empty`);
  await reader.bringToFront();
  const out = await reader.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
    return { text: await read('text/plain'), html: await read('text/html') };
  });
  await reader.close();
  return out;
}

test.describe('Risk Management Plan templates', () => {
  test('the plan pre-fills from the page; copying puts its text on the clipboard', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const panel = await openPanelFor(extension, page);
    await panel.getByText('Risk Management Plan: write it from this case').click();
    const preview = panel.locator('[data-rmp-preview]');
    await expect(preview).toContainText('KEY INFORMATION ABOUT CURRENT SITUATION');
    await expect(preview).toContainText('Sentenced on 10 November 2023 to 4 years CJA - Std Determinate Custody for Sexual assault on a female');
    await expect(preview).toContainText('MAPPA: Category 1, Level 2');
    await expect(preview).toContainText('- Not to use or access any computer or device which is internet enabled');
    await expect(preview).toContainText('Level of contact: Weekly office appointments and a monthly home visit. Managed at MAPPA level 2.');
    await expect(preview).toContainText('[TO COMPLETE: Further considerations]');
    // The leaflet's headings, one section, edited.
    await panel.getByLabel('Leaflet headings (older format)').check();
    await panel.getByLabel('Section').selectOption({ label: 'Level of contact' });
    await panel.locator('[data-rmp-section="level-of-contact"]').getByRole('textbox').fill('Weekly, and a home visit every month. <b>not bold</b>');
    await expect(preview).toHaveText('LEVEL OF CONTACT\nWeekly, and a home visit every month. <b>not bold</b>');
    await panel.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(panel.locator('[data-rmp-message]')).toHaveText('Copied. Paste it into the case system.');
    const copied = await clipboard(extension, server);
    expect(copied.text).toBe('LEVEL OF CONTACT\nWeekly, and a home visit every month. <b>not bold</b>');
    // Rich text for targets that take it: built from the template, the typed markup escaped.
    expect(copied.html).toContain('<h3>Level of contact</h3><p>Weekly, and a home visit every month. &lt;b&gt;not bold&lt;/b&gt;</p>');
    expect(await axeViolations(panel)).toEqual([]);
  });

  test('empty required parts: a visible marker, or no copy until filled', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456/details`);
    const panel = await openPanelFor(extension, page);
    await panel.getByText('Risk Management Plan: write it from this case').click();
    await panel.getByLabel('Section').selectOption({ label: 'Contingency plans' });
    await expect(panel.locator('[data-rmp-preview]')).toHaveText('CONTINGENCY PLANS\n[TO COMPLETE: Contingency plans]');
    await panel.getByLabel('Do not copy until they are filled in').check();
    await panel.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(panel.locator('[data-rmp-message]')).toHaveText('Fill in first: Contingency plans.');
  });

  test('insert names the field the user clicked, asks first, keeps what is there and the paragraphs, and fires the page\'s events', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456/details`);
    await page.locator('#case-notes').fill('Attended on time.');
    await page.locator('#case-notes').click();
    const panel = await openPanelFor(extension, page);
    await panel.getByText('Risk Management Plan: write it from this case').click();
    await panel.getByLabel('Section').selectOption({ label: 'Contingency plans' });
    await panel.getByLabel('Contingency plans').fill('Recall if contact with children is found.\nTell the police public protection unit.');
    await panel.getByRole('button', { name: "Insert into the page's field" }).click();
    // Which field, on which page, before anything is written.
    await expect(panel.locator('[data-insert-confirm]')).toContainText(`Insert the plan into "Case notes" on Update personal details and risk`);
    await expect(page.locator('#case-notes')).toHaveValue('Attended on time.');
    await panel.getByRole('button', { name: 'Insert here' }).click();
    await expect(panel.locator('[data-rmp-message]')).toHaveText(/^Inserted into "Case notes" on Update personal details and risk/);
    const plan = 'CONTINGENCY PLANS\nRecall if contact with children is found.\nTell the police public protection unit.';
    const text = `Attended on time.\n\n${plan}`;
    await expect(page.locator('#case-notes')).toHaveValue(text);
    await expect(page.locator('#save-status')).toHaveText(`Unsaved changes to case notes (${text.length} characters)`);
    await expect(page.locator('#save-status')).toHaveAttribute('data-changed', 'true');
    // Edits stay while the panel is open: the page was read again after the insert.
    await expect(panel.getByLabel('Contingency plans')).toHaveValue('Recall if contact with children is found.\nTell the police public protection unit.');
  });

  test('a 1×1 transparent frame that takes focus after the user clicks the plan box gets nothing', async ({ page, server, extension }) => {
    const trap = `<textarea id="trap" aria-label="Trap"></textarea><script>parent.addEventListener('click', () => setTimeout(() => document.getElementById('trap').focus(), 50), true);</script>`;
    server.addPage(
      '/insert-trap',
      `<!doctype html><html lang="en"><head><title>Plan page</title></head><body><main>
        <p><strong>CRN:</strong> X123456</p>
        <label for="plan">Risk management plan</label><textarea id="plan" rows="6" cols="60"></textarea>
        <iframe title="x" style="width:1px;height:1px;opacity:0;border:0" srcdoc="${trap.replace(/"/g, '&quot;')}"></iframe>
      </main></body></html>`,
    );
    await page.goto(`${server.origin}/insert-trap`);
    const panel = await openPanelFor(extension, page);
    await panel.getByText('Risk Management Plan: write it from this case').click();
    await page.locator('#plan').click();
    // The frame has taken focus, as the attack does.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    await panel.getByRole('button', { name: "Insert into the page's field" }).click();
    await expect(panel.locator('[data-insert-confirm]')).toContainText('Insert the plan into "Risk management plan" on Plan page');
    await panel.getByRole('button', { name: 'Insert here' }).click();
    await expect(page.locator('#plan')).toHaveValue(/KEY INFORMATION ABOUT CURRENT SITUATION/);
    expect(await page.frameLocator('iframe').locator('#trap').inputValue()).toBe('');
  });

  test('with no field chosen on the page, insert says what to do', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const panel = await openPanelFor(extension, page);
    await panel.getByText('Risk Management Plan: write it from this case').click();
    await panel.getByRole('button', { name: "Insert into the page's field" }).click();
    await expect(panel.locator('[data-rmp-message]')).toHaveText('Click into the text box on the page where the plan goes, then choose Insert again.');
  });

  test('the whole flow works from the keyboard', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/cases/X123456`);
    const panel = await openPanelFor(extension, page);
    const summary = panel.locator('[data-rmp] > summary');
    await summary.focus();
    await panel.keyboard.press('Enter');
    const copy = panel.getByRole('button', { name: 'Copy', exact: true });
    // Copy and Insert come first, so they are in reach while editing.
    await panel.keyboard.press('Tab');
    await expect(copy).toBeFocused();
    await panel.keyboard.press('Tab'); // Insert
    await panel.keyboard.press('Tab'); // the checked layout radio: OASys headings
    await panel.keyboard.press('ArrowUp'); // radios move with arrows: the leaflet's headings
    await expect(panel.getByLabel('Leaflet headings (older format)')).toBeChecked();
    await panel.keyboard.press('Tab'); // section select
    await expect(panel.getByLabel('Section')).toBeFocused();
    await panel.keyboard.press('End'); // the last section
    await expect(panel.getByLabel('Section')).toHaveValue('level-of-contact');
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Control+A');
    await panel.keyboard.type('Weekly. Call the police if he breaches.');
    for (let i = 0; i < 15 && !(await copy.evaluate((b) => b === document.activeElement)); i++) await panel.keyboard.press('Shift+Tab');
    await panel.keyboard.press('Enter');
    await expect(panel.locator('[data-rmp-message]')).toHaveText('Copied. Paste it into the case system.');
    expect((await clipboard(extension, server)).text).toBe('LEVEL OF CONTACT\nWeekly. Call the police if he breaches.');
    // Switching template clears "Copied.": it said something about another text.
    await panel.getByLabel('Current OASys RMP headings').check();
    await expect(panel.locator('[data-rmp-message]')).toHaveText('');
  });
});
