import { area } from "../define.js";

/** One sentence per AfterchatError code: what happened and what to do. */
export const errors = area({
  en: {
    internal:
      "Something went wrong on our side ({{ref}}). Try again in a minute; if it keeps failing, tell your afterchat admin this reference.",
    config_invalid: "afterchat is not configured correctly: {{detail}}",
    input_invalid: "I could not read that: {{detail}}. Try `/afterchat help`.",
    not_found: "I could not find {{what}}.",
    forbidden: "You are not allowed to do that here.",
    not_team_member:
      "Only the team of #{{hashtag}} can do this. Ask a moderator to add you with `/afterchat team add @you`.",
    not_moderator:
      "Only moderators of #{{hashtag}} can do this. Ask a moderator, or an admin of this workspace.",
    series_not_found: "No chat is set up in this channel yet. Start with `/afterchat setup #hashtag`.",
    series_ambiguous:
      "Several chats are set up here: {{choices}}. Which one? Run the command in that chat's channel.",
    series_exists: "#{{hashtag}} is already set up in this workspace (channel {{channel}}).",
    edition_not_found:
      "There is no edition {{number}} of #{{hashtag}}. Without a number, a command takes the current edition (the last one started, else the next one).",
    edition_none:
      "#{{hashtag}} has no edition yet. Plan one with `/afterchat edition new`, or import the file of a past chat with `/afterchat import`.",
    note_not_found: "That note no longer exists.",
    note_not_yours: "Only the author of a note can change or delete it.",
    not_admin: "Only an admin of this workspace can do this.",
    not_creator:
      "Setting up a chat here is for those its admins trust: on Discord, members with Manage Server; on Slack, workspace admins and moderators of a chat already here; and members of a role or user group named with `/afterchat creators add`.",
    not_task_owner: "Only the owner, the creator or a moderator can change this task.",
    not_task_creator: "Only the creator or a moderator can drop this task.",
    poll_not_found: "That poll no longer exists.",
    poll_closed: "This poll is closed: votes are no longer accepted.",
    poll_already_open:
      "A feedback poll is already open for edition {{number}}. Close it first with the button on the poll.",
    task_not_found: "That task no longer exists.",
    task_owner_bot: "A task goes to a person: bots and apps (afterchat included) cannot take one.",
    task_owner_outside:
      "Only moderators of #{{hashtag}} can give a task to someone outside its team. Give it to a teammate, or ask a moderator.",
    import_unrecognised:
      "I do not recognise this file. I can import: $t(stats.formats.list). Nothing was imported.",
    import_empty: "This file has no posts to import. Nothing was imported.",
    import_too_large:
      "This file is larger than {{max}}. Import it with the command line: npx afterchat import <file>.",
    source_window:
      "X recent search only covers the last 7 days (since {{oldest}}). For older posts, import a twarc2 archive or an X analytics export.",
    source_auth: "{{network}} refused our credentials. Check the access token in afterchat's configuration.",
    source_auth_anonymous:
      "{{network}} refused to answer without a login. For Bluesky set BLUESKY_HANDLE and BLUESKY_APP_PASSWORD (an app password), for X X_BEARER_TOKEN, for Mastodon MASTODON_ACCESS_TOKEN.",
    source_rate_limited: "{{network}} asks us to slow down until {{retryAt}}. Try again after that time.",
    source_unavailable: "{{network}} is not answering right now. Try again in a few minutes.",
    source_bad_response:
      "{{network}} sent an answer I could not read. Try again later; if it persists, import an export file instead.",
    source_not_configured:
      "Pulling from {{network}} is not configured: {{detail}}. Ask your afterchat admin, or import an export file.",
    date_invalid: "I could not read the date “{{input}}”. Try 2026-12-03, friday, or in 3 days.",
    duration_invalid: "I could not read the duration “{{input}}”. Try 30m, 2h, 48h or 3d.",
    link_code_invalid: "This link code is unknown or expired. Ask for a new one with `/afterchat link`.",
    platform_failed: "{{platform}} did not accept the message: {{detail}}. Try again in a minute.",
    platform_refused: "{{platform}} refused: {{detail}}.",
    watch_not_found:
      "This channel does not watch #{{hashtag}}. See the watch-list with `/afterchat watch list`.",
    edition_exists:
      "Edition {{number}} already exists for this chat: pick another number or change that edition.",
    busy: "afterchat is busy right now and did not take this request: try again in a moment.",
    database_unavailable:
      "afterchat cannot reach its database right now: nothing was changed, try again in a minute. If it lasts, give your afterchat admin this reference: {{ref}}.",
  },
  fr: {
    internal:
      "Un problème est survenu de notre côté ({{ref}}). Réessayez dans une minute ; si cela persiste, donnez cette référence à l'administrateur d'afterchat.",
    config_invalid: "afterchat n'est pas correctement configuré : {{detail}}",
    input_invalid: "Je n'ai pas compris : {{detail}}. Essayez `/afterchat help`.",
    not_found: "Je ne trouve pas {{what}}.",
    forbidden: "Vous n'avez pas le droit de faire cela ici.",
    not_team_member:
      "Seule l'équipe de #{{hashtag}} peut faire cela. Demandez à un modérateur de vous ajouter avec `/afterchat team add @vous`.",
    not_moderator:
      "Seuls les modérateurs de #{{hashtag}} peuvent faire cela. Demandez à un modérateur ou à un administrateur de cet espace.",
    series_not_found:
      "Aucun chat n'est encore configuré dans ce canal. Commencez par `/afterchat setup #hashtag`.",
    series_ambiguous:
      "Plusieurs chats sont configurés ici : {{choices}}. Lequel ? Lancez la commande dans le canal de ce chat.",
    series_exists: "#{{hashtag}} est déjà configuré dans cet espace (canal {{channel}}).",
    edition_not_found:
      "Il n'y a pas d'édition {{number}} de #{{hashtag}}. Sans numéro, une commande prend l'édition en cours (la dernière commencée, sinon la prochaine).",
    edition_none:
      "#{{hashtag}} n'a pas encore d'édition. Planifiez-en une avec `/afterchat edition new`, ou importez le fichier d'un chat passé avec `/afterchat import`.",
    note_not_found: "Cette note n'existe plus.",
    note_not_yours: "Seul l'auteur d'une note peut la modifier ou la supprimer.",
    not_admin: "Seul un administrateur de cet espace peut faire cela.",
    not_creator:
      "Configurer un chat ici est réservé à qui ses administrateurs font confiance : sur Discord, les membres ayant « Gérer le serveur » ; sur Slack, les administrateurs de l'espace et les modérateurs d'un chat déjà présent ; et les membres d'un rôle ou d'un groupe nommé avec `/afterchat créateurs ajouter`.",
    not_task_owner:
      "Seuls la personne responsable, l'auteur de la tâche ou un modérateur peuvent la modifier.",
    not_task_creator: "Seuls l'auteur de la tâche ou un modérateur peuvent l'abandonner.",
    poll_not_found: "Ce sondage n'existe plus.",
    poll_closed: "Ce sondage est clos : les votes ne sont plus acceptés.",
    poll_already_open:
      "Un sondage de retour est déjà ouvert pour l'édition {{number}}. Fermez-le d'abord avec le bouton du sondage.",
    task_not_found: "Cette tâche n'existe plus.",
    task_owner_bot:
      "Une tâche se confie à une personne : les bots et les applications (afterchat compris) ne peuvent pas en prendre.",
    task_owner_outside:
      "Seuls les modérateurs de #{{hashtag}} peuvent confier une tâche à quelqu'un hors de son équipe. Confiez-la à un membre, ou demandez à un modérateur.",
    import_unrecognised:
      "Je ne reconnais pas ce fichier. Je sais importer : $t(stats.formats.list). Rien n'a été importé.",
    import_empty: "Ce fichier ne contient aucune publication à importer. Rien n'a été importé.",
    import_too_large:
      "Ce fichier dépasse {{max}}. Importez-le en ligne de commande : npx afterchat import <fichier>.",
    source_window:
      "La recherche récente de X ne couvre que les 7 derniers jours (depuis le {{oldest}}). Pour des publications plus anciennes, importez une archive twarc2 ou un export X analytics.",
    source_auth:
      "{{network}} a refusé nos identifiants. Vérifiez le jeton d'accès dans la configuration d'afterchat.",
    source_auth_anonymous:
      "{{network}} refuse de répondre sans connexion. Pour Bluesky, renseignez BLUESKY_HANDLE et BLUESKY_APP_PASSWORD (un mot de passe d'application), pour X X_BEARER_TOKEN, pour Mastodon MASTODON_ACCESS_TOKEN.",
    source_rate_limited:
      "{{network}} nous demande de ralentir jusqu'à {{retryAt}}. Réessayez après cette heure.",
    source_unavailable: "{{network}} ne répond pas pour le moment. Réessayez dans quelques minutes.",
    source_bad_response:
      "{{network}} a envoyé une réponse illisible. Réessayez plus tard ; si cela persiste, importez plutôt un fichier d'export.",
    source_not_configured:
      "La collecte depuis {{network}} n'est pas configurée : {{detail}}. Voyez avec l'administrateur d'afterchat, ou importez un fichier d'export.",
    date_invalid: "Je n'ai pas compris la date « {{input}} ». Essayez 2026-12-03, vendredi ou dans 3 jours.",
    duration_invalid: "Je n'ai pas compris la durée « {{input}} ». Essayez 30m, 2h, 48h ou 3j.",
    link_code_invalid:
      "Ce code de liaison est inconnu ou expiré. Demandez-en un nouveau avec `/afterchat link`.",
    platform_failed: "{{platform}} n'a pas accepté le message : {{detail}}. Réessayez dans une minute.",
    platform_refused: "{{platform}} a refusé : {{detail}}.",
    watch_not_found: "Ce canal ne suit pas #{{hashtag}}. Voyez la liste suivie avec `/afterchat watch list`.",
    edition_exists:
      "L'édition {{number}} existe déjà pour ce chat : choisissez un autre numéro ou modifiez cette édition.",
    busy: "afterchat est très sollicité et n'a pas pris cette demande : réessayez dans un instant.",
    database_unavailable:
      "afterchat n'arrive pas à joindre sa base de données pour le moment : rien n'a été modifié, réessayez dans une minute. Si cela dure, donnez cette référence à l'administrateur d'afterchat : {{ref}}.",
  },
});
