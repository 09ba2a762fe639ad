/** Opens a fresh store of the target before each test and closes it after. */
import { afterEach, beforeEach } from "vitest";
import type { Store } from "../../src/ports.js";
import type { Database } from "../../src/store/database.js";
import type { OpenStore, StoreTarget } from "../support/db.js";

export interface StoreHandle {
  readonly store: Store;
  readonly database: Database | undefined;
}

export function useStore(target: StoreTarget): StoreHandle {
  let current: OpenStore | undefined;
  beforeEach(async () => {
    current = await target.open();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get store() {
      if (!current) throw new Error("the store is open only inside a test");
      return current.store;
    },
    get database() {
      return current?.database;
    },
  };
}
