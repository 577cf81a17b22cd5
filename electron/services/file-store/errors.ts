import { ApiError } from '../../../shared/errors.js';

/** Danish messages for the store's errors, in one place so they read alike. */

export const notFound = (): ApiError =>
  new ApiError('not_found', 'Forløbet findes ikke. Det kan være slettet eller flyttet til papirkurven.');

export const conflict = (currentRevision: number): ApiError =>
  new ApiError(
    'conflict',
    'Forløbet er ændret et andet sted siden du åbnede det. Genindlæs for at se den nyeste version.',
    { currentRevision },
  );

export const idTaken = (id: string): ApiError =>
  new ApiError('conflict', 'Der findes allerede et forløb med samme id. Prøv igen.', { id });

/** Why a file could not be read, in words that finish the sentence "Filen … kunne ikke læses: …". */
export interface ReadProblem {
  reason: string;
  /** Written by a newer Forløb: the fix is to update, not to recover. */
  newerVersion?: number;
}

export function damagedMessage(file: string, problem: ReadProblem, lastGoodRevision?: number): string {
  if (problem.newerVersion !== undefined) {
    return (
      `Filen ${file} er skrevet af en nyere version af Forløb (skemaversion ${problem.newerVersion}) ` +
      'og kan ikke åbnes her. Opdater Forløb for at åbne den.'
    );
  }
  const offer =
    lastGoodRevision !== undefined
      ? ` Den seneste gode version (revision ${lastGoodRevision}) kan gendannes fra historikken.`
      : ' Der er ingen tidligere version i historikken at gendanne.';
  return `Filen ${file} kunne ikke læses: ${problem.reason}.${offer}`;
}

export const damaged = (file: string, problem: ReadProblem, lastGoodRevision?: number): ApiError =>
  new ApiError(
    'damaged',
    damagedMessage(file, problem, lastGoodRevision),
    lastGoodRevision !== undefined ? { file, lastGoodRevision } : { file },
  );
