/** Who changed what: an append-only record. */
export interface AuditEvent {
  id: string;
  workspaceId: string;
  actorRef: string;
  action: string;
  subjectType: string;
  subjectId: string;
  detail: Record<string, unknown>;
  at: Date;
}

export type NewAuditEvent = Omit<AuditEvent, "id" | "at"> & { at?: Date };
