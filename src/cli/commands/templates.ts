// `liaison new` and `liaison templates` (owned by the templates feature).
import type { Command } from 'commander';

export function registerNew(_program: Command): void {}
export function registerTemplatesList(_program: Command): void {}
