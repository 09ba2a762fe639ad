import { area } from "../define.js";

/** The team feedback poll: its message, votes, comments, results and reminders. */
export const poll = area({
  en: {
    questions: {
      pacing: "Pacing of the chat",
      questions: "Quality of the questions",
      engagement: "Participant engagement",
      tooling: "Tools and logistics",
      overall: "Overall",
    },
    title: "Team feedback: #{{hashtag}}, edition {{number}}",
    intro:
      "Rate each point from 1 (poor) to 5 (great). You can change your vote until the poll closes, {{closes}}.",
    anonymous: "Anonymous: nobody, moderators included, can see who voted what.",
    named: "Results never show who voted what.",
    voters_one: "{{count}} person has voted so far.",
    voters_other: "{{count}} people have voted so far.",
    resultsLater: "Results are shown when the poll closes.",
    closedBanner: "This poll is closed. The results are in the channel.",
    buttons: {
      comment: "Comment",
      mine: "My votes / results",
      close: "Close the poll",
    },
    opened: "The poll is open for edition {{number}} until {{closes}}.",
    voted: "Your vote: {{value}}/5 for “{{question}}”. You can change it until the poll closes.",
    mine: {
      title: "Your answers",
      none: "You have not voted yet.",
      line: "{{question}}: {{value}}/5",
      comment: "Your comment: {{comment}}",
    },
    comment: {
      title: "Your comment",
      submit: "Send",
      label: "Comment (shown without your name)",
      hint: "What should we keep, change or try?",
      saved: "Thanks: your comment is saved.",
      removed: "Your comment is removed.",
      tooLong: "Your comment has {{length}} characters; keep it under {{max}}.",
    },
    closedNow: "The poll is closed; the results are posted in the channel.",
    alreadyClosed: "This poll was already closed.",
    results: {
      title: "Results: #{{hashtag}}, edition {{number}}",
      voters_one: "{{count}} person answered.",
      voters_other: "{{count}} people answered.",
      summary_one: "{{count}} vote, average {{average}}/5",
      summary_other: "{{count}} votes, average {{average}}/5",
      noVotes: "No votes.",
      comments: "Comments",
    },
    reminder:
      "The team feedback poll on #{{hashtag}} (edition {{number}}) closes {{closes}}. You have not voted yet: it takes a minute, in the chat's channel.",
    length: {
      too_short: "A poll must stay open at least 5 minutes.",
      too_long: "A poll can stay open 30 days at most.",
    },
  },
  fr: {
    questions: {
      pacing: "Rythme du chat",
      questions: "Qualité des questions",
      engagement: "Participation",
      tooling: "Outils et logistique",
      overall: "Dans l'ensemble",
    },
    title: "Retour de l'équipe : #{{hashtag}}, édition {{number}}",
    intro:
      "Notez chaque point de 1 (faible) à 5 (excellent). Vous pouvez changer votre vote jusqu'à la clôture du sondage, {{closes}}.",
    anonymous: "Anonyme : personne, modérateurs compris, ne peut voir qui a voté quoi.",
    named: "Les résultats ne montrent jamais qui a voté quoi.",
    voters_one: "{{count}} personne a voté pour l'instant.",
    voters_other: "{{count}} personnes ont voté pour l'instant.",
    resultsLater: "Les résultats s'affichent à la clôture du sondage.",
    closedBanner: "Ce sondage est clos. Les résultats sont dans le canal.",
    buttons: {
      comment: "Commenter",
      mine: "Mes votes / résultats",
      close: "Clore le sondage",
    },
    opened: "Le sondage est ouvert pour l'édition {{number}} jusqu'au {{closes}}.",
    voted:
      "Votre vote : {{value}}/5 pour « {{question}} ». Vous pouvez le changer jusqu'à la clôture du sondage.",
    mine: {
      title: "Vos réponses",
      none: "Vous n'avez pas encore voté.",
      line: "{{question}} : {{value}}/5",
      comment: "Votre commentaire : {{comment}}",
    },
    comment: {
      title: "Votre commentaire",
      submit: "Envoyer",
      label: "Commentaire (affiché sans votre nom)",
      hint: "Que garder, changer ou essayer ?",
      saved: "Merci : votre commentaire est enregistré.",
      removed: "Votre commentaire est supprimé.",
      tooLong: "Votre commentaire fait {{length}} caractères ; restez sous {{max}}.",
    },
    closedNow: "Le sondage est clos ; les résultats sont publiés dans le canal.",
    alreadyClosed: "Ce sondage était déjà clos.",
    results: {
      title: "Résultats : #{{hashtag}}, édition {{number}}",
      voters_one: "{{count}} personne a répondu.",
      voters_other: "{{count}} personnes ont répondu.",
      summary_one: "{{count}} vote, moyenne {{average}}/5",
      summary_other: "{{count}} votes, moyenne {{average}}/5",
      noVotes: "Aucun vote.",
      comments: "Commentaires",
    },
    reminder:
      "Le sondage de retour de l'équipe sur #{{hashtag}} (édition {{number}}) se clôt le {{closes}}. Vous n'avez pas encore voté : cela prend une minute, dans le canal du chat.",
    length: {
      too_short: "Un sondage doit rester ouvert au moins 5 minutes.",
      too_long: "Un sondage peut rester ouvert 30 jours au plus.",
    },
  },
});
