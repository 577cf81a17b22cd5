import type { ThemeId } from '@shared/domain/vocabulary';

/** One line per theme, in our own words, to help the choice in the wizard and on Stamdata. */
export const THEME_DESCRIPTIONS: Record<ThemeId, string> = {
  'organisatoriske-forandringer':
    'Omstruktureringer, sammenlægninger og nye måder at organisere arbejdet på.',
  'faglige-forandringer': 'Nye opgaver, metoder, teknologier eller krav til fagligheden.',
  'vold-og-trusler':
    'Forebyggelse og håndtering af vold, trusler og krænkende adfærd fra borgere eller patienter.',
  'samarbejde-kultur-mobning': 'Samarbejde, omgangstone og kultur – og mobning mellem kolleger og ledere.',
};
