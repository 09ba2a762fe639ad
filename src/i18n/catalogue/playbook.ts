import { area } from "../define.js";

/** The standard work between two editions. Step titles are stored in the series' language. */
export const playbook = area({
  en: {
    steps: {
      thank: "Thank the participants of edition {{number}}",
      shoutout: "Shout out the key contributors of edition {{number}}",
      invite: "Invite the top contributors personally: {{handles}}",
      inviteNoData: "Invite the top contributors personally (import the chat first)",
      promote: "Schedule and recycle the promotion posts for the next edition",
      recap: "Write the recap of edition {{number}}",
      unanswered_one: "Answer the unanswered question under #{{hashtag}}",
      unanswered_other: "Answer the {{count}} unanswered questions under #{{hashtag}}",
      unansweredUnknown: "Answer the unanswered questions under #{{hashtag}}",
      feedback: "Ask the team for feedback on edition {{number}}",
      announce: "Announce the next date and topic",
    },
    header: "Playbook for edition {{number}} of #{{hashtag}}",
    created_one: "{{count}} task created.",
    created_other: "{{count}} tasks created.",
    allThere: "Every playbook task was already there: nothing new was created.",
    alreadyThere: "already there",
    hint: "Owners take turns (moderators first). Reassign with the buttons of `/afterchat tasks all`.",
  },
  fr: {
    steps: {
      thank: "Remercier les participants de l'édition {{number}}",
      shoutout: "Mettre en avant les contributeurs clés de l'édition {{number}}",
      invite: "Inviter personnellement les meilleurs contributeurs : {{handles}}",
      inviteNoData: "Inviter personnellement les meilleurs contributeurs (importez d'abord le chat)",
      promote: "Programmer et recycler les publications de promotion de la prochaine édition",
      recap: "Rédiger le récapitulatif de l'édition {{number}}",
      unanswered_one: "Répondre à la question restée sans réponse sous #{{hashtag}}",
      unanswered_other: "Répondre aux {{count}} questions restées sans réponse sous #{{hashtag}}",
      unansweredUnknown: "Répondre aux questions restées sans réponse sous #{{hashtag}}",
      feedback: "Demander son avis à l'équipe sur l'édition {{number}}",
      announce: "Annoncer la prochaine date et le prochain thème",
    },
    header: "Playbook de l'édition {{number}} de #{{hashtag}}",
    created_one: "{{count}} tâche créée.",
    created_other: "{{count}} tâches créées.",
    allThere: "Toutes les tâches du playbook existaient déjà : rien de nouveau n'a été créé.",
    alreadyThere: "déjà là",
    hint: "Les responsables se relaient (modérateurs d'abord). Réattribuez avec les boutons de `/afterchat tasks all`.",
  },
});
