/** Neutral messages and forms to Discord payloads (embeds, components, files, modals). */
export { renderForm } from "./form.js";
export {
  createOptions,
  type DiscordPage,
  pageIndexOf,
  type Rendered,
  type RenderOptions,
  renderMessage,
} from "./pages.js";
export { toDiscordMarkdown } from "./text.js";
