/**
 * `hashtag-swarms/influence` — what the package publishes from the influence stage: individual
 * influence per account, group influence per swarm, the collective-influencer verdict and the
 * run-level aggregation. index.ts is the stage's door for the other stages and also holds
 * library internals; this file names the public subset.
 */
export {
  scoreAccounts,
  scoreSwarms,
  scoreWindow,
  reachesMoreTogether,
  aggregateAccountScores,
  aggregateSwarmScores,
  createAccountAggregator,
  DEFAULT_INFLUENCE_OPTIONS,
  resolveInfluenceOptions,
} from './index.js';
export type {
  AccountAggregate,
  AccountAggregator,
  AccountScores,
  EngagementBasis,
  FieldSummary,
  GroupInfluence,
  HashtagVoice,
  IndividualInfluence,
  InfluenceOptions,
  LeadRankStatus,
  MemberAlone,
  ResolvedInfluenceOptions,
  ScoreAccountsOptions,
  StrongestMember,
  SwarmAggregate,
  SwarmInput,
  SwarmPersistence,
  WindowInfluence,
} from './index.js';
