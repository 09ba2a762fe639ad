/**
 * Column names of the X (Twitter) analytics exports, by canonical (English) key, with their localised
 * spellings as normalised by `normaliseHeader`.
 *
 * English: as in the real exports (rOpenSci per-tweet files, LisaDeBruine daily files).
 * French: "Identifiant du Tweet", "Permalien du Tweet", "Texte du Tweet", "heure", "impressions",
 * "engagements", "Retweets", "réponses", "J'aime" are the column names a public R script reads from
 * French per-tweet exports (data-bzh analysis of its own account). The other French spellings below
 * ("taux d'engagement", "Tweets publiés", the click columns) are ASSUMED from X's French UI wording and not
 * checked against a real file: a wrong guess only moves that column into `extra` under its own name.
 *
 * Since 2024 X exports `account_analytics_content_<from>_<to>.csv` ("Post id", "Date", "Post text",
 * "Post Link", "Impressions", "Likes", "Engagements", "Bookmarks", "Shares", "New follows", "Replies",
 * "Reposts", ...: a day in `Date`, the time only in the id) and `account_overview_analytics.csv` ("Date",
 * "Impressions", "Likes", "Engagements", "Bookmarks", "Shares", "New follows", "Unfollows", "Replies",
 * "Reposts", "Profile visits", "Create Post", "Video views", "Media views"). Their French spellings are
 * ASSUMED from X's French UI ("post", "republications", "signets", "partages").
 */
export const TWEET_COLUMNS = {
  id: ["tweet id", "identifiant du tweet", "id du tweet", "post id", "id du post", "identifiant du post"],
  permalink: [
    "tweet permalink",
    "permalien du tweet",
    "lien permanent du tweet",
    "post link",
    "lien du post",
  ],
  text: ["tweet text", "texte du tweet", "post text", "texte du post"],
  time: ["time", "heure"],
  /** The 2024 export: a day only ("Sat, Sep 13, 2026"); the time comes from the id. */
  date: ["date"],
  impressions: ["impressions"],
  engagements: ["engagements"],
  retweets: ["retweets", "reposts", "republications"],
  replies: ["replies", "reponses"],
  likes: ["likes", "j'aime"],
  bookmarks: ["bookmarks", "signets"],
  shares: ["shares", "partages"],
} as const;

export const DAILY_COLUMNS = {
  date: ["date"],
  published: ["tweets published", "tweets publies", "create post", "creer un post"],
  impressions: ["impressions"],
  engagements: ["engagements"],
  retweets: ["retweets", "reposts", "republications"],
  replies: ["replies", "reponses"],
  likes: ["likes", "j'aime"],
} as const;

/** Other columns: canonical English key for known French spellings (assumed, see above). */
const OTHER_COLUMNS: Record<string, string> = {
  "taux d'engagement": "engagement rate",
  "clics sur le profil de l'utilisateur": "user profile clicks",
  "clics sur l'url": "url clicks",
  "clics sur le hashtag": "hashtag clicks",
  "developpements des details": "detail expands",
  "clics sur le permalien": "permalink clicks",
  "ouvertures de l'application": "app opens",
  "installations de l'application": "app installs",
  abonnements: "follows",
  "new follows": "follows",
  "nouveaux abonnements": "follows",
  desabonnements: "unfollows",
  "envoyer le tweet par e-mail": "email tweet",
  "appeler le numero": "dial phone",
  "vues du media": "media views",
  "engagements avec le media": "media engagements",
};

/** Lower case, accents and typographic apostrophes folded, spaces collapsed: "Réponses" -> "reponses". */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Canonical key of a column that is not one of the main ones (used for DailyMetrics.extra). */
export function canonicalOther(header: string): string {
  const normal = normaliseHeader(header);
  return OTHER_COLUMNS[normal] ?? normal;
}

export type ColumnSpec = Readonly<Record<string, readonly string[]>>;

/** Column index of each key of `spec` found in the header (first match wins). */
export function mapColumns<S extends ColumnSpec>(
  header: readonly string[],
  spec: S,
): Partial<Record<keyof S, number>> {
  const map: Partial<Record<keyof S, number>> = {};
  header.forEach((name, index) => {
    const normal = normaliseHeader(name);
    for (const key of Object.keys(spec) as (keyof S)[]) {
      if (map[key] === undefined && spec[key]?.includes(normal)) map[key] = index;
    }
  });
  return map;
}

export function hasColumns<S extends ColumnSpec>(
  map: Partial<Record<keyof S, number>>,
  keys: readonly (keyof S)[],
): boolean {
  return keys.every((key) => map[key] !== undefined);
}

/** Besides these, a per-post export has `time` (until 2023) or `Date` (since 2024). */
export const TWEET_REQUIRED = ["id", "permalink", "text", "impressions"] as const;
export const DAILY_REQUIRED = ["date", "published", "impressions"] as const;
