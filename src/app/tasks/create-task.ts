/**
 * `/afterchat task @owner what to do [due friday]`: a task on the series' current edition, owned
 * by the person named (the actor when nobody is), announced in the channel with its buttons.
 * Team members only; the owner is checked (owner.ts): a person, and on the team unless a
 * moderator gives it. A retried delivery (same request key) creates nothing more and posts nothing
 * more in the channel: the requester alone sees the card again.
 */
import { parseDue } from "../../domain/dates.js";
import { AfterchatError } from "../../errors.js";
import { translator } from "../../i18n/index.js";
import { sentence } from "../../render/message.js";
import { taskCard } from "../../render/tasks/card.js";
import { taskRenderContext } from "../../render/tasks/line.js";
import { channelTranslator } from "../channel-locale.js";
import { editionForDebrief } from "../context.js";
import { type CommandHandler, seriesHandler } from "../handler.js";
import { makeTask } from "./make-task.js";
import { checkOwner } from "./owner.js";

/** Longest title kept (a task is a line, not a document). */
export const TITLE_MAX = 300;

export const createTask: CommandHandler<"task"> = seriesHandler({
  access: "member",
  async run(scope, command, responder) {
    const { services, actor, series } = scope;
    const { store, clock } = services;
    const title = command.title.trim().replace(/\s+/g, " ");
    // Refused, never cut: the person sees how long it is and keeps their text.
    const length = [...title].length;
    if (length > TITLE_MAX) {
      const text = translator(actor.locale, actor.workspace.platform).t("tasks.tooLong", {
        length,
        max: TITLE_MAX,
      });
      await responder.reply(sentence(text), { ephemeral: true });
      return;
    }
    if (title === "")
      throw new AfterchatError("input_invalid", { detail: "task <@owner> <title> [due <date>]" });
    const now = clock.now();

    let dueAt: Date | null = null;
    if (command.due !== null && command.due.trim() !== "") {
      const due = parseDue(command.due, { now, timeZone: series.timeZone, locale: actor.locale });
      if (!due.ok && due.error.reason === "past") {
        await responder.reply(
          sentence(
            translator(actor.locale, actor.workspace.platform).t("tasks.duePast", { input: command.due }),
          ),
          {
            ephemeral: true,
          },
        );
        return;
      }
      if (!due.ok) throw new AfterchatError("date_invalid", { input: command.due });
      dueAt = due.value;
    }

    if (command.owner) await checkOwner(scope, command.owner);
    const { edition } = await editionForDebrief(store, series, now);
    const { task, created } = await store.transaction(async (tx) => {
      const ownerRef = command.owner ?? actor.userRef;
      return makeTask(
        services,
        tx,
        {
          workspaceId: series.workspaceId,
          seriesId: series.id,
          editionId: edition.id,
          title,
          ownerRef,
          dueAt,
          createdBy: actor.userRef,
          origin: "manual",
          requestKey: actor.requestKey,
        },
        { title, ownerRef, dueAt: dueAt?.toISOString() ?? null, edition: edition.number },
      );
    });

    const t = await channelTranslator(store, series);
    // A retried delivery found the task made: the channel saw its card already; only the requester
    // hears back (privately, as the notes answer a retry).
    await responder.reply(taskCard(task, taskRenderContext(t, series, now)), { ephemeral: !created });
  },
});
