/**
 * Track stage: swarms followed across windows under stable ids (METRICS.md §4), after influence —
 * Greene matching, the events, the relabelling of a window's influence to the tracked ids, and
 * the persistence of a tracked swarm (§3.6).
 * The only module other stages import from this folder.
 */
export * from './public.js';
// For the other stages only (not published):
export { relabelWindowInfluence } from './relabel-window-influence.js';
