// The log feature's heavy part, loaded on first use (dist/lazy/log-store.js): the store, the
// verifier, the export, the commands' interaction and the views' data.
export { logExchange } from '../log/log-exchange';
export { logSelection } from '../log/log-selection';
export { markNoteSent } from '../log/mark-note-sent';
export { amendLogEntry } from '../log/amend-log-entry';
export { completeCommitment } from '../log/complete-commitment';
export { verifyLog } from '../log/verify-log';
export { exportLog } from '../log/export-log';
export { openLogRecord } from '../log/record-view';
export { treeChildren } from '../log/tree-data';
export { onDidShowStep, currentStep } from '../log/exchange-input';
export { onDidReportLogProgress } from '../log/log-read';
