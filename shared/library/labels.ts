import type { ActionStage, IgloLevel } from '../domain/vocabulary.js';

/** The IGLO levels as the library, the room and the reports name them. */
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
