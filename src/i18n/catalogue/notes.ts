import { area } from "../define.js";

/** Debrief notes: filing, editing, deleting, listing. Kind names live in common.kinds. */
export const notes = area({
  en: {
    saved: "Noted for edition {{number}} of {{date}} ({{kind}}): {{text}}",
    savedMany_one: "Noted {{count}} note for edition {{number}} of {{date}}.",
    savedMany_other: "Noted {{count}} notes for edition {{number}} of {{date}}.",
    editionCreated:
      "#{{hashtag}} had no edition yet, so I started edition {{number}} of {{date}} for these notes.",
    edit: "Edit",
    delete: "Delete",
    write: "Write notes",
    form: {
      title: "Debrief notes",
      submit: "Save",
      goodHint: "The questions landed, the guest was great...",
      badHint: "Too many questions, the pace dropped after Q4...",
      bestHint: "The thread on Q3...",
      insightHint: "Next time, announce the questions the day before...",
    },
    editForm: {
      title: "Edit your note",
      submit: "Save",
    },
    updated: "Note updated ({{kind}}): {{text}}",
    deleted: "Note deleted.",
    empty: "Your note is empty: write it after the kind, e.g. `/afterchat note good the guest was great`.",
    formEmpty: "Nothing to save: fill in at least one field.",
    tooLong: "{{kind}}: this note has {{length}} characters; keep it under {{max}}.",
    list: {
      title: "Notes on #{{hashtag}}, edition {{number}} of {{date}}",
      count_one: "{{count}} note",
      count_other: "{{count}} notes",
      kind: "{{kind}} ({{count}})",
      none: "No notes yet for edition {{number}} of {{date}}. Add one with `/afterchat note good …`.",
      noEdition: "#{{hashtag}} has no edition yet, so no notes either.",
      item: "{{text}} ({{author}})",
      more_one: "…and {{count}} more note: `/afterchat export notes` (moderators) lists them all.",
      more_other: "…and {{count}} more notes: `/afterchat export notes` (moderators) lists them all.",
    },
  },
  fr: {
    saved: "Noté pour l'édition {{number}} du {{date}} ({{kind}}) : {{text}}",
    savedMany_one: "{{count}} note enregistrée pour l'édition {{number}} du {{date}}.",
    savedMany_other: "{{count}} notes enregistrées pour l'édition {{number}} du {{date}}.",
    editionCreated:
      "#{{hashtag}} n'avait encore aucune édition : j'ai créé l'édition {{number}} du {{date}} pour ces notes.",
    edit: "Modifier",
    delete: "Supprimer",
    write: "Écrire des notes",
    form: {
      title: "Notes de bilan",
      submit: "Enregistrer",
      goodHint: "Les questions ont plu, l'invitée était formidable...",
      badHint: "Trop de questions, le rythme a baissé après Q4...",
      bestHint: "Le fil de discussion sur Q3...",
      insightHint: "La prochaine fois, annoncer les questions la veille...",
    },
    editForm: {
      title: "Modifier votre note",
      submit: "Enregistrer",
    },
    updated: "Note modifiée ({{kind}}) : {{text}}",
    deleted: "Note supprimée.",
    empty:
      "Votre note est vide : écrivez-la après la catégorie, par ex. `/afterchat note bien l'invitée était formidable`.",
    formEmpty: "Rien à enregistrer : remplissez au moins un champ.",
    tooLong: "{{kind}} : cette note fait {{length}} caractères ; restez sous {{max}}.",
    list: {
      title: "Notes sur #{{hashtag}}, édition {{number}} du {{date}}",
      count_one: "{{count}} note",
      count_other: "{{count}} notes",
      kind: "{{kind}} ({{count}})",
      none: "Pas encore de note pour l'édition {{number}} du {{date}}. Ajoutez-en une avec `/afterchat note bien …`.",
      noEdition: "#{{hashtag}} n'a pas encore d'édition, donc pas de notes non plus.",
      item: "{{text}} ({{author}})",
      more_one: "…et {{count}} autre note : `/afterchat export notes` (modérateurs) les liste toutes.",
      more_other: "…et {{count}} autres notes : `/afterchat export notes` (modérateurs) les liste toutes.",
    },
  },
});
