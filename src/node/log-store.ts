// The log store bound to Node (durable file storage, native sha256, the system clock): the
// functions the CLI, the extension and the tests call, with the names they always had.
import { createLogStore, LOG_EXT, LogInputError, LogWriteError, verdictOf, type AppendOptions, type LoadedLog, type Verdict } from '../core/log/store.js';
import { systemClock } from '../core/ports.js';
import { nodeHost } from './host.js';
import { nodeLogStorage } from './log-storage.js';
import { nodeSha256 } from './sha256.js';

export const nodeLogStore = createLogStore({ storage: nodeLogStorage, host: nodeHost, sha: nodeSha256, clock: systemClock });

export const appendRecord = nodeLogStore.appendRecord;
export const loadLog = nodeLogStore.loadLog;
export const ensureLogFolder = nodeLogStore.ensureLogFolder;
export const anchorLog = nodeLogStore.anchor;
export const keepWitness = nodeLogStore.keepWitness;
export const logWitnesses = nodeLogStore.witnesses;
export const checkAnchor = nodeLogStore.checkAnchor;
export { LOG_EXT, LogInputError, LogWriteError, verdictOf, type AppendOptions, type LoadedLog, type Verdict };
