/**
 * The chart renderers, loaded on first use: Vega, vega-lite and resvg are the largest modules the bot has,
 * and the first chart comes long after start-up (`npm run bench`: time to readyz).
 */
import type * as Charts from "./index.js";

const charts = () => import("./index.js");

export const reportCharts: typeof Charts.reportCharts = async (...args) =>
  (await charts()).reportCharts(...args);

export const pollChart: typeof Charts.pollChart = async (...args) => (await charts()).pollChart(...args);

export const compareChart: typeof Charts.compareChart = async (...args) =>
  (await charts()).compareChart(...args);
