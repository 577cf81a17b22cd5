import { z } from 'zod';

/** The documents the built-in cards are written from (../shared/seeds), and the user's own material. */
export const SOURCE_DOCUMENT_IDS = [
  'nfa-balance',
  'bfa-velfaerd-amo-anker',
  'bfa-industri-stress',
  'danske-regioner-ekspertraadgivning',
  'aalborg-tilbage-til-arbejdet',
  'egen',
] as const;
export const SourceDocumentId = z.enum(SOURCE_DOCUMENT_IDS);
export type SourceDocumentId = z.infer<typeof SourceDocumentId>;

/** How a card names its source: "Kilde: <label>, <section>". */
export const SOURCE_DOCUMENT_LABELS: Record<SourceDocumentId, string> = {
  'nfa-balance': 'NFA, BALANCE-projektet (læreres trivsel)',
  'bfa-velfaerd-amo-anker':
    'BFA Velfærd og Offentlig administration, Forebyg stress med arbejdsmiljøorganisationen som anker',
  'bfa-industri-stress': 'BFA Industri, Forebyggelse og håndtering af stress',
  'danske-regioner-ekspertraadgivning':
    'Danske Regioner og Forhandlingsfællesskabet, Et godt psykisk arbejdsmiljø – ekspertrådgivning og inspiration',
  'aalborg-tilbage-til-arbejdet': 'Arbejdsmedicinsk Klinik Aalborg, Stresssygemeldt – tilbage til arbejdet',
  egen: 'Eget materiale',
};
