// Entry point VS Code loads as extensionTestsPath: runs every *.test.js beside it with mocha
// (tdd ui). The runner (scripts/run-integration.mjs) passes through the environment which set
// to run (LIAISON_TEST_SET: "folder" or "nofolder") and an optional grep (LIAISON_TEST_GREP).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  const ui = vscode.env.uiKind === vscode.UIKind.Web ? 'web workbench' : 'desktop';
  // First line of every run: which real VS Code this is.
  console.log(`Running in VS Code ${vscode.version} (${vscode.env.appName}, ${ui}, ` +
    `host ${process.env.LIAISON_TEST_HOST ?? 'unknown'}, extension host Node ${process.version})`);

  const set = process.env.LIAISON_TEST_SET ?? 'folder';
  const grep = process.env.LIAISON_TEST_GREP || undefined;
  // One retry: a test that fails twice fails; one that passed only on its retry is named in the
  // runner's summary, so flakiness is seen rather than hidden.
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 180000, reporter: 'spec', grep, retries: 1 });
  const files = fs.readdirSync(__dirname)
    .filter(f => f.endsWith('.test.js') && f.endsWith('.nofolder.test.js') === (set === 'nofolder'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  await new Promise<void>((resolve, reject) => {
    try {
      const failed: string[] = [];
      const runner = mocha.run(failures => {
        // The runner reprints these in its summary, so a CI log that keeps only its tail still
        // says which test failed and why.
        const out = process.env.LIAISON_TEST_FAILURES;
        if (out && failed.length) fs.writeFileSync(out, failed.join('\n\n'));
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
      runner.on('retry', (test, err: Error) => {
        failed.push(`retried after a first failure: ${test.fullTitle()}\n${String(err?.message ?? err).split('\n')[0]}`);
      });
      runner.on('fail', (test, err: Error) => {
        failed.push(`${test.fullTitle()} (${test.duration ?? '?'} ms)\n${String(err?.stack ?? err).split('\n').slice(0, 6).join('\n')}`);
      });
    } catch (e) {
      reject(e);
    }
  });
}
