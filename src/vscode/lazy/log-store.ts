// The log feature's heavy part, loaded on first use (dist/lazy/log-store.js): the store, the
// verifier, the export, the commands' interaction and the views' data.
export { logExchange, logSelection } from '../log/log-exchange';
export { markNoteSent } from '../log/mark-note-sent';
export { amendLogEntry, completeCommitment } from '../log/amend-and-complete';
export { verifyLog, exportLog } from '../log/verify-export';
export { openLogRecord } from '../log/record-view';
export { treeChildren } from '../log/tree-data';
export { onDidShowStep, currentStep } from '../log/exchange-input';
