/** Routes outbound messages to the platform a reference belongs to ("slack:..." / "discord:..."). */
import { platformOf } from "./domain/workspace.js";
import type { ChatPlatform, Platforms } from "./edge.js";

export class PlatformRouter implements Platforms {
  readonly #byName = new Map<string, ChatPlatform>();

  register(platform: ChatPlatform): void {
    this.#byName.set(platform.platform, platform);
  }

  for(ref: string): ChatPlatform | null {
    const name = platformOf(ref);
    return name ? (this.#byName.get(name) ?? null) : null;
  }
}
