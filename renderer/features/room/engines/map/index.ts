import type { EngineViews } from '../index';
import MapConsole from './MapConsole.vue';
import MapProjector from './MapProjector.vue';
import MapResults from './MapResults.vue';

const views: EngineViews = { console: MapConsole, projector: MapProjector, results: MapResults };
export default views;
