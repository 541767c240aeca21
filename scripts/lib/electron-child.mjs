// Child process of electron-tests.mjs (so xvfb-run can wrap it): downloads VS Code when needed
// and runs the suite. Exit code: VS Code's (0 pass, 1 fail); 3 when VS Code could not start.
import { join } from 'node:path';
import { runTests, TestRunFailedError } from '@vscode/test-electron';

const c = JSON.parse(process.env.LIAISON_ELECTRON_CONFIG);
try {
  const code = await runTests({
    version: c.version, cachePath: c.cachePath,
    extensionDevelopmentPath: c.extPath, extensionTestsPath: c.testsPath,
    extensionTestsEnv: c.testEnv, // HOME, XDG dirs and TMPDIR already point into c.tmp
    launchArgs: [...(c.folder ? [c.folder] : []), '--disable-extensions', '--disable-workspace-trust',
      '--skip-welcome', '--skip-release-notes', '--disable-gpu',
      `--user-data-dir=${join(c.tmp, 'user-data')}`, `--extensions-dir=${join(c.tmp, 'extensions')}`],
  });
  process.exit(code);
} catch (e) {
  // A failing suite rejects with its exit code; anything else means VS Code never ran it.
  if (e instanceof TestRunFailedError && e.code) process.exit(e.code);
  console.error('[electron host] VS Code could not run the tests:', e?.message ?? e);
  process.exit(3);
}
