/**
 * The after-party, platform-free. The scheduler calls, per edition:
 * - openAfterParty at the chat's end (edition.endsAt);
 * - escalateOpenQuestions every few minutes while it runs (until edition.afterPartyEndsAt);
 * - closeAfterParty at edition.afterPartyEndsAt;
 * - ensureNextEditionEvent for an edition's own scheduled event when it is planned (same
 *   once-per-start record as the after-party's, so whichever comes first creates it).
 * The Discord adapter calls recordAfterPartyMessage for messages written in the thread.
 */
export { type CloseOutcome, closeAfterParty } from "./close.js";
export { type EscalateOutcome, escalateOpenQuestions } from "./escalate.js";
export { type Permalinks, permalinkOf } from "./links.js";
export { type NextEdition, nextEdition } from "./next-edition.js";
export { type OpenOutcome, openAfterParty } from "./open.js";
export {
  type AfterPartyMessageInput,
  type RecordOutcome,
  recordAfterPartyMessage,
} from "./record-message.js";
export { afterPartyTaskValue, parseAfterPartyTaskValue } from "./task-value.js";
