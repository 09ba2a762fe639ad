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
  afterchat import <file-or-dir>... --hashtag TAG [--edition N] [--workspace ID] [--owner HANDLE]
  afterchat export notes|tasks|roster|posts --hashtag TAG [--edition N] [--workspace ID] [--out FILE]
                   [--sep ";"|","] [--lang fr|en]
  afterchat content recap|transcript|script|cards|story|recycle|all <file-or-dir>... --hashtag TAG
                   [--host HANDLE]... [--out DIR] [--opt-out HANDLE]... [--embeds official|plain]
                   [--title TEXT] [--topic TEXT] [--since ISO] [--until ISO] [--lang fr|en] [--tz ZONE]
  afterchat series add #TAG [--title TEXT] [--host HANDLE]... [--schedule "CRON ZONE MINUTES"]
                   [--networks "x, bluesky, mastodon INSTANCE"]
  afterchat series list [--workspace ID]
  afterchat edition new --hashtag TAG [--at DATE] [--topic TEXT] [--workspace ID]
  afterchat edition list --hashtag TAG [--workspace ID]
  afterchat migrate
  afterchat help | --version

Files are recognised by their content: twarc2 JSONL archives, X API responses saved as JSON
(v2, v1.1, tweepy), X analytics exports (CSV, per post or daily, 2024 formats included), Twitter
archive tweets.js, Bluesky and Mastodon API responses saved as JSON. Without --hashtag nothing is
filtered. --since and --until without a zone are in --tz (UTC by default); a day alone for --until
takes the whole day. --instance also tells report which Mastodon instance bare host names are on.
On a terminal the report is plain text to read; piped or in report.md it stays Markdown.
export writes the chat's CSV export with no row limit, to FILE or to the standard output: posts
of edition N (else the current one); notes and tasks of edition N (else of every edition).
Handles are written bare (user0) with the profile page beside them. Cells are separated by --sep,
else by --lang (fr: ";" for French Excel), else by the series' language.
series and edition act as the local operator, a moderator of the chat (docs/cli.md).
Exit codes: 0 done, 1 failed (the message says why), 2 wrong command line, 3 nothing matched,
70 a bug in afterchat (the message gives a reference).`,
    unknownCommand: "Unknown command “{{command}}”. Run `afterchat help` for the list.",
    unknownCommandGuess:
      "Unknown command “{{command}}” (did you mean {{guess}}?). Run `afterchat help` for the list.",
    badOption: "{{detail}}. Run `afterchat help` for the usage.",
    unknownOption: "Unknown option {{option}}. Run `afterchat help` for the options of {{command}}.",
    unknownOptionGuess: "Unknown option {{option}} (did you mean {{guess}}?).",
    optionNotFor: "{{command}} does not take {{option}}. Run `afterchat help` for its options.",
    missingValue: "{{option}} needs a value after it (run `afterchat help` for examples).",
    noValue: "{{option}} takes no value.",
    dateOrder:
      "--since ({{since}}) is after --until ({{until}}): nothing can fall between them. Swap the two dates.",
    jsonAndMd: "--json and --md cannot be used together: choose one.",
    badEdition: "--edition must be a positive whole number (got “{{value}}”).",
    missingPaths: "Give at least one file or folder: afterchat report <file-or-dir>...",
    missingHashtag: "Give the chat's hashtag with --hashtag TAG.",
    badDate: "{{option}} must be a date like 2026-11-24 or 2026-11-24T18:00:00Z (got “{{value}}”).",
    badLang: "--lang must be fr or en (got “{{value}}”).",
    badSep: '--sep must be ";" or "," (got “{{value}}”): ";" opens in a French Excel, "," in an English one.',
    badZone: "--tz must be an IANA time zone such as Europe/Paris (got “{{value}}”).",
    badNetwork: "pull takes x, bluesky or mastodon (got “{{value}}”).",
    exportWhat: "export takes one of notes, tasks, roster or posts (got “{{value}}”).",
    mastodonInstance: "pull mastodon needs --instance https://your.instance",
    xToken: "pull x needs X_BEARER_TOKEN in the environment (see .env.example).",
    fileSummary_one:
      "{{file}} ({{format}}): {{count}} post kept, {{ignored}} outside the filter, {{skipped}}",
    fileSummary_other:
      "{{file}} ({{format}}): {{count}} posts kept, {{ignored}} outside the filter, {{skipped}}",
    fileSummaryDays_one:
      "{{file}} ({{format}}): {{count}} day of account analytics (daily overview: the account section of the report), {{skipped}}",
    fileSummaryDays_other:
      "{{file}} ({{format}}): {{count}} days of account analytics (daily overview: the account section of the report), {{skipped}}",
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
    /** Counts written into the import and file summaries, each agreeing with its number. */
    counts: {
      new_one: "{{count}} new",
      new_other: "{{count}} new",
      updated_one: "{{count}} updated",
      updated_other: "{{count}} updated",
      skipped_one: "{{count}} skipped",
      skipped_other: "{{count}} skipped",
    },
    imported:
      "Imported into #{{hashtag}} edition {{number}}: {{imported}} new, {{updated}} updated, {{ignored}} outside the chat, {{skipped}} skipped.",
    importInterrupted:
      "Import into #{{hashtag}} edition {{number}} stopped ({{signal}}) before the end of {{file}}. Stored before it stopped: {{imported}}, {{updated}}. Run the same command again to finish: what is stored is refreshed, not duplicated.",
    importGone:
      "An earlier import into #{{hashtag}} edition {{number}} ({{source}}, started {{startedAt}}) stopped without finishing: its process is gone. It had stored these posts: {{imported}}, {{updated}}.",
    importedFile:
      "{{file}} ({{format}}) imported into #{{hashtag}} edition {{number}}: {{imported}}, {{updated}}, {{ignored}} outside the chat, {{skipped}}.",
    importedNothing:
      "Nothing was stored in #{{hashtag}} edition {{number}} (see above: posts outside the chat's hashtag or hours, or skipped lines). The edition is not marked imported, so its scheduled pull still runs.",
    missingImportPaths: "Give at least one file or folder: afterchat import <file-or-dir>... --hashtag TAG",
    noFileToImport: "None of the files in these folders is in a format afterchat reads: nothing to import.",
    noSeries:
      "No series #{{hashtag}} in the database. Set it up first: `afterchat series add #{{hashtag}}` (or `/afterchat setup #{{hashtag}}` in Slack or Discord); `afterchat series list` shows the chats there are.",
    manySeries: "#{{hashtag}} exists in several workspaces; choose one with --workspace ({{ids}}).",
    noEdition:
      "#{{hashtag}} has no edition {{number}}. `afterchat edition list --hashtag {{hashtag}}` shows its editions; `afterchat edition new --hashtag {{hashtag}} --at DATE` plans one.",
    migrated_one: "Database ready: {{count}} migration applied ({{total}} in all).",
    migrated_other: "Database ready: {{count}} migrations applied ({{total}} in all).",
    seriesUsage:
      'series takes add #hashtag [--title T] [--host H]... [--schedule "cron zone length"] [--networks N], or list (got “{{value}}”).',
    editionUsage: "edition takes new or list, with --hashtag TAG (got “{{value}}”).",
    seriesAdded: "#{{hashtag}} is set up in the local workspace (cli:local), with you as its moderator.",
    noSeriesAtAll: "No chat in the database yet. Set one up with `afterchat series add #mychat`.",
    seriesLine_one:
      "#{{hashtag}}: {{title}} ({{workspace}}, --workspace {{id}}), {{count}} edition, schedule: {{schedule}}",
    seriesLine_other:
      "#{{hashtag}}: {{title}} ({{workspace}}, --workspace {{id}}), {{count}} editions, schedule: {{schedule}}",
    noSchedule: "none",
    nothing: {
      filtered_one:
        "No post to report: the {{count}} post read is outside #{{hashtag}} or the --since/--until window.",
      filtered_other:
        "No post to report: the {{count}} posts read are outside #{{hashtag}} or the --since/--until window.",
      window_one: "No post to report: the {{count}} post read is outside the --since/--until window.",
      window_other: "No post to report: the {{count}} posts read are outside the --since/--until window.",
      skipped_one:
        "No post to report: the only record was skipped (see the line above: cut off, not valid JSON…).",
      skipped_other: "No post to report: all {{count}} records were skipped (see the lines above).",
      dailyOnly:
        "No post to report: daily overview files hold no posts, only the account's days. Add the per-post export (tweet activity or account_analytics_content).",
      empty: "No post to report: the files hold none.",
      pulled:
        "No post to report: {{network}} found none with #{{hashtag}} between {{since}} and {{until}}. Check the hashtag and the dates.",
    },
    notRecognised: {
      empty: "{{file}} is empty: nothing to read. Nothing was imported.",
      binary:
        "{{file}} is not text (an image, a zip or a spreadsheet file?): save it as CSV or JSON, or unzip it first. Nothing was imported.",
      unknown:
        "{{file}} is in no format afterchat reads (it starts with “{{first}}”). Run `afterchat help` for the formats. Nothing was imported.",
    },
    fs: {
      enoent: "{{path}} does not exist. Check the path (`ls` shows what is there).",
      eisdir: "{{path}} is a folder, and a file is needed here: give a file's path, e.g. {{path}}/posts.csv.",
      enotdir: "Part of {{path}} is a file, not a folder. Check the path.",
      eacces: "Permission denied on {{path}}: choose a path you may use, or change its permissions.",
      eperm: "The system refuses this on {{path}}: choose another path.",
      eexist: "{{path}} already exists as a file, and a folder is needed here: choose another path.",
      erofs: "{{path}} is on a read-only file system: choose a path you may write to.",
      enospc: "No space left to write {{path}}: free some space or choose another disk.",
      eloop: "{{path}} is a loop of symbolic links. Check the path.",
      ecreate: "The folder {{path}} cannot be created there (the system refuses it): choose another path.",
    },
    db: {
      missing:
        "The database {{database}} does not exist. Create it (e.g. `createdb`), or set DATABASE_URL to one that exists.",
      down: "The database {{database}} does not answer. Check that it is running and that DATABASE_URL is right.",
      refused: "The database {{database}} refused the login. Check the user and password in DATABASE_URL.",
      cantOpen:
        "The database file {{database}} cannot be opened. Check that its folder exists and may be written to, or set DATABASE_URL.",
    },
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
  afterchat import <fichier-ou-dossier>... --hashtag TAG [--edition N] [--workspace ID] [--owner COMPTE]
  afterchat export notes|tasks|roster|posts --hashtag TAG [--edition N] [--workspace ID] [--out FICHIER]
                   [--sep ";"|","] [--lang fr|en]
  afterchat content recap|transcript|script|cards|story|recycle|all <fichier-ou-dossier>... --hashtag TAG
                   [--host COMPTE]... [--out DOSSIER] [--opt-out COMPTE]... [--embeds official|plain]
                   [--title TEXTE] [--topic TEXTE] [--since ISO] [--until ISO] [--lang fr|en] [--tz FUSEAU]
  afterchat series add #TAG [--title TEXTE] [--host COMPTE]... [--schedule "CRON FUSEAU MINUTES"]
                   [--networks "x, bluesky, mastodon INSTANCE"]
  afterchat series list [--workspace ID]
  afterchat edition new --hashtag TAG [--at DATE] [--topic TEXTE] [--workspace ID]
  afterchat edition list --hashtag TAG [--workspace ID]
  afterchat migrate
  afterchat help | --version

