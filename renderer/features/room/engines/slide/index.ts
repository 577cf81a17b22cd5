import type { EngineViews } from '../index';
import SlideConsole from './SlideConsole.vue';
import SlideProjector from './SlideProjector.vue';
import SlideResults from './SlideResults.vue';

const views: EngineViews = { console: SlideConsole, projector: SlideProjector, results: SlideResults };
export default views;
