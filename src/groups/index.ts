/**
 * The groups stage: one definition of each quantity of an account group that both swarms/
 * (detection and significance) and influence/ (group influence) report (METRICS.md §3.3–3.5):
 * the group data (members, H_S and their occurrences), the cohesion formulas, the selection of
 * H_S, owned hashtags and synchronised occurrences. The only module other stages import.
 */
export { cohesionOfSums, sumCohesionCsr, type CohesionScores, type CohesionSums } from './cohesion.js';
export { selectGroupHashtags, type GroupHashtagRule, type MemberOccurrenceLists } from './select-group-hashtags.js';
export { isOwnedHashtag, shareOfVoice } from './owned-hashtags.js';
export { markSynchronised } from './mark-synchronised.js';
export { collectGroupData, type GroupData, type HashtagRows } from './group-data.js';
