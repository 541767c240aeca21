// The log search feature's heavy part, loaded on first use (dist/lazy/log-search.js): the index,
// the search quick pick, the subject view and the related records.
export { searchLog } from '../commands/search-log';
export { showLogTopic } from '../commands/show-log-topic';
export { offerRelatedRecords } from '../commands/offer-related-records';
export { logIndex } from '../search/index-cache';
export { onDidReportLogProgress } from '../log/log-read';
