import { test, expect } from './support/fixtures.js';
import { screenshot, screenshotAtSizes, SCREEN_SIZES } from './support/screenshots.js';
import { createThroughWizard, isoDaysFromToday } from './support/wizard.js';

// Pictures for review (tests/artifacts/screenshots, not committed): the start
// screen empty and full, every wizard step, and the programme page, at both sizes.

test('skærmbilleder: startskærm, tom og med forløb', async ({ page, server }) => {
  await page.goto('/');
  await expect(page.getByText('Ingen forløb endnu')).toBeVisible();
  await screenshotAtSizes(page, 'start-empty');

  const seeds = [
    {
      templateId: 'nfa-grundmodel',
      organisation: 'Region Sjælland',
      unit: 'Akutmodtagelsen, Køge',
      sector: 'region',
      start: -40,
    },
    {
      templateId: 'ruc-dialog',
      organisation: 'Roskilde Kommune',
      unit: 'Hjemmeplejen Øst',
      sector: 'kommune',
      start: 9,
    },
    {
      templateId: 'joblife-aktionslaering',
      organisation: 'Aarhus Universitetshospital',
      unit: 'Børne- og Ungeafdelingen',
      sector: 'region',
      start: -100,
    },
    { templateId: 'custom', organisation: 'Ærø Kommune', unit: 'Ældreplejen', sector: 'kommune', start: 30 },
    {
      templateId: 'nfa-grundmodel',
      organisation: 'Styrelsen for Arbejdsmarked og Rekruttering',
      unit: 'Sekretariatet',
      sector: 'stat',
      start: -200,
    },
  ] as const;
  for (const seed of seeds) {
    const template = (await server.api('templates.list', {})).find((t) => t.id === seed.templateId);
    const meetingDates: Record<string, string> = {};
    for (const phase of template?.phases ?? []) {
      for (const meeting of phase.meetings)
        meetingDates[meeting.key] = isoDaysFromToday(seed.start + meeting.offsetWeeks * 7);
    }
    const created = await server.api('engagements.create', {
      templateId: seed.templateId,
      client: { organisation: seed.organisation, unit: seed.unit, sector: seed.sector },
      themes: ['organisatoriske-forandringer'],
      meetingDates,
    });
    if (seed.start < -150)
      await server.api('engagements.save', { engagement: { ...created, status: 'afsluttet' } });
  }
  await page.reload();
  await expect(page.getByRole('row')).toHaveCount(seeds.length + 1);
  await screenshotAtSizes(page, 'start-list');

  await page.setViewportSize(SCREEN_SIZES[0]);
  await page.getByLabel('Søg').fill('kommune');
  await screenshot(page, 'start-search');
});

for (const size of SCREEN_SIZES) {
  test(`skærmbilleder: guiden og forløbssiden ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await createThroughWizard(
      page,
      {
        organisation: 'Region Hovedstaden',
        unit: 'Hjertemedicinsk afdeling, Herlev',
        sector: 'Region',
        contacts: [
          {
            name: 'Mette Sørensen',
            role: 'Leder',
            email: 'mette.soerensen@regionh.dk',
            phone: '38 68 00 00',
          },
          { name: 'Jørgen Åberg', role: 'Arbejdsmiljørepræsentant', email: 'joergen.aaberg@regionh.dk' },
        ],
        templateTitle: 'NFA grundmodel',
        themes: ['Organisatoriske forandringer', 'Samarbejde, kultur og mobning'],
        facilitators: [
          { name: 'Anne Holm', organisation: 'Arbejdsmiljøhuset' },
          { name: 'Peter Nørgaard', organisation: 'NFA' },
        ],
        startDate: isoDaysFromToday(-30),
      },
      async (step) => screenshot(page, `wizard-${step}`),
    );
    await expect(page.getByRole('region', { name: 'Tidslinje' })).toBeVisible();
    await screenshot(page, 'engagement');
    await screenshot(page, 'engagement-full', { fullPage: true });

    await page.getByRole('button', { name: 'Slet forløb' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await screenshot(page, 'delete-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Slet forløb' }).click();
    await expect(page.getByText('Forløbet er slettet')).toBeVisible();
    await screenshot(page, 'deleted-toast');
  });
}
