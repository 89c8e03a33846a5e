/**
 * Browser script of the HTML report, part 5: what an analyst opens after the
 * overview — the detail of one swarm (its activity over the period as a small
 * SVG, why it is a swarm in words, its hashtags, its members with their posts
 * and individual influence, its group-influence metrics with their meaning) and
 * the searchable accounts table. Texts go in through `textContent` or attribute
 * values only, like the rest of the page.
 */

/** Client swarm-detail and accounts renderers. */
export const CLIENT_DETAIL = String.raw`
/** Individual fields: [label, definition]. */
var ACCOUNT_FIELD_INFO = {
  leadFollowers: ['Lead followers', 'Later adopters the account led: accounts that took up a hashtag shortly after it did (fractional credit), summed over windows.'],
  followerReach: ['Follower reach', 'Followers of the account, where the input has them (largest value seen).'],
  leadRank: ['Lead rank', 'PageRank on the reversed lead graph: high when the account leads accounts that themselves lead (mean over windows).'],
  firstMoverShare: ['First-mover share', 'Share of its hashtags on which the account was among the first 10 % of adopters (mean over windows).'],
  strength: ['Co-posting strength', 'Weighted degree in the account graph: how much synchronous co-posting the account takes part in (summed over windows).'],
  degree: ['Partners', 'Accounts it is linked to by a kept co-posting edge (largest over windows).'],
  hashtagDegree: ['Hashtags', 'Distinct hashtags it used (largest over windows).'],
  windows: ['Windows', 'Windows in which the account posted.'],
};
/** Group fields: [label, definition]; others are named from their field name. */
var GROUP_FIELD_INFO = {
  size: ['Members in the window', 'Members in the swarm\u2019s busiest window, where these metrics are measured.'],
  memberPosts: ['Member posts', 'Posts of the members in that window.'],
  hashtagCapture: ['Hashtag capture', 'Share of all posts on the swarm\u2019s hashtags that its members wrote (volume-weighted).'],
  burstLift: ['Burst lift', 'Peak posting speed on its hashtags against the same posts at independent times (above 1: bursts the members made).'],
  burstZ: ['Burst z', 'The burst lift as a z-score against the independent-timing runs.'],
  swarmLift: ['Swarm lift', 'Adoptions by others per coordinated post against per solo post by the same members (above 1: coordination pays).'],
  swarmLiftLower: ['Swarm lift, low end', 'Lower end of the 95 % bootstrap interval of the swarm lift.'],
  swarmLiftUpper: ['Swarm lift, high end', 'Upper end of the 95 % bootstrap interval of the swarm lift.'],
  swarmLiftLowSupport: ['Swarm lift on little data', 'True when too few posts support the swarm lift.'],
  collectiveness: ['Collectiveness', 'How evenly the members share the posting (0: one member does it all, 1: all equally).'],
  effectiveContributors: ['Effective contributors', 'Number of members who effectively carry the posting (inverse Herfindahl).'],
  topMemberShare: ['Top member share', 'Share of the posting done by the most active member.'],
  syncFraction: ['Synchronised share', 'Share of member posts with another member posting the same hashtag within the lag.'],
  medianLagMs: ['Median lag', 'Median time between a member post and the nearest other member post on the same hashtag.'],
  meanLagMs: ['Mean lag', 'Mean time between a member post and the nearest other member post on the same hashtag.'],
  groupLeadReach: ['Group lead reach', 'Share of non-members who took up a hashtag shortly after a member did.'],
  groupDegreeCentrality: ['Group degree centrality', 'Share of non-members linked to a member in the account graph.'],
  groupHarmonicCloseness: ['Group harmonic closeness', 'How close non-members are to the swarm in the account graph.'],
  collectiveInfluencer: ['Collective influencer', 'Judged a collective influencer: reach above the strongest member alone, lift above 1, shared posting, individually weak members.'],
};

/** Verdict criteria by reason code: [sentence, outcome] (pass, fail or info). */
var VERDICT_CODES = {
  'swarm-lift-above-1': ['Coordinated posts recruit more new adopters than the same members\u2019 solo posts (the swarm-lift interval is above 1).', 'pass'],
  'swarm-lift-not-above-1': ['Coordinated posts are not shown to recruit more new adopters than solo posts (the swarm-lift interval reaches 1).', 'fail'],
  'swarm-lift-unsupported': ['Too few coordinated or solo posts, or no adoptions, to measure the swarm lift: the burst lift decides instead.', 'info'],
  'burst-lift-significant': ['The members\u2019 bursts are faster than the same posts at independent times, beyond chance.', 'pass'],
  'burst-lift-not-significant': ['The members\u2019 bursts are not significantly faster than the same posts at independent times.', 'fail'],
  'burst-lift-unavailable': ['No hashtag has enough member posts to measure bursts.', 'fail'],
  'collective': ['The posting (or the adoptions it earned) is shared among the members.', 'pass'],
  'not-collective': ['One or a few members carry the posting.', 'fail'],
  'collectiveness-unavailable': ['Fewer than two members contribute.', 'fail'],
  'members-weak': ['The members are individually weak: their median followers or lead rank is below the window\u2019s.', 'pass'],
  'members-not-weak': ['The members are not individually weak.', 'fail'],
  'member-strength-unavailable': ['No followers or lead rank to judge the members\u2019 individual strength.', 'fail'],
  'reach-above-best-member': ['The group reaches more accounts than its strongest member alone.', 'pass'],
  'reach-not-above-best-member': ['The group reaches no more accounts than its strongest member alone.', 'fail'],
  'reach-unavailable': ['No lead reach for the group or its strongest member.', 'fail'],
};

/** The verdict of the swarm's busiest window, criterion by criterion, with the numbers behind each. */
function verdictPanel(sw) {
  var head = sw.collectiveInfluencer === null ? 'No verdict: no group-influence record.'
    : (sw.collectiveInfluencer ? 'Yes: a collective influencer' : 'No: not a collective influencer') + ' in its busiest window' +
      (sw.collectiveInfluencerWindows > 0 ? ' (judged one in ' + sw.collectiveInfluencerWindows + ' of its ' + sw.windows.length + ' windows).' : '.');
  var items = sw.reasons.map(function (r) {
    var cut = r.indexOf(': '), code = cut < 0 ? r : r.slice(0, cut), detail = cut < 0 ? '' : r.slice(cut + 2), info = VERDICT_CODES[code] || [code, 'info'];
    return h('li', { class: 'reason ' + info[1], 'data-code': code }, [h('span', { class: 'mark', 'aria-hidden': 'true', text: info[1] === 'pass' ? '\u2713' : info[1] === 'fail' ? '\u2717' : '\u2022' }),
      h('span', { text: ' ' + info[0] + ' ' }), h('span', { class: 'mono detail', text: detail })]);
  });
  return h('div', { class: 'verdict-panel' }, [h('h3', { text: 'Collective influencer?' }), h('p', { class: 'verdict-head', text: head }),
    items.length ? h('ul', { class: 'reasons' }, items) : null]);
}
function groupFieldInfo(k) { return GROUP_FIELD_INFO[k] || [humanName(k), k]; }

/** The swarm's presence over the period: one bar per window (its height the window's posts), coloured where the swarm was matched. */
function activityChart(sw) {
  var W = DATA.windows, width = 460, height = 64, top = 6, base = 46;
  var per = Math.max(1, Math.ceil(W.length / 230)), cols = Math.ceil(W.length / per), colW = width / Math.max(1, cols);
  var present = {}; sw.windows.forEach(function (w) { present[w] = true; });
  var maxPosts = Math.max.apply(null, W.map(function (w) { return w.posts; }).concat([1]));
  var svg = s('svg', { class: 'activity', viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img', 'aria-label': 'Windows where ' + sw.id + ' was active' });
  for (var c = 0; c < cols; c++) {
    var ws = W.slice(c * per, (c + 1) * per), posts = 0, hits = 0;
    ws.forEach(function (w) { posts = Math.max(posts, w.posts); if (present[w.index]) hits++; });
    var bh = Math.max(3, (base - top) * posts / maxPosts), x = c * colW + (colW > 3 ? 0.5 : 0), bw = Math.max(1, colW - (colW > 3 ? 1 : 0));
    var tip = (ws.length === 1 ? 'Window ' + ws[0].index : 'Windows ' + ws[0].index + '\u2013' + ws[ws.length - 1].index) + ': ' + fmtTime(ws[0].start) + ' \u2192 ' + fmtTime(ws[ws.length - 1].end) + ', ' + fmt(posts) + ' posts' + (ws.length > 1 ? ' (busiest window)' : '') + (hits ? ', swarm active' + (ws.length > 1 ? ' in ' + hits : '') : ', swarm not active');
    svg.appendChild(s('rect', { class: hits ? 'present' : 'absent', x: x, y: base - bh, width: bw, height: bh, fill: hits ? sw.color : '#e4e7eb' }, [s('title', { text: tip })]));
  }
  svg.appendChild(s('line', { x1: 0, x2: width, y1: base + 0.5, y2: base + 0.5, stroke: '#9aa5b1' }));
  if (W.length) {
    svg.appendChild(s('text', { x: 0, y: height - 3, 'font-size': 11, fill: '#616e7c', text: fmtTime(W[0].start) }));
    svg.appendChild(s('text', { x: width, y: height - 3, 'font-size': 11, fill: '#616e7c', 'text-anchor': 'end', text: fmtTime(W[W.length - 1].end) }));
  }
  return svg;
}

/** Why the swarm is a swarm, in sentences. */
function evidenceText(sw) {
  var e = sw.evidence, out = [];
  out.push('In its strongest window the group statistic T(S), the synchrony of the members\u2019 posts, was ' + fmt(e.statistic) + '. Against random time shifts of their posts: p = ' + fmtP(e.pTimeShift) +
    (sw.zTimeShift !== null ? ' (z = ' + fmt(sw.zTimeShift) + ')' : '') + '; against shuffled posters: p = ' + fmtP(e.pPermutation) + (sw.zPermutation !== null ? ' (z = ' + fmt(sw.zPermutation) + ')' : '') +
    '. Corrected for the number of groups tested: p = ' + fmtP(sw.pValue) + ' \u2014 ' + (sw.isSwarm ? 'judged a swarm.' : 'not judged a swarm.'));
  out.push('Members posted together in ' + fmt(e.repeatedBursts) + ' repeated bursts (a hashtag burst with at least two members) and own ' + fmt(e.ownedHashtags) + ' hashtag' + (e.ownedHashtags === 1 ? '' : 's') + '.');
  var ratio = e.expectedEpisodes > 0 ? ', ' + fmt(e.episodes / e.expectedEpisodes) + ' times as many' : '';
  out.push('Between members ' + fmt(e.edges) + ' edges were kept, with ' + fmt(e.episodes) + ' co-posting episodes where chance timing expects ' + fmt(e.expectedEpisodes) + ratio + '.');
  var ev = sw.events.filter(function (x) { return x.type !== 'continuation' && x.type !== 'growth' && x.type !== 'contraction'; })
    .map(function (x) { return x.type + ' in window ' + x.window + (x.related.length ? ' (with ' + x.related.join(', ') + ')' : ''); });
  if (ev.length) out.push('Events: ' + ev.join('; ') + '.');
  if (sw.parentId !== null) out.push('It split off ' + sw.parentId + '.');
  if (sw.meanMemberRetention !== null) out.push('On average ' + fmtPct(sw.meanMemberRetention) + ' of its members carry over from one window to the next.');
  if (sw.collectiveInfluencerWindows > 0) out.push('Judged a collective influencer in ' + sw.collectiveInfluencerWindows + ' window' + (sw.collectiveInfluencerWindows === 1 ? '' : 's') + '.');
  return out;
}

function smallTable(cls, heads, rows) {
  return h('table', { class: 'small ' + cls }, [h('thead', null, [h('tr', null, heads.map(function (x) { return h('th', { class: x[2] ? 'n' : null, title: x[1], text: x[0] }); }))]),
    h('tbody', null, rows.map(function (r) { return h('tr', null, r.map(function (v, i) { return h('td', { class: heads[i][2] ? 'n' : i === 0 ? 'mono wrap' : null, text: v }); })); }))]);
}

function swarmDetail(sw) {
  var A = DATA.accounts, F = A.fields, lead = F.indexOf('leadFollowers'), reach = F.indexOf('followerReach');
  var box = h('div', { class: 'swarm-detail', 'data-swarm': sw.id });
  var active = h('div', { class: 'panel' }, [h('h3', { text: 'Activity over the period' }), activityChart(sw),
    h('p', { class: 'note', text: 'Active in ' + sw.windows.length + ' of ' + DATA.windows.length + ' windows, ' + fmtTime(sw.firstSeen) + ' \u2192 ' + fmtTime(sw.lastSeen) + ' UTC. Bars: posts per window (all accounts); coloured where the swarm was matched.' }),
    h('h3', { text: 'Why it is a swarm' }), h('div', { class: 'evidence' }, evidenceText(sw).map(function (t) { return h('p', { text: t }); }))]);
  var tags = h('div', { class: 'panel' }, [h('h3', { text: 'Hashtags (' + sw.hashtags.length + ')' }),
    smallTable('hashtags', [['Hashtag', 'A characteristic hashtag of the swarm'], ['Member posts', 'Posts of the members on the hashtag, over the swarm\u2019s windows', true], ['Share of voice', 'Member posts / all posts on the hashtag in the swarm\u2019s windows', true]],
      sw.hashtags.map(function (t) { return ['#' + t.hashtag, fmt(t.posts), fmtPct(t.share)]; }))]);
  var heads = [['Account', 'Account name as read'], ['Posts', 'Posts of the account in the whole input', true], ['Core', 'Present in at least the core share of the swarm\u2019s windows']];
  if (lead >= 0) heads.push(['Lead followers', ACCOUNT_FIELD_INFO.leadFollowers[1], true]);
  if (reach >= 0) heads.push(['Follower reach', ACCOUNT_FIELD_INFO.followerReach[1], true]);
  var shown = sw.members.slice(0, 500);
  var members = h('div', { class: 'panel' }, [h('h3', { text: 'Members (' + fmt(sw.size) + ', ' + fmt(sw.core) + ' core)' }), h('div', { class: 'scroll short' }, [smallTable('members', heads, shown.map(function (m) {
    var row = A.rows[m[0]], out = [row[0], fmt(row[1]), m[1] ? 'core' : ''];
    if (lead >= 0) out.push(fmt(row[4 + lead]));
    if (reach >= 0) out.push(fmt(row[4 + reach]));
    return out;
  }))]), sw.members.length > shown.length ? h('p', { class: 'note', text: 'The ' + shown.length + ' members with the most posts; the accounts table below lists them all (filter by ' + sw.id + ').' }) : null]);
  function metricList(entries) {
    return h('dl', { class: 'metrics' }, entries.reduce(function (acc, kv) {
      var info = groupFieldInfo(kv[0]), v = kv[0] === 'reasons' || kv[0] === 'ownedHashtags' ? String(kv[1]).split('|').join('; ') : fmtField(kv[0], kv[1]);
      acc.push(h('dt', { title: info[1], text: info[0] }), h('dd', { class: 'wrap', title: info[1], text: v }));
      return acc;
    }, []));
  }
  var known = sw.group.filter(function (kv) { return GROUP_FIELD_INFO[kv[0]]; }), rest = sw.group.filter(function (kv) { return !GROUP_FIELD_INFO[kv[0]] && kv[0] !== 'reasons'; });
  var group = h('div', { class: 'panel' }, [verdictPanel(sw), h('h3', { text: 'Group influence in its busiest window' }),
    sw.group.length ? metricList(known) : h('p', { class: 'note', text: 'No group-influence record for this swarm.' }),
    rest.length ? h('details', null, [h('summary', { text: 'All ' + rest.length + ' other group fields' }), metricList(rest)]) : null,
    sw.group.length ? h('p', { class: 'note', text: 'Hover a name for its meaning.' }) : null]);
  var find = h('button', { type: 'button', class: 'link', text: 'Show its members in the accounts table' });
  find.addEventListener('click', function () {
    var input = document.getElementById('accounts-filter');
    if (!input) return;
    input.value = sw.id; input.dispatchEvent(new Event('input')); document.getElementById('accounts').scrollIntoView();
  });
  members.appendChild(find);
  box.appendChild(h('div', { class: 'detail-grid' }, [active, tags, members, group]));
  return box;
}

function renderAccounts() {
  var host = document.getElementById('accounts-body'), A = DATA.accounts, LIMIT = 200;
  if (A.rows.length === 0) { host.appendChild(h('p', { class: 'note', text: 'No account posted in the analysed period.' })); return; }
  var cols = [
    { label: 'Account', title: 'Account name as read.', value: function (r) { return r[0]; }, cell: function (r) { return h('span', { class: 'mono wrap', text: r[0] }); } },
    { label: 'Posts', num: true, title: 'Posts of the account in the input, each counted once.', value: function (r) { return r[1]; } },
    { label: 'Swarm', title: 'The swarm the account was last in (blank: none); other swarms it was in follow in grey.', value: function (r) { return r[2]; },
      cell: function (r) {
        var sw = r[2] === null ? null : swarmById(r[2]), rest = String(r[3]).split(' ').filter(function (x) { return x && x !== r[2]; });
        return h('span', null, [sw ? dot(sw.color) : null, h('span', { class: 'mono nowrap', text: r[2] === null ? '' : r[2] }), rest.length ? h('span', { class: 'muted mono', text: (r[2] === null ? '' : ' ') + rest.join(' '), title: 'Also in ' + rest.join(', ') }) : null]);
      } },
  ];
  A.fields.forEach(function (f, i) {
    var info = ACCOUNT_FIELD_INFO[f] || [humanName(f), f];
    cols.push({ label: info[0], num: true, title: info[1], value: function (r) { return r[4 + i]; } });
  });
  var input = h('input', { id: 'accounts-filter', type: 'search', placeholder: 'Filter by account or swarm id\u2026', 'aria-label': 'Filter accounts by name or swarm id', autocomplete: 'off' });
  var count = h('span', { id: 'accounts-count', class: 'note' });
  host.appendChild(h('div', { class: 'filter' }, [input, count]));
  var wrap = h('div', { class: 'scroll', id: 'accounts-table' });
  host.appendChild(wrap);
  var table = sortableTable(wrap, cols, [], { id: 'accounts-table-table', limit: LIMIT });
  function apply() {
    var q = input.value.trim().toLowerCase();
    var rows = q === '' ? A.rows : A.rows.filter(function (r) { return String(r[0]).toLowerCase().indexOf(q) >= 0 || (' ' + String(r[3]).toLowerCase() + ' ').indexOf(' ' + q + ' ') >= 0; });
    table.setRows(rows);
    var listed = A.rows.length < A.total ? ' (the table holds ' + fmt(A.rows.length) + ': every swarm member and the most active others)' : '';
    count.textContent = fmt(rows.length) + ' match' + (rows.length === 1 ? '' : 'es') + ' of ' + fmt(A.total) + ' accounts' + listed + (rows.length > LIMIT ? '; showing the first ' + LIMIT + ' (sort or refine the filter)' : '') + '.';
  }
  input.addEventListener('input', apply);
  apply();
  host.appendChild(columnLegend('accounts-columns', cols));
}
`;
