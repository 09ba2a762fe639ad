/**
 * Why a file was not recognised, in words that name it: empty, not text, or text in no format
 * afterchat reads (its first line shown, cut). Read from the first bytes only.
 */
import { open } from "node:fs/promises";
import { basename } from "node:path";
import type { Translator } from "../i18n/index.js";

const HEAD = 4096;

export async function whyUnrecognised(path: string, t: Translator): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(HEAD);
    const { bytesRead } = await handle.read(buffer, 0, HEAD, 0);
    const head = buffer.subarray(0, bytesRead);
    const file = basename(path);
    if (bytesRead === 0 || head.toString("utf8").trim() === "")
      return t.t("cli.notRecognised.empty", { file });
    const text = new TextDecoder("utf-8", { fatal: false }).decode(head);
    const replaced = (text.match(/\uFFFD/g) ?? []).length;
    if (head.includes(0) || replaced > bytesRead / 20) return t.t("cli.notRecognised.binary", { file });
    const first = (text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "").slice(0, 60);
    return t.t("cli.notRecognised.unknown", { file, first });
  } finally {
    await handle.close();
  }
}
