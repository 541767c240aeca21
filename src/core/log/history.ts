// What git history adds to a writer file's chain (the workspace is a repository): a record's
// `recorded` time must not be after the commit that added it, and a record must not first appear
// in a commit that descends from one already holding records recorded after it (it was inserted
// and backdated). A fork is explained when its two branches were committed on two git branches
// (neither commit descends from the other): a merge of one writer's work on two branches;
// otherwise the branch committed later was inserted.
import type { GitHistory } from '../ports.js';
import type { ChainNode, LogIssue } from './chain.js';

/** Clock skew tolerated between the machine that recorded and the one that committed. */
const SKEW_MS = 5 * 60_000;

export interface HistoryFindings {
  issues: LogIssue[];
  /** Fork warnings git explains (by line of the fork's second branch): the explanation to add. */
  explained: Map<number, { en: string; fr: string }>;
}

const short = (c: string) => c.slice(0, 10);

export function historyFindings(file: string, chain: ChainNode[], git: GitHistory, path: string): HistoryFindings {
  const out: HistoryFindings = { issues: [], explained: new Map() };
  const blame = git.blame(path);
  if (!blame) return out;
  const commitOf = (n: ChainNode) => blame[n.line - 1];
  const ancestors = new Map<string, Set<string>>();
  const anc = (c: string) => { let s = ancestors.get(c); if (!s) ancestors.set(c, (s = git.ancestors(c))); return s; };
  const strictlyBefore = (a: string, b: string) => a !== b && anc(b).has(a);

  // Latest `recorded` per commit, then for each record the latest among strict ancestors of its commit.
  const latest = new Map<string, { t: number; node: ChainNode }>();
  for (const n of chain) {
    const c = commitOf(n);
    if (!c) continue;
    const t = Date.parse(n.recorded);
    if (t > c.time + SKEW_MS) {
      out.issues.push({ severity: 'error', code: 'recorded-after-commit', file, line: n.line, recordId: n.id,
        message: `record ${n.id} (line ${n.line}) says it was recorded at ${n.recorded}, after commit ${short(c.commit)} that added it (${new Date(c.time).toISOString()}): its date was forged`,
        fr: `l’entrée ${n.id} (ligne ${n.line}) se dit consignée le ${n.recorded}, après le commit ${short(c.commit)} qui l’a ajoutée (${new Date(c.time).toISOString()}) : sa date a été falsifiée` });
    }
    const l = latest.get(c.commit);
    if (!l || t > l.t) latest.set(c.commit, { t, node: n });
  }
  const commits = [...latest.keys()];
  for (const n of chain) {
    const c = commitOf(n);
    if (!c) continue;
    const t = Date.parse(n.recorded);
    let later: { t: number; node: ChainNode; commit: string } | undefined;
    for (const other of commits) {
      const l = latest.get(other)!;
      if (l.t > t + SKEW_MS && strictlyBefore(other, c.commit) && (!later || l.t > later.t)) later = { ...l, commit: other };
    }
    if (later) {
      out.issues.push({ severity: 'error', code: 'inserted', file, line: n.line, recordId: n.id,
        message: `record ${n.id} (line ${n.line}, recorded ${n.recorded}) first appears in commit ${short(c.commit)}, after commit ${short(later.commit)} already held record ${later.node.id} recorded later (${later.node.recorded}): it was inserted afterwards with an earlier date`,
        fr: `l’entrée ${n.id} (ligne ${n.line}, consignée le ${n.recorded}) apparaît pour la première fois dans le commit ${short(c.commit)}, alors que le commit ${short(later.commit)} contenait déjà l’entrée ${later.node.id}, consignée plus tard (${later.node.recorded}) : elle a été insérée après coup avec une date antérieure` });
    }
  }

  out.issues.push(...rewrites(file, chain, git.removed?.(path) ?? []));

  // Forks: told apart by where each branch was committed.
  const children = new Map<string, ChainNode[]>();
  for (const n of chain) children.set(n.prev, [...(children.get(n.prev) ?? []), n]);
  for (const kids of children.values()) {
    if (kids.length < 2) continue;
    const [a, b] = [kids[0]!, kids[1]!];
    const ca = commitOf(a);
    const cb = commitOf(b);
    if (!ca && !cb) continue;
    if (!ca || !cb) {
      // One branch committed, the other not yet: written after that commit, beside records it already held.
      const [kept, added, c] = ca ? [a, b, ca] : [b, a, cb!];
      out.issues.push({ severity: 'error', code: 'inserted', file, line: added.line, recordId: added.id,
        message: `record ${added.id} (line ${added.line}) forks from the chain that record ${kept.id} continues (committed in ${short(c.commit)}), and is not committed yet: it was inserted afterwards, not merged`,
        fr: `l’entrée ${added.id} (ligne ${added.line}) bifurque de la chaîne que poursuit l’entrée ${kept.id} (commit ${short(c.commit)}), et n’est pas encore commitée\u00a0: elle a été insérée après coup, pas fusionnée` });
      continue;
    }
    if (ca.commit === cb.commit) continue; // committed together: two appends at once (a stolen lock), nothing more git can say
    if (!strictlyBefore(ca.commit, cb.commit) && !strictlyBefore(cb.commit, ca.commit)) {
      out.explained.set(b.line, {
        en: `git: explained by a merge of two branches (commits ${short(ca.commit)} and ${short(cb.commit)} are on separate branches)`,
        fr: `git : expliquée par la fusion de deux branches (les commits ${short(ca.commit)} et ${short(cb.commit)} sont sur des branches distinctes)`,
      });
    } else {
      const [first, second, c] = strictlyBefore(ca.commit, cb.commit) ? [a, b, cb] : [b, a, ca];
      out.issues.push({ severity: 'error', code: 'inserted', file, line: second.line, recordId: second.id,
        message: `record ${second.id} (line ${second.line}) forks from the chain that record ${first.id} continues, and was committed later on the same line of history (commit ${short(c.commit)}): it was inserted, not merged`,
        fr: `l’entrée ${second.id} (ligne ${second.line}) bifurque de la chaîne que poursuit l’entrée ${first.id}, et a été commitée plus tard sur la même lignée d’historique (commit ${short(c.commit)}) : elle a été insérée, pas fusionnée` });
    }
  }
  return out;
}

