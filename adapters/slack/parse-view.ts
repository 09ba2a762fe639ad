/**
 * view_submission payloads -> FormSubmission, checked with zod (null when unreadable).
 * @see https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload#view_submission
 */
import { z } from "zod";
import type { FormSubmission } from "../../src/edge.js";
import { decodeMetadata, FORM_CALLBACK_ID } from "./form.js";
import { id, interactionBase, type SlackWhere, teamOf } from "./parse-common.js";
import { userRef } from "./refs.js";

const inputValue = z
  .object({
    value: z.string().nullable().optional(),
    selected_user: z.string().nullable().optional(),
    selected_option: z.object({ value: z.string() }).nullable().optional(),
    selected_time: z.string().nullable().optional(),
  })
  .passthrough();

const viewSubmissionSchema = interactionBase.extend({
  type: z.literal("view_submission"),
  view: z.object({
    id: z.string().min(1),
    team_id: id.optional(),
    callback_id: z.string(),
    private_metadata: z.string().default(""),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), inputValue)) }),
  }),
});

export interface ViewSubmissionInput extends SlackWhere {
  viewId: string;
  triggerId: string;
  submission: FormSubmission;
}

export function parseViewSubmission(body: unknown): ViewSubmissionInput | null {
  const parsed = viewSubmissionSchema.safeParse(body);
  if (!parsed.success) return null;
  const b = parsed.data;
  const teamId = teamOf(b) ?? b.view.team_id ?? null;
  const meta = decodeMetadata(b.view.private_metadata);
  if (!teamId || b.view.callback_id !== FORM_CALLBACK_ID || !meta) return null;
  return {
    teamId,
    teamDomain: b.team?.domain ?? "",
    userId: b.user.id,
    channelId: meta.channelId,
    viewId: b.view.id,
    triggerId: b.trigger_id,
    submission: {
      formId: meta.formId,
      state: meta.state,
      values: flattenValues(b.view.state.values, teamId),
    },
  };
}

/**
 * view.state.values ({block_id: {action_id: input}}) -> {field: text}. Our modals use the field id
 * as both block_id and action_id (form.ts); other shapes keep "block_id.action_id". Empty inputs
 * come back as "".
 */
export function flattenValues(
  values: Record<string, Record<string, z.infer<typeof inputValue>>>,
  teamId: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    for (const [actionId, input] of Object.entries(actions)) {
      const key = blockId === actionId ? blockId : `${blockId}.${actionId}`;
      const text = input.value ?? input.selected_option?.value ?? input.selected_time ?? null;
      // plain_text_input values come as typed (Slack escapes only message and command text).
      out[key] =
        text !== null ? text : input.selected_user ? `<@${userRef(teamId, input.selected_user)}>` : "";
    }
  }
  return out;
}
