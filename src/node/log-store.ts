// The log store bound to Node (durable file storage, native sha256, the system clock): the
// functions the CLI, the extension and the tests call, with the names they always had.
import { createLogStore, LOG_EXT, LogInputError, LogWriteError, ReadCancelled, verdictOf, type AppendOptions, type CancelToken, type LoadedLog, type LoadProgress, type Verdict } from '../core/log/store.js';
import { systemClock } from '../core/ports.js';
import type { WitnessInput } from '../core/log/report.js';
import type { ChainNode } from '../core/log/chain.js';
import { nodeHost } from './host.js';
import { nodeLogStorage } from './log-storage.js';
import { nodeSha256 } from './sha256.js';

export const nodeLogStore = createLogStore({ storage: nodeLogStorage, host: nodeHost, sha: nodeSha256, clock: systemClock });

export const appendRecord = nodeLogStore.appendRecord;
export const loadLog = nodeLogStore.loadLog;
export const loadLogAsync = nodeLogStore.loadLogAsync;
export const ensureLogFolder = nodeLogStore.ensureLogFolder;
export const anchorLog = nodeLogStore.anchor;
export const keepWitness = nodeLogStore.keepWitness;
export const logWitnesses = nodeLogStore.witnesses;
export const checkAnchor = nodeLogStore.checkAnchor;
export { LOG_EXT, LogInputError, LogWriteError, ReadCancelled, verdictOf, type AppendOptions, type CancelToken, type LoadedLog, type LoadProgress, type Verdict };

/**
 * Every witness kept in the log folder, as the exports list it, with whether this log still reproduces it.
 * `chains`: from a load of `dir` just made, so each witness is checked without reading the log again.
 */
export function witnessSummary(dir: string, chains?: Record<string, ChainNode[]>): WitnessInput[] {
  return logWitnesses(dir).map(x => ({
    kind: x.channel === 'timestamp' ? 'timestamp' as const : 'anchor' as const, ref: x.ref, issued: x.issued, channel: x.channel, note: x.note,
    records: Object.values(x.tips).reduce((s, t) => s + t.seq, 0), holds: checkAnchor(dir, x.ref, chains).ok,
  }));
}
