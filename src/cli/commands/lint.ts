// `liaison lint` (owned by the lint feature).
import type { Command } from 'commander';

export function registerLint(_program: Command): void {}
