/** Downloads a command's attachment from Discord's CDN (its URL needs no token), streamed. */
import { AfterchatError } from "../../src/errors.js";

export async function downloadAttachment(url: string): Promise<AsyncIterable<Uint8Array>> {
  const response = await fetch(url);
  if (!response.ok || !response.body)
    throw new AfterchatError("platform_failed", {
      platform: "Discord",
      detail: `download answered ${response.status}`,
    });
  return response.body as unknown as AsyncIterable<Uint8Array>;
}
