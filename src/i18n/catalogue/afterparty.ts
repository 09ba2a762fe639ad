import { area } from "../define.js";

/**
 * The after-party: the thread opened at the chat's end, the next edition's scheduled event, open
 * questions brought back to the team, and the closing summary. `{{hashtag}}` is the bare tag
 * (without "#"), `{{tag}}` a Markdown link to the hashtag's page, `{{author}}` a mention,
 * `{{text}}`/`{{topic}}` already escaped Markdown, `{{when}}` a formatted date.
 */
export const afterparty = area({
  en: {
    thread: {
      title: "#{{hashtag}} after-party",
      titleTopic: "#{{hashtag}} after-party: {{topic}}",
    },
    open: {
      header: "The #{{hashtag}} after-party is open",
      topic: "This edition's topic: {{topic}}",
      goodbye: "Thank you all for this edition! The hour is over, but the conversation does not have to be.",
      invite_one:
        "Keep talking here for the next hour, and keep posting under {{tag}}. A question asked here that nobody answers goes to the team.",
      invite_other:
        "Keep talking here for the next {{count}} hours, and keep posting under {{tag}}. A question asked here that nobody answers goes to the team.",
      best_one: "The post people engaged with most",
      best_other: "The {{count}} posts people engaged with most",
      bestLine_one: "{{link}} by @{{author}}: {{engagement}} interaction",
      bestLine_other: "{{link}} by @{{author}}: {{engagement}} interactions",
      next: "Next edition: {{when}}",
    },
    event: {
      name: "#{{hashtag}}: edition {{number}}",
      nameTopic: "#{{hashtag}}: {{topic}}",
      description: "{{title}}, edition {{number}}. Join us under #{{hashtag}}: {{url}}",
      descriptionTopic: "{{title}}, edition {{number}}: {{topic}}. Join us under #{{hashtag}}: {{url}}",
      limit:
        "No Discord event for edition {{number}} of #{{hashtag}}: this server already has {{max}} upcoming events, as many as Discord allows. Delete events that are no longer needed (Events, at the top of the channel list); the next after-party will try again.",
    },
    escalate: {
      header: "Open questions from the #{{hashtag}} after-party",
      intro_one:
        "This question has waited more than {{minutes}} minutes for an answer. Answer it in the thread, or make it a task.",
      intro_other:
        "These {{count}} questions have waited more than {{minutes}} minutes for an answer. Answer them in the thread, or make them tasks.",
      line: "{{author}} asked: “{{text}}”",
      link: "Open in the thread",
      button: "Make it a task",
    },
    close: {
      header: "The #{{hashtag}} after-party is over",
      text: "After-party of #{{hashtag}}: {{messages}}, {{participants}}, {{answered}}/{{questions}} questions answered.",
      messageCount_one: "{{count}} message",
      messageCount_other: "{{count}} messages",
      peopleCount_one: "{{count}} person",
      peopleCount_other: "{{count}} people",
      messages: "Messages",
      participants: "People",
      answered: "Questions answered",
      open: "Questions still open",
      none: "Nobody wrote in the after-party thread this time.",
      openLeft_one: "One question is still open: the team has it in the debrief channel.",
      openLeft_other: "{{count}} questions are still open: the team has them in the debrief channel.",
      thanks: "Thank you all, see you at the next edition!",
      thread: "Thread: {{link}}",
    },
  },
  fr: {
    thread: {
      title: "After #{{hashtag}}",
      titleTopic: "After #{{hashtag}} : {{topic}}",
    },
    open: {
      header: "L'after de #{{hashtag}} est ouvert",
      topic: "Le sujet de cette édition : {{topic}}",
      goodbye:
        "Merci à toutes et à tous pour cette édition ! L'heure est finie, mais la conversation peut continuer.",
      invite_one:
        "Continuez ici pendant l'heure qui vient, et continuez à publier sous {{tag}}. Une question posée ici restée sans réponse est transmise à l'équipe.",
      invite_other:
        "Continuez ici pendant les {{count}} heures qui viennent, et continuez à publier sous {{tag}}. Une question posée ici restée sans réponse est transmise à l'équipe.",
      best_one: "La publication qui a suscité le plus de réactions",
      best_other: "Les {{count}} publications qui ont suscité le plus de réactions",
      bestLine_one: "{{link}} par @{{author}} : {{engagement}} interaction",
      bestLine_other: "{{link}} par @{{author}} : {{engagement}} interactions",
      next: "Prochaine édition : {{when}}",
    },
    event: {
      name: "#{{hashtag}} : édition {{number}}",
      nameTopic: "#{{hashtag}} : {{topic}}",
      description: "{{title}}, édition {{number}}. Rejoignez-nous sous #{{hashtag}} : {{url}}",
      descriptionTopic:
        "{{title}}, édition {{number}} : {{topic}}. Rejoignez-nous sous #{{hashtag}} : {{url}}",
      limit:
        "Pas d'événement Discord pour l'édition {{number}} de #{{hashtag}} : ce serveur a déjà {{max}} événements à venir, le maximum permis par Discord. Supprimez les événements devenus inutiles (Événements, en haut de la liste des salons) ; la prochaine after-party réessaiera.",
    },
    escalate: {
      header: "Questions en attente de l'after de #{{hashtag}}",
      intro_one:
        "Cette question attend une réponse depuis plus de {{minutes}} minutes. Répondez dans le fil, ou faites-en une tâche.",
      intro_other:
        "Ces {{count}} questions attendent une réponse depuis plus de {{minutes}} minutes. Répondez dans le fil, ou faites-en des tâches.",
      line: "{{author}} a demandé : « {{text}} »",
      link: "Voir dans le fil",
      button: "En faire une tâche",
    },
    close: {
      header: "L'after de #{{hashtag}} est terminé",
      text: "After de #{{hashtag}} : {{messages}}, {{participants}}, {{answered}}/{{questions}} questions avec réponse.",
      messageCount_one: "{{count}} message",
      messageCount_other: "{{count}} messages",
      peopleCount_one: "{{count}} personne",
      peopleCount_other: "{{count}} personnes",
      messages: "Messages",
      participants: "Personnes",
      answered: "Questions avec réponse",
      open: "Questions encore ouvertes",
      none: "Personne n'a écrit dans le fil de l'after cette fois-ci.",
      openLeft_one: "Une question est encore ouverte : l'équipe l'a dans le canal de bilan.",
      openLeft_other: "{{count}} questions sont encore ouvertes : l'équipe les a dans le canal de bilan.",
      thanks: "Merci à toutes et à tous, à la prochaine édition !",
      thread: "Fil : {{link}}",
    },
  },
});
