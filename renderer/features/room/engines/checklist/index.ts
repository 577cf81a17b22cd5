import type { EngineViews } from '../index';
import StepPrompt from '../generic/StepPrompt.vue';

/** Scaffold: replaced by the checklist engine's own console, projector and results faces. */
const views: EngineViews = { console: StepPrompt, projector: StepPrompt, results: StepPrompt };
export default views;
