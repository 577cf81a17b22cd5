// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { builtInCards } from '@shared/library/builtin-cards';
import type { ExerciseStep, StepOfKind } from '@shared/library/card';
import { payloadSchemaFor } from '@shared/room/engines/index';
import type { ExerciseRun } from '@shared/room/exercise-run';
import type { Projection } from '@shared/room/projection';
import { ENGINE_VIEWS } from '@/features/room/engines';

const stepOf = <K extends ExerciseStep['kind']>(cardId: string, kind: K): StepOfKind<K> =>
  builtInCards()
    .find((card) => card.id === cardId)!
    .steps.find((step) => step.kind === kind) as StepOfKind<K>;

const consoleOf = (step: ExerciseStep, run?: ExerciseRun, hidden: string[] = []) =>
  mount(ENGINE_VIEWS[step.kind].console, {
    props: { step, run, hiddenAnswerIds: hidden, disabled: false },
    attachTo: document.body,
  });

/** Every payload a face emits must pass the engine's own schema, or the hub would refuse it. */
function emitted(wrapper: ReturnType<typeof consoleOf>, step: ExerciseStep): unknown[] {
  const payloads = (wrapper.emitted('answer') ?? []).map((args) => args[0]);
  for (const payload of payloads) expect(payloadSchemaFor(step).safeParse(payload).success).toBe(true);
  return payloads;
}

const run = (stepId: string, answers: [string, unknown][]): ExerciseRun => ({
  id: 'r1',
  engagementId: 'e1',
  meetingId: 'm1',
  agendaItemId: 'a1',
  exerciseId: 'x',
  startedAt: '2026-11-22T10:00:00.000Z',
  answers: answers.map(([id, payload]) => ({
    id,
    stepId,
    by: 'facilitator',
    at: '2026-11-22T10:00:00.000Z',
    payload,
  })),
  hiddenAnswerIds: [],
});

