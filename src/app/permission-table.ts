/**
 * Who may do what, one row per sub-command (or variant) and button. `/afterchat help` and the
 * README show this table; the dispatcher enforces the access each handler declares (handler.ts,
 * access.ts), and test/trust/permissions.test.ts runs every row for every kind of person to check
 * that what is enforced is what this table says.
 */
import type { Access } from "./handler.js";

export const PERMISSION_ROWS = [
  { id: "help", access: "anyone" },
  { id: "setupNew", access: "creator" },
  { id: "setupEdit", access: "moderator" },
  { id: "creators", access: "admin" },
  { id: "teamList", access: "member" },
  { id: "teamChange", access: "moderator" },
  { id: "linkMake", access: "moderator" },
  { id: "linkRedeem", access: "admin" },
  { id: "languageChat", access: "moderator" },
  { id: "languageWorkspace", access: "admin" },
  { id: "stats", access: "reader" },
  { id: "import", access: "member" },
  { id: "note", access: "member" },
  { id: "noteChange", access: "noteAuthor" },
  { id: "notes", access: "member" },
  { id: "poll", access: "moderator" },
  { id: "pollVote", access: "member" },
  { id: "pollClose", access: "moderator" },
  { id: "export", access: "moderator" },
  { id: "exportTasks", access: "member" },
  { id: "roster", access: "member" },
  { id: "task", access: "member" },
  { id: "taskOutside", access: "moderator" },
  { id: "tasksMine", access: "anyone" },
  { id: "tasksAll", access: "member" },
  { id: "taskChange", access: "taskOwner" },
  { id: "taskDrop", access: "taskCreator" },
  { id: "followUp", access: "member" },
  { id: "playbook", access: "moderator" },
  { id: "edition", access: "moderator" },
  { id: "content", access: "member" },
  { id: "contentConsent", access: "moderator" },
  { id: "compare", access: "reader" },
  { id: "compareCopy", access: "moderator" },
  { id: "watchList", access: "member" },
  { id: "watchAdd", access: "member" },
  { id: "watchRemove", access: "moderator" },
] as const satisfies ReadonlyArray<{ id: string; access: Access }>;

export type PermissionRowId = (typeof PERMISSION_ROWS)[number]["id"];
