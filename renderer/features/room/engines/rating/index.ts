import type { EngineViews } from '../index';
import RatingConsole from './RatingConsole.vue';
import RatingProjector from './RatingProjector.vue';
import RatingResults from './RatingResults.vue';

const views: EngineViews = { console: RatingConsole, projector: RatingProjector, results: RatingResults };
export default views;
