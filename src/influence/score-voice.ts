/**
 * Share of voice of a group (METRICS.md §3.3), for h ∈ H_S:
 *   shareOfVoice(S, h)     = n_Sh / N_h                     (window posts, crowd posts included)
 *   peakShareOfVoice(S, h) = max_t n_S,h[t, t+Δt) / N_h[t, t+Δt) over bins starting at a post of h
 *                            and holding ≥ peakMinPosts posts (null when none does)
 *   hashtagCapture(S)      = Σ_h n_Sh / Σ_h N_h
 *   ownedHashtags(S)       = {h : shareOfVoice(S, h) ≥ ownedShare}, sorted (groups/: no episode condition)
 * Cost O(Σ_{h∈H_S} N_h) with two pointers.
 */
import { compareStrings } from '../_lib/compare.js';
import { isOwnedHashtag, shareOfVoice } from '../groups/index.js';
import type { InfluenceGroupData } from './group-data.js';
import type { HashtagVoice } from './types.js';
import type { WindowContext } from './window-context.js';

/** Share-of-voice metrics of a group. */
export interface VoiceScores {
  readonly shareOfVoice: readonly HashtagVoice[];
  readonly peakShareOfVoice: number | null;
  readonly hashtagCapture: number | null;
  readonly ownedHashtags: readonly string[];
}

/** First occurrence index of hashtag h inside the window (lookback occurrences precede it). */
export function windowOccStart(ctx: WindowContext, h: number): number {
  let lo = ctx.occStart[h]!;
  let hi = ctx.occStart[h + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.occTime[mid]! < ctx.startMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Peak member share of hashtag h over [t, t + Δt) bins with ≥ minPosts posts. */
export function peakShare(ctx: WindowContext, h: number, mask: Uint8Array, minPosts: number): number | null {
  const a = windowOccStart(ctx, h);
  const b = ctx.occStart[h + 1]!;
  let best: number | null = null;
  let j = a;
  let members = 0;
  for (let i = a; i < b; i++) {
    while (j < b && ctx.occTime[j]! < ctx.occTime[i]! + ctx.maxLagMs) {
      members += mask[ctx.occAccount[j]!]!;
      j++;
    }
    if (j - i >= minPosts) best = Math.max(best ?? 0, members / (j - i));
    members -= mask[ctx.occAccount[i]!]!;
  }
  return best;
}

/** Compute the share-of-voice metrics; `burst` gives per-H_S-index burstLift / burstZ. */
export function scoreVoice(
  ctx: WindowContext,
  group: InfluenceGroupData,
  options: { readonly topHashtags: number; readonly ownedShare: number; readonly peakMinPosts: number },
  burst: { readonly lift: readonly (number | null)[]; readonly z: readonly (number | null)[] },
): VoiceScores {
  const all: HashtagVoice[] = [];
  let memberSum = 0;
  let volumeSum = 0;
  let peak: number | null = null;
  for (let g = 0; g < group.hashtags.length; g++) {
    const h = group.hashtags[g]!;
    const memberPosts = group.runStarts[g + 1]! - group.runStarts[g]!;
    const posts = group.volume[g]!;
    const p = peakShare(ctx, h, group.mask, options.peakMinPosts);
    if (p !== null) peak = Math.max(peak ?? 0, p);
    memberSum += memberPosts;
    volumeSum += posts;
    all.push({
      hashtag: ctx.hashtags[h]!,
      posts,
      memberPosts,
      shareOfVoice: shareOfVoice(memberPosts, posts),
      peakShareOfVoice: p,
      burstLift: burst.lift[g] ?? null,
      burstZ: burst.z[g] ?? null,
    });
  }
  // Owned by share of voice alone (no episode condition): a label, not a test (groups/owned-hashtags.ts).
  const owned = all.filter((v) => isOwnedHashtag(v.shareOfVoice, 0, options.ownedShare, 0)).map((v) => v.hashtag).sort(compareStrings);
  all.sort((x, y) => y.memberPosts - x.memberPosts || compareStrings(x.hashtag, y.hashtag));
  return {
    shareOfVoice: all.slice(0, options.topHashtags),
    peakShareOfVoice: peak,
    hashtagCapture: volumeSum > 0 ? memberSum / volumeSum : null,
    ownedHashtags: owned,
  };
}
