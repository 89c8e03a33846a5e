/**
 * `hashtag-swarms/influence` — what the package publishes from the influence stage: individual
 * influence per account, group influence per swarm, the collective-influencer verdict and the
 * run-level aggregation. index.ts is the stage's door for the other stages and also holds
 * library internals; this file names the public subset.
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
