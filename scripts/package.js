// Store-ready zips of both builds, written beside them in dist/.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
for (const browser of ['chrome', 'firefox']) {
  execFileSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      `dist/${browser}`,
      '--artifacts-dir',
      'dist',
      '--filename',
      `joom-connector-${browser}-${version}.zip`,
      '--overwrite-dest',
      '--no-input',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`dist/joom-connector-${browser}-${version}.zip`);
}
