/** Every way a task is made (by hand, the playbook, a follow-up, a copied question) goes through here. */
import type { NewTask, Task } from "../../domain/task.js";
import type { Store } from "../../ports.js";
import type { Services } from "../services.js";
import { scheduleTaskReminders } from "./reminders.js";

/**
 * Creates the task inside the caller's transaction `tx`: once (a retried request finds the one made), and
 * only then audited as `task.create` with `detail` and given its reminders (none without a due date).
 */
export async function makeTask(
  services: Services,
  tx: Store,
  input: NewTask,
  detail: Record<string, unknown>,
): Promise<{ task: Task; created: boolean }> {
  const made = await tx.tasks.create(input);
  if (made.created) {
    await tx.audit.append({
      workspaceId: input.workspaceId,
      actorRef: input.createdBy,
      action: "task.create",
      subjectType: "task",
      subjectId: made.task.id,
      detail,
    });
    await scheduleTaskReminders(services, made.task, tx);
  }
  return made;
}
