// What the always-loaded search feature hands to its lazily loaded part.
import type * as vscode from 'vscode';
import type { ResultSet, SearchResultsProvider } from './results-view';

export const RESULTS_VIEW = 'liaisonLog.search';

export interface SearchHost {
  context: vscode.ExtensionContext;
  results: SearchResultsProvider;
  /** Fills the Search Results view and reveals it. */
  showResults(set: ResultSet): Promise<void>;
}
