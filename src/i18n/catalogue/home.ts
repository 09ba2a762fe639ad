import { area } from "../define.js";

/** The App Home tab (Slack): the reader's chats, their latest figures, open tasks and polls. */
export const home = area({
  en: {
    title: "afterchat",
    intro: "Your chats in this workspace, their latest figures, and what is waiting for you.",
    empty:
      "You are not on the team of any chat here yet. In your chat's channel, start one with `/afterchat setup #hashtag`, or ask a moderator to add you with `/afterchat team add @you`.",
    series: "**#{{hashtag}}** · {{title}}",
    edition: "Edition {{number}} · {{status}} · {{when}}",
    editionTopic: "Edition {{number}} · {{status}} · {{when}} · {{topic}}",
    noEdition: "No edition yet.",
    status: {
      scheduled: "coming up",
      live: "live now",
      debriefing: "debriefing",
      closed: "closed",
    },
    figuresOf: "Figures of edition {{number}}",
    figures: {
      posts: "Posts",
      contributors: "Contributors",
      engagement: "Engagement",
      answered: "Questions answered",
      answeredValue: "{{answered}} of {{questions}}",
    },
    pollOpen:
      "Feedback poll of edition {{number}} open, closes {{closes}}: vote with the buttons in the channel.",
    pollOpenNoEnd: "Feedback poll of edition {{number}} open: vote with the buttons in the channel.",
    tasksTitle: "Your open tasks",
    noTasks: "No open task for you. 🎉",
    moreTasks_one: "and {{count}} more, due later: `/afterchat export tasks` lists them all.",
    moreTasks_other: "and {{count}} more, due later: `/afterchat export tasks` lists them all.",
    moreTasksAskTeam_one:
      "and {{count}} more, due later: a member of its chat's team can list it with `/afterchat export tasks`.",
    moreTasksAskTeam_other:
      "and {{count}} more, due later: a member of their chat's team can list them all with `/afterchat export tasks`.",
    moreSeries_one: "and {{count}} more chat.",
    moreSeries_other: "and {{count}} more chats.",
  },
  fr: {
    title: "afterchat",
    intro: "Vos chats dans cet espace, leurs derniers chiffres, et ce qui vous attend.",
    empty:
      "Vous ne faites encore partie de l'équipe d'aucun chat ici. Dans le canal de votre chat, lancez-en un avec `/afterchat config #hashtag`, ou demandez à un modérateur de vous ajouter avec `/afterchat équipe ajouter @vous`.",
    series: "**#{{hashtag}}** · {{title}}",
    edition: "Édition {{number}} · {{status}} · {{when}}",
    editionTopic: "Édition {{number}} · {{status}} · {{when}} · {{topic}}",
    noEdition: "Pas encore d'édition.",
    status: {
      scheduled: "à venir",
      live: "en direct",
      debriefing: "en bilan",
      closed: "terminée",
    },
    figuresOf: "Chiffres de l'édition {{number}}",
    figures: {
      posts: "Publications",
      contributors: "Participants",
      engagement: "Engagement",
      answered: "Questions avec réponse",
      answeredValue: "{{answered}} sur {{questions}}",
    },
    pollOpen:
      "Sondage de retour de l'édition {{number}} ouvert, clôture {{closes}} : votez avec les boutons dans le canal.",
    pollOpenNoEnd: "Sondage de retour de l'édition {{number}} ouvert : votez avec les boutons dans le canal.",
    tasksTitle: "Vos tâches ouvertes",
    noTasks: "Aucune tâche ouverte pour vous. 🎉",
    moreTasks_one:
      "et {{count}} autre, à échéance plus lointaine : `/afterchat export tasks` les liste toutes.",
    moreTasks_other:
      "et {{count}} autres, à échéance plus lointaine : `/afterchat export tasks` les liste toutes.",
    moreTasksAskTeam_one:
      "et {{count}} autre, à échéance plus lointaine : un membre de l'équipe de son chat peut la lister avec `/afterchat export tasks`.",
    moreTasksAskTeam_other:
      "et {{count}} autres, à échéance plus lointaine : un membre de l'équipe de leur chat peut toutes les lister avec `/afterchat export tasks`.",
    moreSeries_one: "et {{count}} autre chat.",
    moreSeries_other: "et {{count}} autres chats.",
  },
});
