import { area } from "../define.js";

/** What the Slack adapter itself says: why Slack refused something, where files went. */
export const slack = area({
  en: {
    failure: {
      ratelimited: "Slack asked us to slow down",
      unavailable: "Slack is not answering right now",
      expired: "Slack waited too long for our answer",
      rejected: "Slack refused the request ({{code}})",
    },
    /** Permanent refusals (errors.platform_refused): what is wrong, where, and who can change it. */
    refused: {
      not_in_channel:
        "I am not a member of {{channel}}. Add me there with `/invite @afterchat`, then run the command again",
      channel_not_found:
        "I cannot see {{channel}}. If it is private, add me there with `/invite @afterchat`; if it was deleted, set the chat up in another channel",
      is_archived: "{{channel}} is archived. Unarchive it, or set the chat up in another channel",
      missing_scope:
        "the app lacks the Slack permission (scope) {{scope}}. A workspace admin adds it by reinstalling the app from the manifest in docs/slack-setup.md (or adds the scope on the app's “OAuth and Permissions” page, then reinstalls it)",
      no_dm:
        "I cannot open a direct message with you (scope im:write). A workspace admin adds it by reinstalling the app from the manifest in docs/slack-setup.md",
      thisChannel: "this channel",
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
      ratelimited: "Slack nous a demandé de ralentir",
      unavailable: "Slack ne répond pas pour le moment",
      expired: "Slack a attendu notre réponse trop longtemps",
      rejected: "Slack a refusé la requête ({{code}})",
    },
    refused: {
      not_in_channel:
        "je ne suis pas membre de {{channel}}. Ajoutez-moi dans ce canal avec `/invite @afterchat`, puis relancez la commande",
      channel_not_found:
        "je ne vois pas {{channel}}. S'il est privé, ajoutez-moi dans ce canal avec `/invite @afterchat` ; s'il a été supprimé, configurez le chat dans un autre canal",
      is_archived: "{{channel}} est archivé. Désarchivez-le, ou configurez le chat dans un autre canal",
      missing_scope:
        "il manque à l'application l'autorisation Slack (scope) {{scope}}. Un administrateur de l'espace l'ajoute en réinstallant l'application avec le manifeste de docs/slack-setup.md (ou ajoute le scope sur la page « OAuth and Permissions » de l'application, puis la réinstalle)",
      no_dm:
        "je ne peux pas vous écrire en message direct (scope im:write). Un administrateur de l'espace l'ajoute en réinstallant l'application avec le manifeste de docs/slack-setup.md",
      thisChannel: "ce canal",
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
