/**
 * `/afterchat compare` as a chat message: the basis (last edition of each, or averages over N), a line per
 * side that has no data yet, one field per figure with both sides and their difference, the chart, and the
 * people both chats share, by name and handle as plain text: never a mention, nobody is pinged.
 */
import type { ChatFigures, Comparison, SharedParticipant } from "../../domain/compare.js";
import type { Locale } from "../../i18n/index.js";
import { editionDate } from "../edition-date.js";
import { networkName } from "../import-summary.js";
import { type Block, type Message, message, type OutboundFile } from "../message.js";
import { type RenderContext, renderContext } from "../report/context.js";
import { HEADER_CHARS, SECTION_CHARS } from "../report/limits.js";
import { fitLines } from "../report/lists.js";
import { chatText } from "../report/text.js";
import { COMPARED_FIGURES, type ComparedFigure, figureText, formatFigure } from "./figures.js";

export interface ComparisonView {
  /** Our chat's hashtag, without `#`. */
  ours: string;
  theirs: string;
  /** Editions asked for per side (1: the last edition of each). */
  last: number;
  comparison: Comparison;
}

export interface CompareRenderOptions {
  locale: Locale;
  /** Zone the editions' dates are written in (our series'). */
  timeZone: string;
  /** The chart (compare.png), from src/render/charts; shown under the figures. */
  charts?: OutboundFile[];
}

const NAME_MAX = 40;

export function comparisonMessage(view: ComparisonView, options: CompareRenderOptions): Message {
  const ctx = renderContext({ window: null }, options.locale, options.timeZone);
  const { t } = ctx;
  const { ours, theirs, comparison } = view;
  const header = t("compare.header", { ours, theirs }).slice(0, HEADER_CHARS);
  const blocks: Block[] = [{ type: "header", text: header }];
  const basis = basisLine(view, options);
  if (basis !== null) blocks.push({ type: "context", text: basis });
  const missing = [
    comparison.ours.editions === 0 ? t("compare.noData.ours", { hashtag: ours }) : null,
    comparison.theirs.editions === 0 ? t("compare.noData.theirs", { hashtag: theirs }) : null,
  ].filter((line): line is string => line !== null);
  if (missing.length > 0) blocks.push({ type: "section", text: missing.map((l) => `⚠️ ${l}`).join("\n") });
  blocks.push({ type: "fields", fields: COMPARED_FIGURES.map((figure) => figureField(view, figure, ctx)) });
  const partial = reachNotes(view, ctx);
  if (partial.length > 0) blocks.push({ type: "context", text: partial.join("\n") });
  const chart = options.charts?.[0];
  if (chart) blocks.push({ type: "image", file: chart.name, alt: t("compare.chart.alt", { ours, theirs }) });
  blocks.push(sharedBlock(view, ctx));
  const text = [header, ...missing].join("\n");
  return message(text, blocks, options.charts?.length ? options.charts : undefined);
}

/** "Last edition of each: ... on Tue 8 Dec" or "Averages over the last 3 editions: ..."; null with no data. */
function basisLine(view: ComparisonView, options: CompareRenderOptions): string | null {
  const { ours, theirs, comparison } = view;
  const { t } = renderContext({ window: null }, options.locale, options.timeZone);
  if (comparison.ours.editions === 0 && comparison.theirs.editions === 0) return null;
  if (view.last > 1)
    return t("compare.basis.average", {
      ours,
      theirs,
      last: view.last,
      oursCount: comparison.ours.editions,
      theirsCount: comparison.theirs.editions,
    });
  const date = (figures: ChatFigures) =>
    figures.latest === null
      ? t("compare.unknown.noData")
      : editionDate(figures.latest, options.timeZone, options.locale);
  return t("compare.basis.last", {
    ours,
    theirs,
    oursDate: date(comparison.ours),
    theirsDate: date(comparison.theirs),
  });
}

function figureField(view: ComparisonView, figure: ComparedFigure, ctx: RenderContext) {
  const { t, fmt } = ctx;
  const { ours, theirs } = view.comparison;
  const lines = [
    t("compare.side", { hashtag: view.ours, value: figureText(ours, figure, ctx) }),
    t("compare.side", { hashtag: view.theirs, value: figureText(theirs, figure, ctx) }),
  ];
  const a = ours[figure];
  const b = theirs[figure];
  if (a !== null && b !== null && a !== b) {
    // Theirs against ours: "+12 (+8.5%)"; the percentage only when ours is not 0.
    const change = formatFigure(Math.abs(b - a), figure, fmt);
    const sign = b > a ? "+" : "\u2212";
    const pct = a === 0 ? "" : ` (${sign}${fmt.percent(Math.abs(b - a) / a)})`;
    lines.push(t("compare.difference", { change: `${sign}${change}${pct}` }));
  }
  const perEdition = view.last > 1 && (figure === "posts" || figure === "contributors" || figure === "reach");
  const label = t(`compare.figure.${figure}`);
  return { label: perEdition ? `${label} (${t("compare.perEdition")})` : label, value: lines.join("\n") };
}

/** Averages whose reach came from only some of the editions say so. */
function reachNotes(view: ComparisonView, { t }: RenderContext): string[] {
  const sides = [
    [view.ours, view.comparison.ours],
    [view.theirs, view.comparison.theirs],
  ] as const;
  return sides
    .filter(([, f]) => f.reachEditions > 0 && f.reachEditions < f.editions)
    .map(([hashtag, f]) => t("compare.reachPartial", { hashtag, count: f.reachEditions }));
}

function sharedBlock(view: ComparisonView, ctx: RenderContext): Block {
  const { t, fmt } = ctx;
  const { shared } = view.comparison;
  if (shared.length === 0) return { type: "section", text: t("compare.shared.none") };
  const head = `**${t("compare.shared.header", { count: fmt.count(shared.length) })}**`;
  const lines = shared.map((person) =>
    t("compare.shared.line", {
      who: personLabel(person),
      ours: fmt.count(person.oursPosts),
      theirs: fmt.count(person.theirsPosts),
      oursTag: view.ours,
      theirsTag: view.theirs,
    }),
  );
  const note = t("compare.shared.matching");
  const body = fitLines(lines, SECTION_CHARS - head.length - note.length - 4, ctx);
  return { type: "section", text: [head, ...body.map((l) => `• ${l}`), `_${note}_`].join("\n") };
}

/** "Ana Lopez (ana, X)" or "ana (X)": a name and a handle as text, never a mention. */
export function personLabel(person: Pick<SharedParticipant, "name" | "handle" | "network">): string {
  const handle = chatText(person.handle, NAME_MAX);
  const network = networkName(person.network);
  return person.name
    ? `${chatText(person.name, NAME_MAX)} (${handle}, ${network})`
    : `${handle} (${network})`;
}
