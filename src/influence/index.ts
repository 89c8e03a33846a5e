/**
 * Influence stage: individual influence per account (METRICS.md §2, §7.2) and group influence per
 * swarm (§3, §7.3) and run-level aggregation.
 */
export * from './public.js';
