// The editor's git check of the log (src/node/git-issues.ts): in a trusted workspace, what the
// CLI's verify finds; in an untrusted one, git is not run and a warning says so (EN, FR).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChainNode } from '../../../src/core/log/chain.js';
import { appendRecord, loadLog } from '../../../src/node/log-store.js';
import { trustedGitIssues } from '../../../src/node/git-issues.js';
import { exchange, tempDir } from './helpers/tmp.js';

describe('git history of the log, trusted or not (editor)', function () {
  this.timeout(60_000);
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => { t = tempDir(); });
  afterEach(() => t.cleanup());

  const when = '2020-01-01T00:00:00Z';
  const git = (...args: string[]) => execFileSync('git', args, { cwd: t.dir, stdio: 'pipe',
    env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' } });
  const checked = (dir: string, trusted: boolean) => {
    const chains: Record<string, ChainNode[]> = {};
    const log = loadLog(dir, { chains });
    return trustedGitIssues(dir, log.issues, log.files, chains, trusted);
  };

  it('trusted: a record dated after the commit that added it is an error, as liaison log verify says', async () => {
    const dir = join(t.dir, '.liaison/log');
    await appendRecord(dir, exchange({ summary: 'Appel : livraison le 12' }), { writer: 'w-a' });
    git('init', '-q');
    git('add', '.liaison/log');
    git('commit', '-q', '-m', 'log');
    const issues = checked(dir, true);
    assert.deepEqual(issues.map(i => [i.severity, i.code]), [['error', 'recorded-after-commit']]);
    assert.match(issues[0]!.fr!, /après le commit [0-9a-f]{10} qui l’a ajoutée/);
  });

  it('untrusted: git is not read; in a repository the findings say it was not checked, and what to do', async () => {
    const dir = join(t.dir, '.liaison/log');
    await appendRecord(dir, exchange({ summary: 'Appel' }), { writer: 'w-a' });
    assert.deepEqual(checked(dir, false), [], 'not a repository: nothing to say');
    // A .git folder alone (no git run can tell it apart from a real one): the warning, never an error.
    mkdirSync(join(t.dir, '.git'));
    const issues = checked(dir, false);
    assert.deepEqual(issues.map(i => [i.severity, i.code, i.line]), [['warning', 'git-not-checked', 0]]);
    assert.match(issues[0]!.message, /git history not checked: this workspace is not trusted.*run `liaison log verify` in a terminal, or trust the workspace/);
    assert.match(issues[0]!.fr!, /historique git non vérifié\u00a0: cet espace de travail n’est pas approuvé/);
  });
});
