import { NETWORKS, type Network, type Post } from "../post.js";
import { lower, normaliseHandle, normaliseHashtag } from "../text.js";
import { type AuthorStats, Authors, type AuthorsState, withoutAt } from "./authors.js";
import { type ByNetwork, byNetwork, entriesByNetwork } from "./by-network.js";
import { settingsOf } from "./context.js";
import { BoundedCounter, type CounterState } from "./counter.js";
import {
  type Counts,
  cleanCount,
  cleanImpressions,
  type EngagementState,
  EngagementTotals,
  engagementOf,
} from "./engagement.js";
import { headlineOf, trendOf } from "./headline.js";
import { type IdList, IdMap } from "./id-map.js";
import { TopPostPool, type TopPostsState } from "./post-pool.js";
import { blankCounts, PostRecords } from "./post-records.js";
import { QuestionsCollector, type QuestionsState } from "./questions.js";
import type { ApproximateList, Report, ReportContext } from "./report.js";
import type { TermsState } from "./term-counter.js";
import { TimelineCounter, type TimelineState } from "./timeline.js";
import { TopicsCollector } from "./topics.js";
import { UnansweredCollector, type UnansweredState } from "./unanswered.js";

export interface StatsAccumulator {
  /** Reads one post; O(1) amortised, keeps no reference to it. */
  add(post: Post): void;
  /** The report of everything added so far; may be called again after more adds. */
  finish(): Report;
  /** What was counted so far as plain data a worker thread can send (see mergeStates). */
  state(): StatsState;
  /**
   * Adds the state of an accumulator fed with the posts that come after this one's. False when the sum can
   * differ from one pass over all the posts (a post in both, a bounded list one pass would have pruned):
   * the accumulator is then spoilt. Nothing may be added after an absorb.
   */
  absorb(state: StatsState): boolean;
}

/** An accumulator's counts as plain data (structured-cloneable: Maps, arrays, typed arrays). */
export interface StatsState {
  seen: Record<Network, IdList>;
  authors: AuthorsState;
  posts: Report["posts"];
  totals: EngagementState;
  timeline: TimelineState;
  mentions: CounterState;
  hashtags: CounterState;
  questions: QuestionsState;
  unanswered: UnansweredState;
  topics: TermsState;
  topPosts: TopPostsState;
  afterParty: { posts: number; authors: string[] };
  /** Per network, replies to each lower-case handle (see createStatsAccumulator). */
  repliesTo: ByNetwork<number>;
  ignoredPosts: number;
}

/** What the caller may know ahead of the posts. */
export interface AccumulatorOptions {
  /**
   * About how many posts will be added (a file's bytes / ~650 for twarc JSONL): the table of post ids is
   * sized for them when it first fills, instead of doubling its way there. Absent or 0: no idea.
   */
  expectedPosts?: number;
}

/** The IdMap value of a repost: counted once, no record (a repost's counts are the original's). */
const REPOST = -1;

const KIND_FIELD = { original: "original", reply: "replies", repost: "reposts", quote: "quotes" } as const;

/**
 * Streams posts into a report. Text-derived facts (kind, time, mentions, hashtags, words, questions, answers,
 * who replies to whom) come from the first copy of a post; counts (likes, reposts, replies, quotes,
 * impressions) from the last copy added, so a refreshed import replaces stale counts. Followers: the highest.
 */
