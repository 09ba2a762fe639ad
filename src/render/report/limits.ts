/**
 * Chat limits the message stays under, with a margin. Slack: 50 blocks per message, 3,000 characters per
 * section text, 10 fields per section, 150 characters per header; Discord: 4,096 characters per embed
 * description, 25 fields, 100 characters per custom_id (of which our Button.value may use 80).
 * @see https://docs.slack.dev/reference/block-kit/blocks/section-block
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export const MAX_BLOCKS = 45;
export const SECTION_CHARS = 2900;
export const HEADER_CHARS = 150;
export const BUTTON_VALUE_CHARS = 80;
/** Questions left hanging shown with their own "Assign a follow-up" button; the rest are listed as text. */
export const UNANSWERED_BUTTONS = 10;
/** Charts shown inline; more files would still be attached, but not as image blocks. */
export const MAX_IMAGES = 5;
/** Entries per "top" list in the chat version (the Markdown file has them all). */
export const CHAT_TOP = 5;
