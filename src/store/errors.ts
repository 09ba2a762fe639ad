/**
 * The expected failures a repository reports, the same from every Store implementation.
 * Codes only: the adapters turn them into translated sentences.
 */
import { AfterchatError } from "../errors.js";

export const storeErrors = {
  workspace: (id: string) => new AfterchatError("not_found", { what: "workspace", id }),
  importRun: (id: string) => new AfterchatError("not_found", { what: "import", id }),
  series: (id: string) => new AfterchatError("series_not_found", { id }),
  seriesExists: (hashtag: string) => new AfterchatError("series_exists", { hashtag, channel: "" }),
  edition: (id: string) => new AfterchatError("edition_not_found", { id, number: "", hashtag: "" }),
  /** A second edition with the same number in one series (two creations raced for nextNumber). */
  editionExists: (number: number) => new AfterchatError("edition_exists", { number }),
  note: (id: string) => new AfterchatError("note_not_found", { id }),
  poll: (id: string) => new AfterchatError("poll_not_found", { id }),
  watch: (id: string) => new AfterchatError("watch_not_found", { id, hashtag: "" }),
  watchEdition: (id: string) => new AfterchatError("not_found", { what: "watched edition", id }),
  task: (id: string) => new AfterchatError("task_not_found", { id }),
  voteValue: (value: unknown) =>
    new AfterchatError("input_invalid", { detail: "vote_value", value: String(value) }),
  /** A request key is unique across workspaces: another workspace holding it is refused. */
  requestKeyTaken: () => new AfterchatError("forbidden", { detail: "request_key" }),
};
