/**
 * A watched edition's figures, from the stats engine's report of its posts (the same engine as
 * the team's own editions) and the posts themselves (who took part). Pure: no I/O.
 */
import type { Network, Post } from "./post.js";
import { headlineOf } from "./stats/headline.js";
import type { Report } from "./stats/report.js";
import { normaliseHandle } from "./text.js";
import type { WatchSummary, WatchTeamMember } from "./watch.js";

const TOP_POSTS = 5;
const TOPICS = 10;

const keyOf = (network: Network, handle: string) => `${network}:${normaliseHandle(handle)}`;

export interface SummaryInput {
  report: Report;
  posts: readonly Post[];
  /** Networks pulled, and those not configured or failing. */
  networks: Network[];
  missing: Network[];
  /** The team's own participants (roster of the workspace's series): network + handle. */
  team: ReadonlyArray<{ network: Network; handle: string }>;
}

export function summariseWatch(input: SummaryInput): WatchSummary {
  const { report } = input;
  const headline = headlineOf(report);
  const byAuthor = new Map<string, { network: Network; handle: string; posts: number }>();
  for (const post of input.posts) {
    const key = keyOf(post.network, post.authorHandle);
    const seen = byAuthor.get(key) ?? {
      network: post.network,
      handle: normaliseHandle(post.authorHandle),
      posts: 0,
    };
    seen.posts += 1;
    byAuthor.set(key, seen);
  }
  const team = new Set(input.team.map((m) => keyOf(m.network, m.handle)));
  const teamMembers: WatchTeamMember[] = [...byAuthor.entries()]
    .filter(([key]) => team.has(key))
    .map(([, member]) => member)
    .sort((a, b) => b.posts - a.posts || a.handle.localeCompare(b.handle));
  const notReposts = report.posts.total - report.posts.reposts;
  const questions = report.questions.filter((q) => q.text !== null);
  return {
    networks: input.networks,
    missing: input.missing,
    headline,
    engagementPerPost: notReposts > 0 ? report.engagement.total / notReposts : null,
    answersPerQuestion:
      questions.length > 0 ? questions.reduce((sum, q) => sum + q.answers, 0) / questions.length : null,
    questions: report.questions.map((q) => ({
      number: q.number,
      text: q.text,
      answers: q.answers,
      answerers: q.answerers,
      url: q.url,
    })),
    topPosts: report.topPosts.slice(0, TOP_POSTS),
    topics: report.topics.terms.slice(0, TOPICS).map((t) => t.term),
    teamMembers,
    participants: [...byAuthor.keys()].sort(),
  };
}
