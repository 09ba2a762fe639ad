/** Reading what Slack would show: texts and interactive elements of rendered Block Kit. */
type Json = Record<string, unknown>;

export interface Element extends Record<string, unknown> {
  type: string;
  action_id: string;
  value?: string;
  text?: { text: string };
}

/** Every interactive element (buttons, selects) in blocks, accessories included. */
export function elementsOf(blocks: unknown): Element[] {
  if (!Array.isArray(blocks)) return [];
  return (blocks as Json[]).flatMap((b) => {
    const list = Array.isArray(b.elements) ? (b.elements as Json[]) : [];
    const accessory = b.accessory ? [b.accessory as Json] : [];
    return [...list, ...accessory].filter((e) => typeof e.action_id === "string") as unknown as Element[];
  });
}

/** Everything a reader sees in a message or response body: its text and its blocks' texts. */
export function shown(body: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === "string") return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === "object") {
      const o = node as Json;
      if (typeof o.text === "string") parts.push(o.text);
      for (const [key, value] of Object.entries(o))
        if (key !== "text" || typeof value !== "string") walk(value);
    }
  };
  walk(body);
  return parts.join("\n");
}

/** The first element whose action_id starts with `action` (and whose label or value matches). */
export function findElement(
  blocks: unknown,
  action: string,
  match: (e: Element) => boolean = () => true,
): Element {
  const found = elementsOf(blocks).find((e) => e.action_id.split(":")[0] === action && match(e));
  if (!found) throw new Error(`no ${action} element in ${JSON.stringify(blocks)}`);
  return found;
}
