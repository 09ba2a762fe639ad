/**
 * Lists posted in a channel, remembered for a minute: the same list asked for again unchanged
 * (a Slack retry that reached another path, a double click, the same command typed twice by two
 * people) is not posted a second time; the asker alone is pointed to the one just above. A list
 * that changed meanwhile is posted again. Held in this process's memory (as setup drafts are):
 * a replay handled by another process posts once more, nothing is lost.
 */
import { createHash } from "node:crypto";
import type { Message } from "../render/message.js";

const WINDOW_MS = 60_000;
const MAX_KEPT = 2_000;

const posted = new Map<string, number>();

/**
 * True when `message` was posted in `channel` less than a minute before `now`; otherwise
 * remembers it as posted now and returns false.
 */
export function postedJustNow(channel: string, message: Message, now: Date): boolean {
  const digest = createHash("sha256")
    .update(JSON.stringify([message.text, message.blocks]))
    .digest("hex");
  const key = `${channel}|${digest}`;
  const at = posted.get(key);
  if (at !== undefined && now.getTime() - at >= 0 && now.getTime() - at < WINDOW_MS) return true;
  posted.delete(key);
  posted.set(key, now.getTime());
  while (posted.size > MAX_KEPT) posted.delete(posted.keys().next().value as string);
  return false;
}
