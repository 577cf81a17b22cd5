import { emptyMeetingRecord, type Meeting } from './engagement.js';

export const NEW_MEETING_TITLE = 'Nyt møde';
export const NEW_MEETING_MINUTES = 60;

/**
 * A meeting the consultant adds on the programme page: no date yet, on site,
 * an hour. Its kind is 'andet' because nothing says what it is for; the
 * template's meetings carry their own kinds.
 */
export function newMeeting(id: string): Meeting {
  return {
    id,
    kind: 'andet',
    title: NEW_MEETING_TITLE,
    description: '',
    mode: 'on-site',
    minutes: NEW_MEETING_MINUTES,
    agenda: [],
    record: emptyMeetingRecord(),
  };
}
