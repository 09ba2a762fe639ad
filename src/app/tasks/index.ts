/**
 * The tasks area for the dispatcher: tasks, playbook, roster and exports, and the buttons on
 * tasks and on unanswered questions. The scheduler calls reviewPreviousTasks (review.ts) and the
 * reminder functions (reminders.ts) directly.
 */
import type { Registry } from "../handler.js";
import { createTask } from "./create-task.js";
import { exportCsv } from "./export/index.js";
import { assignUnanswered, taskFromAfterParty } from "./follow-up.js";
import { listTasks } from "./list-tasks.js";
import { showRoster } from "./roster.js";
import { runPlaybook } from "./run-playbook.js";
import { dropTask, markTaskDone, pickTaskOwner, reassignTask, reopenTask } from "./task-actions.js";

export const tasksRegistry: Registry = {
  commands: {
    task: createTask,
    tasks: listTasks,
    playbook: runPlaybook,
    roster: showRoster,
    export: exportCsv,
  },
  actions: {
    "task.done": markTaskDone,
    "task.reopen": reopenTask,
    "task.drop": dropTask,
    "task.reassign": reassignTask,
    "task.pick": pickTaskOwner,
    "unanswered.assign": assignUnanswered,
    "afterparty.task": taskFromAfterParty,
  },
};

export {
  dueTaskReminders,
  runTaskReminder,
  runTaskReminderJob,
  scheduleTaskReminders,
  TASK_REMINDER_JOB,
} from "./reminders.js";
export { reviewPreviousTasks } from "./review.js";
