import type { EngineViews } from '../index';
import CurveConsole from './CurveConsole.vue';
import CurveProjector from './CurveProjector.vue';
import CurveResults from './CurveResults.vue';

const views: EngineViews = { console: CurveConsole, projector: CurveProjector, results: CurveResults };
export default views;
