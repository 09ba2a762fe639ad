/**
 * Runs one handler the way the dispatcher does (the same actor resolution, series and target
 * checks, access check, linked-access audit: src/app/perform.ts) but lets its failure through,
 * so a use-case test can assert the expected error's code instead of the sentence it becomes.
 * Tests of what the user reads go through the dispatcher (test/app/world.ts).
 */
import { ActorDirectory } from "../../src/app/actors.js";
import { type Handler, plainHandler, type Scope } from "../../src/app/handler.js";
import { perform } from "../../src/app/perform.js";
import type { Services } from "../../src/app/services.js";
import type { Caller, Responder } from "../../src/edge.js";

export async function invoke<I>(
  handler: Handler<I>,
  services: Services,
  caller: Caller,
  input: I,
  responder: Responder,
): Promise<void> {
  const actor = await new ActorDirectory(services.store, { cacheMs: 0 }).resolve(caller);
  await perform(services, actor, handler, input, responder, { kind: "command", name: "test" });
}

/** A handler anyone may use, about no series, standing for a use case in tests of the edge. */
export function anyone<I>(
  run: (responder: Responder, input: I, scope: Scope) => Promise<unknown>,
): Handler<I> {
  return plainHandler({
    access: "anyone",
    run: async (scope, input, responder) => void (await run(responder, input, scope)),
  });
}
