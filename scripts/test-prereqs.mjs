// `npm test` starts here: the end-to-end tests need Chromium and the PDF tests
// need poppler's pdftotext/pdftoppm, none of which npm can install. Root with
// apt-get (CI, a fresh container) installs them; anyone else is told, within
// seconds, the one command to run, instead of 40 tests failing minutes later.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (command) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && executable(join(dir, command)));

/** Debian packages for what is missing, each named once. */
function missingPackages() {
  const packages = new Set();
  if (!executable(chromium)) packages.add('chromium');
  for (const tool of ['pdftotext', 'pdftoppm']) if (!onPath(tool)) packages.add('poppler-utils');
  return [...packages];
}

const missing = missingPackages();
if (missing.length === 0) process.exit(0);

const command = `apt-get install -y ${missing.join(' ')}`;
// PREREQS_INSTALL=0 never installs (a developer's own machine, or this script's test).
const mayInstall = process.env.PREREQS_INSTALL !== '0' && process.getuid?.() === 0 && onPath('apt-get');
if (mayInstall) {
  console.log(`Installing what the tests need: ${missing.join(', ')} (${command})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (run(['update', '-qq']) && run(['install', '-y', '-qq', ...missing]) && missingPackages().length === 0) process.exit(0);
  console.error(`\nCould not install ${missing.join(', ')}. Run as root: ${command}`);
  process.exit(1);
}

console.error(
  [
    `The tests need ${missing.join(' and ')}, which this machine does not have`,
    `(Chromium at ${chromium} for the end-to-end tests, CHROMIUM_PATH to use another; poppler-utils for reading PDFs).`,
    `Install with:\n\n    sudo ${command}\n`,
  ].join('\n'),
);
process.exit(1);
