/**
 * The posts a window's posts link to (`repostOf`, `replyTo`), as rows of the window: one id
 * index per window, shared by the graph stage (a reply is never paired with the post it answers)
 * and the influence stage (engagement links), and built once per window — the result is kept on
 * the table for the last view asked, so the second stage of the same window reads it.
 */
import { POST_HAS_LINKS, type WindowView } from './window-table.js';

/** Link targets of the rows of one view (row numbers relative to the view's first row). */
export interface LinkTargets {
  /** Per row: the row its `repostOf` names in the view (−1: none, or not in the view, or itself). */
  readonly repostOf: Int32Array;
  /** Per row: the row its `replyTo` names in the view (−1 likewise). */
  readonly replyTo: Int32Array;
  /** Whether some `replyTo` names a row of the view. */
  readonly replies: boolean;
}

/**
 * Resolve the links of a view's rows to rows of the view (a repeated id: the last row holding it).
 * @param view the window's rows.
 * @returns the targets, or undefined when no row of the view links (no id index is built then).
 * @example
 * linkTargets(table.viewOf(window)!)?.replyTo[3]; // the row post 3 replies to, or −1
 */
export function linkTargets(view: WindowView): LinkTargets | undefined {
  const { table: t, lo, hi } = view;
  const c = t.linkCache;
  if (c !== undefined && c.lo === lo && c.hi === hi && c.changes === t.changes) return c.links;
  let links: LinkTargets | undefined;
  let first = lo;
  while (first < hi && (t.flags[first]! & POST_HAS_LINKS) === 0) first++;
  if (first < hi) {
    const rowOf = new Map<string, number>();
    for (let r = lo; r < hi; r++) rowOf.set(t.post(r).id, r - lo);
    const repostOf = new Int32Array(hi - lo).fill(-1);
    const replyTo = new Int32Array(hi - lo).fill(-1);
    let replies = false;
    for (let r = first; r < hi; r++) {
      if ((t.flags[r]! & POST_HAS_LINKS) === 0) continue;
      const post = t.post(r);
      const q = r - lo;
      const reposted = post.repostOf === undefined ? undefined : rowOf.get(post.repostOf);
      if (reposted !== undefined && reposted !== q) repostOf[q] = reposted;
      const answered = post.replyTo === undefined ? undefined : rowOf.get(post.replyTo);
      if (answered !== undefined && answered !== q) {
        replyTo[q] = answered;
        replies = true;
      }
    }
    links = { repostOf, replyTo, replies };
  }
  t.linkCache = { lo, hi, changes: t.changes, links };
  return links;
}
