import { area } from "../define.js";

export const common = area({
  en: {
    appName: "afterchat",
    /** A label and what it names, as each language punctuates it (French: a narrow space before the colon). */
    labelled: "{{label}}: {{value}}",
    yes: "Yes",
    no: "No",
    none: "none",
    unknown: "unknown",
    edition: "Edition {{number}}",
    listRepeated:
      "This list was posted here less than a minute ago and nothing changed since: it is just above.",
    confirm: {
      title: "Are you sure?",
      no: "Cancel",
      pollClose: "Closing the poll ends the vote for everyone. It cannot be reopened.",
      pollCloseYes: "Close the poll",
      noteDelete: "The note will be deleted for good.",
      noteDeleteYes: "Delete",
      taskDrop: "The task will be dropped: it leaves every list and its owner's reminders stop.",
      taskDropYes: "Drop the task",
      picked: "You picked: {{what}}",
      done: "Confirmed: {{what}}",
      cancelled: "Cancelled: nothing was changed.",
      expired: "This question has expired (15 minutes, or afterchat restarted): click the button again.",
    },
    series: "#{{hashtag}}",
    kinds: {
      good: "What went well",
      bad: "What went badly",
      best: "Best moment",
      insight: "Insight",
    },
    startup: {
      noPlatform:
        "No Slack or Discord credentials are set, so afterchat runs without a chat platform. Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode) for Slack, DISCORD_TOKEN and DISCORD_APPLICATION_ID for Discord: see .env.example. Meanwhile the command line works: npx afterchat report <file>.",
      ready: "afterchat is running ({{platforms}}) on {{database}}.",
      stopping: "afterchat is stopping.",
      portInUse:
        "afterchat could not start: port {{port}} is already in use on {{host}}. Stop the other process, or set PORT to a free port.",
      portDenied:
        "afterchat could not start: it may not listen on port {{port}} ({{host}}). Use a port above 1023, or set HOST and PORT.",
      failed: "afterchat could not start: {{reason}}",
      migrated_one: "Database ready: {{count}} migration applied.",
      migrated_other: "Database ready: {{count}} migrations applied.",
      sqliteSingleProcess:
        "The SQLite file {{database}} could not be switched to WAL mode (a network drive or a read-only folder?): run only one afterchat process on it at a time (bot or import), or move it to a local disk, or use PostgreSQL.",
    },
  },
  fr: {
    appName: "afterchat",
    labelled: "{{label}} : {{value}}",
    yes: "Oui",
    no: "Non",
    none: "aucun",
    unknown: "inconnu",
    edition: "Édition {{number}}",
    listRepeated:
      "Cette liste vient d'être publiée ici, il y a moins d'une minute, et rien n'a changé depuis : elle est juste au-dessus.",
    confirm: {
      title: "Vous confirmez ?",
      no: "Annuler",
      pollClose: "Fermer le sondage arrête le vote pour tout le monde. Il ne pourra pas être rouvert.",
      pollCloseYes: "Fermer le sondage",
      noteDelete: "La note sera supprimée définitivement.",
      noteDeleteYes: "Supprimer",
      taskDrop:
        "La tâche sera abandonnée : elle disparaît des listes et les rappels à son responsable s'arrêtent.",
      taskDropYes: "Abandonner la tâche",
      picked: "Votre choix : {{what}}",
      done: "Confirmé : {{what}}",
      cancelled: "Annulé : rien n'a changé.",
      expired:
        "Cette question a expiré (15 minutes, ou afterchat a redémarré) : cliquez à nouveau sur le bouton.",
    },
    series: "#{{hashtag}}",
    kinds: {
      good: "Ce qui a bien marché",
      bad: "Ce qui a moins bien marché",
      best: "Meilleur moment",
      insight: "Idée à retenir",
    },
    startup: {
      noPlatform:
        "Aucun identifiant Slack ni Discord n'est configuré : afterchat tourne sans plateforme de discussion. Renseignez SLACK_BOT_TOKEN et SLACK_SIGNING_SECRET (ou SLACK_APP_TOKEN pour le Socket Mode) pour Slack, DISCORD_TOKEN et DISCORD_APPLICATION_ID pour Discord : voir .env.example. En attendant, la ligne de commande fonctionne : npx afterchat report <fichier>.",
      ready: "afterchat tourne ({{platforms}}) sur {{database}}.",
      stopping: "afterchat s'arrête.",
      portInUse:
        "afterchat n'a pas pu démarrer : le port {{port}} est déjà utilisé sur {{host}}. Arrêtez l'autre processus, ou choisissez un port libre avec PORT.",
      portDenied:
        "afterchat n'a pas pu démarrer : il n'a pas le droit d'écouter le port {{port}} ({{host}}). Prenez un port au-dessus de 1023, ou réglez HOST et PORT.",
      failed: "afterchat n'a pas pu démarrer : {{reason}}",
      migrated_one: "Base de données prête : {{count}} migration appliquée.",
      migrated_other: "Base de données prête : {{count}} migrations appliquées.",
      sqliteSingleProcess:
        "Le fichier SQLite {{database}} n'a pas pu passer en mode WAL (lecteur réseau ou dossier en lecture seule ?) : ne lancez qu'un seul processus afterchat à la fois dessus (bot ou import), ou placez-le sur un disque local, ou utilisez PostgreSQL.",
    },
  },
});
