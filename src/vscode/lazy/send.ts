// Lazily loaded entry of the send feature (dist/lazy/send.js): rendering (remark, hast), the
// email draft and the email import load on first use.
export { copyForEmail } from '../commands/copy-for-email';
export { openEmailDraft } from '../commands/open-email-draft';
export { logEmailFile } from '../commands/log-email-file';
export { exportForCounsel } from '../commands/export-for-counsel';
export { exportClientRecap } from '../commands/export-client-recap';
export { onDidReportLogProgress } from '../log/log-read';
