/** What users read of an edition's report: the Markdown file, the chat message, the one-line summary. */
export { type Format, formatFor, knownTimeZone } from "./format.js";
export { type MarkdownOptions, reportMarkdown } from "./markdown.js";
export { type MessageOptions, reportMessage } from "./message.js";
export { reportSummaryText } from "./summary.js";
export { TRUNCATED_MARK, unansweredValue } from "./unanswered-value.js";
