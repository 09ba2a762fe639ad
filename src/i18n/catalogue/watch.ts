import { area } from "../define.js";

/** The watch-list (issue 16): other chats a channel follows, their reminders and mini-reports. */
export const watch = area({
  en: {
    added: "#{{hashtag}} is on this channel's watch-list.",
    addedScheduled:
      "#{{hashtag}} is on this channel's watch-list: a reminder {{minutes}} minutes before each one (next: {{next}}), and a mini-report after it ends.",
    already: "#{{hashtag}} is already on this channel's watch-list.",
    removed: "#{{hashtag}} is off this channel's watch-list; its reminders and reports stop.",
    empty:
      "This channel watches no other chat yet. Add one with `/afterchat watch add #otherchat tuesdays 18:00 Europe/Paris`.",
    listHeader: "Chats this channel watches",
    line: "#{{hashtag}}: {{schedule}}; {{networks}}{{hosts}}{{note}}",
    noSchedule: "no schedule (no reminder nor report)",
    schedule: "{{cron}} ({{zone}}), {{minutes}} min, reminder {{remind}} min before",
    hosts: "; hosted by {{hosts}}",
    note: "; note: {{note}}",
    remindOn: "You will get a DM reminder before #{{hashtag}}.",
    remindOnAll: "You will get a DM reminder before each chat this channel watches: {{hashtags}}.",
    remindOff: "No more DM reminders for {{hashtags}}.",
    remindNone: "This channel watches no chat to be reminded of.",
    remindInvalid: "I could not read “{{input}}” as a reminder delay: give minutes, e.g. `remind 15m`.",
    reminder: {
      header: "#{{hashtag}} starts {{when}}",
      hosts: "Hosted by {{hosts}}.",
      noHosts: "Hosts not given.",
      follow: "Follow it live: {{links}}",
      note: "Your note: {{note}}",
      dm: "DM me next time",
      dmHeader: "Reminder: #{{hashtag}} starts {{when}}",
    },
    report: {
      header: "Mini-report: #{{hashtag}} ({{date}})",
      figures:
        "Posts: {{posts}} · contributors: {{contributors}} · engagement: {{engagement}} ({{perPost}} per post) · questions: {{questions}} · answers: {{answers}}",
      reach: "Potential reach: {{reach}}",
      questions: "Its questions",
      question: "Q{{number}}: {{text}} (answers: {{answers}}, by: {{answerers}})",
      questionNoText: "Q{{number}} (answers: {{answers}})",
      top: "Most engaged posts",
      topLine: "@{{handle}}: {{text}} ({{engagement}} engagement)",
      topics: "Topics: {{topics}}",
      team: "From our team: {{members}}",
      teamNone: "Nobody from our team took part.",
      missing: "Not pulled: {{networks}} (not configured or unavailable).",
      empty: "No post found for #{{hashtag}} in its window.",
      noSource:
        "I could not make the mini-report of #{{hashtag}}: none of its networks ({{networks}}) is configured here.",
    },
    failed:
      "{{moderators}} The mini-report of #{{hashtag}} ({{date}}) failed after {{attempts}} attempts: {{reason}}",
    missed:
      "{{moderators}} afterchat was stopped when the {{step}} #{{hashtag}} ({{date}}) was due, more than {{grace}} ago: it was skipped.",
  },
  fr: {
    added: "#{{hashtag}} est dans la liste suivie par ce canal.",
    addedScheduled:
      "#{{hashtag}} est dans la liste suivie par ce canal : un rappel {{minutes}} minutes avant chaque édition (prochaine : {{next}}), et un mini-rapport après.",
    already: "#{{hashtag}} est déjà dans la liste suivie par ce canal.",
    removed: "#{{hashtag}} n'est plus suivi par ce canal ; ses rappels et rapports s'arrêtent.",
    empty:
      "Ce canal ne suit encore aucun autre chat. Ajoutez-en un avec `/afterchat suivre ajouter #autrechat mardi 18h Europe/Paris`.",
    listHeader: "Chats suivis par ce canal",
    line: "#{{hashtag}} : {{schedule}} ; {{networks}}{{hosts}}{{note}}",
    noSchedule: "sans horaire (ni rappel ni rapport)",
    schedule: "{{cron}} ({{zone}}), {{minutes}} min, rappel {{remind}} min avant",
    hosts: " ; animé par {{hosts}}",
    note: " ; note : {{note}}",
    remindOn: "Vous recevrez un rappel en privé avant #{{hashtag}}.",
    remindOnAll: "Vous recevrez un rappel en privé avant chaque chat suivi par ce canal : {{hashtags}}.",
    remindOff: "Plus de rappel en privé pour {{hashtags}}.",
    remindNone: "Ce canal ne suit aucun chat dont vous rappeler.",
    remindInvalid:
      "Je n'ai pas compris « {{input}} » comme délai de rappel : donnez des minutes, par ex. `rappel 15m`.",
    reminder: {
      header: "#{{hashtag}} commence {{when}}",
      hosts: "Animé par {{hosts}}.",
      noHosts: "Animateurs non précisés.",
      follow: "Suivez-le en direct : {{links}}",
      note: "Votre note : {{note}}",
      dm: "Me le rappeler en privé",
      dmHeader: "Rappel : #{{hashtag}} commence {{when}}",
    },
    report: {
      header: "Mini-rapport : #{{hashtag}} ({{date}})",
      figures:
        "Posts : {{posts}} · participants : {{contributors}} · engagement : {{engagement}} ({{perPost}} par post) · questions : {{questions}} · réponses : {{answers}}",
      reach: "Portée potentielle : {{reach}}",
      questions: "Ses questions",
      question: "Q{{number}} : {{text}} (réponses : {{answers}}, par : {{answerers}})",
      questionNoText: "Q{{number}} (réponses : {{answers}})",
      top: "Posts les plus engageants",
      topLine: "@{{handle}} : {{text}} ({{engagement}} d'engagement)",
      topics: "Sujets : {{topics}}",
      team: "De notre équipe : {{members}}",
      teamNone: "Personne de notre équipe n'y a participé.",
      missing: "Non récupéré : {{networks}} (non configuré ou indisponible).",
      empty: "Aucun post trouvé pour #{{hashtag}} dans sa fenêtre.",
      noSource:
        "Je n'ai pas pu faire le mini-rapport de #{{hashtag}} : aucun de ses réseaux ({{networks}}) n'est configuré ici.",
    },
    failed:
      "{{moderators}} Le mini-rapport de #{{hashtag}} ({{date}}) a échoué après {{attempts}} tentatives : {{reason}}",
    missed:
      "{{moderators}} afterchat était arrêté à l'heure du {{step}} #{{hashtag}} ({{date}}), il y a plus de {{grace}} : il a été sauté.",
  },
});
