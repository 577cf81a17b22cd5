import path from 'node:path';
import { ID_PATTERN } from '../../../shared/domain/primitives.js';
import { ApiError } from '../../../shared/errors.js';

export const ENGAGEMENT_FILE = 'engagement.json';
export const DELETED_FILE = 'deleted.json';
export const INDEX_FILE = 'index.json';
export const HISTORY_DIR = 'history';
/** A new programme is built in engagements/.creating-<id> and renamed into place when whole. */
export const STAGING_PREFIX = '.creating-';

/** Throws invalid_argument unless `id` is a well-formed id; call before an id goes anywhere near a path. */
export function assertValidId(id: unknown): asserts id is string {
  if (typeof id === 'string' && ID_PATTERN.test(id)) return;
  throw new ApiError(
    'invalid_argument',
    'Ugyldigt id: et forløbs id må kun bestå af små bogstaver, tal og bindestreger (højst 64 tegn).',
    { id: typeof id === 'string' ? id.slice(0, 80) : typeof id },
  );
}

/** Every path the store uses, derived from validated ids and checked to stay inside the data folder. */
export class StorePaths {
  readonly root: string;
  readonly engagementsDir: string;
  readonly trashDir: string;
  readonly indexFile: string;

  constructor(dataDir: string) {
    this.root = path.resolve(dataDir);
    this.engagementsDir = path.join(this.root, 'engagements');
    this.trashDir = path.join(this.root, 'trash');
    this.indexFile = path.join(this.root, INDEX_FILE);
  }

  engagementDir(id: string): string {
    assertValidId(id);
    return this.inside(path.join(this.engagementsDir, id));
  }

  engagementFile(id: string): string {
    return path.join(this.engagementDir(id), ENGAGEMENT_FILE);
  }

  historyDir(id: string): string {
    return path.join(this.engagementDir(id), HISTORY_DIR);
  }

  /** Where create() builds a programme's folder; the dot keeps it out of every listing. */
  stagingDir(id: string): string {
    assertValidId(id);
    return this.inside(path.join(this.engagementsDir, `${STAGING_PREFIX}${id}`));
  }

  historyFile(id: string, revision: number): string {
    if (!Number.isSafeInteger(revision) || revision < 1) {
      throw new ApiError('invalid_argument', 'Ugyldigt versionsnummer.', { revision });
    }
    return path.join(this.historyDir(id), `${revision}.json`);
  }

  /** Where a damaged engagement.json is moved aside to; `stamp` must be file-name safe. */
  damagedFile(id: string, stamp: string, attempt: number): string {
    const suffix = attempt === 0 ? '' : `-${attempt}`;
    return path.join(this.engagementDir(id), `engagement.damaged-${stamp}${suffix}.json`);
  }

  trashEntryDir(id: string): string {
    assertValidId(id);
    return this.inside(path.join(this.trashDir, id));
  }

  /** The path relative to the data folder with forward slashes, as shown to the user. */
  relative(absolute: string): string {
    return path.relative(this.root, absolute).split(path.sep).join('/');
  }

  private inside(candidate: string): string {
    const rel = path.relative(this.root, candidate);
    if (rel === '' || path.isAbsolute(rel) || rel.split(path.sep)[0] === '..') {
      throw new ApiError('invalid_argument', 'Ugyldigt id: stien peger uden for datamappen.');
    }
    return candidate;
  }
}
