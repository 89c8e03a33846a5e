/**
 * synthetic — seeded scenario generator with planted swarms and ground truth (METRICS.md §8).
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
export { resolveOperationsOptions, DEFAULT_OPERATIONS_OPTIONS, OPERATIONS_FAMILIES } from './resolve-operations-options.js';
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
