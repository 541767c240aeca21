// Workspace trust, as the manifest declares it and the bundles keep it: a cloned repository opened
// in Restricted Mode must not steer where Liaison writes, nor make it run a program.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  capabilities: { untrustedWorkspaces: { supported: string; description: string; restrictedConfigurations?: string[] } };
  contributes: { configuration: Array<{ properties: Record<string, { type: string }> }> };
};

describe('untrusted workspaces', () => {
  const trust = manifest.capabilities.untrustedWorkspaces;
  it('support is limited, with a description in English and French', () => {
    assert.equal(trust.supported, 'limited');
    const key = trust.description.replace(/^%|%$/g, '');
    for (const f of ['package.nls.json', 'package.nls.fr.json']) {
      const text = (JSON.parse(readFileSync(join(root, f), 'utf8')) as Record<string, string>)[key];
      assert.match(text ?? '', /export|d’export/, f);
    }
  });
  it('a workspace cannot set where exports are written (restricted setting)', () => {
    const paths = manifest.contributes.configuration.flatMap(c => Object.entries(c.properties))
      .filter(([k, v]) => v.type === 'string' && /folder|path|dir/i.test(k)).map(([k]) => k);
    assert.deepEqual(paths, ['liaison.export.folder']);
    for (const k of paths) assert.ok(trust.restrictedConfigurations?.includes(k), `${k} is restricted`);
  });
  it('the extension bundles never start a process (git and openssl are CLI only)', () => {
    const bundles = ['dist/extension.js', ...readdirSync(join(root, 'dist/lazy')).filter(f => f.endsWith('.js')).map(f => `dist/lazy/${f}`)];
    assert.ok(bundles.length > 1);
    for (const b of bundles) assert.doesNotMatch(readFileSync(join(root, b), 'utf8'), /require\(["'](?:node:)?child_process["']\)/, b);
    assert.match(readFileSync(join(root, 'dist/cli.js'), 'utf8'), /require\(["'](?:node:)?child_process["']\)/, 'the check can see a require');
  });
});
