/**
 * The value of the "afterparty.task" button on an escalated question: the edition and the
 * after-party message ids ("<editionId>:<messageId>", 51 characters for two cuids, within the
 * 80 a button value may use). The tasks area's handler reads it back with parseAfterPartyTaskValue.
 */
export function afterPartyTaskValue(editionId: string, messageId: string): string {
  return `${editionId}:${messageId}`;
}

export function parseAfterPartyTaskValue(value: string): { editionId: string; messageId: string } | null {
  const match = /^([^:\s]+):([^:\s]+)$/u.exec(value);
  return match ? { editionId: match[1]!, messageId: match[2]! } : null;
}
