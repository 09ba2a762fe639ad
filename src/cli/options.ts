/**
 * Which options each command takes. An option a command does not use is refused (as git and gh
 * do) rather than silently ignored: `import --since` would otherwise look like a filter.
 */
export const OPTIONS = {
  hashtag: { type: "string" },
  host: { type: "string", multiple: true },
  since: { type: "string" },
  until: { type: "string" },
  json: { type: "boolean" },
  md: { type: "boolean" },
  out: { type: "string" },
  lang: { type: "string" },
  tz: { type: "string" },
  owner: { type: "string" },
  instance: { type: "string" },
  edition: { type: "string" },
  workspace: { type: "string" },
  title: { type: "string" },
  schedule: { type: "string" },
  networks: { type: "string" },
  at: { type: "string" },
  topic: { type: "string" },
  "opt-out": { type: "string", multiple: true },
  embeds: { type: "string" },
  threads: { type: "string" },
  sep: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

export type OptionName = keyof typeof OPTIONS;

/** Every command takes these. */
const EVERYWHERE: readonly OptionName[] = ["lang", "help", "version"];

const OUTPUT: readonly OptionName[] = ["json", "md", "out", "tz"];

export const COMMAND_OPTIONS: Record<string, readonly OptionName[]> = {
  help: [],
  report: ["hashtag", "host", "since", "until", "owner", "instance", "threads", ...OUTPUT],
  pull: ["hashtag", "host", "since", "until", "instance", ...OUTPUT],
  import: ["hashtag", "edition", "workspace", "owner"],
  export: ["hashtag", "edition", "workspace", "out", "sep"],
  series: ["title", "host", "schedule", "networks", "workspace"],
  edition: ["hashtag", "workspace", "at", "topic"],
  migrate: [],
  content: [
    "hashtag",
    "host",
    "since",
    "until",
    "owner",
    "instance",
    "out",
    "tz",
    "opt-out",
    "embeds",
    "title",
    "topic",
  ],
};

export const COMMANDS = Object.keys(COMMAND_OPTIONS);

export function optionsOf(command: string): readonly OptionName[] {
  return [...EVERYWHERE, ...(COMMAND_OPTIONS[command] ?? [])];
}

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  return d[a.length]![b.length]!;
}

/** The closest of `candidates` to `word` when it is close enough to be a typo, else null. */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: { name: string; d: number } | null = null;
  for (const name of candidates) {
    const d = name.startsWith(word) && word.length >= 2 ? 0.5 : distance(word, name);
    if (!best || d < best.d) best = { name, d };
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  return best && best.d <= allowed ? best.name : null;
}
