/** The poll message as the channel got it: posted with chat.postMessage, so afterchat knows its ts. */
import type { FakeSlack } from "../../support/fake-slack.js";
import type { SlackMessage } from "../../support/fake-slack-records.js";
import { elementsOf } from "./blocks.js";

export function postedPoll(fake: FakeSlack, channel: string): SlackMessage & { blocks: unknown[] } {
  const poll = fake
    .messages()
    .filter((m) => m.method === "chat.postMessage" && m.channel === channel)
    .findLast((m) => elementsOf(m.blocks).some((e) => e.action_id.startsWith("poll.vote")));
  if (!poll?.blocks) throw new Error(`no poll message posted in ${channel}`);
  return { ...poll, blocks: poll.blocks };
}
