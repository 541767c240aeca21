// (lazy part) One step of "Log Exchange…" on screen: a quick pick or an input box, with a Back
// button after the first step. Esc and Back keep what is in the box, so a draft never loses the
// field being typed. Tests watch `onDidShowStep` to drive the real quick input.
import * as vscode from 'vscode';
import type { ExchangeStep } from '../../core/log/exchange-steps';

export type StepResult = { go: 'next' | 'back' | 'cancel'; value: string };

export interface ShownStep { id: ExchangeStep; input: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox }
const shown = new vscode.EventEmitter<ShownStep>();
/** Fires when a step of the flow is on screen (for tests and tools). */
export const onDidShowStep = shown.event;
let current: ShownStep | undefined;
export const currentStep = (): ShownStep | undefined => current;

interface Common { id: ExchangeStep; title: string; prompt: string; back: boolean }

function run<T extends vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox>(
  input: T, c: Common, wire: (finish: (r: StepResult) => void) => void, valueOf: () => string): Promise<StepResult> {
  input.title = c.title;
  input.ignoreFocusOut = true;
  input.buttons = c.back ? [vscode.QuickInputButtons.Back] : [];
  return new Promise<StepResult>(resolve => {
    let done = false;
    const subs: vscode.Disposable[] = [];
    const finish = (r: StepResult) => {
      if (done) return;
      done = true;
      current = undefined;
      subs.forEach(s => s.dispose());
      input.dispose();
      resolve(r);
    };
    subs.push(input.onDidTriggerButton(b => { if (b === vscode.QuickInputButtons.Back) finish({ go: 'back', value: valueOf() }); }));
    subs.push(input.onDidHide(() => finish({ go: 'cancel', value: valueOf() })));
    wire(finish);
    input.show();
    current = { id: c.id, input };
    shown.fire(current);
  });
}

export interface PickItem<V extends string> extends vscode.QuickPickItem { value: V }

export function pickStep<V extends string>(c: Common, items: PickItem<V>[], selected: V | undefined): Promise<StepResult> {
  const qp = vscode.window.createQuickPick<PickItem<V>>();
  qp.placeholder = c.prompt;
  qp.items = items;
  const active = items.find(i => i.value === selected);
  if (active) qp.activeItems = [active];
  return run(qp as unknown as vscode.QuickPick<vscode.QuickPickItem>, c, finish => {
    qp.onDidAccept(() => {
      const v = qp.selectedItems[0]?.value ?? qp.activeItems[0]?.value;
      if (v) finish({ go: 'next', value: v });
    });
  }, () => qp.activeItems[0]?.value ?? selected ?? '');
}

/** `check` returns an error (blocks Enter) or a readout ("Monday 30 November 2026 at 4 pm") shown as information. */
export type Check = (value: string) => { error?: string; info?: string };

export function textStep(c: Common, value: string, placeholder: string | undefined, check?: Check): Promise<StepResult> {
  const box = vscode.window.createInputBox();
  box.prompt = c.prompt;
  box.placeholder = placeholder;
  box.value = value;
  const validate = (v: string): boolean => {
    const r = check?.(v) ?? {};
    box.validationMessage = r.error ?? (r.info ? { message: r.info, severity: vscode.InputBoxValidationSeverity.Info } : undefined);
    return !r.error;
  };
  validate(value);
  return run(box, c, finish => {
    box.onDidChangeValue(validate);
    box.onDidAccept(() => { if (validate(box.value)) finish({ go: 'next', value: box.value.trim() }); });
  }, () => box.value);
}
