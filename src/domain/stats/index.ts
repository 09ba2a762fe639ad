/** The stats engine: pure functions from posts and a context to a Report. See docs/metrics.md. */
export {
  type AccumulatorOptions,
  computeReport,
  createStatsAccumulator,
  mergeInto,
  mergeStates,
  type StatsAccumulator,
  type StatsState,
} from "./accumulator.js";
export { answerNumbers } from "./answers.js";
export { authorKey } from "./authors.js";
export { DEFAULT_TOP_N } from "./context.js";
export { headlineOf, trendOf } from "./headline.js";
export { questionNumber } from "./questions.js";
export type * from "./report.js";