Les fichiers sont reconnus à leur contenu : archives twarc2 JSONL, réponses de l'API X enregistrées
en JSON (v2, v1.1, tweepy), exports X analytics (CSV, par publication ou quotidiens, formats 2024 compris),
archive Twitter tweets.js, réponses des API Bluesky et Mastodon enregistrées en JSON. Sans --hashtag,
rien n'est filtré. --since et --until sans fuseau sont dans --tz (UTC par défaut) ; un jour seul pour
--until compte toute la journée. --instance indique aussi à report l'instance Mastodon des animateurs
donnés sans instance. Sur un terminal le bilan est du texte à lire ; redirigé ou dans report.md, il
reste en Markdown.
export écrit l'export CSV du chat sans limite de lignes, dans FICHIER ou sur la sortie standard :
publications de l'édition N (sinon de l'édition en cours) ; notes et tâches de l'édition N (sinon de
toutes les éditions). Les comptes sont écrits sans @ (user0), avec la page du profil à côté. Les
cellules sont séparées par --sep, sinon selon --lang (fr : « ; » pour un Excel français), sinon
selon la langue de la série.
series et edition agissent en opérateur local, modérateur du chat (docs/cli.md).
Codes de sortie : 0 fait, 1 échec (le message dit pourquoi), 2 ligne de commande erronée,
3 rien ne correspond, 70 un bogue d'afterchat (le message donne une référence).`,
    unknownCommand: "Commande inconnue « {{command}} ». Lancez `afterchat help` pour la liste.",
    unknownCommandGuess:
      "Commande inconnue « {{command}} » (vouliez-vous dire {{guess}} ?). Lancez `afterchat help` pour la liste.",
    badOption: "{{detail}}. Lancez `afterchat help` pour l'usage.",
    unknownOption: "Option inconnue {{option}}. Lancez `afterchat help` pour les options de {{command}}.",
    unknownOptionGuess: "Option inconnue {{option}} (vouliez-vous dire {{guess}} ?).",
    optionNotFor: "{{command}} ne prend pas {{option}}. Lancez `afterchat help` pour ses options.",
    missingValue: "{{option}} attend une valeur après elle (lancez `afterchat help` pour des exemples).",
    noValue: "{{option}} ne prend pas de valeur.",
    dateOrder:
      "--since ({{since}}) est après --until ({{until}}) : rien ne peut tomber entre les deux. Inversez les deux dates.",
    jsonAndMd: "--json et --md ne vont pas ensemble : choisissez l'une des deux.",
    badEdition: "--edition doit être un nombre entier positif (reçu « {{value}} »).",
    missingPaths: "Donnez au moins un fichier ou un dossier : afterchat report <fichier-ou-dossier>...",
    missingHashtag: "Donnez le hashtag du chat avec --hashtag TAG.",
    badDate: "{{option}} doit être une date comme 2026-11-24 ou 2026-11-24T18:00:00Z (reçu « {{value}} »).",
    badLang: "--lang doit valoir fr ou en (reçu « {{value}} »).",
    badSep:
      '--sep doit valoir ";" ou "," (reçu « {{value}} ») : ";" s\'ouvre dans un Excel français, "," dans un Excel anglais.',
    badZone: "--tz doit être un fuseau IANA comme Europe/Paris (reçu « {{value}} »).",
    badNetwork: "pull accepte x, bluesky ou mastodon (reçu « {{value}} »).",
    exportWhat: "export attend notes, tasks, roster ou posts (reçu « {{value}} »).",
    mastodonInstance: "pull mastodon a besoin de --instance https://votre.instance",
    xToken: "pull x a besoin de X_BEARER_TOKEN dans l'environnement (voir .env.example).",
    fileSummary_one:
      "{{file}} ({{format}}) : {{count}} publication retenue, {{ignored}} hors filtre, {{skipped}}",
    fileSummary_other:
      "{{file}} ({{format}}) : {{count}} publications retenues, {{ignored}} hors filtre, {{skipped}}",
    fileSummaryDays_one:
      "{{file}} ({{format}}) : {{count}} jour de statistiques du compte (vue quotidienne : la section compte du rapport), {{skipped}}",
    fileSummaryDays_other:
      "{{file}} ({{format}}) : {{count}} jours de statistiques du compte (vue quotidienne : la section compte du rapport), {{skipped}}",
    noAccountDays_one:
      "Le seul jour de statistiques du compte ne tombe pas sur les jours du chat : le rapport n'a pas de section compte. Vérifiez --since, --until et --tz.",
    noAccountDays_other:
      "Aucun des {{count}} jours de statistiques du compte ne tombe sur les jours du chat : le rapport n'a pas de section compte. Vérifiez --since, --until et --tz.",
    hostWithoutPosts:
      "Attention : l'animateur @{{host}} n'a écrit aucune publication dans ces données (vérifiez l'orthographe ; sur Mastodon donnez nom@instance ou --instance).",
    skippedLine: "  ignoré {{what}}",
    moreSkipped: "  … et {{count}} autres ignorés",
    unrecognised: "Non reconnu, laissé de côté : {{file}}",
    wrote: "Écrit : {{path}}",
    pulled_one: "{{count}} publication récupérée depuis {{network}} ({{pages}}).",
    pulled_other: "{{count}} publications récupérées depuis {{network}} ({{pages}}).",
    pages_one: "{{count}} page",
    pages_other: "{{count}} pages",
    progress: "{{count}} enregistrements lus",
    counts: {
      new_one: "{{count}} nouvelle",
      new_other: "{{count}} nouvelles",
      updated_one: "{{count}} mise à jour",
      updated_other: "{{count}} mises à jour",
      skipped_one: "{{count}} ignoré",
      skipped_other: "{{count}} ignorés",
    },
    imported:
      "Importé dans #{{hashtag}} édition {{number}} : {{imported}} nouveaux, {{updated}} mis à jour, {{ignored}} hors du chat, {{skipped}} ignorés.",
    importInterrupted:
      "Import dans #{{hashtag}} édition {{number}} arrêté ({{signal}}) avant la fin de {{file}}. Enregistré avant l'arrêt : {{imported}}, {{updated}}. Relancez la même commande pour finir : ce qui est enregistré est mis à jour, pas dupliqué.",
    importGone:
      "Un import précédent dans #{{hashtag}} édition {{number}} ({{source}}, commencé {{startedAt}}) s'est arrêté sans finir : son processus n'existe plus. Il avait enregistré ces publications : {{imported}}, {{updated}}.",
    importedFile:
      "{{file}} ({{format}}) importé dans #{{hashtag}} édition {{number}} : {{imported}}, {{updated}}, {{ignored}} hors du chat, {{skipped}}.",
    importedNothing:
      "Rien n'a été enregistré dans #{{hashtag}} édition {{number}} (voir plus haut : publications hors du hashtag ou des heures du chat, ou lignes ignorées). L'édition n'est pas marquée importée : sa récupération planifiée aura lieu.",
    missingImportPaths:
      "Donnez au moins un fichier ou un dossier : afterchat import <fichier-ou-dossier>... --hashtag TAG",
    noFileToImport: "Aucun fichier de ces dossiers n'est dans un format qu'afterchat lit : rien à importer.",
    noSeries:
      "Aucune série #{{hashtag}} dans la base. Configurez-la d'abord : `afterchat series add #{{hashtag}}` (ou `/afterchat setup #{{hashtag}}` dans Slack ou Discord) ; `afterchat series list` montre les chats existants.",
    manySeries: "#{{hashtag}} existe dans plusieurs espaces ; choisissez avec --workspace ({{ids}}).",
    noEdition:
      "#{{hashtag}} n'a pas d'édition {{number}}. `afterchat edition list --hashtag {{hashtag}}` montre ses éditions ; `afterchat edition new --hashtag {{hashtag}} --at DATE` en planifie une.",
    migrated_one: "Base de données prête : {{count}} migration appliquée ({{total}} au total).",
    migrated_other: "Base de données prête : {{count}} migrations appliquées ({{total}} au total).",
    seriesUsage:
      'series attend add #hashtag [--title T] [--host H]... [--schedule "cron fuseau durée"] [--networks N], ou list (reçu « {{value}} »).',
    editionUsage: "edition attend new ou list, avec --hashtag TAG (reçu « {{value}} »).",
    seriesAdded: "#{{hashtag}} est configuré dans l'espace local (cli:local), et vous en êtes le modérateur.",
    noSeriesAtAll:
      "Aucun chat dans la base pour l'instant. Configurez-en un avec `afterchat series add #monchat`.",
    seriesLine_one:
      "#{{hashtag}} : {{title}} ({{workspace}}, --workspace {{id}}), {{count}} édition, horaire : {{schedule}}",
    seriesLine_other:
      "#{{hashtag}} : {{title}} ({{workspace}}, --workspace {{id}}), {{count}} éditions, horaire : {{schedule}}",
    noSchedule: "aucun",
    nothing: {
      filtered_one:
        "Aucune publication à présenter : la {{count}} publication lue est hors de #{{hashtag}} ou de la fenêtre --since/--until.",
      filtered_other:
        "Aucune publication à présenter : les {{count}} publications lues sont hors de #{{hashtag}} ou de la fenêtre --since/--until.",
      window_one:
        "Aucune publication à présenter : la {{count}} publication lue est hors de la fenêtre --since/--until.",
      window_other:
        "Aucune publication à présenter : les {{count}} publications lues sont hors de la fenêtre --since/--until.",
      skipped_one:
        "Aucune publication à présenter : le seul enregistrement a été ignoré (voir la ligne au-dessus : coupé, JSON invalide…).",
      skipped_other:
        "Aucune publication à présenter : les {{count}} enregistrements ont tous été ignorés (voir au-dessus).",
      dailyOnly:
        "Aucune publication à présenter : les vues quotidiennes ne contiennent pas de publications, seulement les jours du compte. Ajoutez l'export par publication (tweet activity ou account_analytics_content).",
      empty: "Aucune publication à présenter : les fichiers n'en contiennent aucune.",
      pulled:
        "Aucune publication à présenter : {{network}} n'en a trouvé aucune avec #{{hashtag}} entre {{since}} et {{until}}. Vérifiez le hashtag et les dates.",
    },
    notRecognised: {
      empty: "{{file}} est vide : rien à lire. Rien n'a été importé.",
      binary:
        "{{file}} n'est pas du texte (une image, un zip, un fichier de tableur ?) : enregistrez-le en CSV ou JSON, ou décompressez-le d'abord. Rien n'a été importé.",
      unknown:
        "{{file}} n'est dans aucun format qu'afterchat lit (il commence par « {{first}} »). Lancez `afterchat help` pour les formats. Rien n'a été importé.",
    },
    fs: {
      enoent: "{{path}} n'existe pas. Vérifiez le chemin (`ls` montre ce qui s'y trouve).",
      eisdir:
        "{{path}} est un dossier, et il faut ici un fichier : donnez le chemin d'un fichier, par ex. {{path}}/posts.csv.",
      enotdir: "Une partie de {{path}} est un fichier, pas un dossier. Vérifiez le chemin.",
      eacces: "Permission refusée sur {{path}} : choisissez un chemin autorisé, ou changez ses droits.",
      eperm: "Le système refuse cette opération sur {{path}} : choisissez un autre chemin.",
      eexist:
        "{{path}} existe déjà et c'est un fichier, alors qu'il faut ici un dossier : choisissez un autre chemin.",
      erofs: "{{path}} est sur un système de fichiers en lecture seule : choisissez un chemin où écrire.",
      enospc: "Plus de place pour écrire {{path}} : libérez de l'espace ou choisissez un autre disque.",
      eloop: "{{path}} est une boucle de liens symboliques. Vérifiez le chemin.",
      ecreate:
        "Le dossier {{path}} ne peut pas être créé à cet endroit (le système le refuse) : choisissez un autre chemin.",
    },
    db: {
      missing:
        "La base de données {{database}} n'existe pas. Créez-la (par ex. `createdb`), ou indiquez dans DATABASE_URL une base qui existe.",
      down: "La base de données {{database}} ne répond pas. Vérifiez qu'elle tourne et que DATABASE_URL est juste.",
      refused:
        "La base de données {{database}} a refusé la connexion. Vérifiez l'utilisateur et le mot de passe de DATABASE_URL.",
      cantOpen:
        "Le fichier de base de données {{database}} ne peut pas être ouvert. Vérifiez que son dossier existe et est accessible en écriture, ou changez DATABASE_URL.",
    },
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
