// Runs `web-ext lint` on the Firefox build. Fails on any error, and on any warning that is not one of
// the known, explained ones below (README, "web-ext lint"), so a new warning is read before it lands.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = `${process.env.PAPER_RADAR_OUT_DIR || '.output'}/firefox-mv3`;
if (!existsSync(`${dir}/manifest.json`)) {
  console.error(`lint-firefox: ${dir} is missing; run npm run build first`);
  process.exit(1);
}

// Each known warning, where it may appear, and why it stays:
// - Preact's renderer assigns innerHTML only for dangerouslySetInnerHTML, which our code never uses
//   (tests/unit/code-guards.test.ts enforces that).
// - zod 4 carries a code generator behind `Function`; lib/zod.ts sets `jitless`, so it never calls it
//   (lib/zod.test.ts pins that), and the extension CSP would refuse it anyway.
// - The page script imports its later parts by their extension URLs, runtime.getURL('/page-main.js')
//   and runtime.getURL('/paper-ui.js') (lib/content/chunk.ts, bundled into the every-page script and
//   into page-main.js): files of this package, never a remote or page-given address.
const KNOWN_WARNINGS = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/.*\.js$/ },
  { code: 'DANGEROUS_EVAL', file: /^(background\.js|chunks\/.*\.js)$/ },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(?:content-scripts\/page|page-main)\.js$/, message: /^Unsafe call to import for argument 0$/ },
];

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
  encoding: 'utf8',
  maxBuffer: 32 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error('lint-firefox: web-ext lint did not print a JSON report\n', run.stdout, run.stderr);
  process.exit(1);
}

const known = (w) =>
  KNOWN_WARNINGS.some((k) => k.code === w.code && k.file.test(w.file ?? '') && (!k.message || k.message.test(w.message ?? '')));
const unexpected = report.warnings.filter((w) => !known(w));
for (const m of [...report.errors, ...report.warnings, ...report.notices]) {
  console.log(`${m._type ?? ''} ${m.code} ${m.file ?? ''}: ${m.message}`);
}
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexpected.length} unexpected), ${report.notices.length} notices`);
process.exit(report.errors.length === 0 && unexpected.length === 0 ? 0 : 1);
