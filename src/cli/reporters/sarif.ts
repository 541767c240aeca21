// `--format sarif`: SARIF 2.1.0 for GitHub code scanning (tool.driver.rules with their help text, the
// rule's why included, since there is no web page to link to; results with ruleId, level and a
// region in a repository-relative artifact).
import { relative, sep } from 'node:path';
import type { VFile } from 'vfile';
import type { Lang } from '../../core/ports.js';
import { PSEUDO_RULES, ruleUrl } from '../../core/lint/engine.js';
import { RULES } from '../../core/lint/registry.js';
import { toJsonReport } from './json.js';

export function sarifReport(files: VFile[], opts: { cwd: string; lang: Lang; version: string }): string {
  const rules = [
    ...RULES.map(r => ({ id: r.id, summary: r.summary, why: r.why, level: r.defaultSeverity })),
    ...Object.entries(PSEUDO_RULES).map(([id, r]) => ({ id, summary: r.summary, why: undefined, level: r.severity })),
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = toJsonReport(files).flatMap(f => f.messages.map(m => {
    const uri = relative(opts.cwd, f.path).split(sep).join('/');
    const result: Record<string, unknown> = {
      ruleId: m.ruleId,
      level: m.severity,
      message: { text: m.message },
      locations: [{ physicalLocation: {
        artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
        region: { startLine: m.line, startColumn: m.column, endLine: Math.max(m.line, m.endLine), endColumn: m.endLine > m.line ? m.endColumn : Math.max(m.column, m.endColumn) },
      } }],
    };
    const i = index.get(m.ruleId);
    if (i !== undefined) result.ruleIndex = i;
    return result;
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: {
        name: 'liaison', version: opts.version,
        rules: rules.map(r => ({
          id: r.id, name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
          shortDescription: { text: r.summary[opts.lang] }, fullDescription: { text: r.summary[opts.lang] },
          help: helpFor(r, opts.lang),
          defaultConfiguration: { level: r.level },
        })),
      } },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToUri(opts.cwd) } },
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function helpFor(r: { id: string; summary: Record<Lang, string>; why?: Record<Lang, string> }, lang: Lang) {
  const where = lang === 'fr' ? `Documentation : ${ruleUrl(r.id)} dans le paquet liaison.` : `Docs: ${ruleUrl(r.id)} in the liaison package.`;
  const parts = [r.summary[lang], r.why?.[lang], where].filter((p): p is string => !!p);
  return { text: parts.join(' '), markdown: parts.join('\n\n') };
}

function pathToUri(dir: string): string {
  const p = dir.split(sep).join('/');
  return `file://${p.startsWith('/') ? '' : '/'}${p}${p.endsWith('/') ? '' : '/'}`;
}
