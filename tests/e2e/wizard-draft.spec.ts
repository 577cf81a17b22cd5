import { appPath, test, expect } from './support/fixtures.js';
import { nextButton } from './support/wizard.js';

test('en genindlæsning beholder det skrevne, og browserens Tilbage går et trin tilbage', async ({ page }) => {
  await page.goto(appPath('/'));
  await page.getByRole('link', { name: 'Nyt forløb' }).first().click();
  await expect(page).toHaveURL(/\/nyt\?trin=1$/);

  await page.getByLabel('Organisation').fill('Esbjerg Kommune');
  await page.getByLabel('Enhed').fill('Jobcentret');
  await page.getByRole('radio', { name: 'Kommune' }).check();
  await nextButton(page).click();
  await page.getByRole('button', { name: 'Tilføj kontaktperson' }).click();
  await page.getByRole('group', { name: 'Kontakt 1' }).getByLabel('Navn').fill('Birthe Ærenlund');
  await nextButton(page).click();
  await page.getByRole('radio', { name: 'RUC dialogforløb' }).check();
  await nextButton(page).click();
  await expect(page).toHaveURL(/trin=4$/);
  await page.getByRole('checkbox', { name: 'Vold og trusler' }).check();

  // Reload on step 4: still step 4, with everything typed so far.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Temaer' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Vold og trusler' })).toBeChecked();

  // Back: step 3, the template still chosen; Forward: step 4 again.
  await page.goBack();
  await expect(page).toHaveURL(/trin=3$/);
  await expect(page.getByRole('heading', { name: 'Vælg skabelon' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'RUC dialogforløb' })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Temaer' })).toBeFocused();

  // The wizard's own "Tilbage" is the same step back in the history.
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await expect(page).toHaveURL(/trin=3$/);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Kontaktpersoner' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Kontakt 1' }).getByLabel('Navn')).toHaveValue(
    'Birthe Ærenlund',
  );
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Hvem er kunden?' })).toBeFocused();
  await expect(page.getByLabel('Organisation')).toHaveValue('Esbjerg Kommune');

  // Back from step 1 leaves the wizard; coming back, the draft is still there.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Nyt forløb' })).toBeHidden();
  await expect(page).not.toHaveURL(/nyt/);
  await page.getByRole('link', { name: 'Nyt forløb' }).first().click();
  await expect(page.getByLabel('Organisation')).toHaveValue('Esbjerg Kommune');
});

test('en trin-adresse forbi det udfyldte fører til første trin, der mangler noget', async ({ page }) => {
  await page.goto(appPath('/nyt?trin=6'));
  await expect(page).toHaveURL(/trin=1$/);
  await expect(page.getByText('Skriv organisationens navn.')).toBeVisible();
  await expect(page.getByLabel('Organisation')).toBeFocused();

  await page.getByLabel('Organisation').fill('Herning Kommune');
  await page.getByRole('radio', { name: 'Kommune' }).check();
  // Steps 1 and 2 are valid now, the template is not chosen: step 3 is as far as the URL can take us.
  await page.goto(appPath('/nyt?trin=7'));
  await expect(page).toHaveURL(/trin=3$/);
  await expect(page.getByText('Vælg en skabelon.')).toBeVisible();
  await page.goto(appPath('/nyt?trin=abc'));
  await expect(page).toHaveURL(/trin=3$/);
});

test('Annullér spørger, når der er skrevet noget, og glemmer så kladden', async ({ page }) => {
  await page.goto(appPath('/nyt'));
  // Nothing typed: no question.
  await page.getByRole('button', { name: 'Annullér' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nyt forløb' })).toBeHidden();

  await page.goto(appPath('/nyt'));
  await page.getByLabel('Organisation').fill('Gribskov Kommune');
  await page.getByRole('button', { name: 'Annullér' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kassér det nye forløb?' });
  await expect(dialog.getByRole('button', { name: 'Fortsæt guiden' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Organisation')).toHaveValue('Gribskov Kommune');

  await page.getByRole('button', { name: 'Annullér' }).click();
  await dialog.getByRole('button', { name: 'Kassér' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nyt forløb' })).toBeHidden();
  await page.reload();
  await page.getByRole('link', { name: 'Nyt forløb' }).first().click();
  await expect(page.getByLabel('Organisation')).toHaveValue('');
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('wizard')))).toEqual(
    [],
  );
});