export function createStatsAccumulator(
  context: ReportContext,
  options: AccumulatorOptions = {},
): StatsAccumulator {
  const settings = settingsOf(context);
  const expectedPosts = roomFor(options.expectedPosts);
  /** Per network, each post id seen: its record in `records`, or REPOST. */
  const seen = {} as Record<Network, IdMap>;
  for (const network of NETWORKS) seen[network] = new IdMap(expectedPosts);
  const records = new PostRecords();
  /** The counts of the post being added, and of its earlier copy: filled anew for each post. */
  const counts = blankCounts();
  const earlier = blankCounts();
  const authors = new Authors();
  const posts = { total: 0, original: 0, replies: 0, reposts: 0, quotes: 0 };
  const totals = new EngagementTotals();
  const timeline = new TimelineCounter();
  const mentions = new BoundedCounter();
  const hashtags = new BoundedCounter();
  const questions = new QuestionsCollector();
  // Posts replied to are fewer than posts (30% on the 200k bench archive): room for a quarter of them costs
  // at most 24 bytes a post when they are fewer, and the table doubles on when they are more.
  const unanswered = new UnansweredCollector(Math.floor(expectedPosts / 4));
  const topics = new TopicsCollector(settings.hashtag);
  const topPosts = new TopPostPool(settings.topN);
  const afterParty = { posts: 0, authors: new Set<string>() };
  /**
   * Replies (first copies) to each handle (lower-case) by someone else, per network, for reply-aware potential
   * impressions. Keyed by the handle alone: a `network:handle` string built per reply was that many copies.
   */
  const repliesTo = byNetwork<number>();
  let ignoredPosts = 0;

  function countOnce(post: Post, at: number, author: AuthorStats): readonly number[] | null {
    author.posts += 1;
    posts.total += 1;
    posts[KIND_FIELD[post.kind]] += 1;
    timeline.add(at);
    if (settings.endsAt !== null && at > settings.endsAt) {
      afterParty.posts += 1;
      afterParty.authors.add(author.key);
    }
    mentions.addEachOnce(post.mentions, normaliseHandle, null);
    hashtags.addEachOnce(post.hashtags, normaliseHashtag, settings.hashtag);
    unanswered.noteReply(post, author.index);
    if (post.kind === "reply" && post.replyToHandle !== null) {
      const target = lower(withoutAt(post.replyToHandle));
      if (target !== author.lowerHandle) {
        const replies = repliesTo[post.network];
        replies.set(target, (replies.get(target) ?? 0) + 1);
      }
    }
    if (post.kind === "repost") return null;
    topics.add(post.text);
    const byHost = settings.hosts.has(author.lowerHandle);
    if (!byHost) unanswered.consider(post, author.index);
    return questions.add(post, byHost, author.index);
  }

  function apply(record: Counts, author: AuthorStats, answers: readonly number[], sign: 1 | -1): void {
    const engagement = engagementOf(record);
    totals.apply(record, sign);
    author.engagement += sign * engagement;
    questions.addEngagement(answers, sign * engagement);
  }

  let absorbed = false;
  /** The ids of the last part absorbed, not yet in `seen` (see absorb). */
  let unaddedIds: Record<Network, IdList> | null = null;

  return {
    add(post) {
      if (absorbed) throw new Error("a merged accumulator takes no more posts");
      const at = post.createdAt.getTime();
      if (!Number.isFinite(at)) {
        ignoredPosts += 1;
        return;
      }
      const author = authors.observe(post);
      const seenHere = seen[post.network];
      const before = seenHere.get(post.externalId);
      let answers: readonly number[] | null;
      // A copy spelling the handle differently is still the first copy's author (it holds the post count).
      let owner = author;
      if (before === undefined) {
        answers = countOnce(post, at, author);
      } else if (before === REPOST) {
        return;
      } else {
        owner = authors.at(records.author(before));
        answers = records.answersOf(before);
        records.read(before, earlier);
        apply(earlier, owner, answers, -1);
      }
      if (answers === null) {
        seenHere.set(post.externalId, REPOST);
        return;
      }
      counts.likes = cleanCount(post.likes);
      counts.reposts = cleanCount(post.reposts);
      counts.replies = cleanCount(post.replies);
      counts.quotes = cleanCount(post.quotes);
      counts.impressions = cleanImpressions(post.impressions);
      counts.bookmarks = cleanImpressions(post.bookmarks ?? null);
      counts.shares = cleanImpressions(post.shares ?? null);
      counts.engagements = cleanImpressions(post.engagements ?? null);
      apply(counts, owner, answers, 1);
      if (before === undefined) seenHere.set(post.externalId, records.add(counts, author.index, answers));
      else {
        records.write(before, counts);
        // A first copy's reply count is the one consider() just kept: only later copies replace it.
        unanswered.noteReplyCount(post);
      }
      topPosts.offer(post, counts, engagementOf(counts), before === undefined);
    },

    state() {
      if (unaddedIds !== null) {
        for (const network of NETWORKS) seen[network].absorbIds(unaddedIds[network], REPOST);
        unaddedIds = null;
      }
      const ids = {} as Record<Network, IdList>;
      for (const network of NETWORKS) ids[network] = seen[network].ids();
      return {
        seen: ids,
        authors: authors.state(),
        posts: { ...posts },
        totals: totals.state(),
        timeline: timeline.state(),
        mentions: mentions.state(),
        hashtags: hashtags.state(),
        questions: questions.state(authors.size),
        unanswered: unanswered.state(authors),
        topics: topics.state(),
        topPosts: topPosts.state(),
        afterParty: { posts: afterParty.posts, authors: [...afterParty.authors] },
        repliesTo,
        ignoredPosts,
      };
    },

    absorb(other) {
      absorbed = true;
      // The ids of a part are checked against those counted here, and added only when another part follows:
      // with two threads, 100,000 lookups instead of 100,000 insertions growing the table on the main thread.
      if (unaddedIds !== null) {
        for (const network of NETWORKS)
          if (!seen[network].absorbIds(unaddedIds[network], REPOST)) return false;
      }
      for (const network of NETWORKS) if (!seen[network].holdsNoneOf(other.seen[network])) return false;
      unaddedIds = other.seen;
      if (!mentions.absorb(other.mentions) || !hashtags.absorb(other.hashtags)) return false;
      if (!topics.absorb(other.topics)) return false;
      questions.absorb(other.questions, authors.absorb(other.authors));
      for (const field of POST_COUNT_FIELDS) posts[field] += other.posts[field];
      totals.absorb(other.totals);
      timeline.absorb(other.timeline);
      unanswered.absorb(other.unanswered, authors);
      topPosts.absorb(other.topPosts);
      afterParty.posts += other.afterParty.posts;
      for (const key of other.afterParty.authors) afterParty.authors.add(key);
      for (const [network, handle, count] of entriesByNetwork(other.repliesTo)) {
        const replies = repliesTo[network];
        replies.set(handle, (replies.get(handle) ?? 0) + count);
      }
      ignoredPosts += other.ignoredPosts;
      return true;
    },

    finish() {
      // Merged parts: distinct answerers from the merged authors' marks, once.
      if (absorbed) questions.recountAnswerers(authors.size);
      const n = settings.topN;
      const previous = settings.previousContributors;
      let returning = 0;
      let potential = 0;
      let potentialImpressions = 0;
      let followersKnown = false;
      for (const author of authors.values()) {
        if (author.followers !== null && author.followers !== undefined) followersKnown = true;
        if (previous?.has(author.key)) returning += 1;
        potential += author.followers ?? 0;
        potentialImpressions += author.posts * (author.followers ?? 0);
      }
      let repliedAudience = 0;
      for (const [network, handle, count] of entriesByNetwork(repliesTo))
        repliedAudience += count * (authors.followersOf(network, handle) ?? 0);
      const span = timeline.span();
      const { timeline: buckets, peak } = timeline.finish();
      const approximate: ApproximateList[] = [];
      if (topPosts.approximate) approximate.push("topPosts");
      if (mentions.approximate) approximate.push("mentions");
      if (hashtags.approximate) approximate.push("hashtags");
      if (topics.approximate) approximate.push("topics");
      const report: Omit<Report, "trend"> = {
        window: span && {
          first: new Date(span.first).toISOString(),
          last: new Date(span.last).toISOString(),
        },
        hashtag: settings.hashtag,
        hosts: [...settings.hostList],
        posts: { ...posts },
        contributors: {
          unique: authors.size,
          new: previous ? authors.size - returning : null,
          returning: previous ? returning : null,
          topByPosts: authors.top(n, (author) => author.posts),
          topByEngagement: authors.top(n, (author) => author.engagement),
          topByFollowers: authors.top(n, (author) => author.followers),
        },
        engagement: totals.finish(),
        // Sources without follower counts (analytics exports, tweets.js) say nothing of reach: null, never 0.
        reach: {
          potential: followersKnown ? potential : null,
          potentialImpressions: followersKnown ? potentialImpressions : null,
          potentialImpressionsWithReplies: followersKnown ? potentialImpressions + repliedAudience : null,
          impressions: totals.knownImpressions(),
        },
        topPosts: topPosts.top(),
        mentions: mentions.top(n).map(({ key, count }) => ({ handle: key, count })),
        hashtags: hashtags.top(n).map(({ key, count }) => ({ tag: key, count })),
        timeline: buckets,
        peak,
        questions: questions.finish(),
        likelyHost: questions.likelyHost(),
        unanswered: unanswered.finish(),
        participantQuestions: unanswered.asked,
        topics: topics.finish(n),
        afterParty:
          settings.endsAt === null
            ? null
            : {
                posts: afterParty.posts,
                contributors: afterParty.authors.size,
                since: new Date(settings.endsAt).toISOString(),
              },
        approximate,
        ignoredPosts,
        unmatchedHosts: settings.unmatchedHosts(authors.values()),
        account: null,
        repliesKnown: settings.repliesKnown,
      };
      return { ...report, trend: trendOf(headlineOf(report), settings.previous) };
    },
  };
}

