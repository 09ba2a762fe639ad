// The bare baseline as a whole process, plain JavaScript (no loader): read a file line by line with readline
// and JSON.parse each line, nothing else. `afterchat report` on the same file is compared with it.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

let posts = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (!line) continue;
  posts += JSON.parse(line).data?.length ?? 0;
}
process.stdout.write(`${posts}\n`);
