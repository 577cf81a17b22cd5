import type { ApiArg, ApiClient, ApiMethod, ApiResult } from '@shared/api';
import type { Engagement } from '@shared/domain/engagement';
import { createEngagement } from '@shared/domain/create-engagement';
import { ApiError } from '@shared/errors';
import { PROGRAMME_TEMPLATES } from '@shared/templates/programme-templates';
import { summarizeEngagement } from '@shared/domain/engagement-summary';

type Handlers = { [M in ApiMethod]?: (arg: ApiArg<M>) => Promise<ApiResult<M>> };

export const TODAY = '2026-11-21';

/**
 * An in-memory file store behind the ApiClient interface: revisions are
 * checked like the real one (a stale save is a conflict), and saves can be
 * held in flight or made to fail, to drive the outbox through its cases.
 */
export class FakeApi implements ApiClient {
  readonly engagements = new Map<string, Engagement>();
  readonly calls: { method: ApiMethod; arg: unknown }[] = [];
  /** Errors thrown by the next save calls, in order. */
  readonly saveFailures: ApiError[] = [];
  private held: (() => void)[] = [];
  private holding = false;
  private counter = 0;

  private readonly handlers: Handlers = {
    'templates.list': async () => [...PROGRAMME_TEMPLATES],
    'engagements.list': async () => [...this.engagements.values()].map((e) => summarizeEngagement(e, TODAY)),
    'engagements.get': async ({ id }) => this.require(id),
    'engagements.create': async (arg) => {
      const template = PROGRAMME_TEMPLATES.find((t) => t.id === arg.templateId);
      if (!template) throw new ApiError('invalid_argument', 'Ukendt skabelon');
      const engagement = createEngagement(template, arg, {
        id: `e${++this.counter}`,
        now: new Date(Date.UTC(2026, 10, 21, 9, this.counter)).toISOString(),
        newId: () => `n${++this.counter}`,
      });
      this.engagements.set(engagement.id, engagement);
      return structuredClone(engagement);
    },
    'engagements.save': async ({ engagement }) => {
      if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
      const failure = this.saveFailures.shift();
      if (failure) throw failure;
      const current = this.require(engagement.id);
      if (current.revision !== engagement.revision) {
        throw new ApiError('conflict', 'Forløbet er ændret et andet sted.', {
          expected: current.revision,
          got: engagement.revision,
        });
      }
      const saved: Engagement = {
        ...structuredClone(engagement),
        revision: current.revision + 1,
        updatedAt: new Date(Date.UTC(2026, 10, 21, 10, current.revision)).toISOString(),
      };
      this.engagements.set(saved.id, saved);
      return structuredClone(saved);
    },
    'engagements.delete': async ({ id }) => {
      this.require(id);
      this.engagements.delete(id);
      return { id, deletedAt: '2026-11-21T10:00:00.000Z' };
    },
  };

  async call<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> {
    this.calls.push({ method, arg: structuredClone(arg) });
    const handler = this.handlers[method];
    if (!handler) throw new ApiError('internal', `FakeApi: ${method} er ikke lavet`);
    return handler(arg);
  }

  /** Saves wait until release() from now on. */
  hold(): void {
    this.holding = true;
  }

  /** Lets every held save continue and stops holding. */
  release(): void {
    this.holding = false;
    const waiting = this.held;
    this.held = [];
    for (const resolve of waiting) resolve();
  }

  get heldCount(): number {
    return this.held.length;
  }

  saves(): Engagement[] {
    return this.calls
      .filter((c) => c.method === 'engagements.save')
      .map((c) => (c.arg as { engagement: Engagement }).engagement);
  }

  /** Another client saves a newer revision behind our back. */
  editElsewhere(id: string, mutate: (e: Engagement) => void): void {
    const current = this.require(id);
    mutate(current);
    current.revision += 1;
    this.engagements.set(id, current);
  }

  seed(
    templateId = 'nfa-grundmodel',
    organisation = 'Region Sjælland',
    unit = 'Akutmodtagelsen',
  ): Engagement {
    const template = PROGRAMME_TEMPLATES.find((t) => t.id === templateId);
    if (!template) throw new Error(templateId);
    const engagement = createEngagement(
      template,
      { templateId, client: { organisation, unit, sector: 'region' } },
      { id: `s${++this.counter}`, now: '2026-11-01T09:00:00.000Z', newId: () => `n${++this.counter}` },
    );
    this.engagements.set(engagement.id, engagement);
    return structuredClone(engagement);
  }

  private require(id: string): Engagement {
    const engagement = this.engagements.get(id);
    if (!engagement) throw new ApiError('not_found', 'Forløbet findes ikke.');
    return structuredClone(engagement);
  }
}
