// Findings as plain data, so they cross a worker boundary and live in the `--cache` file, and come
// back as the same vfile messages the engine makes (same fields, same order): reporters cannot tell.
import { VFileMessage } from 'vfile-message';
import type { VFile } from 'vfile';
import { isLiaisonMessage, type LiaisonData, type LiaisonMessage } from '../core/lint/engine.js';

export interface PlainMessage {
  reason: string;
  start: { line: number; column: number; offset?: number };
  end: { line: number; column: number; offset?: number };
  ruleId: string; fatal: boolean; url?: string;
  liaison: LiaisonData;
}

export function toPlain(file: VFile): PlainMessage[] {
  return file.messages.filter(isLiaisonMessage).map(m => {
    const place = m.place && 'start' in m.place ? m.place : { start: { line: m.line ?? 1, column: m.column ?? 1 }, end: { line: m.line ?? 1, column: m.column ?? 1 } };
    return { reason: m.reason, start: place.start, end: place.end, ruleId: m.liaison.ruleId, fatal: Boolean(m.fatal), url: m.url, liaison: m.liaison };
  });
}

export function fromPlain(plain: readonly PlainMessage[], path: string): LiaisonMessage[] {
  return plain.map(p => {
    const msg = new VFileMessage(p.reason, { place: { start: { ...p.start }, end: { ...p.end } }, ruleId: p.ruleId, source: 'liaison' }) as LiaisonMessage;
    msg.fatal = p.fatal;
    msg.url = p.url;
    msg.file = path;
    msg.liaison = p.liaison;
    return msg;
  });
}

const isPos = (x: unknown): boolean => typeof x === 'object' && x !== null
  && Number.isInteger((x as { line: unknown }).line) && Number.isInteger((x as { column: unknown }).column);

/** Shape check for data read back from disk: a cache someone else wrote is never trusted blindly. */
export function isPlainMessages(x: unknown): x is PlainMessage[] {
  return Array.isArray(x) && x.every(m => typeof m === 'object' && m !== null
    && typeof m.reason === 'string' && typeof m.ruleId === 'string' && typeof m.fatal === 'boolean'
    && (m.url === undefined || typeof m.url === 'string') && isPos(m.start) && isPos(m.end)
    && typeof m.liaison === 'object' && m.liaison !== null && m.liaison.ruleId === m.ruleId
    && typeof m.liaison.severity === 'string' && typeof m.liaison.message === 'object' && m.liaison.message !== null
    && typeof m.liaison.span === 'object' && m.liaison.span !== null && Array.isArray(m.liaison.fixes));
}
