/**
 * `hashtag-swarms/synthetic` — what the package publishes from the synthetic stage: seeded
 * scenarios with planted swarms and their ground truth (METRICS.md §8), the operations
 * scenarios, and writing a scenario to disk. index.ts is the stage's door for the other modules;
 * this file names the public subset, so that an internal export added there does not become
 * public by accident.
 */
export {
  generateScenario,
  generateScenarioStream,
  resolveScenarioOptions,
  SCENARIO_NAMES,
  DEFAULT_SCENARIO_OPTIONS,
  SCENARIO_PRESETS,
  writeScenario,
  toScenarioRecord,
  generateOperations,
  resolveOperationsOptions,
  DEFAULT_OPERATIONS_OPTIONS,
  OPERATIONS_FAMILIES,
} from './index.js';
export type {
  BurstSchedule,
  JitterDistribution,
  LiveEventTruth,
  MembershipPeriod,
  OperationRunTruth,
  OperationsFamily,
  OperationsOptions,
  OperationsScenario,
  OperationsTruth,
  ResolvedOperationsOptions,
  ResolvedScenarioOptions,
  Scenario,
  ScenarioEvent,
  ScenarioName,
  ScenarioOptions,
  ScenarioRecord,
  ScenarioStream,
  ScenarioTruth,
  SwarmTruth,
  WrittenScenario,
} from './index.js';
