/** What every Slack interaction payload carries: team, user, trigger. */
import { z } from "zod";

export const id = z.string().regex(/^[A-Z0-9]+$/);

/** Where an interaction happened and who did it. */
export interface SlackWhere {
  teamId: string;
  teamDomain: string;
  userId: string;
  /** null for App Home and modals opened without a channel. */
  channelId: string | null;
}

export const interactionBase = z.object({
  team: z
    .object({ id, domain: z.string().default("") })
    .nullable()
    .optional(),
  user: z.object({ id, team_id: id.optional() }),
  trigger_id: z.string().min(1),
});

export function teamOf(b: z.infer<typeof interactionBase>): string | null {
  return b.team?.id ?? b.user.team_id ?? null;
}