/**
 * Records a commit, or the working tree, took out of the file: git saw them, the file no longer
 * holds them (edited, even with every hash recomputed, or removed, even from the end). One finding per change.
 */
function rewrites(file: string, chain: ChainNode[], removed: Array<{ commit?: string; text: string }>): LogIssue[] {
  if (!removed.length) return [];
  const present = new Set(chain.map(n => n.hash));
  const lineOf = new Map(chain.map(n => [n.id, n.line]));
  const byChange = new Map<string, { commit?: string; count: number; id: string; seq: unknown }>();
  for (const r of removed) {
    let o: { hash?: unknown; id?: unknown; seq?: unknown };
    try { o = JSON.parse(r.text); } catch { continue; }
    if (typeof o?.hash !== 'string' || present.has(o.hash)) continue;
    const key = r.commit ?? '';
    const g = byChange.get(key);
    if (g) g.count++;
    else byChange.set(key, { commit: r.commit, count: 1, id: String(o.id), seq: o.seq });
  }
  return [...byChange.values()].map(g => ({ severity: 'error' as const, code: 'rewritten' as const, file, line: lineOf.get(g.id) ?? 0, recordId: g.id,
    message: g.commit
      ? `commit ${short(g.commit)} took ${g.count} committed record(s) out of the file (first: ${g.id}, seq ${g.seq}): the log was rewritten there; git show ${short(g.commit)} shows them as they were`
      : `${g.count} record(s) of the last commit are no longer in the file as committed (first: ${g.id}, seq ${g.seq}): changed or removed since, not committed yet; git diff HEAD -- ${file} shows them as they were`,
    fr: g.commit
      ? `le commit ${short(g.commit)} a retiré du fichier ${g.count} entrée(s) déjà commitée(s) (première\u00a0: ${g.id}, seq ${g.seq})\u00a0: le journal y a été réécrit\u00a0; git show ${short(g.commit)} les montre telles qu’elles étaient`
      : `${g.count} entrée(s) du dernier commit ne sont plus dans le fichier telles que commitées (première\u00a0: ${g.id}, seq ${g.seq})\u00a0: modifiées ou retirées depuis, pas encore commitées\u00a0; git diff HEAD -- ${file} les montre telles qu’elles étaient` }));
}

/** Applies history findings to verify's issues: explained forks say so; new findings are added. */
export function withHistory(issues: LogIssue[], file: string, f: HistoryFindings): LogIssue[] {
  const out = issues.map(i => {
    const why = i.file === file && i.code === 'fork' ? f.explained.get(i.line) : undefined;
    return why ? { ...i, message: `${i.message}. ${why.en}`, fr: i.fr && `${i.fr}. ${why.fr}` } : i;
  });
  for (const x of f.issues) if (!out.some(i => i.file === x.file && i.line === x.line && i.message === x.message)) out.push(x);
  return out;
}
