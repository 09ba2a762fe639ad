import { area } from "../define.js";

/**
 * `/afterchat compare`: two chats side by side (figures, chart, people both share) and the other chat's
 * questions, each of which a moderator can copy into the team's next-edition tasks.
 */
export const compare = area({
  en: {
    header: "#{{ours}} and #{{theirs}} side by side",
    basis: {
      last: "Last edition of each: #{{ours}} on {{oursDate}}, #{{theirs}} on {{theirsDate}}.",
      average:
        "Averages over the last {{last}} editions: #{{ours}} ({{oursCount}} counted), #{{theirs}} ({{theirsCount}} counted).",
    },
    noData: {
      ours: "#{{hashtag}} has no edition with posts yet: import or pull one first (`/afterchat stats`).",
      theirs:
        "#{{hashtag}} has no edition with posts yet: it is pulled after its next edition ends, if it is on the watch-list (`/afterchat watch add #{{hashtag}}`).",
    },
    figure: {
      posts: "Posts",
      contributors: "Contributors",
      answersPerQuestion: "Answers per question",
      engagementPerPost: "Engagement per post",
      reach: "Potential reach",
    },
    perEdition: "per edition",
    side: "#{{hashtag}}: {{value}}",
    unknown: {
      noData: "no data yet",
      noQuestions: "no question asked",
      noPosts: "no post",
      noFollowers: "no follower counts",
    },
    difference: "difference {{change}}",
    reachPartial_one: "Potential reach of #{{hashtag}}: {{count}} of its editions had follower counts.",
    reachPartial_other: "Potential reach of #{{hashtag}}: {{count}} of its editions had follower counts.",
    shared: {
      header: "In both chats ({{count}}): people to invite",
      none: "Nobody posted in both chats in these editions.",
      line: "{{who}} · posts: {{ours}} in #{{oursTag}}, {{theirs}} in #{{theirsTag}}",
      matching: "Matched by handle on the same network: one person under two handles counts as two.",
    },
    chart: {
      title: "#{{ours}} and #{{theirs}} side by side",
      alt: "Bar chart: posts, contributors, answers per question, engagement per post and potential reach of #{{ours}} and #{{theirs}}",
    },
    questions: {
      header: "Questions of #{{hashtag}} ({{date}})",
      none: "#{{hashtag}} asked no numbered question (Q1, Q2...) in that edition.",
      line_one: "**Q{{number}}** · {{count}} answer: {{text}}",
      line_other: "**Q{{number}}** · {{count}} answers: {{text}}",
      copyHint: "Moderators: copy a question into the tasks of your next edition.",
      copyPlaceholder: "Copy a question into our tasks",
      copyButton: "Copy to our tasks",
    },
    copy: {
      title: "Try the question of #{{hashtag}} (Q{{number}}): {{text}}",
      created: "Added to the tasks of edition {{number}} of #{{hashtag}}: {{title}}",
      exists: "Already in the tasks of #{{hashtag}}: {{title}}",
      gone: "That question is no longer stored: run `/afterchat compare` again.",
    },
    unknownChat:
      "#{{hashtag}} is neither one of your chats nor on the watch-list: add it with `/afterchat watch add #{{hashtag}}`.",
    sameChat: "Compare two different chats: #{{hashtag}} was given twice.",
  },
  fr: {
    header: "#{{ours}} et #{{theirs}} côte à côte",
    basis: {
      last: "Dernière édition de chacun : #{{ours}} le {{oursDate}}, #{{theirs}} le {{theirsDate}}.",
      average:
        "Moyennes sur les {{last}} dernières éditions : #{{ours}} ({{oursCount}} comptées), #{{theirs}} ({{theirsCount}} comptées).",
    },
    noData: {
      ours: "#{{hashtag}} n'a encore aucune édition avec des posts : importez-en ou récupérez-en une d'abord (`/afterchat stats`).",
      theirs:
        "#{{hashtag}} n'a encore aucune édition avec des posts : elle est récupérée après la fin de sa prochaine édition, si elle est dans la liste de suivi (`/afterchat watch add #{{hashtag}}`).",
    },
    figure: {
      posts: "Posts",
      contributors: "Contributeurs",
      answersPerQuestion: "Réponses par question",
      engagementPerPost: "Engagement par post",
      reach: "Portée potentielle",
    },
    perEdition: "par édition",
    side: "#{{hashtag}} : {{value}}",
    unknown: {
      noData: "pas encore de données",
      noQuestions: "aucune question posée",
      noPosts: "aucun post",
      noFollowers: "nombre d'abonnés inconnu",
    },
    difference: "écart {{change}}",
    reachPartial_one:
      "Portée potentielle de #{{hashtag}} : {{count}} de ses éditions avait des nombres d'abonnés.",
    reachPartial_other:
      "Portée potentielle de #{{hashtag}} : {{count}} de ses éditions avaient des nombres d'abonnés.",
    shared: {
      header: "Dans les deux chats ({{count}}) : des personnes à inviter",
      none: "Personne n'a posté dans les deux chats lors de ces éditions.",
      line: "{{who}} · posts : {{ours}} dans #{{oursTag}}, {{theirs}} dans #{{theirsTag}}",
      matching:
        "Rapprochement par identifiant sur le même réseau : une personne sous deux identifiants compte pour deux.",
    },
    chart: {
      title: "#{{ours}} et #{{theirs}} côte à côte",
      alt: "Diagramme en barres : posts, contributeurs, réponses par question, engagement par post et portée potentielle de #{{ours}} et #{{theirs}}",
    },
    questions: {
      header: "Questions de #{{hashtag}} ({{date}})",
      none: "#{{hashtag}} n'a posé aucune question numérotée (Q1, Q2...) lors de cette édition.",
      line_one: "**Q{{number}}** · {{count}} réponse : {{text}}",
      line_other: "**Q{{number}}** · {{count}} réponses : {{text}}",
      copyHint: "Modérateurs : copiez une question dans les tâches de votre prochaine édition.",
      copyPlaceholder: "Copier une question dans nos tâches",
      copyButton: "Copier dans nos tâches",
    },
    copy: {
      title: "Essayer la question de #{{hashtag}} (Q{{number}}) : {{text}}",
      created: "Ajoutée aux tâches de l'édition {{number}} de #{{hashtag}} : {{title}}",
      exists: "Déjà dans les tâches de #{{hashtag}} : {{title}}",
      gone: "Cette question n'est plus enregistrée : relancez `/afterchat compare`.",
    },
    unknownChat:
      "#{{hashtag}} n'est ni l'un de vos chats ni dans la liste de suivi : ajoutez-le avec `/afterchat watch add #{{hashtag}}`.",
    sameChat: "Comparez deux chats différents : #{{hashtag}} a été donné deux fois.",
  },
});
