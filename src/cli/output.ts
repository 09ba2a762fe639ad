/** Writes a report: JSON or Markdown on stdout (readable text on a terminal), and with --out the files (report.json, report.md, PNG charts). */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Report } from "../domain/stats/index.js";
import type { OutboundFile } from "../render/message.js";
import type { OutputOptions } from "./args.js";
import { makeFolder } from "./paths.js";
import { plainText } from "./terminal-text.js";

/**
 * A terminal shows the Markdown as text to read (no `\#kpop`, `@1\_3loona` escapes); piped or
 * written with --out, it stays valid Markdown.
 */
function onTerminal(stream: NodeJS.WritableStream): boolean {
  return (stream as Partial<NodeJS.WriteStream>).isTTY === true;
}

export interface ReportRenderers {
  markdown(report: Report, options: { locale: OutputOptions["locale"]; timeZone: string }): Promise<string>;
  charts(
    report: Report,
    options: { locale: OutputOptions["locale"]; timeZone: string },
  ): Promise<OutboundFile[]>;
}

/** Returns the paths written (for the summary on stderr). */
export async function writeReport(
  report: Report,
  output: OutputOptions,
  renderers: ReportRenderers,
  stdout: NodeJS.WritableStream,
): Promise<string[]> {
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const options = { locale: output.locale, timeZone: output.timeZone };
  const markdown = output.format === "md" || output.out ? await renderers.markdown(report, options) : "";
  stdout.write(output.format === "json" ? json : onTerminal(stdout) ? plainText(markdown) : markdown);
  if (!output.out) return [];
  await makeFolder(output.out);
  const written = [join(output.out, "report.json"), join(output.out, "report.md")];
  await writeFile(written[0]!, json);
  await writeFile(written[1]!, markdown);
  for (const chart of await renderers.charts(report, options)) {
    const path = join(output.out, chart.name);
    await writeFile(path, chart.bytes);
    written.push(path);
  }
  return written;
}
