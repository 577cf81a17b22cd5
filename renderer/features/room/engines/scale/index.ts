import type { EngineViews } from '../index';
import ScaleConsole from './ScaleConsole.vue';
import ScaleProjector from './ScaleProjector.vue';
import ScaleResults from './ScaleResults.vue';

const views: EngineViews = { console: ScaleConsole, projector: ScaleProjector, results: ScaleResults };
export default views;
