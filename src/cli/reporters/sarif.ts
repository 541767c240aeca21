// `--format sarif`: SARIF 2.1.0 for GitHub code scanning (tool.driver.rules with helpUri; results
// with ruleId, level and a region in a repository-relative artifact).
import { relative, sep } from 'node:path';
import type { VFile } from 'vfile';
import type { Lang } from '../../core/ports.js';
import { PSEUDO_RULES, ruleUrl } from '../../core/lint/engine.js';
import { RULES } from '../../core/lint/registry.js';
import { toJsonReport } from './json.js';

export function sarifReport(files: VFile[], opts: { cwd: string; lang: Lang; version: string }): string {
  const rules = [
    ...RULES.map(r => ({ id: r.id, summary: r.summary, level: r.defaultSeverity })),
    ...Object.entries(PSEUDO_RULES).map(([id, r]) => ({ id, summary: r.summary, level: r.severity })),
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
        name: 'liaison', version: opts.version, informationUri: 'https://github.com/liaison-dev/liaison',
        rules: rules.map(r => ({
          id: r.id, name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
          shortDescription: { text: r.summary[opts.lang] }, fullDescription: { text: r.summary[opts.lang] },
          helpUri: ruleUrl(r.id), help: { text: `${r.summary[opts.lang]} ${ruleUrl(r.id)}` },
          defaultConfiguration: { level: r.level },
        })),
      } },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToUri(opts.cwd) } },
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function pathToUri(dir: string): string {
  const p = dir.split(sep).join('/');
  return `file://${p.startsWith('/') ? '' : '/'}${p}${p.endsWith('/') ? '' : '/'}`;
}
