import { describe, expect, it } from 'vitest';
import { CHART_SIZES, distributionChart, toSvgString } from '../../../shared/charts/index.js';
import type { StepOfKind } from '../../../shared/library/card.js';
import { PDF_CHART, stepResultContent } from '../../../shared/reports/pdf-charts.js';
import { REPORT_FONT } from '../../../shared/reports/report-styles.js';
import { summariseStep } from '../../../shared/room/engines/index.js';
import type { RoomAnswer } from '../../../shared/room/exercise-run.js';
import { CARDS, contentText } from './report-fixtures.js';

const step = <K extends 'map' | 'dialogue'>(cardId: string, kind: K) =>
  CARDS.find((c) => c.id === cardId)!.steps.find((s) => s.kind === kind) as StepOfKind<K>;
const answers = (stepId: string, payloads: unknown[]): RoomAnswer[] =>
  payloads.map((payload, index) => ({
    id: `svar-${index}`,
    stepId,
    by: 'facilitator',
    at: '2026-11-22T09:00:00.000Z',
    payload,
  }));

describe('results as PDF content', () => {
  it('draws charts in the report font at the A4 column width, and leaves the projector’s drawing as it was', () => {
    const data = { title: 'T', bars: [{ value: 1, count: 2 }] };
    expect(toSvgString(distributionChart(data, PDF_CHART))).toContain(`font-family="${REPORT_FONT}"`);
    expect(PDF_CHART.width).toBe(480);
    const projector = toSvgString(distributionChart(data, CHART_SIZES.projector));
    expect(projector).toContain('font-family="&#39;Segoe UI&#39;');
    expect(projector).not.toContain(REPORT_FONT);
  });

  it('shows the contact map as units with their status in words and the plan for a red contact', () => {
    const map = step('contact-map', 'map');
    const result = summariseStep(
      map,
      answers(map.id, [
        { fields: { navn: 'Køkken', kontaktperson: 'Jonas' }, state: 'green' },
        {
          fields: { navn: 'Rengøring' },
          state: 'red',
          plan: { handling: 'Inviter til personalemøde', ansvarlig: 'Aisha' },
        },
      ]),
    );
    const text = contentText(stepResultContent({ step: map, result, count: 2 }));
    expect(text).toContain('Køkken');
    expect(text).toContain('God kontakt og viden');
    expect(text).toContain('Mangler kontakt');
    expect(text).toContain('Inviter til personalemøde');
    expect(text).toContain('2 enheder på kortet, 1 med »Mangler kontakt«');
  });

  it('shows dialogue notes under their question, and says so when there are none', () => {
    const dialogue = step('wellbeing-barometer', 'dialogue');
    const result = summariseStep(
      dialogue,
      answers(dialogue.id, [{ questionId: 'traekker-ned', text: 'Aftenvagten er tyndt bemandet' }]),
    );
    const text = contentText(stepResultContent({ step: dialogue, result, count: 1 }));
    expect(text).toContain('Hvad trækker trivslen ned?\nAftenvagten er tyndt bemandet');
    expect(text).not.toContain('Hvad trækker trivslen op hos os lige nu?');
    const empty = summariseStep(dialogue, []);
    expect(contentText(stepResultContent({ step: dialogue, result: empty, count: 0 }))).toBe('Ingen svar.');
  });
});
