import { area } from "../define.js";

/** What the Slack adapter itself says: why Slack refused something, where files went. */
export const slack = area({
  en: {
    failure: {
      not_in_channel: "I am not a member of this channel (add me with `/invite @afterchat`)",
      channel_not_found: "I cannot see this channel (if it is private, add me with `/invite @afterchat`)",
      is_archived: "this channel is archived",
      missing_scope:
        "the app lacks a permission (a workspace admin can reinstall it from the manifest in docs/slack-setup.md)",
      ratelimited: "Slack asked us to slow down",
      unavailable: "Slack is not answering right now",
      expired: "Slack waited too long for our answer",
      rejected: "Slack refused the request ({{code}})",
    },
    filesInDm: "Only you can see this reply, so its files are in your direct messages with afterchat.",
    formCancel: "Cancel",
    install: {
      title: "afterchat",
      done: "afterchat is installed in {{team}}. Type /afterchat help in your chat's channel to begin.",
      enterprise:
        "afterchat installs into one workspace at a time, not into a whole Enterprise Grid organisation. Ask an org admin to add it to each workspace that needs it (Manage apps > the workspace), then open the install link from that workspace.",
      failed: "The installation did not finish ({{reason}}). Open the install link again to retry.",
    },
  },
  fr: {
    failure: {
      not_in_channel: "je ne suis pas membre de ce canal (ajoutez-moi avec `/invite @afterchat`)",
      channel_not_found: "je ne vois pas ce canal (s'il est privé, ajoutez-moi avec `/invite @afterchat`)",
      is_archived: "ce canal est archivé",
      missing_scope:
        "il manque une autorisation à l'application (un administrateur de l'espace peut la réinstaller avec le manifeste de docs/slack-setup.md)",
      ratelimited: "Slack nous a demandé de ralentir",
      unavailable: "Slack ne répond pas pour le moment",
      expired: "Slack a attendu notre réponse trop longtemps",
      rejected: "Slack a refusé la requête ({{code}})",
    },
    filesInDm:
      "Vous seul voyez cette réponse : ses fichiers sont donc dans vos messages directs avec afterchat.",
    formCancel: "Annuler",
    install: {
      title: "afterchat",
      done: "afterchat est installé dans {{team}}. Tapez /afterchat help dans le canal de votre chat pour commencer.",
      enterprise:
        "afterchat s'installe dans un espace de travail à la fois, pas dans toute une organisation Enterprise Grid. Demandez à un administrateur de l'organisation de l'ajouter à chaque espace qui en a besoin (Gérer les applications > l'espace), puis ouvrez le lien d'installation depuis cet espace.",
      failed:
        "L'installation n'a pas abouti ({{reason}}). Ouvrez à nouveau le lien d'installation pour réessayer.",
    },
  },
});
