/**
 * The configuration each command reads (src/config.ts validates only these): `help` and `report`
 * need none but the language, `pull` the networks' access, the database commands the database.
 */
const LOCALE = ["DEFAULT_LOCALE"];
const NETWORKS = [
  "X_BEARER_TOKEN",
  "X_API_URL",
  "BLUESKY_API_URL",
  "BLUESKY_ACCESS_TOKEN",
  "BLUESKY_HANDLE",
  "BLUESKY_APP_PASSWORD",
  "BLUESKY_PDS_URL",
  "MASTODON_ACCESS_TOKEN",
];
const DATABASE = ["DATABASE_URL", "LOG_LEVEL", "IMPORT_MAX_MB"];

const SCOPES: Record<string, readonly string[]> = {
  help: LOCALE,
  version: LOCALE,
  report: LOCALE,
  pull: [...LOCALE, ...NETWORKS],
  import: [...LOCALE, ...DATABASE],
  export: [...LOCALE, ...DATABASE],
  series: [...LOCALE, ...DATABASE],
  edition: [...LOCALE, ...DATABASE],
  migrate: [...LOCALE, ...DATABASE],
  compare: [...LOCALE, ...DATABASE],
};

export function configScope(command: string): readonly string[] {
  return SCOPES[command] ?? LOCALE;
}
