/** What the notes area answers: a filed note with its buttons, and the edition's notes by kind. */
import type { Edition } from "../../domain/edition.js";
import type { Note } from "../../domain/note.js";
import { groupNotes } from "../../domain/notes.js";
import type { Series } from "../../domain/series.js";
import type { Translator } from "../../i18n/index.js";
import { confirmFor } from "../confirm.js";
import { editionDate } from "../edition-date.js";
import { escapeMarkdown, escapeMarkdownKeepingMentions, isolate } from "../markup.js";
import { type Block, type Button, type Message, message } from "../message.js";

type T = Translator["t"];

/** Characters of notes a listing shows: fits Discord's 6,000-character embeds with the headings. */
const LIST_BUDGET = 4_500;
/** Under Slack's 3,000-character section text. */
const SECTION_MAX = 2_800;

/** The button that opens the four-field notes form for a series (handled by the "note.new" action). */
export function newNotesButton(t: T, seriesId: string): Button {
  return { action: "note.new", value: seriesId, label: t("notes.write"), style: "primary" };
}

function noteButtons(t: T, note: Note): Block {
  return {
    type: "actions",
    elements: [
      { action: "note.edit", value: note.id, label: t("notes.edit") },
      {
        action: "note.delete",
        value: note.id,
        label: t("notes.delete"),
        style: "danger",
        confirm: confirmFor(t, "note.delete"),
      },
    ],
  };
}

/** The private answer after filing notes: each note with Edit / Delete, and a word when edition 1 was made for them. */
export function notesSavedMessage(
  translator: Translator,
  notes: readonly Note[],
  edition: Pick<Edition, "number" | "startsAt">,
  series: Pick<Series, "hashtag" | "timeZone">,
  createdEdition: boolean,
): Message {
  const { t } = translator;
  const date = editionDate(edition.startsAt, series.timeZone, translator.locale);
  const blocks: Block[] = [];
  const lines: string[] = [];
  if (createdEdition) {
    const text = t("notes.editionCreated", {
      hashtag: escapeMarkdown(series.hashtag),
      number: edition.number,
      date,
    });
    lines.push(text);
    blocks.push({ type: "context", text });
  }
  if (notes.length > 1) {
    const text = t("notes.savedMany", { count: notes.length, number: edition.number, date });
    lines.push(text);
    blocks.push({ type: "section", text });
  }
  for (const note of notes) {
    const text = t("notes.saved", {
      number: edition.number,
      date,
      kind: t(`common.kinds.${note.kind}`),
      text: escapeMarkdownKeepingMentions(note.text),
    });
    lines.push(text);
    blocks.push({ type: "section", text }, noteButtons(t, note));
  }
  return message(lines.join("\n"), blocks);
}

export function noteUpdatedMessage(t: T, note: Note): Message {
  const text = t("notes.updated", {
    kind: t(`common.kinds.${note.kind}`),
    text: escapeMarkdownKeepingMentions(note.text),
  });
  return message(text, [{ type: "section", text }, noteButtons(t, note)]);
}

/** The edition's notes for the channel: grouped by kind, counts per kind, authors by name (a listing pings no one). */
export function notesListMessage(
  translator: Translator,
  series: Series,
  edition: Edition,
  notes: readonly Note[],
  nameOf: (ref: string) => string,
): Message {
  const { t } = translator;
  const title = t("notes.list.title", {
    hashtag: escapeMarkdown(series.hashtag),
    number: edition.number,
    date: editionDate(edition.startsAt, series.timeZone, translator.locale),
  });
  const groups = groupNotes(notes).filter((g) => g.notes.length > 0);
  const counts = groups.map((g) =>
    t("notes.list.kind", { kind: t(`common.kinds.${g.kind}`), count: g.notes.length }),
  );
  const blocks: Block[] = [
    { type: "header", text: title },
    { type: "context", text: [t("notes.list.count", { count: notes.length }), ...counts].join(" · ") },
  ];
  // Within every platform's limits (a Slack section holds 3,000 characters, a Discord message's
  // embeds 6,000 in all): past the budget the rest is counted, with where to read it all.
  let budget = LIST_BUDGET;
  let shown = 0;
  for (const group of groups) {
    const heading = `**${t("notes.list.kind", { kind: t(`common.kinds.${group.kind}`), count: group.notes.length })}**`;
    let lines = [heading];
    for (const note of group.notes) {
      const item = `- ${t("notes.list.item", { text: isolate(escapeMarkdownKeepingMentions(note.text)), author: isolate(escapeMarkdown(nameOf(note.authorRef))) })}`;
      if (item.length > budget) break;
      if ([...lines, item].join("\n").length > SECTION_MAX) {
        blocks.push({ type: "section", text: lines.join("\n") });
        lines = [];
      }
      lines.push(item);
      budget -= item.length;
      shown += 1;
    }
    if (lines.length > 0 && (lines.length > 1 || lines[0] !== heading))
      blocks.push({ type: "section", text: lines.join("\n") });
  }
  if (shown < notes.length)
    blocks.push({ type: "context", text: t("notes.list.more", { count: notes.length - shown }) });
  return message(
    t("common.labelled", { label: title, value: t("notes.list.count", { count: notes.length }) }),
    blocks,
  );
}
