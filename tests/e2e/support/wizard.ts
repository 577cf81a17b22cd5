import { expect, type Page } from '@playwright/test';

export interface WizardInput {
  organisation: string;
  unit?: string;
  sector: 'Region' | 'Kommune' | 'Stat' | 'Privat';
  title?: string;
  contacts?: { name: string; role?: string; email?: string; phone?: string }[];
  templateTitle: string;
  themes?: string[];
  facilitators?: { name: string; organisation?: string }[];
  /** YYYY-MM-DD; with it the wizard's "Foreslå datoer" fills every meeting. */
  startDate?: string;
}

/** A date `days` from today as YYYY-MM-DD (local time), so "next meeting" is always ahead. */
export function isoDaysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** YYYY-MM-DD → dd.mm.åååå, the way a Danish user types a date. */
export function danishDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

export const nextButton = (page: Page) => page.getByRole('button', { name: /^Næste/ });

/**
 * Walks "Nyt forløb" with the mouse, step by step, as a user would. `onStep`
 * runs once each step is filled in (before "Næste"), e.g. to take screenshots.
 */
export async function createThroughWizard(
  page: Page,
  input: WizardInput,
  onStep: (step: string) => Promise<void> = async () => {},
): Promise<void> {
  await page.goto('/');
  await walkWizard(page, input, onStep);
}

/** The wizard from whatever page is open (in Electron there is no URL to go to). */
export async function walkWizard(
  page: Page,
  input: WizardInput,
  onStep: (step: string) => Promise<void> = async () => {},
): Promise<void> {
  await page.getByRole('link', { name: 'Nyt forløb' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nyt forløb' })).toBeVisible();

  // 1 Kunde
  await page.getByLabel('Organisation').fill(input.organisation);
  if (input.unit) await page.getByLabel('Enhed').fill(input.unit);
  await page.getByRole('radio', { name: input.sector }).check();
  if (input.title) await page.getByLabel('Titel på forløbet').fill(input.title);
  await onStep('kunde');
  await nextButton(page).click();

  // 2 Kontakter
  await expect(page.getByRole('heading', { name: 'Kontaktpersoner' })).toBeFocused();
  for (const [index, contact] of (input.contacts ?? []).entries()) {
    await page.getByRole('button', { name: 'Tilføj kontaktperson' }).click();
    const row = page.getByRole('group', { name: `Kontakt ${index + 1}` });
    await row.getByLabel('Navn').fill(contact.name);
    if (contact.role) await row.getByLabel('Rolle').selectOption({ label: contact.role });
    if (contact.email) await row.getByLabel('E-mail').fill(contact.email);
    if (contact.phone) await row.getByLabel('Telefon').fill(contact.phone);
  }
  await onStep('kontakter');
  await nextButton(page).click();

  // 3 Skabelon
  await expect(page.getByRole('heading', { name: 'Vælg skabelon' })).toBeFocused();
  await page.getByRole('radio', { name: input.templateTitle }).check();
  await onStep('skabelon');
  await nextButton(page).click();

  // 4 Temaer
  for (const theme of input.themes ?? []) await page.getByRole('checkbox', { name: theme }).check();
  await onStep('temaer');
  await nextButton(page).click();

  // 5 Facilitatorer
  for (const [index, facilitator] of (input.facilitators ?? []).entries()) {
    await page.getByRole('button', { name: 'Tilføj facilitator' }).click();
    const row = page.getByRole('group', { name: `Facilitator ${index + 1}` });
    await row.getByLabel('Navn').fill(facilitator.name);
    if (facilitator.organisation) await row.getByLabel('Organisation').fill(facilitator.organisation);
  }
  await onStep('facilitatorer');
  await nextButton(page).click();

  // 6 Datoer
  if (input.startDate) {
    await page.getByLabel('Startdato').fill(danishDate(input.startDate));
    await page.getByRole('button', { name: 'Foreslå datoer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'fået en dato' })).toBeVisible();
  }
  await onStep('datoer');
  await nextButton(page).click();

  // 7 Overblik
  await expect(page.getByRole('heading', { name: 'Overblik' })).toBeVisible();
  await onStep('overblik');
  await page.getByRole('button', { name: 'Opret forløb' }).click();
  await expect(page).toHaveURL(/\/forloeb\/[a-z0-9-]+$/);
}

/** The start of a fresh wizard: step 1 filled in, and on through the template to the dates step. */
export async function wizardToDates(
  page: Page,
  input: Pick<WizardInput, 'organisation' | 'unit' | 'sector' | 'templateTitle'>,
): Promise<void> {
  await page.getByLabel('Organisation').fill(input.organisation);
  if (input.unit) await page.getByLabel('Enhed').fill(input.unit);
  await page.getByRole('radio', { name: input.sector }).check();
  await nextButton(page).click();
  await expect(page.getByRole('heading', { name: 'Kontaktpersoner' })).toBeFocused();
  await nextButton(page).click();
  await page.getByRole('radio', { name: input.templateTitle }).check();
  await nextButton(page).click();
  await expect(page.getByRole('heading', { name: 'Temaer' })).toBeFocused();
  await nextButton(page).click();
  await expect(page.getByRole('heading', { name: 'Facilitatorer' })).toBeFocused();
  await nextButton(page).click();
  await expect(page.getByRole('heading', { name: 'Datoer for møderne' })).toBeFocused();
}
