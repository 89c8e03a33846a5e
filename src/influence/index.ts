/**
 * Influence stage: individual influence per account (METRICS.md §2, §7.2) and group influence per
 * swarm (§3, §7.3) and run-level aggregation.
 */
export { scoreAccounts } from './score-accounts.js';
export { scoreSwarms, scoreWindow } from './score-window.js';
export { reachesMoreTogether } from './collective-verdict.js';
export { aggregateAccountScores, aggregateSwarmScores, createAccountAggregator } from './aggregate.js';
export type { AccountAggregate, AccountAggregator, SwarmAggregate, FieldSummary } from './aggregate.js';
export { DEFAULT_INFLUENCE_OPTIONS, resolveInfluenceOptions } from './options.js';
export type {
  AccountScores,
  EngagementBasis,
  GroupInfluence,
  HashtagVoice,
  IndividualInfluence,
  InfluenceOptions,
  LeadRankStatus,
  MemberAlone,
  ResolvedInfluenceOptions,
  ScoreAccountsOptions,
  StrongestMember,
  SwarmInput,
  SwarmPersistence,
  WindowInfluence,
} from './types.js';
