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
    titleNth: "Team feedback: #{{hashtag}}, edition {{number}}, poll {{ordinal}}",
    intro:
      "Rate each point from 1 (poor) to 5 (great). You can change your vote until the poll closes, {{closes}}.",
    introAnonymous:
      "Rate each point from 1 (poor) to 5 (great). Each answer counts once and cannot be changed. The poll closes {{closes}}.",
    anonymous: "Anonymous: nobody, moderators included, can see who voted what.",
    anonymousFinal:
      "Anonymous answers are final: once counted, an answer is no longer kept with your name, so it cannot be changed.",
    threshold:
      "A question's results are shown only once at least {{count}} people answered it, and comments only once at least {{count}} were left.",
    named: "Not anonymous: your answers are kept with your name. The results show totals only.",
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
    anonymousVoted:
      "Counted for “{{question}}”. Your answer is no longer kept with your name, so it cannot be changed or shown again.",
    alreadyAnswered:
      "You have already answered “{{question}}”. In an anonymous poll an answer cannot be changed: it is not kept with your name.",
    mine: {
      title: "Your answers",
      none: "You have not voted yet.",
      line: "{{question}}: {{value}}/5",
      comment: "Your comment: {{comment}}",
      anonymous: "Anonymous answers are not kept with your name, so they cannot be shown again.",
      answered_one: "You have answered {{count}} of {{total}} questions.",
      answered_other: "You have answered {{count}} of {{total}} questions.",
      commented: "You have left a comment.",
    },
    comment: {
      title: "Your comment",
      submit: "Send",
      label: "Comment (shown without your name)",
      labelAnonymous: "Comment (anonymous, final once sent)",
      hint: "What should we keep, change or try?",
      saved: "Thanks: your comment is saved.",
      removed: "Your comment is removed.",
      tooLong: "Your comment has {{length}} characters; keep it under {{max}}.",
      already:
        "You have already left a comment. In an anonymous poll it cannot be changed: it is not kept with your name.",
      empty: "Nothing was sent: the comment was empty.",
    },
    closedNow: "The poll is closed; the results are posted in the channel.",
    alreadyClosed: "This poll was already closed.",
    results: {
      title: "Results: #{{hashtag}}, edition {{number}}",
      titleNth: "Results: #{{hashtag}}, edition {{number}}, poll {{ordinal}}",
      voters_one: "{{count}} person answered.",
      voters_other: "{{count}} people answered.",
      anonymousVoters_one: "Anonymous poll: {{count}} answer; who answered is not kept.",
      anonymousVoters_other: "Anonymous poll: {{count}} answers; who answered is not kept.",
      summary_one: "{{count}} vote, average {{average}}/5",
      summary_other: "{{count}} votes, average {{average}}/5",
      noVotes: "No votes.",
      comments: "Comments",
      withheld: "Fewer than {{count}} answers: not shown, so nobody's answer can be singled out.",
      commentsWithheld: "Comments are not shown: fewer than {{count}} were left.",
    },
    reminder:
      "The team feedback poll on #{{hashtag}} (edition {{number}}) closes {{closes}}. You have not voted yet: it takes a minute, in the chat's channel.",
    length: {
      too_short: "A poll must stay open at least 5 minutes.",
      too_long: "A poll can stay open 30 days at most.",
    },
    min: {
      named:
        "`min` is for anonymous polls: a named poll shows every figure. Open it with `anonymous min {{min}}` or more.",
      too_low: "An anonymous poll shows results from at least {{min}} answers; `min` can only raise that.",
      too_high: "`min` can be {{max}} at most.",
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
    titleNth: "Retour de l'équipe : #{{hashtag}}, édition {{number}}, sondage {{ordinal}}",
    intro:
      "Notez chaque point de 1 (faible) à 5 (excellent). Vous pouvez changer votre vote jusqu'à la clôture du sondage, {{closes}}.",
    introAnonymous:
      "Notez chaque point de 1 (faible) à 5 (excellent). Chaque réponse compte une fois et ne peut pas être changée. Clôture du sondage : {{closes}}.",
    anonymous: "Anonyme : personne, modérateurs compris, ne peut voir qui a voté quoi.",
    anonymousFinal:
      "Les réponses anonymes sont définitives : une fois comptée, une réponse n'est plus gardée avec votre nom, elle ne peut donc pas être changée.",
    threshold:
      "Les résultats d'une question ne s'affichent qu'à partir de {{count}} réponses, et les commentaires qu'à partir de {{count}} commentaires.",
    named:
      "Non anonyme : vos réponses sont gardées avec votre nom. Les résultats ne montrent que des totaux.",
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
    anonymousVoted:
      "Compté pour « {{question}} ». Votre réponse n'est plus gardée avec votre nom : elle ne peut être ni changée ni réaffichée.",
    alreadyAnswered:
      "Vous avez déjà répondu à « {{question}} ». Dans un sondage anonyme, une réponse ne peut pas être changée : elle n'est pas gardée avec votre nom.",
    mine: {
      title: "Vos réponses",
      none: "Vous n'avez pas encore voté.",
      line: "{{question}} : {{value}}/5",
      comment: "Votre commentaire : {{comment}}",
      anonymous:
        "Les réponses anonymes ne sont pas gardées avec votre nom : elles ne peuvent pas être réaffichées.",
      answered_one: "Vous avez répondu à {{count}} question sur {{total}}.",
      answered_other: "Vous avez répondu à {{count}} questions sur {{total}}.",
      commented: "Vous avez laissé un commentaire.",
    },
    comment: {
      title: "Votre commentaire",
      submit: "Envoyer",
      label: "Commentaire (affiché sans votre nom)",
      labelAnonymous: "Commentaire (anonyme, définitif)",
      hint: "Que garder, changer ou essayer ?",
      saved: "Merci : votre commentaire est enregistré.",
      removed: "Votre commentaire est supprimé.",
      tooLong: "Votre commentaire fait {{length}} caractères ; restez sous {{max}}.",
      already:
        "Vous avez déjà laissé un commentaire. Dans un sondage anonyme, il ne peut pas être changé : il n'est pas gardé avec votre nom.",
      empty: "Rien n'a été envoyé : le commentaire était vide.",
    },
    closedNow: "Le sondage est clos ; les résultats sont publiés dans le canal.",
    alreadyClosed: "Ce sondage était déjà clos.",
    results: {
      title: "Résultats : #{{hashtag}}, édition {{number}}",
      titleNth: "Résultats : #{{hashtag}}, édition {{number}}, sondage {{ordinal}}",
      voters_one: "{{count}} personne a répondu.",
      voters_other: "{{count}} personnes ont répondu.",
      anonymousVoters_one: "Sondage anonyme : {{count}} réponse ; qui a répondu n'est pas conservé.",
      anonymousVoters_other: "Sondage anonyme : {{count}} réponses ; qui a répondu n'est pas conservé.",
      summary_one: "{{count}} vote, moyenne {{average}}/5",
      summary_other: "{{count}} votes, moyenne {{average}}/5",
      noVotes: "Aucun vote.",
      comments: "Commentaires",
      withheld: "Moins de {{count}} réponses : non affiché, pour que personne ne puisse être reconnu.",
      commentsWithheld: "Commentaires non affichés : moins de {{count}} ont été laissés.",
    },
    reminder:
      "Le sondage de retour de l'équipe sur #{{hashtag}} (édition {{number}}) se clôt le {{closes}}. Vous n'avez pas encore voté : cela prend une minute, dans le canal du chat.",
    length: {
      too_short: "Un sondage doit rester ouvert au moins 5 minutes.",
      too_long: "Un sondage peut rester ouvert 30 jours au plus.",
    },
    min: {
      named:
        "`min` vaut pour les sondages anonymes : un sondage nominatif montre tous les chiffres. Ouvrez-le avec `anonyme min {{min}}` ou plus.",
      too_low:
        "Un sondage anonyme montre ses résultats à partir d'au moins {{min}} réponses ; `min` peut seulement relever ce seuil.",
      too_high: "`min` vaut {{max}} au plus.",
    },
  },
});
