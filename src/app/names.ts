/**
 * People as others know them, for what leaves the chat platform (CSV exports): a stored mention
 * `<@slack:T1:U3>` or a reference `slack:T1:U3` becomes the name the platform shows ("sam"), read
 * once per person. Without a platform that knows the person (the command line, a person who
 * left), the platform's own id stands in ("U3"), never the internal reference.
 */
import type { UserRef } from "../domain/workspace.js";
import type { Platforms } from "../edge.js";

const MENTION = /<@((?:slack|discord|cli):[^<>\s]+)>/gu;

export interface PeopleNames {
  /** The name of one person. */
  of(ref: UserRef): string;
  /** Text with every mention written `@name`. */
  inText(text: string): string;
}

/** Reads the names of everyone `refs` and the mentions in `texts` name, then answers from memory. */
export async function peopleNames(
  platforms: Platforms | null,
  refs: Iterable<UserRef | null>,
  texts: Iterable<string> = [],
): Promise<PeopleNames> {
  const wanted = new Set<UserRef>();
  for (const ref of refs) if (ref) wanted.add(ref);
  for (const text of texts) for (const m of text.matchAll(MENTION)) wanted.add(m[1]!);
  const known = new Map<UserRef, string>();
  for (const ref of wanted) {
    const name = await platforms
      ?.for(ref)
      ?.displayName(ref)
      .catch(() => null);
    known.set(ref, name ?? platformId(ref));
  }
  const of = (ref: UserRef) => known.get(ref) ?? platformId(ref);
  return { of, inText: (text) => text.replace(MENTION, (_m, ref: string) => `@${of(ref)}`) };
}

/** The person's id on their platform, as its own tools show it: "slack:T1:U3" -> "U3". */
export function platformId(ref: UserRef): string {
  return ref.split(":").at(-1) ?? ref;
}
