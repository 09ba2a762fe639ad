/**
 * A stored headline (Edition.headline, JSON) read back with zod. Kept apart from headline.ts so computing a
 * report (`afterchat report`) does not load zod.
 */
import { z } from "zod";
import type { Headline } from "./report.js";

const count = z.number().int().nonnegative();

/** Stored headlines may predate a field: nullable figures default to null, the rest are required. */
const headlineSchema = z.object({
  posts: count,
  contributors: count,
  engagement: count,
  potentialReach: count.nullable().default(null),
  impressions: count.nullable().default(null),
  questions: count,
  answers: count,
  unanswered: count,
  newContributors: count.nullable().default(null),
});

/** A stored headline (parsed JSON) checked field by field; null when it is not one. */
export function parseHeadline(value: unknown): Headline | null {
  const parsed = headlineSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
