/**
 * The polls area of `/afterchat`: poll, the vote / comment / results / close buttons, the comment
 * form; and for the scheduler, openTeamPoll / closeTeamPoll (lifecycle steps), closeDuePolls
 * (a sweep for polls past their deadline) and remindNonVoters.
 */
import type { Registry } from "../handler.js";
import { closePollAction, type PollChart } from "./close.js";
import { openPollComment, POLL_COMMENT_FORM_ID, submitPollComment } from "./comment.js";
import { showMyVotes } from "./my-votes.js";
import { openPollCommand } from "./open-poll.js";
import { votePoll } from "./vote.js";

export { pollResultsMessage } from "../../render/poll/results.js";
export { closeDuePolls, closePoll, type PollChart, postClosedPoll } from "./close.js";
export { remindNonVoters } from "./reminders.js";
export { closeTeamPoll, openTeamPoll } from "./scheduled.js";

/** The registry; pass `chart` (src/render/charts pollChart) to attach a chart to results posted on Close. */
export function createPollsRegistry(options: { chart?: PollChart } = {}): Registry {
  return {
    commands: { poll: openPollCommand },
    actions: {
      "poll.vote": votePoll,
      "poll.comment": openPollComment,
      "poll.results": showMyVotes,
      "poll.close": closePollAction(options),
    },
    forms: { [POLL_COMMENT_FORM_ID]: submitPollComment },
  };
}

/** Without charts (tests, and processes that do not draw). */
export const pollsRegistry: Registry = createPollsRegistry();
