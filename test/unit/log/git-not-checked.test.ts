// Git history and the log: the CLI checks each record against the commit that added it
// (withGitIssues); the editor starts no process, so where the log is in a repository its
// verdict and exports say the check was not made and how to make it (withGitNotChecked, EN, FR).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChainNode } from '../../../src/core/log/chain.js';
import { appendRecord, loadLog } from '../../../src/node/log-store.js';
import { withGitIssues } from '../../../src/node/git-issues.js';
import { gitUnchecked, withGitNotChecked } from '../../../src/node/git-not-checked.js';
import { exchange, tempDir } from './helpers/tmp.js';

describe('git history of the log: checked by the CLI, said unchecked by the editor', function () {
  this.timeout(60_000);
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => { t = tempDir(); });
  afterEach(() => t.cleanup());

  it('CLI: a record dated after the commit that added it is an error', async () => {
    const dir = join(t.dir, '.liaison/log');
    await appendRecord(dir, exchange({ summary: 'Appel : livraison le 12' }), { writer: 'w-a' });
    const when = '2020-01-01T00:00:00Z';
    const git = (...args: string[]) => execFileSync('git', args, { cwd: t.dir, stdio: 'pipe',
      env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' } });
    git('init', '-q');
    git('add', '.liaison/log');
    git('commit', '-q', '-m', 'log');
    const chains: Record<string, ChainNode[]> = {};
    const log = loadLog(dir, { chains });
    const issues = withGitIssues(dir, log.issues, log.files, chains);
    assert.deepEqual(issues.map(i => [i.severity, i.code]), [['error', 'recorded-after-commit']]);
    assert.match(issues[0]!.fr!, /après le commit [0-9a-f]{10} qui l’a ajoutée/);
  });

  it('editor: in a repository, a warning says git history was not checked and how to check it; elsewhere nothing', async () => {
    const dir = join(t.dir, '.liaison/log');
    await appendRecord(dir, exchange({ summary: 'Appel' }), { writer: 'w-a' });
    const log = loadLog(dir);
    assert.deepEqual(withGitNotChecked(dir, log.issues, log.files), [], 'not a repository: nothing to say');
    assert.equal(gitUnchecked(dir, log.files), false);
    mkdirSync(join(t.dir, '.git'));
    assert.deepEqual(withGitNotChecked(dir, log.issues, []), [], 'no log file yet: nothing to say');
    assert.equal(gitUnchecked(dir, log.files), true, 'what Verify Log Integrity adds to its verdict');
    const issues = withGitNotChecked(dir, log.issues, log.files);
    assert.deepEqual(issues.map(i => [i.severity, i.code, i.line]), [['warning', 'git-not-checked', 0]]);
    assert.match(issues[0]!.message, /^git history not checked: the editor does not run git; run `liaison log verify` in a terminal/);
    assert.match(issues[0]!.fr!, /^historique git non vérifié\u00a0: l’éditeur n’exécute pas git\u00a0; lancez `liaison log verify`/);
  });

  it('editor: like git, it does not look for a repository above GIT_CEILING_DIRECTORIES', async () => {
    const project = join(t.dir, 'clone', 'project');
    const dir = join(project, '.liaison/log');
    await appendRecord(dir, exchange({ summary: 'Appel' }), { writer: 'w-a' });
    mkdirSync(join(t.dir, '.git'));
    const files = loadLog(dir).files;
    const saved = process.env.GIT_CEILING_DIRECTORIES;
    try {
      assert.equal(gitUnchecked(dir, files), true, 'a .git two folders up makes it a repository');
      process.env.GIT_CEILING_DIRECTORIES = join(t.dir, 'clone');
      assert.equal(gitUnchecked(dir, files), false, 'not above the ceiling');
      mkdirSync(join(project, '.git'));
      assert.equal(gitUnchecked(dir, files), true, 'a repository below the ceiling still counts');
    } finally {
      if (saved === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = saved;
    }
  });
});
