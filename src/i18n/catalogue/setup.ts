import { area } from "../define.js";

/** Setting a chat up: `setup`, its form, `team`, `edition`, `link`, `language`. */
export const setup = area({
  en: {
    created: "#{{hashtag}} is set up: this channel is its debrief channel, and you are its first moderator.",
    afterPartyHere: "Its after-parties happen in {{channel}}.",
    nextTitle: "Next steps",
    next: {
      form: "Fill in the hosts, networks and schedule with the button below (or {{setup}}).",
      team: "Add your team: {{teamAdd}} (add {{moderator}} for co-moderators).",
      someone: "@someone",
      link: "After-party on Discord, debrief on Slack? {{link}} connects the two.",
      after: "After each chat: {{note}}, {{poll}}, {{stats}}.",
    },
    openForm: "Open the set-up form",
    channelTaken:
      "This channel already hosts #{{hashtag}}. Nothing was changed; its moderators can edit it with `/afterchat setup`.",
    saved: "#{{hashtag}} is saved.",
    summary: {
      title: "Title",
      hosts: "Hosts",
      networks: "Networks",
      schedule: "Schedule",
      zone: "Time zone",
      length: "Length",
    },
    values: {
      none: "none yet",
      noSchedule: "none: plan editions with `/afterchat edition new`",
      minutes: "{{count}} min",
    },
    form: {
      title: "Set up your chat",
      submit: "Save",
      hashtag: "Hashtag",
      hashtagHint: "#mychat",
      name: "Title",
      nameHint: "My weekly chat",
      hosts: "Hosts (handles, comma separated)",
      hostsHint: "@ana, @sam.bsky.social",
      schedule: "Schedule: day, time, time zone, length",
      scheduleHint: "tuesdays 18:00 Europe/Paris 1h (or a cron: 0 18 * * 2 Europe/Paris 60m)",
      networks: "Networks (x, bluesky, mastodon + server)",
      networksHint: "x, bluesky, mastodon mastodon.social",
    },
    pick: {
      weekday: "Day",
      weekdayHint: "Pick a day",
      weekly: "Every week",
      monthly: "Once a month",
      other: "Other",
      every: "Every {{day}}",
      firstOf: "First {{day}} of the month",
      noDay: "No regular day (plan editions by hand)",
      time: "Time",
      hour: "Hour",
      minute: "Minute",
      zone: "Time zone",
      duration: "Length",
      expert: "Or type it, for experts (cron welcome)",
      regions: {
        current: "Current",
        europe: "Europe & UTC",
        americas: "Americas",
        africa: "Africa",
        asia: "Asia & Pacific",
      },
      title: "Schedule",
      change: "Change the schedule",
      afterParty: "After-party channel (text, forum, voice, stage)",
    },
    problemsTitle: "I could not save the set-up:",
    reopen: "Open the form again",
    problems: {
      hashtag_missing: "Hashtag: it is required, e.g. #mychat.",
      hashtag_invalid:
        "Hashtag “{{input}}”: use letters, digits or _, with at least one letter, e.g. #mychat.",
      hashtag_taken: "Hashtag #{{input}} is already set up in this workspace: pick another one.",
      title_missing: "Title: it is required.",
      title_too_long: "Title: keep it under {{max}} characters.",
      host_invalid:
        "Host “{{input}}” is not a handle: letters, digits, _ . - (and @server for Mastodon, e.g. ana@mastodon.social).",
      networks_missing: "Networks: name at least one of x, bluesky, mastodon.",
      network_unknown: "Network “{{input}}”: use x, bluesky or mastodon.",
      instance_missing: "Mastodon needs its server, e.g. `mastodon mastodon.social`.",
      instance_invalid: "“{{input}}” is not a server address, e.g. mastodon.social.",
      cron_invalid:
        "Schedule “{{input}}”: write the day and time, e.g. `tuesdays 18:00`, or a cron expression of five fields (minute hour day month weekday), e.g. `0 18 * * 2`.",
      zone_missing: "Schedule: add the time zone after the day and time, e.g. `tuesdays 18:00 Europe/Paris`.",
      zone_invalid: "“{{input}}” is not a time zone: use a name like Europe/Paris or America/New_York.",
      length_invalid: "Length “{{input}}”: use minutes between 10 and 720, e.g. 60, 90m or 1h30.",
      time_missing: "Time: pick the time of the day you picked.",
      schedule_both:
        "Day picked and schedule typed: keep one (pick “No regular day” or empty the typed schedule).",
    },
    team: {
      added: "{{users}} joined the team of #{{hashtag}} as {{role}}.",
      unchanged: "{{users}}: already {{role}}, nothing changed.",
      removed: "{{users}} left the team of #{{hashtag}}.",
      notInTeam: "{{users}}: not in the team, nothing changed.",
      lastModerator: "{{user}} is the last moderator of #{{hashtag}}: make someone else moderator first.",
      listTitle: "Team of #{{hashtag}}",
      moderators: "Moderators",
      members: "Members",
      nobody: "nobody yet",
      rolesAdded: "Everyone with {{roles}} is now in the team of #{{hashtag}} as {{role}}.",
      rolesRemoved: "Having {{roles}} no longer puts anyone in the team of #{{hashtag}}.",
      lastModeratorRole:
        "{{role}} is the last way anyone moderates #{{hashtag}}: make someone moderator first.",
      moderatorRoles: "Moderator roles",
      memberRoles: "Member roles",
      role: {
        member: "member",
        moderator: "moderator",
      },
    },
    edition: {
      created: "Edition {{number}} of #{{hashtag}} is planned for {{when}}.",
      topic: "Topic: {{topic}}",
      needDate:
        "Say when it starts, e.g. `/afterchat edition new Games in class at 2026-12-03 18:00` (time in {{zone}}).",
      topicSet: "Edition {{number}} of #{{hashtag}} now has the topic: {{topic}}",
      none: "#{{hashtag}} has no edition yet: plan one with `/afterchat edition new … at <date>`.",
      listTitle: "Editions of #{{hashtag}}",
      line: "{{number}}. {{when}}: {{status}}",
      lineTopic: "{{number}}. {{when}}: {{status}}, {{topic}}",
      status: {
        scheduled: "planned",
        live: "live now",
        debriefing: "debriefing",
        closed: "closed",
      },
    },
    link: {
      codeToDiscord:
        "One-time code: `{{code}}` (valid {{minutes}} minutes). In your Discord server, an admin runs `/afterchat link {{code}}` in the channel for the after-party of #{{hashtag}}.",
      codeToSlack:
        "One-time code: `{{code}}` (valid {{minutes}} minutes). In your Slack workspace, an admin runs `/afterchat link {{code}}` in the channel that should receive the debrief of #{{hashtag}}.",
      linkedAfterParty: "Linked: this channel is now the after-party of #{{hashtag}}.",
      linkedDebrief: "Linked: this channel now receives the debrief of #{{hashtag}}.",
      sameWorkspace:
        "This code was made in this workspace: run it in the other one. It is used up now; make a new one with `/afterchat link`.",
      adminOnly: "Only an admin of this workspace can link it to a chat.",
      otherPlatform:
        "This code is for {{platform}}: an admin runs `/afterchat link {{code}}` in the {{platform}} channel that should take part. Nothing was linked here, and the code still works there.",
    },
    creators: {
      list: "Besides this workspace's admins, members of {{roles}} may set up a chat here.",
      none: "Only this workspace's admins may set up a chat here (on Slack, moderators of a chat too). Add a role or user group with `/afterchat creators add @role`.",
      added: "Members of {{roles}} may now set up a chat here.",
      removed: "Members of {{roles}} may no longer set up a chat here (unless they are admins).",
    },
    language: {
      chosen:
        "Posts in this channel will be in English, your language; private answers follow each person's language. To switch the channel to French: `/afterchat language fr`.",
      series: "#{{hashtag}} now speaks English.",
      workspace: "afterchat now speaks English in this workspace.",
      adminOnly:
        "No chat is set up in this channel, and only workspace admins can change the workspace's language.",
    },
  },
  fr: {
    created:
      "#{{hashtag}} est configuré : ce canal est son canal de bilan, et vous en êtes le premier modérateur.",
    afterPartyHere: "Ses after-parties ont lieu dans {{channel}}.",
    nextTitle: "Prochaines étapes",
    next: {
      form: "Renseignez les animateurs, les réseaux et l'horaire avec le bouton ci-dessous (ou {{setup}}).",
      team: "Ajoutez votre équipe : {{teamAdd}} (ajoutez {{moderator}} pour co-modérer).",
      someone: "@quelqu'un",
      link: "After-party sur Discord, bilan sur Slack ? {{link}} relie les deux.",
      after: "Après chaque chat : {{note}}, {{poll}}, {{stats}}.",
    },
    openForm: "Ouvrir le formulaire",
    channelTaken:
      "Ce canal accueille déjà #{{hashtag}}. Rien n'a été modifié ; ses modérateurs peuvent le changer avec `/afterchat config`.",
    saved: "#{{hashtag}} est enregistré.",
    summary: {
      title: "Titre",
      hosts: "Animateurs",
      networks: "Réseaux",
      schedule: "Horaire",
      zone: "Fuseau horaire",
      length: "Durée",
    },
    values: {
      none: "aucun pour l'instant",
      noSchedule: "aucun : planifiez les éditions avec `/afterchat édition nouvelle`",
      minutes: "{{count}} min",
    },
    form: {
      title: "Configurer le chat",
      submit: "Enregistrer",
      hashtag: "Hashtag",
      hashtagHint: "#monchat",
      name: "Titre",
      nameHint: "Mon chat hebdomadaire",
      hosts: "Animateurs (pseudos, séparés par virgules)",
      hostsHint: "@ana, @sam.bsky.social",
      schedule: "Horaire : jour, heure, fuseau, durée",
      scheduleHint: "mardi 18h Europe/Paris 1h (ou un cron : 0 18 * * 2 Europe/Paris 60m)",
      networks: "Réseaux (x, bluesky, mastodon + serveur)",
      networksHint: "x, bluesky, mastodon mastodon.social",
    },
    pick: {
      weekday: "Jour",
      weekdayHint: "Choisissez un jour",
      weekly: "Chaque semaine",
      monthly: "Une fois par mois",
      other: "Autre",
      every: "Chaque {{day}}",
      firstOf: "Premier {{day}} du mois",
      noDay: "Pas de jour fixe (éditions planifiées à la main)",
      time: "Heure",
      hour: "Heure",
      minute: "Minutes",
      zone: "Fuseau horaire",
      duration: "Durée",
      expert: "Ou tapez-le, pour experts (cron accepté)",
      regions: {
        current: "Actuel",
        europe: "Europe et UTC",
        americas: "Amériques",
        africa: "Afrique",
        asia: "Asie et Pacifique",
      },
      title: "Horaire",
      change: "Changer l'horaire",
      afterParty: "Canal d'after-party (texte, forum, vocal, conférence)",
    },
    problemsTitle: "Je n'ai pas pu enregistrer la configuration :",
    reopen: "Rouvrir le formulaire",
    problems: {
      hashtag_missing: "Hashtag : il est obligatoire, par ex. #monchat.",
      hashtag_invalid:
        "Hashtag « {{input}} » : utilisez des lettres, chiffres ou _, avec au moins une lettre, par ex. #monchat.",
      hashtag_taken: "Le hashtag #{{input}} est déjà configuré dans cet espace : choisissez-en un autre.",
      title_missing: "Titre : il est obligatoire.",
      title_too_long: "Titre : pas plus de {{max}} caractères.",
      host_invalid:
        "Animateur « {{input}} » : ce n'est pas un pseudo (lettres, chiffres, _ . - et @serveur pour Mastodon, par ex. ana@mastodon.social).",
      networks_missing: "Réseaux : indiquez au moins x, bluesky ou mastodon.",
      network_unknown: "Réseau « {{input}} » : utilisez x, bluesky ou mastodon.",
      instance_missing: "Mastodon a besoin de son serveur, par ex. `mastodon mastodon.social`.",
      instance_invalid: "« {{input}} » n'est pas une adresse de serveur, par ex. mastodon.social.",
      cron_invalid:
        "Horaire « {{input}} » : écrivez le jour et l'heure, par ex. `mardi 18h`, ou une expression cron à cinq champs (minute heure jour mois jour-de-semaine), par ex. `0 18 * * 2`.",
      zone_missing:
        "Horaire : ajoutez le fuseau horaire après le jour et l'heure, par ex. `mardi 18h Europe/Paris`.",
      zone_invalid:
        "« {{input}} » n'est pas un fuseau horaire : utilisez un nom comme Europe/Paris ou America/Montreal.",
      length_invalid: "Durée « {{input}} » : en minutes, entre 10 et 720, par ex. 60, 90m ou 1h30.",
      time_missing: "Heure : choisissez l'heure du jour choisi.",
      schedule_both:
        "Jour choisi et horaire tapé : gardez l'un des deux (choisissez « Pas de jour fixe » ou videz l'horaire tapé).",
    },
    team: {
      added: "{{users}} rejoint l'équipe de #{{hashtag}} comme {{role}}.",
      unchanged: "{{users}} : déjà {{role}}, rien n'a changé.",
      removed: "{{users}} quitte l'équipe de #{{hashtag}}.",
      notInTeam: "{{users}} : ne fait pas partie de l'équipe, rien n'a changé.",
      lastModerator:
        "{{user}} est le dernier modérateur de #{{hashtag}} : nommez d'abord quelqu'un d'autre modérateur.",
      listTitle: "Équipe de #{{hashtag}}",
      moderators: "Modérateurs",
      members: "Membres",
      nobody: "personne pour l'instant",
      rolesAdded: "Toutes les personnes ayant {{roles}} rejoignent l'équipe de #{{hashtag}} comme {{role}}.",
      rolesRemoved: "Avoir {{roles}} ne fait plus partie de l'équipe de #{{hashtag}}.",
      lastModeratorRole:
        "{{role}} est la dernière façon de modérer #{{hashtag}} : nommez d'abord quelqu'un modérateur.",
      moderatorRoles: "Rôles modérateurs",
      memberRoles: "Rôles membres",
      role: {
        member: "membre",
        moderator: "modérateur",
      },
    },
    edition: {
      created: "L'édition {{number}} de #{{hashtag}} est prévue le {{when}}.",
      topic: "Sujet : {{topic}}",
      needDate:
        "Précisez quand elle commence, par ex. `/afterchat édition nouvelle Les jeux en classe le 2026-12-03 18:00` (heure de {{zone}}).",
      topicSet: "L'édition {{number}} de #{{hashtag}} a maintenant pour sujet : {{topic}}",
      none: "#{{hashtag}} n'a pas encore d'édition : planifiez-en une avec `/afterchat édition nouvelle … le <date>`.",
      listTitle: "Éditions de #{{hashtag}}",
      line: "{{number}}. {{when}} : {{status}}",
      lineTopic: "{{number}}. {{when}} : {{status}}, {{topic}}",
      status: {
        scheduled: "prévue",
        live: "en cours",
        debriefing: "en débrief",
        closed: "close",
      },
    },
    link: {
      codeToDiscord:
        "Code à usage unique : `{{code}}` (valable {{minutes}} minutes). Sur votre serveur Discord, un administrateur lance `/afterchat link {{code}}` dans le canal de l'after-party de #{{hashtag}}.",
      codeToSlack:
        "Code à usage unique : `{{code}}` (valable {{minutes}} minutes). Dans votre espace Slack, un administrateur lance `/afterchat link {{code}}` dans le canal qui recevra le bilan de #{{hashtag}}.",
      linkedAfterParty: "C'est relié : ce canal est maintenant l'after-party de #{{hashtag}}.",
      linkedDebrief: "C'est relié : ce canal reçoit maintenant le bilan de #{{hashtag}}.",
      sameWorkspace:
        "Ce code a été créé dans cet espace : utilisez-le dans l'autre. Il est maintenant consommé ; créez-en un nouveau avec `/afterchat lier`.",
      adminOnly: "Seul un administrateur de cet espace peut le relier à un chat.",
      otherPlatform:
        "Ce code est pour {{platform}} : un administrateur lance `/afterchat lier {{code}}` dans le canal {{platform}} qui doit participer. Rien n'a été relié ici, et le code reste valable là-bas.",
    },
    creators: {
      list: "Outre les administrateurs de cet espace, les membres de {{roles}} peuvent configurer un chat ici.",
      none: "Seuls les administrateurs de cet espace peuvent configurer un chat ici (sur Slack, les modérateurs d'un chat aussi). Ajoutez un rôle ou un groupe avec `/afterchat créateurs ajouter @rôle`.",
      added: "Les membres de {{roles}} peuvent désormais configurer un chat ici.",
      removed:
        "Les membres de {{roles}} ne peuvent plus configurer de chat ici (sauf s'ils sont administrateurs).",
    },
    language: {
      chosen:
        "Les messages de ce canal seront en français, votre langue ; les réponses privées suivent la langue de chacun. Pour passer le canal en anglais : `/afterchat langue en`.",
      series: "#{{hashtag}} parle désormais français.",
      workspace: "afterchat parle désormais français dans cet espace.",
      adminOnly:
        "Aucun chat n'est configuré dans ce canal, et seuls les administrateurs de l'espace peuvent changer sa langue.",
    },
  },
});
