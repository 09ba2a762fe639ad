/**
 * About how many posts a file (or a byte range of one) holds, as a hint for the stats engine's id tables
 * (createStatsAccumulator's expectedPosts): a twarc2 archive line holds ~650 bytes per tweet with its share of
 * the page's includes (the generated 200k archive: 130 MB for 200,000 posts). Only a hint: a wrong guess
 * costs a table growth or some unused room, never a different report.
 */
export const BYTES_PER_POST = 650;

export function expectedPosts(bytes: number): number {
  return Math.floor(bytes / BYTES_PER_POST);
}
