/**
 * Swarms stage: detection and significance of swarms (DESIGN.md §3); tracking is track/.
 * The only module other stages import.
 */
export * from './public.js';
