/**
 * Sends that survive a retry: a platform post cannot join a database transaction, so each send a
 * job makes is checked against a marker first and recorded after (an audit event "job.step" on
 * the job's key). A job run again after a crash or a failure skips what already went out.
 *
 * The one window left: a process killed after the platform accepted the message and before the
 * marker is written sends it again on the retry (at least once, never lost). docs/scheduling.md.
 */
import type { Job } from "../domain/job.js";
import type { Store } from "../ports.js";

export const STEP_DONE = "job.step";

async function doneSteps(store: Store, workspaceId: string, job: Job): Promise<Set<string>> {
  const events = await store.audit.list(workspaceId, { subjectType: "job", subjectId: job.key });
  return new Set(
    events.flatMap((e) =>
      e.action === STEP_DONE && typeof e.detail.step === "string" ? [e.detail.step] : [],
    ),
  );
}

/** Runs `work` unless this job already did `step`; returns whether it ran. */
export async function once(
  store: Store,
  job: Job,
  workspaceId: string,
  step: string,
  work: () => Promise<unknown>,
): Promise<boolean> {
  if ((await doneSteps(store, workspaceId, job)).has(step)) return false;
  await work();
  await store.audit.append({
    workspaceId,
    actorRef: "afterchat",
    action: STEP_DONE,
    subjectType: "job",
    subjectId: job.key,
    detail: { step, kind: job.kind },
  });
  return true;
}
