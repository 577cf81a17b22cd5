import { ExerciseCard } from './card.js';
import type { CatalogueCard } from './catalogue.js';
import { card as stressDefinition } from './cards/stress-definition.js';
import { card as stressSymptoms } from './cards/stress-symptoms.js';
import { card as fiveRiskFactors } from './cards/five-risk-factors.js';
import { card as igloModel } from './cards/iglo-model.js';
import { card as threePreventionAreas } from './cards/three-prevention-areas.js';
import { card as sixRecommendations } from './cards/six-recommendations.js';
import { card as returnToWorkPlan } from './cards/return-to-work-plan.js';
import { card as amoSuInterfaces } from './cards/amo-su-interfaces.js';
import { card as wellbeingBarometer } from './cards/wellbeing-barometer.js';
import { card as loadCurve } from './cards/load-curve.js';
import { card as demandsResourcesBalance } from './cards/demands-resources-balance.js';
import { card as suddenOrder } from './cards/sudden-order.js';
import { card as stressCourses } from './cards/stress-courses.js';
import { card as leaderConversation } from './cards/leader-conversation.js';
import { card as balanceDialogueLeader } from './cards/balance-dialogue-leader.js';
import { card as balanceDialogueGroup } from './cards/balance-dialogue-group.js';
import { card as peopleManagementDialogue } from './cards/people-management-dialogue.js';
import { card as taskOverview } from './cards/task-overview.js';
import { card as reasonsNotToGoToLeader } from './cards/reasons-not-to-go-to-leader.js';
import { card as wellbeingTriangle } from './cards/wellbeing-triangle.js';
import { card as preventionFocus } from './cards/prevention-focus.js';
import { card as leaderBarriers } from './cards/leader-barriers.js';
import { card as adaptationChangeMatrix } from './cards/adaptation-change-matrix.js';
import { card as energyGiversDrainers } from './cards/energy-givers-drainers.js';
import { card as leaderSparringGuide } from './cards/leader-sparring-guide.js';
import { card as individualCultureChecklist } from './cards/individual-culture-checklist.js';
import { card as collectiveQualities } from './cards/collective-qualities.js';
import { card as frustrationSpiral } from './cards/frustration-spiral.js';
import { card as crossDepartmentAssumptions } from './cards/cross-department-assumptions.js';
import { card as psychologicalSafety } from './cards/psychological-safety.js';
import { card as igloChecklist } from './cards/iglo-checklist.js';
import { card as removeStonesInShoe } from './cards/remove-stones-in-shoe.js';
import { card as riskFactorsDialogue } from './cards/risk-factors-dialogue.js';
import { card as preventionLeversStatus } from './cards/prevention-levers-status.js';
import { card as contactMap } from './cards/contact-map.js';
import { card as collaborationFourQuestions } from './cards/collaboration-four-questions.js';
import { card as igloActionPlan } from './cards/iglo-action-plan.js';
import { card as trioWrapUp } from './cards/trio-wrap-up.js';
import { card as workModificationDialogue } from './cards/work-modification-dialogue.js';
import { card as returnToWorkDilemmas } from './cards/return-to-work-dilemmas.js';

/** Every built-in card, in the order the library shows them before any search: knowledge first, then exercises. */
const CARD_FILES = [
  stressDefinition,
  stressSymptoms,
  fiveRiskFactors,
  igloModel,
  threePreventionAreas,
  sixRecommendations,
  returnToWorkPlan,
  amoSuInterfaces,
  wellbeingBarometer,
  loadCurve,
  demandsResourcesBalance,
  suddenOrder,
  stressCourses,
  leaderConversation,
  balanceDialogueLeader,
  balanceDialogueGroup,
  peopleManagementDialogue,
  taskOverview,
  reasonsNotToGoToLeader,
  wellbeingTriangle,
  preventionFocus,
  leaderBarriers,
  adaptationChangeMatrix,
  energyGiversDrainers,
  leaderSparringGuide,
  individualCultureChecklist,
  collectiveQualities,
  frustrationSpiral,
  crossDepartmentAssumptions,
  psychologicalSafety,
  igloChecklist,
  removeStonesInShoe,
  riskFactorsDialogue,
  preventionLeversStatus,
  contactMap,
  collaborationFourQuestions,
  igloActionPlan,
  trioWrapUp,
  workModificationDialogue,
  returnToWorkDilemmas,
];

let parsed: readonly CatalogueCard[] | undefined;

/** The built-in cards, parsed once (defaults filled in) on first use. */
export function builtInCards(): readonly CatalogueCard[] {
  parsed ??= CARD_FILES.map((file) => ({
    ...ExerciseCard.parse(file),
    origin: 'builtin' as const,
    revision: 0,
  }));
  return parsed;
}

const BUILT_IN_IDS: ReadonlySet<string> = new Set(CARD_FILES.map((card) => card.id));

export function isBuiltInId(id: string): boolean {
  return BUILT_IN_IDS.has(id);
}
