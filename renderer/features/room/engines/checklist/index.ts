import type { EngineViews } from '../index';
import ChecklistConsole from './ChecklistConsole.vue';
import ChecklistProjector from './ChecklistProjector.vue';
import ChecklistResults from './ChecklistResults.vue';

const views: EngineViews = {
  console: ChecklistConsole,
  projector: ChecklistProjector,
  results: ChecklistResults,
};
export default views;
