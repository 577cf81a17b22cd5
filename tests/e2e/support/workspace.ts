import { expect, type Locator, type Page } from '@playwright/test';
import { screenshotAtSizes } from './screenshots.js';

/** Steps a user takes in the programme workspace, shared by the phase specs and the whole-programme journey. */

export const saveState = (page: Page) => page.getByTestId('save-state');
export const agendaItems = (page: Page) => page.getByTestId('agenda-item');
export const agendaTitles = (page: Page) => agendaItems(page).locator('input[id$="-title"]');

/** Opens "Tilføj fra biblioteket", searches, narrows with a filter, and adds the card by its button. */
export async function addFromLibrary(
  page: Page,
  search: string,
  title: string,
  filter?: { label: string; option: string },
  screenshotName?: string,
): Promise<void> {
  await page.getByRole('button', { name: 'Tilføj fra biblioteket' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tilføj fra biblioteket' });
  await expect(dialog.getByLabel('Søg')).toBeFocused();
  await dialog.getByLabel('Søg').fill(search);
  if (filter) await dialog.getByLabel(filter.label, { exact: true }).selectOption({ label: filter.option });
  if (screenshotName) await screenshotAtSizes(page, screenshotName);
  await dialog.getByRole('button', { name: `Tilføj ${title}`, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The agenda's titles and computed clock times, in order. */
export async function expectClock(page: Page, expected: [string, string][]): Promise<void> {
  await expect(agendaTitles(page)).toHaveCount(expected.length);
  for (const [i, [title, time]] of expected.entries()) {
    await expect(agendaTitles(page).nth(i)).toHaveValue(title);
    await expect(agendaItems(page).nth(i).getByTestId('agenda-clock')).toHaveText(time);
  }
}

/** Sortable runs on pointer events (forceFallback): press on the handle, move in steps, release over the target. */
export async function dragAgendaItem(
  page: Page,
  handle: Locator,
  target: Locator,
  where: 'top' | 'bottom',
): Promise<void> {
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 5, { steps: 3 });
  const y = where === 'top' ? to.y + 10 : to.y + to.height - 10;
  await page.mouse.move(to.x + to.width / 2, y, { steps: 20 });
  await page.waitForTimeout(200);
  await page.mouse.up();
}

export interface NewAction {
  title: string;
  owner: string;
  iglo: string;
  /** dd.mm.åååå */
  due: string;
}

/** "Tilføj tiltag" with the dialog filled in by mouse. */
export async function addAction(page: Page, action: NewAction): Promise<void> {
  await page.getByRole('button', { name: 'Tilføj tiltag' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Tiltag', { exact: true }).fill(action.title);
  await form.getByLabel('Ansvarlig').fill(action.owner);
  await form.getByLabel('Frist').fill(action.due);
  await form.getByLabel('IGLO-niveau').selectOption({ label: action.iglo });
  await form.getByRole('button', { name: 'Tilføj tiltag' }).click();
  await expect(form).toBeHidden();
}
