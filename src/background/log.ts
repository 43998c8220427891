// A short debug log of what the background refused and why, for the seller's bug reports and for tests. Entries
// carry a message type and a reason, never a message's content: no value, and so never a secret, reaches it.

export interface LogEntry {
  at: number;
  type: string;
  reason: string;
}

const MAX_ENTRIES = 50;
export const debugLog: LogEntry[] = [];

export function logRejection(type: unknown, reason: string): void {
  const entry = { at: Date.now(), type: typeof type === 'string' ? type.slice(0, 40) : 'unknown', reason };
  debugLog.push(entry);
  if (debugLog.length > MAX_ENTRIES) debugLog.shift();
  console.debug('[joom-connector] rejected', entry.type, entry.reason);
}