describe('engine faces on the console', () => {
  it('scale: a tap on a number sends it at once, with the word written first', async () => {
    const step = { ...stepOf('wellbeing-barometer', 'scale'), askWhy: true };
    const wrapper = consoleOf(step);
    await wrapper.get('button.number').trigger('click');
    await wrapper.get('input[type="text"]').setValue('travlt');
    await wrapper.findAll('button.number')[6]!.trigger('click');
    expect(emitted(wrapper, step)).toEqual([{ value: step.min }, { value: step.min + 6, word: 'travlt' }]);
    expect((wrapper.get('input[type="text"]').element as HTMLInputElement).value).toBe('');
    wrapper.unmount();
  });

  it('scale: the digit keys give a number, 0 is 10', async () => {
    const step = stepOf('wellbeing-barometer', 'scale');
    const wrapper = consoleOf({ ...step, askWhy: false });
    await wrapper.get('.scale-console').trigger('keydown', { key: '7' });
    await wrapper.get('.scale-console').trigger('keydown', { key: '0' });
    expect(emitted(wrapper, step)).toEqual([{ value: 7 }, { value: 10 }]);
    wrapper.unmount();
  });

  it('board: Enter puts the note in the chosen cell of the grid and keeps the cell', async () => {
    const step = stepOf('iglo-action-plan', 'board');
    const wrapper = consoleOf(step);
    await wrapper.get('select').setValue('foerste-tegn:ledelse');
    await wrapper.get('input[type="text"]').setValue('Lederen spørger ind');
    await wrapper.get('form').trigger('submit');
    await wrapper.get('input[type="text"]').setValue('Fast makker');
    await wrapper.get('form').trigger('submit');
    expect(emitted(wrapper, step)).toEqual([
      { cellId: 'foerste-tegn:ledelse', text: 'Lederen spørger ind' },
      { cellId: 'foerste-tegn:ledelse', text: 'Fast makker' },
    ]);
    expect((wrapper.get('select').element as HTMLSelectElement).value).toBe('foerste-tegn:ledelse');
    wrapper.unmount();
  });

  it('board: in dot mode a tap on a note gives it one dot', async () => {
    const step = stepOf('iglo-action-plan', 'board');
    const wrapper = consoleOf(step, run(step.id, [['n1', { cellId: 'efter:ledelse', text: 'Opfølgning' }]]));
    await wrapper.findAll('.modes button')[1]!.trigger('click');
    await wrapper.get('.dot-button').trigger('click');
    expect(emitted(wrapper, step)).toEqual([{ votes: ['n1'] }]);
    wrapper.unmount();
  });

  it('checklist: the ticks of one person are recorded together and cleared', async () => {
    const step = stepOf('iglo-checklist', 'checklist');
    const wrapper = consoleOf(step);
    const boxes = wrapper.findAll('input[type="checkbox"]');
    await boxes[0]!.setValue(true);
    await boxes[2]!.setValue(true);
    await wrapper.get('form').trigger('submit');
    const ids = step.groups.flatMap((group) => group.items.map((item) => item.id));
    expect(emitted(wrapper, step)).toEqual([{ itemIds: [ids[0], ids[2]] }]);
    expect(wrapper.findAll('input[type="checkbox"]:checked')).toHaveLength(0);
    wrapper.unmount();
  });

  it('dialogue: a note goes to the chosen question; hide and show are sent for a listed note', async () => {
    const step = stepOf('wellbeing-barometer', 'dialogue');
    const wrapper = consoleOf(
      step,
      run(step.id, [['d1', { questionId: step.questions[0]!.id, text: 'Morgenmøder' }]]),
      ['d1'],
    );
    await wrapper.get('input[type="text"]').setValue('For mange afbrydelser');
    await wrapper.get('form').trigger('submit');
    expect(emitted(wrapper, step)).toEqual([
      { questionId: step.questions[0]!.id, text: 'For mange afbrydelser' },
    ]);
    expect(wrapper.text()).toContain('Skjult');
    const show = wrapper.findAll('button').find((b) => b.text() === 'Vis')!;
    await show.trigger('click');
    expect(wrapper.emitted('hide')).toEqual([['d1', false]]);
    wrapper.unmount();
  });

  it('map: a unit with its name and red state, with the plan', async () => {
    const step = stepOf('contact-map', 'map');
    const wrapper = consoleOf(step);
    const inputs = wrapper.findAll('input[type="text"]');
    await inputs[0]!.setValue('Køkkenet');
    await wrapper.get('input[type="radio"][value="red"]').setValue(true);
    const planInput = wrapper.findAll('input[type="text"]').at(-1)!;
    await planInput.setValue('Fælles møde hver måned');
    await wrapper.get('form').trigger('submit');
    const [payload] = emitted(wrapper, step) as { fields: Record<string, string>; state: string }[];
    expect(payload!.state).toBe('red');
    expect(payload!.fields[step.unitFields[0]!.id]).toBe('Køkkenet');
    wrapper.unmount();
  });
});

describe('engine faces on the projector', () => {
  const projection = (result?: Projection['result']): Projection => ({
    engagementId: 'e1',
    itemId: 'a1',
    blackout: false,
    timer: { durationMs: 0, remainingMs: 0 },
    open: true,
    answerCount: 0,
    ...(result ? { result } : {}),
  });

  it('dialogue never shows the facilitator’s hints', () => {
    const step = stepOf('wellbeing-barometer', 'dialogue');
    const withHint = {
      ...step,
      questions: step.questions.map((q) => ({ ...q, hint: 'KUN TIL FACILITATOREN' })),
    };
    const wrapper = mount(ENGINE_VIEWS.dialogue.projector, {
      props: { step: withHint, projection: projection() },
    });
    expect(wrapper.text()).not.toContain('KUN TIL FACILITATOREN');
    expect(wrapper.text()).toContain(step.questions[0]!.text);
  });

  it('scale shows the figures only when the projection carries a result', () => {
    const step = stepOf('wellbeing-barometer', 'scale');
    const hidden = mount(ENGINE_VIEWS.scale.projector, { props: { step, projection: projection() } });
    expect(hidden.text()).not.toContain('Gennemsnit');
    const shown = mount(ENGINE_VIEWS.scale.projector, {
      props: {
        step,
        projection: projection({
          kind: 'scale',
          count: 5,
          distribution: [{ value: 4, count: 5 }],
          mean: 4,
          median: 4,
          words: [{ word: '<b>travlt</b>', count: 2 }],
        }),
      },
    });
    expect(shown.text()).toContain('Gennemsnit 4');
    // A word is text in the chart, never markup.
    expect(shown.find('b').exists()).toBe(false);
    expect(shown.text()).toContain('<b>travlt</b>');
  });
});
