import type { EngineViews } from '../index';
import BoardConsole from './BoardConsole.vue';
import BoardProjector from './BoardProjector.vue';
import BoardResults from './BoardResults.vue';

const views: EngineViews = { console: BoardConsole, projector: BoardProjector, results: BoardResults };
export default views;
