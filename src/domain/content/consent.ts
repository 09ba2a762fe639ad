/**
 * Consent to quote people's words (issue 14 point 7). A series keeps an opt-out list (a handle,
 * on one network or all of them, named by a moderator or taken from a "no quote" / "pas de
 * citation" reply to a host) and, when a moderator turns approval on, the state of each quote the
 * bot asked for. Every artefact (recap, cards, story, transcript, script, recycle) reads posts
 * through `quotable`, so an opted-out author's words appear nowhere, and with approval on only
 * approved quotes do.
 */
import { type Network, type Post, postKey } from "../post.js";
import { normaliseHandle } from "../text.js";

export type OptOutSource = "moderator" | "reply";

export interface OptOut {
  /** null: the handle on every network. */
  network: Network | null;
  /** Lower case, without "@". */
  handle: string;
  source: OptOutSource;
}

export type QuoteStatus = "pending" | "approved";

export interface QuoteApproval {
  network: Network;
  externalId: string;
  /** Lower case, without "@". */
  authorHandle: string;
  status: QuoteStatus;
}

export interface ConsentPolicy {
  optOuts: readonly OptOut[];
  /** When true, only approved quotes go into content. */
  approvalRequired: boolean;
  approvals: readonly QuoteApproval[];
}

export const OPEN_CONSENT: ConsentPolicy = { optOuts: [], approvalRequired: false, approvals: [] };

/**
 * "no quote", "no quotes", "pas de citation(s)", any case, accents and curly apostrophes folded,
 * as words (not "no quoted"). Also "don't quote me" / "ne pas me citer", the usual phrasings.
 */
const OPT_OUT_RE =
  /(?<![\p{L}\p{N}])(?:no\s+quotes?|don'?t\s+quote\s+me|pas\s+de\s+citations?|ne\s+pas\s+me\s+citer|ne\s+me\s+citez\s+pas)(?![\p{L}\p{N}])/iu;

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019\u02bc]/gu, "'");
}

/** Whether a post's text asks not to be quoted. */
export function asksNotToBeQuoted(text: string): boolean {
  return OPT_OUT_RE.test(fold(text));
}

/**
 * Opt-outs read from the chat: a post that asks not to be quoted and is addressed to a host (a
 * reply to a host, or mentioning one). Hosts' own posts never opt them out.
 */
export function optOutsFromReplies(posts: Iterable<Post>, hosts: readonly string[]): OptOut[] {
  const hostSet = new Set(hosts.map(normaliseHandle));
  const found = new Map<string, OptOut>();
  for (const post of posts) {
    const author = normaliseHandle(post.authorHandle);
    if (hostSet.has(author) || !asksNotToBeQuoted(post.text)) continue;
    const toHost =
      (post.replyToHandle !== null && hostSet.has(normaliseHandle(post.replyToHandle))) ||
      post.mentions.some((m) => hostSet.has(normaliseHandle(m)));
    if (!toHost) continue;
    found.set(`${post.network}:${author}`, { network: post.network, handle: author, source: "reply" });
  }
  return [...found.values()];
}

/** Whether this author is on the opt-out list (for this network, or for all). */
export function isOptedOut(
  post: Pick<Post, "network" | "authorHandle">,
  optOuts: readonly OptOut[],
): boolean {
  const handle = normaliseHandle(post.authorHandle);
  return optOuts.some((o) => o.handle === handle && (o.network === null || o.network === post.network));
}

/** Whether a post may appear in content: not opted out, and approved when approval is required. */
export function quotable(
  post: Pick<Post, "network" | "externalId" | "authorHandle">,
  policy: ConsentPolicy,
): boolean {
  if (isOptedOut(post, policy.optOuts)) return false;
  if (!policy.approvalRequired) return true;
  const key = postKey(post);
  return policy.approvals.some((a) => a.status === "approved" && postKey(a) === key);
}

/** Merges opt-out lists, one entry per network + handle (a moderator's entry wins over a reply's). */
export function mergeOptOuts(...lists: ReadonlyArray<readonly OptOut[]>): OptOut[] {
  const out = new Map<string, OptOut>();
  for (const list of lists)
    for (const o of list) {
      const key = `${o.network ?? "*"}:${o.handle}`;
      if (!out.has(key) || o.source === "moderator") out.set(key, o);
    }
  return [...out.values()];
}
