// Registers log search: Search Log… (a quick pick that searches as you type), the Search Results
// view, What Was Agreed About… (the subject view) and the related records offered after a client
// message is logged. The index and the commands live in dist/lazy/log-search.js, loaded on first use.
import * as path from 'path';
import * as vscode from 'vscode';
import { RESULTS_VIEW, type SearchHost } from './search/host';
import { SearchResultsProvider } from './search/results-view';

type SearchModule = typeof import('./lazy/log-search');

let loaded: SearchModule | undefined;
function lazy(): SearchModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(__dirname, 'lazy', 'log-search.js')) as SearchModule;
  return loaded;
}

export function registerSearch(context: vscode.ExtensionContext): void {
  const results = new SearchResultsProvider();
  const view = vscode.window.createTreeView(RESULTS_VIEW, { treeDataProvider: results });
  const host: SearchHost = {
    context, results,
    async showResults(set) {
      results.show(set);
      view.message = set.title;
      await vscode.commands.executeCommand('setContext', 'liaison.hasSearchResults', true);
      await vscode.commands.executeCommand(`${RESULTS_VIEW}.focus`);
    },
  };
  context.subscriptions.push(results, view);
  const reg = (id: string, run: (args?: never) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  reg('liaison.searchLog', args => lazy().searchLog(host, args));
  reg('liaison.showLogTopic', args => lazy().showLogTopic(host, args));
  reg('liaison.offerRelatedRecords', args => lazy().offerRelatedRecords(host, args));
}
