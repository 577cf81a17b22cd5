import type { EngineViews } from '../index';
import DialogueConsole from './DialogueConsole.vue';
import DialogueProjector from './DialogueProjector.vue';
import DialogueResults from './DialogueResults.vue';

const views: EngineViews = {
  console: DialogueConsole,
  projector: DialogueProjector,
  results: DialogueResults,
};
export default views;
