import { area } from "../define.js";

/**
 * What the scheduler says by itself: the notes call at the end of a chat, promotion reminders
 * before the next edition, and what moderators must know (steps skipped after downtime, steps
 * that failed for good). `{{moderators}}` is a list of mentions (or empty),
 * `{{date}}` a formatted date in the series' zone, `{{topic}}` escaped Markdown.
 */
export const jobs = area({
  en: {
    notes: {
      ask: "**#{{hashtag}} edition {{number}} is over.** Team, while it is fresh: what went well, what went wrong, what was the best moment?",
      how: "Type `/afterchat note` to open the notes form, or write one straight away: `/afterchat note good …`, `/afterchat note bad …`, `/afterchat note best …`.",
    },
    promo: {
      header_one: "#{{hashtag}} edition {{number}} is in {{hours}} hour",
      header_other: "#{{hashtag}} edition {{number}} is in {{hours}} hours",
      when: "**When:** {{date}}",
      topic: "**Topic:** {{topic}}",
      noTopic: "**Topic:** not set yet. Set it with `/afterchat edition topic …` so the teasers can say it.",
      schedule:
        "Schedule the promotion posts now: a teaser with the date, time and topic, and recycle last edition's best posts.",
      invite: "Send a personal invitation to last edition's top contributors: {{handles}}.",
      inviteNone: "No contributors recorded yet: invite the regulars you know by hand.",
    },
    skipped: {
      header:
        "{{moderators}} While afterchat was stopped, these steps of #{{hashtag}} were missed by more than {{grace}} and were skipped:",
      line: "{{step}} of edition {{number}}, due {{date}}",
      lineNoEdition: "{{step}}, due {{date}}",
      footer:
        "Run what still matters by hand: `/afterchat stats`, `/afterchat poll`, `/afterchat tasks all`.",
    },
    failed:
      "{{moderators}} The step “{{step}}” of #{{hashtag}} edition {{number}} failed {{attempts}} times and was stopped: {{reason}}",
    failedNoEdition:
      "{{moderators}} The step “{{step}}” of #{{hashtag}} failed {{attempts}} times and was stopped: {{reason}}",
    reason: {
      internal: "unexpected error ({{detail}}). Tell your afterchat admin; the server log has the details.",
    },
    step: {
      plan: "planning the next editions",
      sweep: "closing polls past their deadline",
      start: "start of the chat",
      end: "end of the chat (notes and after-party)",
      debrief: "debrief (report, tasks review, team poll)",
      pollClose: "closing the team poll",
      promo: "promotion reminder",
      escalate: "bringing unanswered after-party questions back",
      afterPartyEnd: "end of the after-party",
      close: "closing the edition",
      event: "scheduled event",
      eventStart: "start of the scheduled event",
      taskReminder: "task reminder",
      pollReminder: "poll reminder",
      watchRemind: "reminder of a watched chat",
      watchReport: "mini-report of a watched chat",
    },
  },
  fr: {
    notes: {
      ask: "**L’édition {{number}} de #{{hashtag}} est terminée.** L’équipe, tant que c’est frais : qu’est-ce qui a bien marché, qu’est-ce qui a coincé, quel a été le meilleur moment ?",
      how: "Tapez `/afterchat note` pour ouvrir le formulaire de notes, ou écrivez-en une tout de suite : `/afterchat note bien …`, `/afterchat note mal …`, `/afterchat note top …`.",
    },
    promo: {
      header_one: "L’édition {{number}} de #{{hashtag}} a lieu dans {{hours}} heure",
      header_other: "L’édition {{number}} de #{{hashtag}} a lieu dans {{hours}} heures",
      when: "**Quand :** {{date}}",
      topic: "**Sujet :** {{topic}}",
      noTopic:
        "**Sujet :** pas encore défini. Fixez-le avec `/afterchat edition topic …` pour que les teasers l’annoncent.",
      schedule:
        "Programmez les publications de promotion maintenant : un teaser avec la date, l’heure et le sujet, et recyclez les meilleures publications de la dernière édition.",
      invite:
        "Envoyez une invitation personnelle aux meilleurs contributeurs de la dernière édition : {{handles}}.",
      inviteNone:
        "Aucun contributeur enregistré pour l’instant : invitez à la main les habitués que vous connaissez.",
    },
    skipped: {
      header:
        "{{moderators}} Pendant qu’afterchat était arrêté, ces étapes de #{{hashtag}} ont été manquées de plus de {{grace}} et ont été sautées :",
      line: "{{step}} de l’édition {{number}}, prévue {{date}}",
      lineNoEdition: "{{step}}, prévue {{date}}",
      footer:
        "Lancez à la main ce qui compte encore : `/afterchat stats`, `/afterchat poll`, `/afterchat tasks all`.",
    },
    failed:
      "{{moderators}} L’étape « {{step}} » de l’édition {{number}} de #{{hashtag}} a échoué {{attempts}} fois et a été arrêtée : {{reason}}",
    failedNoEdition:
      "{{moderators}} L’étape « {{step}} » de #{{hashtag}} a échoué {{attempts}} fois et a été arrêtée : {{reason}}",
    reason: {
      internal:
        "erreur inattendue ({{detail}}). Prévenez l’administrateur d’afterchat ; le journal du serveur donne les détails.",
    },
    step: {
      plan: "planification des prochaines éditions",
      sweep: "clôture des sondages arrivés à échéance",
      start: "début du chat",
      end: "fin du chat (notes et after)",
      debrief: "bilan (rapport, revue des tâches, sondage d’équipe)",
      pollClose: "clôture du sondage d’équipe",
      promo: "rappel de promotion",
      escalate: "relance des questions restées sans réponse dans l’after",
      afterPartyEnd: "fin de l’after",
      close: "clôture de l’édition",
      event: "événement programmé",
      eventStart: "début de l’événement programmé",
      taskReminder: "rappel de tâche",
      pollReminder: "rappel du sondage",
      watchRemind: "rappel d’un chat suivi",
      watchReport: "mini-rapport d’un chat suivi",
    },
  },
});
