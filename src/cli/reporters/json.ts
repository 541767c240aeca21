// `--format json`: one object per file with its path and messages, for scripts and CI.
import type { VFile } from 'vfile';
import { isLiaisonMessage } from '../../core/lint/engine.js';
import { packageFileUrl } from '../package-info.js';

export interface JsonMessage {
  ruleId: string; severity: 'error' | 'warning'; message: string;
  line: number; column: number; endLine: number; endColumn: number;
  /** file: URL of the rule's doc in the installed package. */
  url?: string;
}

export function toJsonReport(files: VFile[]): Array<{ path: string; messages: JsonMessage[] }> {
  return files.map(file => ({
    path: file.path,
    messages: file.messages.map(m => ({
      ruleId: m.ruleId ?? 'unknown',
      severity: isLiaisonMessage(m) ? m.liaison.severity : m.fatal ? 'error' : 'warning',
      message: m.reason,
      line: m.line ?? 1, column: m.column ?? 1,
      endLine: m.place && 'end' in m.place ? m.place.end.line : m.line ?? 1,
      endColumn: m.place && 'end' in m.place ? m.place.end.column : m.column ?? 1,
      // The rule doc in the installed package, so the link opens offline.
      url: m.url ? packageFileUrl(m.url) : undefined,
    })),
  }));
}

export function jsonReport(files: VFile[]): string {
  return JSON.stringify(toJsonReport(files), null, 2) + '\n';
}
