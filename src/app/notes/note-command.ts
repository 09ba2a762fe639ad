/**
 * `/afterchat note <kind> <text>` files one note for the debrief edition; `/afterchat note` (or
 * without text) opens the four-field notes form. Team members only. The answer is private, with
 * Edit and Delete buttons.
 */
import { checkNoteText } from "../../domain/notes.js";
import { translator } from "../../i18n/index.js";
import { sentence } from "../../render/message.js";
import { notesForm } from "../../render/notes/forms.js";
import { type CommandHandler, seriesHandler } from "../handler.js";
import { filedMessage, fileNotes } from "./file-notes.js";
import { noteTextProblem } from "./problems.js";

export const noteCommand: CommandHandler<"note"> = seriesHandler({
  access: "member",
  async run({ services, actor, series }, command, responder) {
    const { store, clock } = services;
    const { t } = translator(actor.locale, actor.workspace.platform);
    if (command.kind === null || command.text === null) {
      await responder.openForm(notesForm(t, series.id, command.kind));
      return;
    }
    const checked = checkNoteText(command.text);
    if (!checked.ok) {
      await responder.reply(sentence(noteTextProblem(t, checked.error, command.kind)), { ephemeral: true });
      return;
    }
    const filed = await fileNotes(
      store,
      actor,
      series,
      [{ kind: command.kind, text: checked.value, requestKey: actor.requestKey }],
      clock.now(),
    );
    await responder.reply(filedMessage(translator(actor.locale, actor.workspace.platform), series, filed), {
      ephemeral: true,
    });
  },
});
