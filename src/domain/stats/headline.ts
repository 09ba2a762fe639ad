import type { Headline, Report, Trend, TrendFigure } from "./report.js";

/** The figures an edition stores (Edition.headline) so the next edition can show a trend. */
export function headlineOf(report: Omit<Report, "trend">): Headline {
  return {
    posts: report.posts.total,
    contributors: report.contributors.unique,
    engagement: report.engagement.total,
    potentialReach: report.reach.potential,
    impressions: report.reach.impressions,
    questions: report.questions.filter((question) => question.text !== null).length,
    answers: report.questions.reduce((sum, question) => sum + question.answers, 0),
    unanswered: report.unanswered.length,
    newContributors: report.contributors.new,
  };
}

/** Each headline figure beside the previous edition's; null when there is no previous edition. */
export function trendOf(current: Headline, previous: Headline | null): Trend | null {
  if (previous === null) return null;
  return {
    posts: figure(current.posts, previous.posts),
    contributors: figure(current.contributors, previous.contributors),
    engagement: figure(current.engagement, previous.engagement),
    potentialReach: figure(current.potentialReach, previous.potentialReach),
    impressions: figure(current.impressions, previous.impressions),
    questions: figure(current.questions, previous.questions),
    answers: figure(current.answers, previous.answers),
    unanswered: figure(current.unanswered, previous.unanswered),
    newContributors: figure(current.newContributors, previous.newContributors),
  };
}

function figure(current: number | null, previous: number | null): TrendFigure {
  const change = current === null || previous === null ? null : current - previous;
  const changePct = change === null || previous === null || previous === 0 ? null : (100 * change) / previous;
  return { current, previous, change, changePct };
}
