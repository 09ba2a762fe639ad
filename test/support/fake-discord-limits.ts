/**
 * What real Discord refuses in a message body (400, code 50035 "Invalid Form Body"), so a test
 * against the fake fails where Discord would: content 2,000; 10 embeds of title 256, description
 * 4,096, 25 fields (name 256, value 1,024), 6,000 characters across them; 5 action rows of 5
 * buttons or one select of 25 options; a modal's 5 labels (45 characters) holding a text input or a
 * select of 25 options.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 * @see https://discord.com/developers/docs/components/reference#action-row
 */
import type { Json } from "./fake-discord-data.js";

const len = (value: unknown) => (typeof value === "string" ? [...value].length : 0);

export function messageLimitProblem(body: Json): string | null {
  if (len(body.content) > 2000) return "content: must be 2000 or fewer in length";
  const embeds = (body.embeds as Json[] | undefined) ?? [];
  if (embeds.length > 10) return "embeds: must be 10 or fewer in length";
  let total = 0;
  for (const embed of embeds) {
    const fields = (embed.fields as Json[] | undefined) ?? [];
    if (len(embed.title) > 256) return "embeds.title: must be 256 or fewer in length";
    if (len(embed.description) > 4096) return "embeds.description: must be 4096 or fewer in length";
    if (fields.length > 25) return "embeds.fields: must be 25 or fewer in length";
    for (const field of fields) {
      if (len(field.name) > 256 || len(field.value) > 1024) return "embeds.fields: field too long";
      total += len(field.name) + len(field.value);
    }
    const author = embed.author as Json | undefined;
    const footer = embed.footer as Json | undefined;
    total += len(embed.title) + len(embed.description) + len(author?.name) + len(footer?.text);
  }
  if (total > 6000) return "embeds: Embed size exceeds maximum size of 6000";
  const rows = (body.components as Json[] | undefined) ?? [];
  if (rows.length > 5) return "components: must be 5 or fewer in length";
  if (len(body.title) > 45) return "title: must be 45 or fewer in length";
  for (const row of rows) {
    if (row.type === 18 && len(row.label) > 45) return "components.label: must be 45 or fewer in length";
    const items = (row.components as Json[] | undefined) ?? (row.component ? [row.component as Json] : []);
    if (items.length > 5) return "components.components: must be 5 or fewer in length";
    for (const item of items) {
      const options = (item.options as Json[] | undefined) ?? [];
      if (options.length > 25) return "components.options: must be 25 or fewer in length";
      if (len(item.label) > 80) return "components.label: must be 80 or fewer in length";
      if (len(item.custom_id) > 100) return "components.custom_id: must be 100 or fewer in length";
    }
  }
  return null;
}
