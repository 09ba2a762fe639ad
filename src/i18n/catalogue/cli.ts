import { area } from "../define.js";

/** The command line (`npx afterchat ...`): usage, summaries on stderr, problems. */
export const cli = area({
  en: {
    usage: `afterchat: turns the hour after a hashtag chat into results.

Usage:
  afterchat report <file-or-dir>... [--hashtag TAG] [--host HANDLE]... [--since ISO] [--until ISO]
                   [--json | --md] [--out DIR] [--lang fr|en] [--tz ZONE] [--owner HANDLE]
                   [--instance URL]
  afterchat pull x|bluesky|mastodon --hashtag TAG --since ISO --until ISO [--instance URL]
                   [--host HANDLE]... [--json | --md] [--out DIR] [--lang fr|en]
  afterchat import <file>... --hashtag TAG [--edition N] [--workspace ID]
  afterchat export notes|tasks|roster|posts --hashtag TAG [--edition N] [--workspace ID] [--out FILE]
  afterchat migrate
  afterchat help

Files are recognised by their content: twarc2 JSONL archives, X API responses saved as JSON
(v2, v1.1, tweepy), X analytics exports (CSV, per post or daily, 2024 formats included), Twitter
archive tweets.js, Bluesky and Mastodon API responses saved as JSON. Without --hashtag nothing is
filtered. --since and --until without a zone are in --tz (UTC by default); a day alone for --until
takes the whole day. --instance also tells report which Mastodon instance bare host names are on.
export writes the chat's CSV export with no row limit, to FILE or to the standard output: posts
of edition N (else the current one); notes and tasks of edition N (else of every edition).`,
    unknownCommand: "Unknown command “{{command}}”. Run `afterchat help` for the list.",
    badOption: "{{detail}}. Run `afterchat help` for the usage.",
    missingPaths: "Give at least one file or folder: afterchat report <file-or-dir>...",
    missingHashtag: "Give the chat's hashtag with --hashtag TAG.",
    badDate: "{{option}} must be a date like 2026-11-24 or 2026-11-24T18:00:00Z (got “{{value}}”).",
    badLang: "--lang must be fr or en.",
    badZone: "--tz must be an IANA time zone such as Europe/Paris (got “{{value}}”).",
    badNetwork: "pull takes x, bluesky or mastodon (got “{{value}}”).",
    exportWhat: "export takes one of notes, tasks, roster or posts (got “{{value}}”).",
    mastodonInstance: "pull mastodon needs --instance https://your.instance",
    xToken: "pull x needs X_BEARER_TOKEN in the environment (see .env.example).",
    fileSummary_one:
      "{{file}} ({{format}}): {{count}} post kept, {{ignored}} outside the filter, {{skipped}} skipped",
    fileSummary_other:
      "{{file}} ({{format}}): {{count}} posts kept, {{ignored}} outside the filter, {{skipped}} skipped",
    fileSummaryDays_one:
      "{{file}} ({{format}}): {{count}} day of account analytics (daily overview: the account section of the report), {{skipped}} skipped",
    fileSummaryDays_other:
      "{{file}} ({{format}}): {{count}} days of account analytics (daily overview: the account section of the report), {{skipped}} skipped",
    noAccountDays_one:
      "The one day of account analytics does not fall on the chat's days: the report has no account section. Check --since, --until and --tz.",
    noAccountDays_other:
      "None of the {{count}} days of account analytics falls on the chat's days: the report has no account section. Check --since, --until and --tz.",
    hostWithoutPosts:
      "Warning: host @{{host}} wrote no post in this data (check the spelling; on Mastodon give name@instance or --instance).",
    skippedLine: "  skipped {{what}}",
    moreSkipped: "  … and {{count}} more skipped",
    unrecognised: "Not recognised, left out: {{file}}",
    wrote: "Wrote {{path}}",
    pulled_one: "Pulled {{count}} post from {{network}} ({{pages}}).",
    pulled_other: "Pulled {{count}} posts from {{network}} ({{pages}}).",
    pages_one: "{{count}} page",
    pages_other: "{{count}} pages",
    progress: "{{count}} records read",
    imported:
      "Imported into #{{hashtag}} edition {{number}}: {{imported}} new, {{updated}} updated, {{ignored}} outside the chat, {{skipped}} skipped.",
    noSeries:
      "No series #{{hashtag}} in the database. Set it up from Slack or Discord first (`/afterchat setup #{{hashtag}}`).",
    manySeries: "#{{hashtag}} exists in several workspaces; choose one with --workspace ({{ids}}).",
    noEdition: "#{{hashtag}} has no edition {{number}}.",
    migrated_one: "Database ready: {{count}} migration applied ({{total}} in all).",
    migrated_other: "Database ready: {{count}} migrations applied ({{total}} in all).",
    register: {
      seeExample: "See .env.example for every variable.",
      needsDiscord: "DISCORD_TOKEN and DISCORD_APPLICATION_ID are needed to register the Discord command.",
      inServer: "Registered /{{commands}} with {{count}} sub-commands in server {{guild}}.",
      globally:
        "Registered /{{commands}} with {{count}} sub-commands globally (it may take up to an hour to show).",
      invite: "Invite the bot with: {{url}}",
      refused: "Discord refused the registration: {{detail}}",
    },
  },
  fr: {
    usage: `afterchat : transforme l'heure qui suit un chat à hashtag en résultats.

Usage :
  afterchat report <fichier-ou-dossier>... [--hashtag TAG] [--host COMPTE]... [--since ISO] [--until ISO]
                   [--json | --md] [--out DOSSIER] [--lang fr|en] [--tz FUSEAU] [--owner COMPTE]
                   [--instance URL]
  afterchat pull x|bluesky|mastodon --hashtag TAG --since ISO --until ISO [--instance URL]
                   [--host COMPTE]... [--json | --md] [--out DOSSIER] [--lang fr|en]
  afterchat import <fichier>... --hashtag TAG [--edition N] [--workspace ID]
  afterchat export notes|tasks|roster|posts --hashtag TAG [--edition N] [--workspace ID] [--out FICHIER]
  afterchat migrate
  afterchat help

Les fichiers sont reconnus à leur contenu : archives twarc2 JSONL, réponses de l'API X enregistrées
en JSON (v2, v1.1, tweepy), exports X analytics (CSV, par post ou quotidiens, formats 2024 compris),
archive Twitter tweets.js, réponses des API Bluesky et Mastodon enregistrées en JSON. Sans --hashtag,
rien n'est filtré. --since et --until sans fuseau sont dans --tz (UTC par défaut) ; un jour seul pour
--until compte toute la journée. --instance indique aussi à report l'instance Mastodon des animateurs
donnés sans instance.
export écrit l'export CSV du chat sans limite de lignes, dans FICHIER ou sur la sortie standard :
posts de l'édition N (sinon de l'édition en cours) ; notes et tâches de l'édition N (sinon de
toutes les éditions).`,
    unknownCommand: "Commande inconnue « {{command}} ». Lancez `afterchat help` pour la liste.",
    badOption: "{{detail}}. Lancez `afterchat help` pour l'usage.",
    missingPaths: "Donnez au moins un fichier ou un dossier : afterchat report <fichier-ou-dossier>...",
    missingHashtag: "Donnez le hashtag du chat avec --hashtag TAG.",
    badDate: "{{option}} doit être une date comme 2026-11-24 ou 2026-11-24T18:00:00Z (reçu « {{value}} »).",
    badLang: "--lang doit valoir fr ou en.",
    badZone: "--tz doit être un fuseau IANA comme Europe/Paris (reçu « {{value}} »).",
    badNetwork: "pull accepte x, bluesky ou mastodon (reçu « {{value}} »).",
    exportWhat: "export attend notes, tasks, roster ou posts (reçu « {{value}} »).",
    mastodonInstance: "pull mastodon a besoin de --instance https://votre.instance",
    xToken: "pull x a besoin de X_BEARER_TOKEN dans l'environnement (voir .env.example).",
    fileSummary_one:
      "{{file}} ({{format}}) : {{count}} post retenu, {{ignored}} hors filtre, {{skipped}} ignorés",
    fileSummary_other:
      "{{file}} ({{format}}) : {{count}} posts retenus, {{ignored}} hors filtre, {{skipped}} ignorés",
    fileSummaryDays_one:
      "{{file}} ({{format}}) : {{count}} jour de statistiques du compte (vue quotidienne : la section compte du rapport), {{skipped}} ignorés",
    fileSummaryDays_other:
      "{{file}} ({{format}}) : {{count}} jours de statistiques du compte (vue quotidienne : la section compte du rapport), {{skipped}} ignorés",
    noAccountDays_one:
      "Le seul jour de statistiques du compte ne tombe pas sur les jours du chat : le rapport n'a pas de section compte. Vérifiez --since, --until et --tz.",
    noAccountDays_other:
      "Aucun des {{count}} jours de statistiques du compte ne tombe sur les jours du chat : le rapport n'a pas de section compte. Vérifiez --since, --until et --tz.",
    hostWithoutPosts:
      "Attention : l'animateur @{{host}} n'a écrit aucun post dans ces données (vérifiez l'orthographe ; sur Mastodon donnez nom@instance ou --instance).",
    skippedLine: "  ignoré {{what}}",
    moreSkipped: "  … et {{count}} autres ignorés",
    unrecognised: "Non reconnu, laissé de côté : {{file}}",
    wrote: "Écrit : {{path}}",
    pulled_one: "{{count}} post récupéré depuis {{network}} ({{pages}}).",
    pulled_other: "{{count}} posts récupérés depuis {{network}} ({{pages}}).",
    pages_one: "{{count}} page",
    pages_other: "{{count}} pages",
    progress: "{{count}} enregistrements lus",
    imported:
      "Importé dans #{{hashtag}} édition {{number}} : {{imported}} nouveaux, {{updated}} mis à jour, {{ignored}} hors du chat, {{skipped}} ignorés.",
    noSeries:
      "Aucune série #{{hashtag}} dans la base. Configurez-la d'abord depuis Slack ou Discord (`/afterchat setup #{{hashtag}}`).",
    manySeries: "#{{hashtag}} existe dans plusieurs espaces ; choisissez avec --workspace ({{ids}}).",
    noEdition: "#{{hashtag}} n'a pas d'édition {{number}}.",
    migrated_one: "Base de données prête : {{count}} migration appliquée ({{total}} au total).",
    migrated_other: "Base de données prête : {{count}} migrations appliquées ({{total}} au total).",
    register: {
      seeExample: "Voir .env.example pour toutes les variables.",
      needsDiscord:
        "DISCORD_TOKEN et DISCORD_APPLICATION_ID sont nécessaires pour enregistrer la commande Discord.",
      inServer: "/{{commands}} enregistrée avec {{count}} sous-commandes sur le serveur {{guild}}.",
      globally:
        "/{{commands}} enregistrée avec {{count}} sous-commandes pour tous les serveurs (jusqu'à une heure avant d'apparaître).",
      invite: "Invitez le bot avec : {{url}}",
      refused: "Discord a refusé l'enregistrement : {{detail}}",
    },
  },
});
