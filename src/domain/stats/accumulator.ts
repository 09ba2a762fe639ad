import { NETWORKS, type Network, type Post } from "../post.js";
import { normaliseHandle, normaliseHashtag } from "../text.js";
import { type AuthorStats, Authors, authorKey } from "./authors.js";
import { settingsOf } from "./context.js";
import { BoundedCounter } from "./counter.js";
import { type Counts, cleanCount, cleanImpressions, EngagementTotals, engagementOf } from "./engagement.js";
import { headlineOf, trendOf } from "./headline.js";
import { IdMap } from "./id-map.js";
import { TopPostPool } from "./post-pool.js";
import { QuestionsCollector } from "./questions.js";
import type { ApproximateList, Report, ReportContext } from "./report.js";
import { TimelineCounter } from "./timeline.js";
import { TopicsCollector } from "./topics.js";
import { UnansweredCollector } from "./unanswered.js";

export interface StatsAccumulator {
  /** Reads one post; O(1) amortised, keeps no reference to it. */
  add(post: Post): void;
  /** The report of everything added so far; may be called again after more adds. */
  finish(): Report;
}

/**
 * What is kept per post key, to recognise duplicates and withdraw their counts: never the post itself. One
 * object per post (counts inline) because 200,000 of them stay alive until the end.
 */
interface Counted extends Counts {
  author: AuthorStats;
  /** Question numbers this post answers. */
  answers: readonly number[];
}
const REPOST = 0;
type Seen = Counted | typeof REPOST;

const KIND_FIELD = { original: "original", reply: "replies", repost: "reposts", quote: "quotes" } as const;

/**
 * Streams posts into a report. Text-derived facts (kind, time, mentions, hashtags, words, questions, answers,
 * who replies to whom) come from the first copy of a post; counts (likes, reposts, replies, quotes,
 * impressions) from the last copy added, so a refreshed import replaces stale counts. Followers: the highest.
 */
export function createStatsAccumulator(context: ReportContext): StatsAccumulator {
  const settings = settingsOf(context);
  const seen = {} as Record<Network, IdMap<Seen>>;
  for (const network of NETWORKS) seen[network] = new IdMap<Seen>();
  const authors = new Authors();
  const posts = { total: 0, original: 0, replies: 0, reposts: 0, quotes: 0 };
  const totals = new EngagementTotals();
  const timeline = new TimelineCounter();
  const mentions = new BoundedCounter();
  const hashtags = new BoundedCounter();
  const questions = new QuestionsCollector();
  const unanswered = new UnansweredCollector();
  const topics = new TopicsCollector(settings.hashtag);
  const topPosts = new TopPostPool(settings.topN);
  const afterParty = { posts: 0, authors: new Set<string>() };
  /** Replies (first copies) to each `network:handle` by someone else, for reply-aware potential impressions. */
  const repliesTo = new Map<string, number>();
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
    unanswered.noteReply(post, author.key);
    if (post.kind === "reply" && post.replyToHandle !== null) {
      const target = authorKey({ network: post.network, authorHandle: post.replyToHandle });
      if (target !== author.key) repliesTo.set(target, (repliesTo.get(target) ?? 0) + 1);
    }
    if (post.kind === "repost") return null;
    topics.add(post.text);
    const byHost = settings.hosts.has(author.lowerHandle);
    if (!byHost) unanswered.consider(post, author.key);
    return questions.add(post, byHost, author);
  }

  function apply(record: Counted, sign: 1 | -1): void {
    const engagement = engagementOf(record);
    totals.apply(record, sign);
    record.author.engagement += sign * engagement;
    questions.addEngagement(record.answers, sign * engagement);
  }

  return {
    add(post) {
      const at = post.createdAt.getTime();
      if (!Number.isFinite(at)) {
        ignoredPosts += 1;
        return;
      }
      const author = authors.observe(post);
      const seenHere = seen[post.network];
      const before = seenHere.get(post.externalId);
      let answers: readonly number[] | null;
      if (before === undefined) {
        answers = countOnce(post, at, author);
      } else if (before === REPOST) {
        return;
      } else {
        apply(before, -1);
        answers = before.answers;
      }
      if (answers === null) {
        seenHere.set(post.externalId, REPOST);
        return;
      }
      const record: Counted = {
        likes: cleanCount(post.likes),
        reposts: cleanCount(post.reposts),
        replies: cleanCount(post.replies),
        quotes: cleanCount(post.quotes),
        impressions: cleanImpressions(post.impressions),
        bookmarks: cleanImpressions(post.bookmarks ?? null),
        shares: cleanImpressions(post.shares ?? null),
        engagements: cleanImpressions(post.engagements ?? null),
        // A copy spelling the handle differently is still the first copy's author (it holds the post count).
        author: before === undefined ? author : before.author,
        answers,
      };
      apply(record, 1);
      // A first copy's reply count is the one consider() just kept: only later copies replace it.
      if (before !== undefined) unanswered.noteReplyCount(post);
      seenHere.set(post.externalId, record);
      topPosts.offer(post, record, engagementOf(record), before === undefined);
    },

    finish() {
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
      for (const [key, count] of repliesTo) repliedAudience += count * (authors.followersOf(key) ?? 0);
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

/** The report of a finite collection of posts (tests, small imports); large imports should stream `add`. */
export function computeReport(posts: Iterable<Post>, context: ReportContext): Report {
  const accumulator = createStatsAccumulator(context);
  for (const post of posts) accumulator.add(post);
  return accumulator.finish();
}
