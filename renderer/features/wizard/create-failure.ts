import type { ApiError } from '@shared/errors';
import { WIZARD_STEPS, type WizardStepKey } from './wizard-model';

/** What the wizard says when engagements.create fails, and where the consultant can fix it. */
export interface CreateFailure {
  /** Plain Danish: what happened and what to do. */
  message: string;
  /** The step that holds the rejected value, when the error names one. */
  step?: WizardStepKey;
  /** The field's DOM id on that step, to focus it. */
  field?: string;
  /** The API's own message, kept for a support question, shown folded away. */
  detail: string;
}

/** The first rejected path ("client.organisation", "contacts.0.email"), from parseOrThrow's details. */
function firstIssuePath(error: ApiError): string {
  const issues = error.details?.['issues'];
  if (!Array.isArray(issues)) return '';
  const first: unknown = issues[0];
  if (typeof first !== 'object' || first === null || !('path' in first)) return '';
  return typeof first.path === 'string' ? first.path : '';
}

/** Which step (and field) a rejected path belongs to; both the argument's and the programme's paths. */
function whereToFix(path: string): { step: WizardStepKey; field?: string } | undefined {
  if (path === 'title') return { step: 'kunde', field: 'wizard-title' };
  if (path === 'client.organisation') return { step: 'kunde', field: 'wizard-organisation' };
  if (path === 'client.unit') return { step: 'kunde', field: 'wizard-unit' };
  if (path.startsWith('client.contacts') || path.startsWith('contacts')) return { step: 'kontakter' };
  if (path.startsWith('client')) return { step: 'kunde' };
  if (path.startsWith('facilitators')) return { step: 'facilitatorer' };
  if (path.startsWith('themes')) return { step: 'temaer' };
  if (path.startsWith('meetingDates') || path.startsWith('phases')) return { step: 'datoer' };
  if (path.startsWith('templateId')) return { step: 'skabelon' };
  return undefined;
}

const stepLabel = (key: WizardStepKey): string => WIZARD_STEPS.find((s) => s.key === key)?.label ?? key;

export function describeCreateFailure(error: ApiError): CreateFailure {
  const detail = error.message;
  switch (error.code) {
    case 'invalid_argument': {
      const where =
        whereToFix(firstIssuePath(error)) ??
        (error.details?.['templateId'] ? { step: 'skabelon' as const } : undefined);
      if (!where) {
        return {
          message:
            'Forløb kunne ikke gemme oplysningerne, som de står. Gå trinnene igennem, ret det, der ser forkert ud, og tryk »Opret forløb« igen.',
          detail,
        };
      }
      return {
        message: `Noget på trinnet »${stepLabel(where.step)}« kan ikke gemmes, som det står. Gå til trinnet, ret det, og tryk »Opret forløb« igen.`,
        step: where.step,
        field: where.field,
        detail,
      };
    }
    case 'conflict':
      return {
        message: 'Forløbet fik ved et tilfælde samme id som et andet. Tryk »Opret forløb« igen.',
        detail,
      };
    default:
      return {
        message:
          'Forløb kunne ikke gemme det nye forløb i datamappen. Det, du har skrevet, er ikke tabt: tryk »Opret forløb« igen om lidt. Bliver det ved, så genstart programmet.',
        detail,
      };
  }
}
