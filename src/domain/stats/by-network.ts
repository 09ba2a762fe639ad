import { NETWORKS, type Network } from "../post.js";

/**
 * One map per network, keyed by the network's own id or handle. Saves building a "network:id" string for
 * every post (an allocation, a copy and a fresh hash each time), which large imports felt.
 */
export type ByNetwork<T> = Record<Network, Map<string, T>>;

export function byNetwork<T>(): ByNetwork<T> {
  return Object.fromEntries(NETWORKS.map((network) => [network, new Map<string, T>()])) as ByNetwork<T>;
}

/** Every entry of every network, in network order. */
export function* entriesByNetwork<T>(maps: ByNetwork<T>): Iterable<[Network, string, T]> {
  for (const network of NETWORKS) for (const [key, value] of maps[network]) yield [network, key, value];
}
