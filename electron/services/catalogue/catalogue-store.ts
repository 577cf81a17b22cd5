import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ID_PATTERN } from '../../../shared/domain/primitives.js';
import { ApiError, isApiError } from '../../../shared/errors.js';
import { builtInCards, isBuiltInId } from '../../../shared/library/builtin-cards.js';
import {
  type CatalogueCard,
  CUSTOM_CARD_SCHEMA_VERSION,
  type CustomCardDraft,
  StoredCustomCard,
  type CatalogueProblem,
} from '../../../shared/library/catalogue.js';
import { ensureDir, removeStaleTempFiles, replaceFile, syncDir } from '../file-store/durable-write.js';
import { errnoCode, isNotFound } from '../file-store/fs-utils.js';

import { assertValidId } from '../file-store/paths.js';
import { KeyedMutex } from '../file-store/keyed-mutex.js';

export interface CatalogueStoreOptions {
  dataDir: string;
  now?: () => Date;
}

type ReadCard =
  { kind: 'ok'; card: CatalogueCard } | { kind: 'missing' } | { kind: 'damaged'; problem: CatalogueProblem };

const FILE_SUFFIX = '.json';

/**
 * The exercise catalogue: the built-in cards (shared/library) and the
 * consultant's own cards in `<dataDir>/library/<id>.json`. Own cards follow
 * the programmes' discipline: validated on every read, written atomically and
 * durably, a stale save refused, a file that cannot be read named and never
 * written over. Built-in ids can be neither overwritten nor deleted.
 */
export class CatalogueStore {
  private readonly root: string;
  private readonly dir: string;
  private readonly now: () => Date;
  private readonly locks = new KeyedMutex();
  private readonly swept = new Set<string>();

  constructor(options: CatalogueStoreOptions) {
    this.root = path.resolve(options.dataDir);
    this.dir = path.join(this.root, 'library');
    this.now = options.now ?? (() => new Date());
  }

  /** Every card: built-in first, then the own cards by title. Own cards that cannot be read are left out (see problems()). */
  list(): Promise<CatalogueCard[]> {
    return guarded(async () => {
      const own = (await this.readAll()).flatMap((read) => (read.kind === 'ok' ? [read.card] : []));
      own.sort((a, b) => a.title.localeCompare(b.title, 'da'));
      return [...builtInCards(), ...own];
    });
  }

  /** The own cards that could not be read, by file name. */
  problems(): Promise<CatalogueProblem[]> {
    return guarded(async () =>
      (await this.readAll()).flatMap((read) => (read.kind === 'damaged' ? [read.problem] : [])),
    );
  }

  get(id: string): Promise<CatalogueCard> {
    return guarded(async () => {
      assertCardId(id);
      const builtIn = builtInCards().find((card) => card.id === id);
      if (builtIn) return builtIn;
      const read = await this.read(id);
      if (read.kind === 'ok') return read.card;
      if (read.kind === 'damaged')
        throw new ApiError('damaged', read.problem.message, { file: read.problem.file });
      throw notFound(id);
    });
  }

  /** Saves an own card; `card` has been parsed with CustomCardDraft at the API boundary. */
  saveCustom(card: z.output<typeof CustomCardDraft>): Promise<CatalogueCard> {
    return guarded(async () => {
      if (isBuiltInId(card.id)) {
        throw new ApiError(
          'invalid_argument',
          `„${card.id}“ er en indbygget øvelse og kan ikke overskrives. Brug „Kopiér og tilpas“ for at lave din egen udgave.`,
          { id: card.id },
        );
      }
      return this.locks.run(card.id, async () => {
        const current = await this.read(card.id);
        if (current.kind === 'damaged')
          throw new ApiError('damaged', current.problem.message, { file: current.problem.file });
        const currentRevision = current.kind === 'ok' ? current.card.revision : 0;
        if ((card.revision ?? 0) !== currentRevision) {
          throw new ApiError(
            'conflict',
            currentRevision === 0
              ? 'Øvelsen findes ikke længere i dit bibliotek; den kan være slettet i et andet vindue.'
              : 'Øvelsen er ændret et andet sted, siden du åbnede den. Luk den og åbn den igen for at se den nyeste udgave.',
            { id: card.id, currentRevision },
          );
        }
        const { revision: _based, ...fields } = card;
        const stored: StoredCustomCard = {
          ...fields,
          schemaVersion: CUSTOM_CARD_SCHEMA_VERSION,
          revision: currentRevision + 1,
          updatedAt: this.now().toISOString(),
        };
        await ensureDir(this.dir);
        await this.sweep(card.id);
        await replaceFile(this.file(card.id), `${JSON.stringify(stored, null, 2)}\n`, { durable: true });
        return toCatalogueCard(stored);
      });
    });
  }

