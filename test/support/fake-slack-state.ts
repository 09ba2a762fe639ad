/** In-memory workspace the Slack fake answers from: users, user groups, files, id counters. */

export interface FakeSlackUser {
  id: string;
  name?: string;
  real_name?: string;
  tz?: string;
  /** IETF tag such as "fr-FR"; returned by users.info only when include_locale is true, as Slack does. */
  locale?: string;
  is_bot?: boolean;
  [field: string]: unknown;
}

export interface FakeSlackFile {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  filetype: string;
  bytes: Buffer;
  user: string;
  /** Set by files.completeUploadExternal (uploads) or given when a test adds a shared file. */
  channel?: string;
  thread_ts?: string;
  initial_comment?: string;
  completed: boolean;
  /** "upload": sent by the bot through files.uploadV2; "shared": added by a test as a user's file. */
  source: "upload" | "shared";
}

export class SlackWorkspace {
  readonly users = new Map<string, FakeSlackUser>();
  readonly usergroups = new Map<string, string[]>();
  readonly files = new Map<string, FakeSlackFile>();
  /** DM channel id per conversations.open `users` value. */
  readonly dms = new Map<string, string>();
  private counters = new Map<string, number>();
  private tsCounter = 0;

  constructor(
    readonly origin: string,
    readonly teamId: string,
    readonly botUserId: string,
    readonly botId: string,
  ) {}

  /** Slack-shaped ids: a prefix letter, "0FAKE", then a counter ("D0FAKE0001"). */
  nextId(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}0FAKE${String(n).padStart(4, "0")}`;
  }

  /** Message timestamps as Slack returns them: "1700000000.000100", "1700000000.000200", ... */
  nextTs(): string {
    this.tsCounter += 1;
    return `1700000000.${String(this.tsCounter * 100).padStart(6, "0")}`;
  }

  /** What users.info returns for `id`: the scripted user merged over a plausible default. */
  userInfo(id: string, includeLocale: boolean): Record<string, unknown> {
    const scripted = this.users.get(id) ?? { id };
    const name = scripted.name ?? `user-${id.toLowerCase()}`;
    const { locale, id: _id, ...rest } = scripted;
    const user: Record<string, unknown> = {
      id,
      team_id: this.teamId,
      name,
      deleted: false,
      real_name: scripted.real_name ?? name,
      tz: scripted.tz ?? "Europe/Paris",
      tz_label: "Central European Time",
      tz_offset: 3600,
      is_bot: false,
      is_admin: false,
      updated: 1700000000,
      profile: { real_name: scripted.real_name ?? name, display_name: name, team: this.teamId },
      ...rest,
    };
    if (includeLocale) user.locale = locale ?? "en-US";
    return user;
  }

  fileUrls(file: FakeSlackFile): { url_private: string; url_private_download: string } {
    const base = `${this.origin}/files-pri/${this.teamId}-${file.id}`;
    return { url_private: `${base}/${file.name}`, url_private_download: `${base}/download/${file.name}` };
  }

  /** The file object of files.info and files.completeUploadExternal. */
  fileObject(file: FakeSlackFile): Record<string, unknown> {
    return {
      id: file.id,
      created: 1700000000,
      timestamp: 1700000000,
      name: file.name,
      title: file.title,
      mimetype: file.mimetype,
      filetype: file.filetype,
      pretty_type: file.filetype.toUpperCase(),
      user: file.user,
      user_team: this.teamId,
      size: file.bytes.length,
      mode: "hosted",
      is_external: false,
      is_public: true,
      ...this.fileUrls(file),
      permalink: `${this.origin}/files/${file.user}/${file.id}/${file.name}`,
      channels: file.channel ? [file.channel] : [],
      groups: [],
      ims: [],
      comments_count: 0,
    };
  }
}
