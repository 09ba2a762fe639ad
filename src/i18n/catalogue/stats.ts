import { area } from "../define.js";

/** `stats` and `import`: pulling, importing and posting an edition's report. */
export const stats = area({
  en: {
    working: "Crunching the numbers of #{{hashtag}} edition {{number}} of {{date}}…",
    pulling: "Pulling posts of #{{hashtag}} from {{networks}}…",
    noPosts:
      "No posts yet for #{{hashtag}} edition {{number}}. Share an export in this channel and run `/afterchat import`, or configure a live source (X, Bluesky, Mastodon).",
    pullFailed: "{{network}}: {{reason}}",
    pullSkipped: "{{network}} is not configured for live pulls: skipped.",
    pulled_one: "{{network}}: {{imported}} new post, {{updated}} updated.",
    pulled_other: "{{network}}: {{imported}} new posts, {{updated}} updated.",
    noFile:
      "Share the export file in this channel first (drag it into the message box), then run `/afterchat import` again.",
    importing: "Importing {{file}}…",
    imported:
      "Imported {{file}} ({{format}}) into #{{hashtag}} edition {{number}} of {{date}}: {{imported}} new, {{updated}} updated, {{ignored}} outside the chat.",
    importedDaily_one: "Also stored {{count}} day of account analytics.",
    importedDaily_other: "Also stored {{count}} days of account analytics.",
    skipped_one: "{{count}} record could not be read:",
    skipped_other: "{{count}} records could not be read:",
    skippedMore: "… and {{count}} more.",
    skipLine: "{{at}}: {{reason}}",
    nextStep: "Run `/afterchat stats {{number}}` to see the report.",
    allIgnored_one:
      "The one post in this file is not a post of #{{hashtag}} between {{since}} and {{until}} (UTC). If the chat took place at another time, create its edition with `/afterchat edition new <topic> at <date>` and import again with its number.",
    allIgnored_other:
      "None of the {{count}} posts in this file is a post of #{{hashtag}} between {{since}} and {{until}} (UTC). If the chat took place at another time, create its edition with `/afterchat edition new <topic> at <date>` and import again with its number.",
    editionCreated:
      "No edition of #{{hashtag}} had started yet: I created edition {{number}} of {{date}} for this chat.",
    notStarted:
      "Edition {{number}} of #{{hashtag}} starts {{when}}: there is nothing to report yet. For a chat held before it, import its file with `/afterchat import`.",
    at: {
      line: "line {{n}}",
      row: "row {{n}}",
      entry: "entry {{n}}",
      page: "page {{n}}",
    },
    skip: {
      invalid_json: "not valid JSON",
      truncated: "cut off (incomplete file)",
      api_error: "reported by the X API",
      missing_field: "missing information",
      bad_value: "unreadable value",
      not_a_post: "not a post",
      withheld: "author withheld by X",
    },
    /** A bad value in a file (src/sources/types.ts BadValue): the field, what it should hold, what it held. */
    value: {
      fieldOf: "{{field}} of {{of}}",
      expectedGot: "{{field}}: expected {{expected}}, got “{{got}}”",
      expected: "{{field}}: expected {{expected}}",
    },
    expected: {
      iso_time: "an ISO date and time like 2026-12-03T18:00:00Z",
      twitter_time: "a date like Thu Dec 03 18:00:00 +0000 2026",
      analytics_time: "a time like 2026-12-03 18:00 +0000",
      day: "a day like 2026-12-03 or Thu, Dec 3, 2026",
      count: "a whole number, 0 or more (at most 9,007,199,254,740,991)",
      post_id: "a post id made of digits only, like 1866543210987654321",
      no_nul: "text without the NUL character (U+0000), which the database cannot store",
    },
    /** What each file format is, for "which formats exist" (every FILE_FORMATS entry has one). */
    formats: {
      "twarc2-jsonl": "a twarc2 archive of X API v2 pages (JSONL)",
      "x-api-json":
        "an X API response saved as JSON (v2 or v1.1, pretty-printed or not, tweepy's JSON included)",
      "x-analytics-tweets-csv":
        "an X analytics per-post export (CSV: tweet activity, or account_analytics_content since 2024)",
      "x-analytics-daily-csv":
        "an X analytics daily overview (CSV: daily tweet activity, or account_overview_analytics since 2024)",
      "tweets-js": "a Twitter/X archive tweets.js",
      "bluesky-json":
        "a Bluesky response saved as JSON (searchPosts, getAuthorFeed, getTimeline, getPostThread, getQuotes)",
      "mastodon-json": "Mastodon statuses saved as JSON (a timeline's array or one status)",
      list: "$t(stats.formats.twarc2-jsonl); $t(stats.formats.x-api-json); $t(stats.formats.x-analytics-tweets-csv); $t(stats.formats.x-analytics-daily-csv); $t(stats.formats.tweets-js); $t(stats.formats.bluesky-json); $t(stats.formats.mastodon-json)",
    },
  },
  fr: {
    working: "Calcul des chiffres de #{{hashtag}}, édition {{number}} du {{date}}…",
    pulling: "Récupération des publications de #{{hashtag}} depuis {{networks}}…",
    noPosts:
      "Pas encore de publications pour #{{hashtag}}, édition {{number}}. Partagez un export dans ce canal puis lancez `/afterchat import`, ou configurez une source en direct (X, Bluesky, Mastodon).",
    pullFailed: "{{network}} : {{reason}}",
    pullSkipped: "{{network}} n'est pas configuré pour la collecte en direct : ignoré.",
    pulled_one: "{{network}} : {{imported}} nouvelle publication ; mises à jour : {{updated}}.",
    pulled_other: "{{network}} : {{imported}} nouvelles publications ; mises à jour : {{updated}}.",
    noFile:
      "Partagez d'abord le fichier d'export dans ce canal (glissez-le dans la zone de message), puis relancez `/afterchat import`.",
    importing: "Import de {{file}}…",
    imported:
      "{{file}} ({{format}}) importé dans #{{hashtag}}, édition {{number}} du {{date}} : {{imported}} nouveaux, {{updated}} mis à jour, {{ignored}} hors du chat.",
    importedDaily_one: "Également enregistré : {{count}} jour de statistiques du compte.",
    importedDaily_other: "Également enregistrés : {{count}} jours de statistiques du compte.",
    skipped_one: "{{count}} enregistrement illisible :",
    skipped_other: "{{count}} enregistrements illisibles :",
    skippedMore: "… et {{count}} de plus.",
    skipLine: "{{at}} : {{reason}}",
    nextStep: "Lancez `/afterchat stats {{number}}` pour voir le rapport.",
    allIgnored_one:
      "La seule publication de ce fichier n'est pas une publication de #{{hashtag}} entre {{since}} et {{until}} (UTC). Si le chat a eu lieu à un autre moment, créez son édition avec `/afterchat edition new <sujet> at <date>` puis réimportez avec son numéro.",
    allIgnored_other:
      "Aucune des {{count}} publications de ce fichier n'est une publication de #{{hashtag}} entre {{since}} et {{until}} (UTC). Si le chat a eu lieu à un autre moment, créez son édition avec `/afterchat edition new <sujet> at <date>` puis réimportez avec son numéro.",
    editionCreated:
      "Aucune édition de #{{hashtag}} n'avait encore commencé : j'ai créé l'édition {{number}} du {{date}} pour ce chat.",
    notStarted:
      "L'édition {{number}} de #{{hashtag}} commence {{when}} : rien à présenter pour l'instant. Pour un chat tenu avant, importez son fichier avec `/afterchat import`.",
    at: {
      line: "ligne {{n}}",
      row: "rangée {{n}}",
      entry: "entrée {{n}}",
      page: "page {{n}}",
    },
    skip: {
      invalid_json: "JSON invalide",
      truncated: "coupé (fichier incomplet)",
      api_error: "signalé par l'API X",
      missing_field: "information manquante",
      bad_value: "valeur illisible",
      not_a_post: "pas une publication",
      withheld: "auteur masqué par X",
    },
    value: {
      fieldOf: "{{field}} de {{of}}",
      expectedGot: "{{field}} : attendu {{expected}}, trouvé « {{got}} »",
      expected: "{{field}} : attendu {{expected}}",
    },
    expected: {
      iso_time: "une date et heure ISO comme 2026-12-03T18:00:00Z",
      twitter_time: "une date comme Thu Dec 03 18:00:00 +0000 2026",
      analytics_time: "une heure comme 2026-12-03 18:00 +0000",
      day: "un jour comme 2026-12-03 ou Thu, Dec 3, 2026",
      count: "un nombre entier positif ou nul (au plus 9 007 199 254 740 991)",
      post_id: "un identifiant de publication fait de chiffres seulement, comme 1866543210987654321",
      no_nul: "un texte sans le caractère NUL (U+0000), que la base de données ne peut pas enregistrer",
    },
    formats: {
      "twarc2-jsonl": "une archive twarc2 de pages de l'API X v2 (JSONL)",
      "x-api-json":
        "une réponse de l'API X enregistrée en JSON (v2 ou v1.1, indentée ou non, JSON de tweepy compris)",
      "x-analytics-tweets-csv":
        "un export X analytics par publication (CSV : tweet activity, ou account_analytics_content depuis 2024)",
      "x-analytics-daily-csv":
        "une vue quotidienne X analytics (CSV : daily tweet activity, ou account_overview_analytics depuis 2024)",
      "tweets-js": "une archive Twitter/X tweets.js",
      "bluesky-json":
        "une réponse Bluesky enregistrée en JSON (searchPosts, getAuthorFeed, getTimeline, getPostThread, getQuotes)",
      "mastodon-json": "des statuts Mastodon enregistrés en JSON (le tableau d'un fil ou un statut)",
      list: "$t(stats.formats.twarc2-jsonl) ; $t(stats.formats.x-api-json) ; $t(stats.formats.x-analytics-tweets-csv) ; $t(stats.formats.x-analytics-daily-csv) ; $t(stats.formats.tweets-js) ; $t(stats.formats.bluesky-json) ; $t(stats.formats.mastodon-json)",
    },
  },
});
