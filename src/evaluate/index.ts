/**
 * evaluate — scores of detected swarms against planted ones (METRICS.md §5).
 */
export * from './public.js';
