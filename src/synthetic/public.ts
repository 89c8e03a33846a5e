/**
 * `hashtag-swarms/synthetic` — what the package publishes from the synthetic stage: seeded
 * scenarios with planted swarms and their ground truth (METRICS.md §8), the operations
 * scenarios, and writing a scenario to disk. index.ts is the stage's door for the other modules;
 * this file names the public subset, so that an internal export added there does not become
 * public by accident.
 */
export { generateScenario } from './generate-scenario.js';
export { generateScenarioStream } from './generate-scenario-stream.js';
export { resolveScenarioOptions, SCENARIO_NAMES } from './resolve-scenario-options.js';
export { DEFAULT_SCENARIO_OPTIONS, SCENARIO_PRESETS } from './presets.js';
export type {
  BurstSchedule,
  JitterDistribution,
  MembershipPeriod,
  ResolvedScenarioOptions,
  Scenario,
  ScenarioEvent,
  ScenarioName,
  ScenarioOptions,
  ScenarioStream,
  ScenarioTruth,
  SwarmTruth,
} from './types.js';
export { generateOperations } from './generate-operations.js';
export {
  resolveOperationsOptions,
  DEFAULT_OPERATIONS_OPTIONS,
  OPERATIONS_FAMILIES,
} from './resolve-operations-options.js';
export type {
  LiveEventTruth,
  OperationRunTruth,
  OperationsFamily,
  OperationsOptions,
  OperationsScenario,
  OperationsTruth,
  ResolvedOperationsOptions,
} from './types.js';
export { writeScenario, toScenarioRecord } from './write-scenario.js';
export type { ScenarioRecord, WrittenScenario } from './write-scenario.js';
