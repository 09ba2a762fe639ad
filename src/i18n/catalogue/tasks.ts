import { area } from "../define.js";

/**
 * Tasks between two editions: creation, lists, buttons, reminders, review at the next debrief.
 * `{{owner}}` / `{{actor}}` are mentions (`<@ref>`), `{{title}}` is already escaped Markdown,
 * `{{due}}` a formatted date.
 */
export const tasks = area({
  en: {
    created: "{{owner}} will {{title}} by {{due}}.",
    createdNoDue: "{{owner}} will {{title}}.",
    tooLong:
      "This task has {{length}} characters; keep it under {{max}}: a task is one line (put the details in a note or the thread).",
    duePast: "“{{input}}” is already past. Give a date to come, like friday, in 3 days or 2026-12-03.",
    line: "{{title}} · {{owner}} · {{due}}",
    lineNoOwner: "{{title}} · {{due}}",
    noDue: "no due date",
    dueOn: "due {{due}}",
    overdue: "overdue",
    doneOn: "done {{date}}",
    status: { open: "open", done: "done", dropped: "dropped" },
    button: {
      done: "Done",
      reopen: "Reopen",
      drop: "Drop",
      reassign: "Reassign to…",
    },
    pick: {
      done: "Mark a task done…",
      drop: "Drop a task…",
      reassign: "Reassign a task…",
      who: "Who takes over “{{title}}”?",
      reassignTo: "Hand “{{title}}” to…",
    },
    list: {
      mine_one: "Your open task ({{count}})",
      mine_other: "Your open tasks ({{count}})",
      all_one: "Open task of #{{hashtag}} ({{count}})",
      all_other: "Open tasks of #{{hashtag}} ({{count}})",
      mineEmpty: "You have no open tasks for #{{hashtag}}.",
      allEmpty:
        "No open tasks for #{{hashtag}}. Add one with `/afterchat task @someone what to do due friday`.",
      more_one: "…and {{count}} more task: `/afterchat export tasks` lists them all.",
      more_other: "…and {{count}} more tasks: `/afterchat export tasks` lists them all.",
      moreAskTeam_one:
        "…and {{count}} more task: a member of the #{{hashtag}} team can list it with `/afterchat export tasks`.",
      moreAskTeam_other:
        "…and {{count}} more tasks: a member of the #{{hashtag}} team can list them all with `/afterchat export tasks`.",
    },
    changed: {
      done: "{{actor}} marked “{{title}}” done.",
      reopened: "{{actor}} reopened “{{title}}”.",
      dropped: "{{actor}} dropped “{{title}}”.",
      reassigned: "{{actor}} handed “{{title}}” to {{owner}}.",
      already: "“{{title}}” is already {{status}}: nothing changed.",
    },
    dm: {
      assigned: "{{actor}} handed you a task for #{{hashtag}}: {{title}}, {{due}}.",
      dueSoon: "Reminder: your task for #{{hashtag}} “{{title}}” is due {{due}}.",
      overdue:
        "Your task for #{{hashtag}} “{{title}}” was due {{due}} and is still open. Mark it done with `/afterchat tasks mine`, or ask a moderator to reassign or drop it.",
    },
    review: {
      header: "Tasks from edition {{number}}",
      intro: "At this debrief, the tasks of the previous edition come first.",
      done_one: "Done ({{count}})",
      done_other: "Done ({{count}})",
      late_one: "Late ({{count}})",
      late_other: "Late ({{count}})",
      dropped_one: "Dropped ({{count}})",
      dropped_other: "Dropped ({{count}})",
      open_one: "Still open ({{count}})",
      open_other: "Still open ({{count}})",
    },
    followUp: {
      title: "Answer @{{author}}'s question: {{text}}",
      afterPartyTitle: "Answer {{author}}'s after-party question: {{text}}",
      created: "Task created for {{owner}}: {{title}}",
      exists: "This question already has a task, owned by {{owner}}: {{title}}",
      notFound: "I could not find that question in edition {{number}} any more.",
    },
  },
  fr: {
    created: "{{owner}} s'occupe de : {{title}}, avant le {{due}}.",
    createdNoDue: "{{owner}} s'occupe de : {{title}}.",
    tooLong:
      "Cette tâche fait {{length}} caractères ; restez sous {{max}} : une tâche tient en une ligne (mettez les détails dans une note ou le fil).",
    duePast:
      "« {{input}} » est déjà passé. Donnez une date à venir, comme vendredi, dans 3 jours ou 2026-12-03.",
    line: "{{title}} · {{owner}} · {{due}}",
    lineNoOwner: "{{title}} · {{due}}",
    noDue: "sans échéance",
    dueOn: "échéance {{due}}",
    overdue: "en retard",
    doneOn: "faite le {{date}}",
    status: { open: "ouverte", done: "faite", dropped: "abandonnée" },
    button: {
      done: "Fait",
      reopen: "Rouvrir",
      drop: "Abandonner",
      reassign: "Confier à…",
    },
    pick: {
      done: "Marquer une tâche comme faite…",
      drop: "Abandonner une tâche…",
      reassign: "Confier une tâche à quelqu'un d'autre…",
      who: "Qui reprend « {{title}} » ?",
      reassignTo: "Confier « {{title}} » à…",
    },
    list: {
      mine_one: "Votre tâche ouverte ({{count}})",
      mine_other: "Vos tâches ouvertes ({{count}})",
      all_one: "Tâche ouverte de #{{hashtag}} ({{count}})",
      all_other: "Tâches ouvertes de #{{hashtag}} ({{count}})",
      mineEmpty: "Vous n'avez aucune tâche ouverte pour #{{hashtag}}.",
      allEmpty:
        "Aucune tâche ouverte pour #{{hashtag}}. Ajoutez-en une avec `/afterchat task @quelqu'un quoi faire due vendredi`.",
      more_one: "…et {{count}} autre tâche : `/afterchat export tasks` les liste toutes.",
      more_other: "…et {{count}} autres tâches : `/afterchat export tasks` les liste toutes.",
      moreAskTeam_one:
        "…et {{count}} autre tâche : un membre de l'équipe de #{{hashtag}} peut la lister avec `/afterchat export tasks`.",
      moreAskTeam_other:
        "…et {{count}} autres tâches : un membre de l'équipe de #{{hashtag}} peut toutes les lister avec `/afterchat export tasks`.",
    },
    changed: {
      done: "{{actor}} a marqué « {{title}} » comme faite.",
      reopened: "{{actor}} a rouvert « {{title}} ».",
      dropped: "{{actor}} a abandonné « {{title}} ».",
      reassigned: "{{actor}} a confié « {{title}} » à {{owner}}.",
      already: "« {{title}} » est déjà {{status}} : rien n'a changé.",
    },
    dm: {
      assigned: "{{actor}} vous a confié une tâche pour #{{hashtag}} : {{title}}, {{due}}.",
      dueSoon: "Rappel : votre tâche pour #{{hashtag}} « {{title}} » arrive à échéance le {{due}}.",
      overdue:
        "Votre tâche pour #{{hashtag}} « {{title}} » était à rendre le {{due}} et reste ouverte. Marquez-la faite avec `/afterchat tasks mine`, ou demandez à un modérateur de la confier à quelqu'un d'autre ou de l'abandonner.",
    },
    review: {
      header: "Tâches de l'édition {{number}}",
      intro: "À ce débrief, on commence par les tâches de l'édition précédente.",
      done_one: "Faite ({{count}})",
      done_other: "Faites ({{count}})",
      late_one: "En retard ({{count}})",
      late_other: "En retard ({{count}})",
      dropped_one: "Abandonnée ({{count}})",
      dropped_other: "Abandonnées ({{count}})",
      open_one: "Encore ouverte ({{count}})",
      open_other: "Encore ouvertes ({{count}})",
    },
    followUp: {
      title: "Répondre à la question de @{{author}} : {{text}}",
      afterPartyTitle: "Répondre à la question de {{author}} dans l'after : {{text}}",
      created: "Tâche créée pour {{owner}} : {{title}}",
      exists: "Cette question a déjà sa tâche, confiée à {{owner}} : {{title}}",
      notFound: "Je ne trouve plus cette question dans l'édition {{number}}.",
    },
  },
});
