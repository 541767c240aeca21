// The manifest, the registered commands and the note types agree, without starting VS Code: the
// extension's activate() runs against a stand-in `vscode` module that records registerCommand.
// (The integration suite checks the same against a real VS Code.)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { NOTE_TYPE_IDS } from '../../src/core/notes/note-types.js';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { commands: Array<{ command: string; title: string }> } };
const nls = (lang: '' | '.fr') => JSON.parse(readFileSync(join(root, `package.nls${lang}.json`), 'utf8')) as Record<string, string>;

/** Loads src/vscode/extension.ts with `vscode` replaced by a recorder; returns the command ids it registers. */
function registeredCommands(): string[] {
  const ids: string[] = [];
  // Any property is another stand-in, any call returns one; never a thenable, so nothing awaits
  // forever. Its own keys are the vscode members the shell uses (bundlers copy them one by one).
  const names = [...new Set(readdirSync(join(root, 'src/vscode'), { recursive: true }).map(String).filter(f => f.endsWith('.ts'))
    .flatMap(f => [...readFileSync(join(root, 'src/vscode', f), 'utf8').matchAll(/\bvscode\.(\w+)/g)].map(m => m[1]!)))];
  const target = function () { /* stand-in */ };
  const stub: unknown = new Proxy(target, {
    get: (_t, key) => key === 'then' ? undefined : key === '__esModule' ? true : key === 'registerCommand' ? (id: string) => { ids.push(id); return stub; }
      : key === Symbol.toPrimitive ? () => '' : key === 'workspaceFolders' || key === 'textDocuments' ? [] : stub,
    apply: () => stub,
    construct: () => stub as object,
    set: () => true,
    defineProperty: () => true,
    ownKeys: () => [...new Set([...Reflect.ownKeys(target), ...names])],
    getOwnPropertyDescriptor: (t, key) => Reflect.getOwnPropertyDescriptor(t, key) ?? { configurable: true, enumerable: true, writable: true, value: stub },
  });
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  const patched = (request: string, ...rest: unknown[]) => (request === 'vscode' ? stub : load(request, ...rest));
  (Module as unknown as { _load: typeof patched })._load = patched;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ext = require('../../src/vscode/extension.ts') as { activate(ctx: unknown): void };
    const subscriptions: Array<{ dispose?: () => void }> = [];
    ext.activate({ subscriptions, extensionUri: stub, extensionPath: root, workspaceState: stub, globalState: stub });
    // Timers the features start (the log's hourly recount) stop with their disposables.
    for (const d of subscriptions) d.dispose?.();
  } finally {
    (Module as unknown as { _load: typeof load })._load = load;
  }
  return ids;
}

describe('manifest, registered commands and note types', () => {
  const declared = manifest.contributes.commands.map(c => c.command);
  const registered = registeredCommands();

  it('registers exactly the commands package.json declares, each once', () => {
    assert.ok(registered.length > 0, 'activate() registered nothing');
    assert.deepEqual([...registered].sort(), [...declared].sort());
    assert.equal(new Set(registered).size, registered.length, 'a command registered twice');
  });

  it('every note type has its New command, declared and registered', () => {
    for (const type of NOTE_TYPE_IDS) {
      const id = `liaison.new${type.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase())}`;
      assert.ok(declared.includes(id), `${id} (note type ${type}) is not in package.json contributes.commands`);
      assert.ok(registered.includes(id), `${id} (note type ${type}) is not registered`);
    }
  });

  it('every command title has its English and French string', () => {
    const en = nls(''), fr = nls('.fr');
    for (const c of manifest.contributes.commands) {
      const key = /^%(.+)%$/.exec(c.title)?.[1];
      assert.ok(key, `${c.command}: title must be a %key% of package.nls.json`);
      assert.ok(en[key], `${c.command}: no "${key}" in package.nls.json`);
      assert.ok(fr[key], `${c.command}: no "${key}" in package.nls.fr.json`);
    }
  });
});
