import { z } from 'zod';

/** The four canonical phases every programme template maps onto. */
export const PHASE_KINDS = ['preparation', 'seminar', 'activity', 'wrapup'] as const;
export const PhaseKind = z.enum(PHASE_KINDS);
export type PhaseKind = z.infer<typeof PhaseKind>;
export const PHASE_LABELS: Record<PhaseKind, string> = {
  preparation: 'Forberedelse',
  seminar: 'Seminar',
  activity: 'Aktivitetsfase',
  wrapup: 'Opsamling',
};

export const THEME_IDS = [
  'organisatoriske-forandringer',
  'faglige-forandringer',
  'vold-og-trusler',
  'samarbejde-kultur-mobning',
] as const;
export const ThemeId = z.enum(THEME_IDS);
export type ThemeId = z.infer<typeof ThemeId>;
export const THEME_LABELS: Record<ThemeId, string> = {
  'organisatoriske-forandringer': 'Organisatoriske forandringer',
  'faglige-forandringer': 'Faglige forandringer',
  'vold-og-trusler': 'Vold og trusler',
  'samarbejde-kultur-mobning': 'Samarbejde, kultur og mobning',
};

export const SECTORS = ['region', 'kommune', 'stat', 'privat'] as const;
export const Sector = z.enum(SECTORS);
export type Sector = z.infer<typeof Sector>;
export const SECTOR_LABELS: Record<Sector, string> = {
  region: 'Region',
  kommune: 'Kommune',
  stat: 'Stat',
  privat: 'Privat',
};

export const CONTACT_ROLES = [
  'leder',
  'tillidsrepraesentant',
  'arbejdsmiljoerepraesentant',
  'hr',
  'med-amo',
  'andet',
] as const;
export const ContactRole = z.enum(CONTACT_ROLES);
export type ContactRole = z.infer<typeof ContactRole>;
export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  leder: 'Leder',
  tillidsrepraesentant: 'Tillidsrepræsentant',
  arbejdsmiljoerepraesentant: 'Arbejdsmiljørepræsentant',
  hr: 'HR',
  'med-amo': 'MED/AMO',
  andet: 'Andet',
};

export const MEETING_MODES = ['on-site', 'phone-video'] as const;
export const MeetingMode = z.enum(MEETING_MODES);
export type MeetingMode = z.infer<typeof MeetingMode>;
export const MEETING_MODE_LABELS: Record<MeetingMode, string> = {
  'on-site': 'På arbejdspladsen',
  'phone-video': 'Telefon/video',
};

/** What kind of meeting this is; drives icons and, later, which exports fit it. */
export const MEETING_KINDS = [
  'formoede',
  'design',
  'forundersoegelse',
  'analyse',
  'seminar',
  'workshop',
  'korte-moeder',
  'laeringsmoede',
  'midtvejsmoede',
  'opsamlingsmoede',
  'andet',
] as const;
export const MeetingKind = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof MeetingKind>;

export const ENGAGEMENT_STATUSES = ['aktiv', 'pause', 'afsluttet'] as const;
export const EngagementStatus = z.enum(ENGAGEMENT_STATUSES);
export type EngagementStatus = z.infer<typeof EngagementStatus>;
export const ENGAGEMENT_STATUS_LABELS: Record<EngagementStatus, string> = {
  aktiv: 'Aktiv',
  pause: 'På pause',
  afsluttet: 'Afsluttet',
};

export const IGLO_LEVELS = ['individ', 'gruppe', 'ledelse', 'organisation'] as const;
export const IgloLevel = z.enum(IGLO_LEVELS);
export type IgloLevel = z.infer<typeof IgloLevel>;

export const ACTION_STAGES = ['forebyggelse', 'foerste-tegn', 'haandtering', 'efter'] as const;
export const ActionStage = z.enum(ACTION_STAGES);
export type ActionStage = z.infer<typeof ActionStage>;

export const ACTION_STATUSES = ['ikke-startet', 'i-gang', 'gennemfoert', 'opgivet'] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** The kinds of item on a seminar's agenda. */
export const AGENDA_ITEM_TYPES = ['oevelse', 'oplaeg', 'pause', 'droeftelse', 'andet'] as const;
export const AgendaItemType = z.enum(AGENDA_ITEM_TYPES);
export type AgendaItemType = z.infer<typeof AgendaItemType>;
export const AGENDA_ITEM_TYPE_LABELS: Record<AgendaItemType, string> = {
  oevelse: 'Øvelse',
  oplaeg: 'Oplæg',
  pause: 'Pause',
  droeftelse: 'Drøftelse',
  andet: 'Andet',
};

/** How a RUC pre-study gathered what it knows. */
export const PRE_STUDY_METHODS = ['fokusgruppe', 'interview', 'observation', 'besoeg'] as const;
export const PreStudyMethod = z.enum(PRE_STUDY_METHODS);
export type PreStudyMethod = z.infer<typeof PreStudyMethod>;
export const PRE_STUDY_METHOD_LABELS: Record<PreStudyMethod, string> = {
  fokusgruppe: 'Fokusgruppe',
  interview: 'Interview',
  observation: 'Observation',
  besoeg: 'Besøg',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  'ikke-startet': 'Ikke startet',
  'i-gang': 'I gang',
  gennemfoert: 'Gennemført',
  opgivet: 'Opgivet',
};

export const CRITERION_ASSESSMENT_LABELS = {
  'ikke-vurderet': 'Ikke vurderet',
  opfyldt: 'Opfyldt',
  delvist: 'Delvist opfyldt',
  'ikke-opfyldt': 'Ikke opfyldt',
} as const;

/** The IGLO levels as the library, the workspace, the room and the reports name them. */
export const IGLO_LEVEL_LABELS: Record<IgloLevel, string> = {
  individ: 'Individ',
  gruppe: 'Gruppe',
  ledelse: 'Ledelse',
  organisation: 'Organisation',
};

/** The stages of the IGLO action plan. */
export const ACTION_STAGE_LABELS: Record<ActionStage, string> = {
  forebyggelse: 'Forebyggelse',
  'foerste-tegn': 'Første tegn',
  haandtering: 'Håndtering',
  efter: 'Efter forløbet',
};