/** Beyond this many posts a hint reserves no more (a table of 2^23 slots, 100 MB): the table doubles on. */
const MOST_EXPECTED = 1 << 22;

/** A usable expectedPosts: a whole number from 0 to MOST_EXPECTED (0 for anything absent or not finite). */
function roomFor(expectedPosts: number | undefined): number {
  if (expectedPosts === undefined || !Number.isFinite(expectedPosts) || expectedPosts <= 0) return 0;
  return Math.min(Math.floor(expectedPosts), MOST_EXPECTED);
}

const POST_COUNT_FIELDS = ["total", "original", "replies", "reposts", "quotes"] as const;

/**
 * The report of posts counted in parts, in the parts' order (each part an accumulator's state, fed with one
 * range of the input): the same report as one pass over all of them, or null when the parts cannot say so
 * (a post in two parts, a bounded list one pass would have pruned): the caller then reads them in one pass.
 * The states are taken over (some of their maps become the merged ones): give copies, as worker messages are.
 */
export function mergeStates(context: ReportContext, states: readonly StatsState[]): Report | null {
  return mergeInto(createStatsAccumulator(context), states);
}

/**
 * mergeStates with the first part's own accumulator in place of its state: the thread that counted the first
 * part merges the others into it, sparing the copy of its counts into a fresh accumulator. The accumulator is
 * spoilt afterwards, whatever the answer.
 */
export function mergeInto(first: StatsAccumulator, states: readonly StatsState[]): Report | null {
  for (const state of states) if (!first.absorb(state)) return null;
  return first.finish();
}

/** The report of a finite collection of posts (tests, small imports); large imports should stream `add`. */
export function computeReport(posts: Iterable<Post>, context: ReportContext): Report {
  const accumulator = createStatsAccumulator(context);
  for (const post of posts) accumulator.add(post);
  return accumulator.finish();
}
