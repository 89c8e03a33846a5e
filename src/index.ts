/**
 * hashtag-swarms — the public API. Everything exported here is supported;
 * nothing else is. Stages, left to right: sources → ingest → windows → graph →
 * swarms → influence → report; research tools: synthetic, evaluate.
 */

// errors
export {
  HashtagSwarmsError,
  InvalidOptionsError,
  InputError,
  RejectedRecordError,
} from './errors.js';
export type { HashtagSwarmsErrorCode } from './errors.js';

// version
export { VERSION } from './version.js';

// sources (issue: foundation)

// ingest (issue: foundation)

// windows

// graph

// swarms

// influence

// report

// synthetic

// evaluate
