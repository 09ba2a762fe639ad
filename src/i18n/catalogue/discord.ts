import { area } from "../define.js";

/**
 * The Discord `/afterchat` command as users see it in the command picker: sub-command and option
 * names (French names are `name_localizations.fr`), descriptions (1-100 characters), choice
 * labels; and the few sentences only the Discord adapter says. Names follow Discord's rule:
 * lower case, no spaces, at most 32 characters.
 * @see https://discord.com/developers/docs/interactions/application-commands#localization
 */
export const discord = area({
  en: {
    /** Permanent refusals (errors.platform_refused): which permissions, where, who grants them. */
    refused: {
      missing_permissions:
        "afterchat lacks {{permissions}} in {{channel}}. A server admin grants them to afterchat's role (Server Settings, Roles) or in that channel (Edit Channel, Permissions), then run the command again",
      missing_access:
        "afterchat cannot see {{channel}} (it needs {{permissions}} there). A server admin adds afterchat's role to that channel (Edit Channel, Permissions), then run the command again",
    },
    /** Permission names as Discord's settings show them. */
    permission: {
      ViewChannel: "View Channel",
      SendMessages: "Send Messages",
      EmbedLinks: "Embed Links",
      AttachFiles: "Attach Files",
      SendMessagesInThreads: "Send Messages in Threads",
      CreatePublicThreads: "Create Public Threads",
      ManageEvents: "Manage Events",
    },
    login: {
      badToken:
        "Discord refused DISCORD_TOKEN: copy the bot token again into DISCORD_TOKEN (Developer Portal > your application > Bot > Reset Token).",
      disallowedIntents:
        "Discord refused the Message Content intent: turn on Message Content Intent (Developer Portal > your application > Bot > Privileged Gateway Intents), or set DISCORD_MESSAGE_CONTENT=false.",
    },
    command: { description: "Results of your hashtag chat: stats, debrief, tasks, after-party" },
    sub: {
      help: { name: "help", description: "What afterchat can do, and how" },
      setup: { name: "setup", description: "Set up a chat here; without a hashtag, opens the form" },
      stats: { name: "stats", description: "The report of the latest edition, or of one by number" },
      import: {
        name: "import",
        description: "Import an export file (twarc2 .jsonl, X analytics .csv, tweets.js)",
      },
      note: { name: "note", description: "File a debrief note; without text, opens the four-field form" },
      notes: { name: "notes", description: "The edition's notes, grouped by kind" },
      poll: { name: "poll", description: "Open the team feedback poll (moderators)" },
      task: { name: "task", description: "Add a task for the next edition" },
      tasks: { name: "tasks", description: "Open tasks: yours, or the whole team's" },
      playbook: { name: "playbook", description: "Add the usual preparation tasks for the next edition" },
      roster: { name: "roster", description: "Everyone who took part, with their editions" },
      export: { name: "export", description: "A CSV file of notes, tasks, participants or posts" },
      team: { name: "team", description: "Add or remove team members and moderators, or list them" },
      edition: { name: "edition", description: "Plan an edition by hand, or set its topic" },
      link: { name: "link", description: "Connect Slack and Discord: make a one-time code, or redeem one" },
      language: { name: "language", description: "The language afterchat speaks in this chat" },
      creators: { name: "creators", description: "Roles whose members may set up a chat here (admins)" },
      content: {
        name: "content",
        description: "Recap, transcript, script, quote cards, story; who may be quoted",
      },
    },
    option: {
      hashtag: { name: "hashtag", description: "The chat's hashtag, e.g. #cafechat" },
      title: { name: "title", description: "The chat's name as people know it" },
      afterParty: {
        name: "after-party",
        description: "Where the after-party happens: a text, forum, voice or stage channel",
      },
      edition: { name: "edition", description: "Edition number (default: the latest)" },
      file: { name: "file", description: "The export file to import" },
      kind: { name: "kind", description: "What kind of note" },
      noteText: { name: "text", description: "The note; leave empty to open the form" },
      anonymous: { name: "anonymous", description: "Hide who voted what" },
      min: { name: "min", description: "Anonymous polls: show results from this many answers (3 or more)" },
      closes: { name: "closes", description: "How long it stays open: 30m, 2h, 48h, 3d" },
      taskText: { name: "text", description: "What to do" },
      owner: { name: "owner", description: "Who does it (default: nobody yet)" },
      due: { name: "due", description: "When: friday, in 3 days, 2026-12-03" },
      scope: { name: "scope", description: "Whose tasks (default: the whole team's)" },
      what: { name: "what", description: "What to export" },
      teamAction: { name: "action", description: "Add, remove or list" },
      person: { name: "person", description: "The person to add or remove" },
      role: { name: "role", description: "Member (default) or moderator" },
      serverRole: {
        name: "server-role",
        description: "A server role: everyone who has it joins (or leaves) the team",
      },
      editionAction: {
        name: "action",
        description: "Plan a new edition, set the current one's topic, or list them",
      },
      topic: { name: "topic", description: "The edition's topic" },
      starts: { name: "starts", description: "When it starts: friday 18:00, 2026-12-03 18:00" },
      code: { name: "code", description: "The code from the other workspace (leave empty to make one)" },
      locale: { name: "language", description: "French or English" },
      contentAction: { name: "make", description: "What to make, or what to change about quoting" },
      target: { name: "who", description: "A handle (@ana, x:@ana), a post link, or on/off for approval" },
      plain: { name: "plain", description: "Plain quotes instead of the networks' embeds" },
    },
    choice: {
      kind: {
        good: "Good: what worked",
        bad: "Bad: what to improve",
        best: "Best moment",
        insight: "Insight or idea",
      },
      scope: { mine: "Mine", all: "All: the whole team's" },
      what: { notes: "Notes", tasks: "Tasks", roster: "Roster: participants", posts: "Posts" },
      teamAction: { add: "Add", remove: "Remove", list: "List" },
      role: { member: "Member", moderator: "Moderator" },
      editionAction: { new: "New edition", topic: "Topic of the current one", list: "List the editions" },
      locale: { fr: "Français", en: "English" },
      contentAction: {
        recap: "Recap post",
        transcript: "Transcript",
        script: "Recording script",
        cards: "Quote cards",
        story: "Story page",
        recycle: "Posts to recycle",
        optout: "Opt out: do not quote someone",
        optin: "Opt in: quote someone again",
        optouts: "Opt-outs: who is not quoted",
        approval: "Approval before quoting (on/off)",
        requests: "Prepare approval requests",
        approve: "Mark quotes approved",
      },
    },
    problem: {
      kindMissing:
        "Pick a kind for your note (good, bad, best or insight), or leave the text empty to fill the four-field form.",
      personMissing: "Pick the person (`person`) or the server role (`server-role`) to add or remove.",
      topicMissing: "Give the topic in the `topic` option.",
      guildOnly:
        "afterchat works in a server channel, not in direct messages. Run `/afterchat` in your server.",
    },
  },
  fr: {
    refused: {
      missing_permissions:
        "il manque à afterchat {{permissions}} dans {{channel}}. Un administrateur du serveur les accorde au rôle d'afterchat (Paramètres du serveur, Rôles) ou dans ce salon (Modifier le salon, Permissions), puis relancez la commande",
      missing_access:
        "afterchat ne voit pas {{channel}} (il lui faut {{permissions}}). Un administrateur du serveur ajoute le rôle d'afterchat à ce salon (Modifier le salon, Permissions), puis relancez la commande",
    },
    permission: {
      ViewChannel: "Voir le salon",
      SendMessages: "Envoyer des messages",
      EmbedLinks: "Intégrer des liens",
      AttachFiles: "Joindre des fichiers",
      SendMessagesInThreads: "Envoyer des messages dans les fils",
      CreatePublicThreads: "Créer des fils publics",
      ManageEvents: "Gérer les événements",
    },
    login: {
      badToken:
        "Discord a refusé DISCORD_TOKEN : recopiez le jeton du bot dans DISCORD_TOKEN (Developer Portal > votre application > Bot > Reset Token).",
      disallowedIntents:
        "Discord a refusé l'intent Message Content : activez Message Content Intent (Developer Portal > votre application > Bot > Privileged Gateway Intents), ou mettez DISCORD_MESSAGE_CONTENT=false.",
    },
    command: { description: "Les résultats de votre chat hashtag : stats, bilan, tâches, after-party" },
    sub: {
      help: { name: "aide", description: "Ce que fait afterchat, et comment" },
      setup: { name: "config", description: "Configurer un chat ici ; sans hashtag, ouvre le formulaire" },
      stats: { name: "stats", description: "Le rapport de la dernière édition, ou d'une édition par numéro" },
      import: {
        name: "importer",
        description: "Importer un export (twarc2 .jsonl, X analytics .csv, tweets.js)",
      },
      note: { name: "note", description: "Ajouter une note de bilan ; sans texte, ouvre le formulaire" },
      notes: { name: "notes", description: "Les notes de l'édition, par catégorie" },
      poll: { name: "sondage", description: "Ouvrir le sondage de retour de l'équipe (modérateurs)" },
      task: { name: "tâche", description: "Ajouter une tâche pour la prochaine édition" },
      tasks: { name: "tâches", description: "Les tâches ouvertes : les vôtres, ou celles de l'équipe" },
      playbook: { name: "playbook", description: "Ajouter les tâches de préparation habituelles" },
      roster: { name: "participants", description: "Tous les participants, avec leurs éditions" },
      export: {
        name: "exporter",
        description: "Un fichier CSV des notes, tâches, participants ou publications",
      },
      team: { name: "équipe", description: "Ajouter ou retirer des membres et modérateurs, ou les lister" },
      edition: { name: "édition", description: "Prévoir une édition à la main, ou fixer son sujet" },
      link: { name: "lier", description: "Relier Slack et Discord : créer un code unique, ou l'utiliser" },
      language: { name: "langue", description: "La langue d'afterchat dans ce chat" },
      creators: {
        name: "créateurs",
        description: "Les rôles dont les membres peuvent configurer un chat ici (admins)",
      },
      content: {
        name: "contenu",
        description: "Récap, transcription, script, cartes, récit ; qui peut être cité",
      },
    },
    option: {
      hashtag: { name: "hashtag", description: "Le hashtag du chat, par ex. #cafechat" },
      title: { name: "titre", description: "Le nom du chat tel qu'on le connaît" },
      afterParty: {
        name: "after-party",
        description: "Où se tient l'after-party : un salon textuel, forum, vocal ou de conférence",
      },
      edition: { name: "édition", description: "Numéro d'édition (par défaut : la dernière)" },
      file: { name: "fichier", description: "Le fichier d'export à importer" },
      kind: { name: "type", description: "Le type de note" },
      noteText: { name: "texte", description: "La note ; laissez vide pour ouvrir le formulaire" },
      anonymous: { name: "anonyme", description: "Masquer qui a voté quoi" },
      min: {
        name: "min",
        description: "Sondage anonyme : résultats à partir de ce nombre de réponses (3 ou plus)",
      },
      closes: { name: "durée", description: "Combien de temps il reste ouvert : 30m, 2h, 48h, 3j" },
      taskText: { name: "texte", description: "Ce qu'il faut faire" },
      owner: { name: "responsable", description: "Qui s'en charge (par défaut : personne pour l'instant)" },
      due: { name: "échéance", description: "Pour quand : vendredi, dans 3 jours, 2026-12-03" },
      scope: { name: "portée", description: "Les tâches de qui (par défaut : toute l'équipe)" },
      what: { name: "quoi", description: "Ce qu'il faut exporter" },
      teamAction: { name: "action", description: "Ajouter, retirer ou lister" },
      person: { name: "personne", description: "La personne à ajouter ou retirer" },
      role: { name: "rôle", description: "Membre (par défaut) ou modérateur" },
      serverRole: {
        name: "rôle-serveur",
        description: "Un rôle du serveur : toutes les personnes qui l'ont rejoignent (ou quittent) l'équipe",
      },
      editionAction: {
        name: "action",
        description: "Prévoir une nouvelle édition, fixer le sujet de l'actuelle, ou les lister",
      },
      topic: { name: "sujet", description: "Le sujet de l'édition" },
      starts: { name: "début", description: "Quand elle commence : vendredi 18:00, 2026-12-03 18:00" },
      code: { name: "code", description: "Le code reçu de l'autre espace (vide pour en créer un)" },
      locale: { name: "langue", description: "Français ou anglais" },
      contentAction: {
        name: "produire",
        description: "Ce qu'il faut produire, ou ce qui change pour les citations",
      },
      target: {
        name: "qui",
        description: "Un compte (@ana, x:@ana), un lien de publication, ou on/off pour l'accord",
      },
      plain: { name: "simple", description: "Citations simples au lieu des intégrations des réseaux" },
    },
    choice: {
      kind: {
        good: "Bien : ce qui a marché",
        bad: "Mal : à améliorer",
        best: "Top : le meilleur moment",
        insight: "Idée ou enseignement",
      },
      scope: { mine: "Moi : les miennes", all: "Tout : celles de toute l'équipe" },
      what: { notes: "Notes", tasks: "Tâches", roster: "Participants", posts: "Publications" },
      teamAction: { add: "Ajouter", remove: "Retirer", list: "Lister" },
      role: { member: "Membre", moderator: "Modérateur" },
      editionAction: {
        new: "Nouvelle édition",
        topic: "Sujet de l'édition actuelle",
        list: "Lister les éditions",
      },
      locale: { fr: "Français", en: "English" },
      contentAction: {
        recap: "Récap",
        transcript: "Transcription",
        script: "Script d'enregistrement",
        cards: "Cartes citations",
        story: "Page récit",
        recycle: "Recycler : publications à repartager",
        optout: "Refus : ne pas citer quelqu'un",
        optin: "Accepter : citer de nouveau quelqu'un",
        optouts: "Refusés : qui n'est pas cité",
        approval: "Accord avant de citer (on/off)",
        requests: "Préparer les demandes d'accord",
        approve: "Approuver : marquer des citations approuvées",
      },
    },
    problem: {
      kindMissing:
        "Choisissez le type de votre note (bien, à améliorer, meilleur moment ou idée), ou laissez le texte vide pour remplir le formulaire.",
      personMissing:
        "Choisissez la personne (`personne`) ou le rôle du serveur (`rôle-serveur`) à ajouter ou retirer.",
      topicMissing: "Donnez le sujet dans l'option `sujet`.",
      guildOnly:
        "afterchat fonctionne dans un canal de serveur, pas en message privé. Lancez `/afterchat` dans votre serveur.",
    },
  },
});
