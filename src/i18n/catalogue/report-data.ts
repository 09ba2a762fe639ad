import { area } from "../define.js";

/**
 * Report lines about what the data carries beyond the chat's posts: the account's daily overview, bookmarks
 * and shares (X analytics since 2024), hosts who wrote nothing in the data.
 */
export const reportData = area({
  en: {
    account: {
      title: "Account (X analytics daily overview)",
      intro:
        "The whole account's figures on the chat's days ({{from}} to {{to}}): every post of those days, not only the chat's.",
      column: {
        date: "Day",
        posts: "Posts published",
        impressions: "Impressions",
        engagements: "Engagements",
        follows: "New follows",
      },
      total: "Total",
      rate: "Engagement rate of the account on those days, as X counts it (engagements / impressions): {{rate}}",
      summary:
        "Account on the chat's days ({{from}} to {{to}}): {{impressions}} impressions, {{engagements}} engagements, {{follows}} new follows.",
      summaryNoFollows:
        "Account on the chat's days ({{from}} to {{to}}): {{impressions}} impressions, {{engagements}} engagements.",
    },
    bookmarks: "Bookmarks: {{n}} (not part of total engagement)",
    shares: "Shares: {{n}} (not part of total engagement)",
    bookmarksShares: "Bookmarks: {{bookmarks}} · Shares: {{shares}}",
    hostWithoutPosts_one: "Host {{hosts}} wrote no post in this data: check the spelling of the handle.",
    hostWithoutPosts_other: "Hosts {{hosts}} wrote no post in this data: check the spelling of the handles.",
  },
  fr: {
    account: {
      title: "Compte (vue quotidienne X analytics)",
      intro:
        "Les chiffres du compte entier les jours du chat (du {{from}} au {{to}}) : toutes les publications de ces jours, pas seulement celles du chat.",
      column: {
        date: "Jour",
        posts: "Publications",
        impressions: "Impressions",
        engagements: "Interactions",
        follows: "Nouveaux abonnés",
      },
      total: "Total",
      rate: "Taux d'engagement du compte ces jours-là, tel que X le compte (engagements / impressions) : {{rate}}",
      summary:
        "Compte les jours du chat (du {{from}} au {{to}}) : {{impressions}} impressions, {{engagements}} interactions, {{follows}} nouveaux abonnés.",
      summaryNoFollows:
        "Compte les jours du chat (du {{from}} au {{to}}) : {{impressions}} impressions, {{engagements}} interactions.",
    },
    bookmarks: "Signets : {{n}} (hors du total des interactions)",
    shares: "Partages : {{n}} (hors du total des interactions)",
    bookmarksShares: "Signets : {{bookmarks}} · Partages : {{shares}}",
    hostWithoutPosts_one:
      "L'animateur {{hosts}} n'a écrit aucune publication dans ces données : vérifiez l'orthographe du compte.",
    hostWithoutPosts_other:
      "Les animateurs {{hosts}} n'ont écrit aucune publication dans ces données : vérifiez l'orthographe des comptes.",
  },
});
