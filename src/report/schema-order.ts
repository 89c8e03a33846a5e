/**
 * Key order of every object in the JSON report (DESIGN.md §6 and the influence
 * stage's types), used by {@link toJSON}. The lists are checked against the
 * types (`satisfies`), so a renamed field fails the typecheck here.
 */
import type { AccountAggregate, GroupInfluence, HashtagVoice, IndividualInfluence, MemberAlone, StrongestMember, SwarmPersistence } from '../influence/index.js';
import type { Rejection } from '../ingest/index.js';
import type {
  AccountReport, EdgeReport, InputReport, SwarmEventReport, SwarmHashtagReport, SwarmReport, SwarmReportEntry,
  SwarmSignificanceReport, WindowReport,
} from './types.js';

/** Keys of the report itself. */
export const TOP_ORDER = ['schemaVersion', 'generator', 'options', 'input', 'windows', 'swarms', 'accounts', 'edges'] as const satisfies readonly (keyof SwarmReport)[];
/** Keys of `input`. */
export const INPUT_ORDER = ['records', 'accepted', 'rejected', 'merged', 'posts', 'rejectedByCode', 'firstRejected', 'latePosts', 'beforeOriginPosts', 'analysedPosts', 'orderFallback'] as const satisfies readonly (keyof InputReport)[];
/** Keys of a rejection. */
export const REJECTION_ORDER = ['index', 'line', 'code', 'field', 'expected', 'received', 'message'] as const satisfies readonly (keyof Rejection)[];
/** Keys of a window. */
export const WINDOW_ORDER = ['index', 'start', 'end', 'posts', 'accounts', 'status', 'reason', 'maxLagMs', 'candidatePairs', 'edges',
  'crowdPosts', 'crowdByHashtag', 'repostPosts', 'candidates', 'rejectedCandidates', 'swarmIds'] as const satisfies readonly (keyof WindowReport)[];
/** Keys of a swarm. */
export const SWARM_ORDER = ['id', 'firstSeen', 'lastSeen', 'windows', 'events', 'members', 'coreMembers', 'hashtags', 'parentId',
  'significance', 'group', 'collectiveInfluencerWindows', 'persistence'] as const satisfies readonly (keyof SwarmReportEntry)[];
/** Keys of a swarm's `persistence`. */
export const PERSISTENCE_ORDER = ['lifetime', 'memberRetention', 'meanMemberRetention', 'stationarity',
  'coreMembers'] as const satisfies readonly (keyof SwarmPersistence)[];
/** Keys of an account's `individual` (aggregated over windows). */
export const ACCOUNT_AGGREGATE_ORDER = ['account', 'windows', 'postCount', 'leadFollowers', 'strength', 'engagementTotal',
  'externalEngagement', 'hashtagDegree', 'degree', 'followerReach', 'hIndex', 'firstMoverShare', 'leadRank', 'engagementRate',
  'swarmId', 'swarmIds'] as const satisfies readonly (keyof AccountAggregate)[];
/** Keys of a tracking event. */
export const EVENT_ORDER = ['type', 'window', 'time', 'related'] as const satisfies readonly (keyof SwarmEventReport)[];
/** Keys of a swarm hashtag. */
export const HASHTAG_ORDER = ['hashtag', 'posts', 'shareOfVoice'] as const satisfies readonly (keyof SwarmHashtagReport)[];
/** Keys of `significance`. */
export const SIGNIFICANCE_ORDER = ['pValue', 'zTimeShift', 'zPermutation', 'isSwarm', 'statistic', 'pTimeShift', 'pPermutation',
  'repeatedBursts', 'ownedHashtags', 'edges', 'episodes', 'expectedEpisodes'] as const satisfies readonly (keyof SwarmSignificanceReport)[];
/** Keys of an account. */
export const ACCOUNT_ORDER = ['account', 'posts', 'swarmId', 'individual'] as const satisfies readonly (keyof AccountReport)[];
/** Keys of an edge. */
export const EDGE_ORDER = ['source', 'target', 'windows', 'episodes', 'coCount', 'weight', 'pValue'] as const satisfies readonly (keyof EdgeReport)[];

/** Keys of one window's individual influence (`strongestMember.individual`). */
export const INDIVIDUAL_ORDER = ['account', 'postCount', 'hashtagDegree', 'degree', 'strength', 'leadFollowers', 'firstMoverShare',
  'leadRank', 'followerReach', 'engagementTotal', 'engagementRate', 'externalEngagement', 'externalEngagementBasis', 'hIndex',
  'swarmId'] as const satisfies readonly (keyof IndividualInfluence)[];
/** Keys of a swarm's `group`. */
export const GROUP_ORDER = ['swarmId', 'size', 'members', 'memberPosts', 'groupHashtags', 'syncFraction', 'medianLagMs', 'meanLagMs',
  'burstiness', 'burstinessKimJo', 'internalDensity', 'internalWeightMean', 'conductance', 'modularityContribution',
  'groupDegreeCentrality', 'groupLeadReach', 'groupHarmonicCloseness', 'followerUnionLower', 'followerUnionUpper', 'followerCoverage',
  'audienceBestMember', 'audienceUnion', 'audienceSum', 'audienceRedundancy', 'shareOfVoice', 'peakShareOfVoice', 'hashtagCapture', 'ownedHashtags',
  'contributionBasis', 'effectiveContributors', 'collectiveness', 'topMemberShare', 'swarmLift', 'swarmLiftLog2', 'swarmLiftLower',
  'swarmLiftUpper', 'swarmLiftLowSupport', 'swarmLiftReason', 'swarmLiftHashtags', 'coordinatedPosts', 'soloPosts', 'coordinatedCredit', 'soloCredit',
  'externalAdoptions', 'memberBursts', 'burstLift', 'burstZ', 'burstPValue', 'collectiveInfluencer', 'reasons',
  'strongestMember'] as const satisfies readonly (keyof GroupInfluence)[];
/** Keys of a `group.shareOfVoice` entry. */
export const VOICE_ORDER = ['hashtag', 'posts', 'memberPosts', 'shareOfVoice', 'peakShareOfVoice', 'burstLift', 'burstZ'] as const satisfies readonly (keyof HashtagVoice)[];
/** Keys of `group.strongestMember`. */
export const STRONGEST_ORDER = ['account', 'individual', 'alone'] as const satisfies readonly (keyof StrongestMember)[];
/** Keys of `group.strongestMember.alone`. */
export const ALONE_ORDER = ['shareOfVoice', 'peakShareOfVoice', 'burstLift', 'burstZ', 'groupLeadReach', 'groupDegreeCentrality',
  'groupHarmonicCloseness'] as const satisfies readonly (keyof MemberAlone)[];
