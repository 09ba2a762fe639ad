/**
 * What an area of the app declares for the dispatcher, per command, button and form: who may use
 * it (`access`), which series it is about (`series`: found from the channel, or from ids the
 * payload carries back), and the use case to run. The dispatcher (dispatch.ts) settles both
 * before the use case runs, so a use case never checks a permission itself and never reads an id
 * a platform sent back without it being checked against the actor's workspace first.
 */
import type { Note } from "../domain/note.js";
import type { Poll } from "../domain/poll.js";
import type { Series } from "../domain/series.js";
import type { Task } from "../domain/task.js";
import type { ChannelRef } from "../domain/workspace.js";
import type {
  ActionEvent,
  ActionId,
  Actor,
  Command,
  CommandName,
  FormSubmission,
  Responder,
} from "../edge.js";
import { AfterchatError } from "../errors.js";
import type { MessageKey } from "../i18n/index.js";
import type { Services } from "./services.js";

/**
 * Who may. Series roles: "reader" (the series' team, and people of a workspace the series is
 * linked to for its debrief), "member" (the team: members and moderators), "moderator". Others:
 * "anyone" (no check), "admin" (an administrator of the actor's own workspace), "creator" (may
 * create a series here: see access.ts), and the rules of one object: "taskOwner" (its owner or
 * creator, or a moderator), "taskCreator" (its creator, or a moderator), "noteAuthor".
 */
export const ACCESS_LEVELS = [
  "anyone",
  "admin",
  "creator",
  "reader",
  "member",
  "moderator",
  "taskOwner",
  "taskCreator",
  "noteAuthor",
] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

/** A person's role in one series; null: none. */
export type SeriesRole = "moderator" | "member" | "reader" | null;

/** Ids a payload carries back (a button's value, a form's state); each is checked before use. */
export interface Target {
  seriesId?: string;
  /** A chat named by its hashtag (`compare #ourchat ...`): a series of the actor's own workspace. */
  hashtag?: string;
  channel?: ChannelRef;
  pollId?: string;
  taskId?: string;
  noteId?: string;
}

/**
 * Where the series comes from: "channel" (the channel's series, else the rule for elsewhere, see
 * series-finder.ts), "here" (this channel's series or none), "none" (not about a series), or, per
 * input, the ids the payload carries (a payload that cannot be read throws its own not-found) or
 * one of those words.
 */
export type SeriesPlace = "channel" | "here" | "none";
export type SeriesSource<I> = SeriesPlace | TargetOf<I>;
export type TargetOf<I> = (input: I) => Target | SeriesPlace;

/** What a use case receives: the ports, the actor, and what the dispatcher found and checked. */
export interface Scope {
  services: Services;
  actor: Actor;
  /** The series the interaction is about; null only for "here" and "none". */
  series: Series | null;
  /** The actor's role in it (null: none, or no series). */
  role: SeriesRole;
  /** Objects the payload named, loaded within the series' workspace and checked to belong to it. */
  poll?: Poll;
  task?: Task;
  note?: Note;
  /** A channel the payload named, checked to be in the actor's workspace. */
  channel?: ChannelRef;
}

export interface InSeries extends Scope {
  series: Series;
}

export type AccessRule<I> = Access | ((input: I, series: Series | null) => Access);

export interface Handler<I> {
  access: AccessRule<I>;
  series: SeriesSource<I>;
  /** What a refused "admin" or "creator" is told, when a sentence says it better than the default. */
  denied?: MessageKey;
  run(scope: Scope, input: I, responder: Responder): Promise<void>;
}

/** A handler about one series: `run` always gets it. */
export function seriesHandler<I>(spec: {
  access: AccessRule<I>;
  series?: "channel" | TargetOf<I>;
  denied?: MessageKey;
  run(scope: InSeries, input: I, responder: Responder): Promise<void>;
}): Handler<I> {
  return {
    access: spec.access,
    series: spec.series ?? "channel",
    ...(spec.denied ? { denied: spec.denied } : {}),
    run: (scope, input, responder) => {
      const { series } = scope;
      if (!series) throw new AfterchatError("series_not_found");
      return spec.run({ ...scope, series }, input, responder);
    },
  };
}

/**
 * A handler not about a series ("none"), or about this channel's series when there is one
 * ("here"), or about what its payload names, which may be no series (a new series' channel).
 */
export function plainHandler<I>(spec: {
  access: AccessRule<I>;
  series?: "here" | "none" | TargetOf<I>;
  denied?: MessageKey;
  run(scope: Scope, input: I, responder: Responder): Promise<void>;
}): Handler<I> {
  return { ...spec, series: spec.series ?? "none" };
}

export type CommandHandler<N extends CommandName = CommandName> = Handler<Extract<Command, { name: N }>>;
export type ActionHandler = Handler<ActionEvent>;
export type FormHandler = Handler<FormSubmission>;

/** What an area of the app contributes to the dispatcher. */
export interface Registry {
  commands?: { [N in CommandName]?: CommandHandler<N> };
  actions?: { [A in ActionId]?: ActionHandler };
  /** Keyed by Form.id. */
  forms?: Record<string, FormHandler>;
}
