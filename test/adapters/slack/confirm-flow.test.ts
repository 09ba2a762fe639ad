/**
 * Quiet channels in Slack (real Bolt against the fake), English and French: what cannot be
 * undone asks first. Close the poll, Drop a task and Delete a note carry a Block Kit confirm
 * dialog in the message's language; Slack sends the click only once confirmed, and it then acts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { translator } from "../../../src/i18n/index.js";
import type { MemoryStore } from "../../support/memory-store.js";
import { type Bench, startBench } from "./bench.js";
import { type Element, findElement, shown } from "./blocks.js";
import { postedPoll } from "./posted-poll.js";
import { REGISTRIES } from "./registries.js";

let bench: Bench;
let store: MemoryStore;

beforeAll(async () => {
  bench = await startBench({
    mode: "http",
    dispatcher: (services) => createDispatcher(services, REGISTRIES),
  });
  store = bench.store as MemoryStore;
  bench.fake.users.set("U0ADMINEN2", { is_admin: true });
  bench.fake.users.set("U0ADMINFR2", { is_admin: true, locale: "fr-FR" });
});
afterAll(async () => bench?.stop());

const CASES = [
  { locale: "en", admin: "U0ADMINEN2", channel: "C0CONFEN01", hashtag: "confen" },
  { locale: "fr", admin: "U0ADMINFR2", channel: "C0CONFFR01", hashtag: "conffr" },
] as const;

describe.each(CASES)(
  "Slack: irreversible controls ask first ($locale)",
  ({ locale, admin, channel, hashtag }) => {
    const { t } = translator(locale);
    const dialog = (yes: string, text: string) => ({
      title: { type: "plain_text", text: t("common.confirm.title"), emoji: true },
      text: { type: "plain_text", text, emoji: true },
      confirm: { type: "plain_text", text: yes, emoji: true },
      deny: { type: "plain_text", text: t("common.confirm.no"), emoji: true },
      style: "danger",
    });

    beforeAll(async () => {
      await bench.command(`setup <#${channel}|${hashtag}>`, { user: admin, channel });
    });

    it("GIVEN an open poll THEN Close the poll asks first, and once confirmed closes it", async () => {
      await bench.command("poll", { user: admin, channel });
      const close = findElement(postedPoll(bench.fake, channel).blocks, "poll.close");
      expect(close.confirm).toEqual(dialog(t("common.confirm.pollCloseYes"), t("common.confirm.pollClose")));
      expect(findElement(postedPoll(bench.fake, channel).blocks, "poll.comment").confirm).toBeUndefined();
      const posted = postedPoll(bench.fake, channel);
      const clicked = await bench.click(close, { user: admin, channel }, { ts: posted.ts, channel });
      const poll = store.tables().polls.find((p) => p.channelRef?.endsWith(channel));
      expect(poll?.closedAt).not.toBeNull();
      // Closed is closed (issue 13 point 5): the poll's message says so and keeps no live control.
      // The clicked message is replaced through the click's response_url.
      const replaced = clicked
        .responses()
        .filter((r) => (r as { replace_original?: boolean }).replace_original);
      const last = (replaced.at(-1) as { blocks?: unknown } | undefined)?.blocks;
      expect(shown(last)).toContain(t("poll.closedBanner"));
      for (const control of ["poll.vote", "poll.close", "poll.comment"])
        expect(() => findElement(last, control)).toThrow();
    });

    it("GIVEN the task list THEN Drop asks first (Mark done does not), and once confirmed drops the task", async () => {
      await bench.command("task write the recap", { user: admin, channel });
      const sent = await bench.command("tasks", { user: admin, channel });
      const list = sent.responses().at(-1) as { blocks: unknown };
      const drop = findElement(list.blocks, "task.drop");
      expect(drop.confirm).toEqual(dialog(t("common.confirm.taskDropYes"), t("common.confirm.taskDrop")));
      expect(findElement(list.blocks, "task.done").confirm).toBeUndefined();
      const option = (drop.options as Array<{ text: unknown; value: string }>)[0]!;
      await bench.click({ ...drop, selected_option: option } as Element, { user: admin, channel });
      const task = store
        .tables()
        .tasks.find((row) => row.title === "write the recap" && row.createdBy.endsWith(admin));
      expect(task?.status).toBe("dropped");
    });

    it("GIVEN a filed note THEN Delete asks first, and once confirmed deletes it", async () => {
      const sent = await bench.command(`note good sharp questions ${locale}`, { user: admin, channel });
      const saved = sent.responses().at(-1) as { blocks: unknown };
      const del = findElement(saved.blocks, "note.delete");
      expect(del.confirm).toEqual(dialog(t("common.confirm.noteDeleteYes"), t("common.confirm.noteDelete")));
      await bench.click(del, { user: admin, channel });
      expect(store.tables().notes.filter((n) => n.text === `sharp questions ${locale}`)).toEqual([]);
    });
  },
);
