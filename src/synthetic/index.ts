/**
 * synthetic — seeded scenario generator with planted swarms and ground truth (METRICS.md §8).
 */
export * from './public.js';
