/** A command line that could not be read names the sub-command as the reader types it. */
import { describe, expect, it } from "vitest";
import { problemMessage } from "../../../src/app/commands/problem.js";
import { translator } from "../../../src/i18n/index.js";

describe("problemMessage", () => {
  it.each([
    ["en", "slack", "`/afterchat task`"],
    ["fr", "slack", "`/afterchat tâche`"],
    ["fr", "discord", "`/afterchat tâche"],
  ] as const)(
    "GIVEN %s on %s WHEN a task has no title THEN the sentence names %s",
    (locale, platform, named) => {
      const { t } = translator(locale, platform);
      const text = problemMessage(t, { key: "missing", command: "task", detail: "title" }, platform).text;
      const first = text.split("\n")[0]!;
      expect(first).toContain(named);
      if (locale === "fr") expect(first).not.toContain("`/afterchat task`");
    },
  );
});
