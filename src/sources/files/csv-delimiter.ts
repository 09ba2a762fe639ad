/**
 * The separator of a CSV file, read from its header line: a comma (what X writes), a semicolon
 * (French Excel, where the comma is the decimal mark) or a tab ("Text (tab delimited)"). The one
 * that occurs most outside quotes wins; a comma on a tie. csv-parse takes one delimiter per file,
 * and a list of several would split "0,5" in a semicolon file.
 * @see https://csv.js.org/parse/options/delimiter/
 */
export type CsvDelimiter = "," | ";" | "\t";

export function csvDelimiter(headerLine: string): CsvDelimiter {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "," || char === ";" || char === "\t")) counts[char] += 1;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","] && counts["\t"] > counts[";"]) return "\t";
  return ",";
}

/** Whether a first line could be a CSV header (it has a separator). */
export function looksLikeCsvHeader(line: string): boolean {
  return /[,;\t]/.test(line);
}