  deleteCustom(id: string): Promise<{ id: string }> {
    return guarded(async () => {
      assertCardId(id);
      if (isBuiltInId(id)) {
        throw new ApiError('invalid_argument', `„${id}“ er en indbygget øvelse og kan ikke slettes.`, { id });
      }
      return this.locks.run(id, async () => {
        try {
          await fs.unlink(this.file(id));
        } catch (error) {
          if (isNotFound(error)) throw notFound(id);
          throw error;
        }
        await syncDir(this.dir);
        return { id };
      });
    });
  }

  private file(id: string): string {
    return path.join(this.dir, `${id}${FILE_SUFFIX}`);
  }

  private relative(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/');
  }

  private async readAll(): Promise<ReadCard[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
    const ids = names
      .filter((name) => name.endsWith(FILE_SUFFIX))
      .map((name) => name.slice(0, -FILE_SUFFIX.length))
      .filter((id) => ID_PATTERN.test(id));
    return Promise.all(ids.map((id) => this.read(id)));
  }

  private async read(id: string): Promise<ReadCard> {
    const file = this.file(id);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if (isNotFound(error)) return { kind: 'missing' };
      if (errnoCode(error) === 'EISDIR')
        return this.damaged(id, file, 'der ligger en mappe i stedet for en fil');
      throw error;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return this.damaged(id, file, 'indholdet er ikke gyldig JSON (filen kan være afbrudt under skrivning)');
    }
    const version =
      typeof raw === 'object' && raw !== null && 'schemaVersion' in raw ? raw.schemaVersion : undefined;
    if (typeof version === 'number' && version > CUSTOM_CARD_SCHEMA_VERSION) {
      return this.damaged(
        id,
        file,
        'den er skrevet af en nyere version af Forløb; opdater Forløb for at bruge den',
      );
    }
    const parsed = StoredCustomCard.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.map(String).join('.')})` : '';
      return this.damaged(
        id,
        file,
        `indholdet har ikke det forventede format${where}: ${issue?.message ?? 'ukendt fejl'}`,
      );
    }
    if (parsed.data.id !== id) {
      return this.damaged(id, file, `filen hedder „${id}“, men øvelsen i den har id „${parsed.data.id}“`);
    }
    if (isBuiltInId(id)) {
      return this.damaged(id, file, 'den har samme id som en indbygget øvelse');
    }
    return { kind: 'ok', card: toCatalogueCard(parsed.data) };
  }

  private damaged(id: string, file: string, reason: string): ReadCard {
    const relative = this.relative(file);
    return {
      kind: 'damaged',
      problem: {
        id,
        file: relative,
        message: `Filen ${relative} kunne ikke læses: ${reason}. Den er ikke ændret.`,
      },
    };
  }

  /** Temp files a killed process left for this card, once per card per store. Caller holds the card's lock. */
  private async sweep(id: string): Promise<void> {
    if (this.swept.has(id)) return;
    await removeStaleTempFiles(this.dir, [`${id}${FILE_SUFFIX}`]);
    this.swept.add(id);
  }
}

function toCatalogueCard(stored: StoredCustomCard): CatalogueCard {
  const { schemaVersion: _version, ...card } = stored;
  return { ...card, origin: 'custom' };
}

function assertCardId(id: unknown): asserts id is string {
  assertValidId(id);
}

const notFound = (id: string): ApiError =>
  new ApiError('not_found', 'Øvelsen findes ikke i biblioteket. Den kan være slettet.', { id });

/** Anything that is not already an ApiError becomes `internal`. */
async function guarded<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    if (isApiError(error)) throw error;
    const code = errnoCode(error);
    throw new ApiError(
      'internal',
      `Der opstod en uventet fejl i øvelsesbiblioteket${code ? ` (${code})` : ''}. Prøv igen.`,
      { cause: error instanceof Error ? error.message : String(error) },
    );
  }
}
