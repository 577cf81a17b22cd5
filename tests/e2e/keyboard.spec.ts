import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures.js';
import { danishDate, isoDaysFromToday } from './support/wizard.js';
import { nextWorkingDay } from '../../shared/domain/danish-holidays.js';

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reachable. */
async function tabTo(page: Page, target: Locator, { max = 60, back = false } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test('hele guiden kan klares med tastaturet alene, med synligt fokus', async ({ page, server }) => {
  await page.goto('/');
  const newLink = page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: 'Nyt forløb' });
  await tabTo(page, newLink);
  await expect(newLink).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Nyt forløb' })).toBeVisible();

  // 1 Kunde: Enter in a field submits the step, as in any desktop form.
  const organisation = page.getByLabel('Organisation');
  await tabTo(page, organisation);
  await expect(organisation).toHaveCSS('outline-style', 'none'); // fields show focus with their border ring
  await page.keyboard.press('Enter');
  await expect(page.getByText('Skriv organisationens navn.')).toBeVisible();
  await expect(organisation).toBeFocused();
  await page.keyboard.type('Københavns Kommune');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sundheds- og Omsorgsforvaltningen');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Region' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Kommune' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Titel på forløbet')).toBeFocused();
  await page.keyboard.press('Enter');

  // 2 Kontakter
  await expect(page.getByRole('heading', { name: 'Kontaktpersoner' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Tilføj kontaktperson' }));
  await page.keyboard.press('Enter');
  const contact = page.getByRole('group', { name: 'Kontakt 1' });
  await expect(contact.getByLabel('Navn')).toBeFocused();
  await page.keyboard.type('Søren Ølgaard');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // Leder → Tillidsrepræsentant
  await page.keyboard.press('Tab');
  await page.keyboard.type('soeren@kk.dk');
  await page.keyboard.press('Enter');

  // 3 Skabelon: arrow keys move between the cards (a radio group).
  await expect(page.getByRole('heading', { name: 'Vælg skabelon' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'NFA grundmodel' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'RUC dialogforløb' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: /^Næste/ }));
  await page.keyboard.press('Enter');

  // 4 Temaer
  await expect(page.getByRole('heading', { name: 'Temaer' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Faglige forandringer' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: /^Næste/ }));
  await page.keyboard.press('Enter');

  // 5 Facilitatorer: none; straight on.
  await expect(page.getByRole('heading', { name: 'Facilitatorer' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: /^Næste/ }));
  await page.keyboard.press('Enter');

  // 6 Datoer: a date is typed day first in any browser language (digits alone will do), and Enter
  // in the start date suggests the dates instead of leaving the step.
  await expect(page.getByRole('heading', { name: 'Datoer for møderne' })).toBeFocused();
  const start = nextWorkingDay(isoDaysFromToday(14));
  const startField = page.getByLabel('Startdato');
  await tabTo(page, startField);
  await page.keyboard.type(danishDate(start).replaceAll('.', ''));
  await page.keyboard.press('Enter');
  await expect(startField).toHaveValue(danishDate(start));
  await expect(startField).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Datoer for møderne' })).toBeVisible();
  await expect(page.getByLabel('Design af aktiviteten')).toHaveValue(danishDate(start));
  // The calendar button is the next stop after the field.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Vælg i kalenderen' }).first()).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: /^Næste/ }), { max: 80 });
  await page.keyboard.press('Enter');

  // 7 Overblik
  await expect(page.getByRole('heading', { name: 'Overblik' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Opret forløb' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Københavns Kommune – Sundheds- og Omsorgsforvaltningen' }),
  ).toBeVisible();

  const id = page.url().split('/').pop() ?? '';
  const saved = await server.api('engagements.get', { id });
  expect(saved.templateId).toBe('ruc-dialog');
  expect(saved.client.sector).toBe('kommune');
  expect(saved.client.contacts).toEqual([
    expect.objectContaining({ name: 'Søren Ølgaard', role: 'tillidsrepraesentant', email: 'soeren@kk.dk' }),
  ]);
  expect(saved.themes).toEqual(['faglige-forandringer']);

  // The delete dialog: focus moves in, Tab stays inside, Esc closes and gives focus back.
  const deleteButton = page.getByRole('button', { name: 'Slet forløb' });
  await tabTo(page, deleteButton);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Slet forløbet?' });
  await expect(dialog.getByRole('button', { name: 'Annullér' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Slet forløb' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Annullér' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused();
});
