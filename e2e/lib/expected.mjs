// Expected results come from the native CLI (`target/release/reportlens --offsets utf16`),
// so the page is checked against the same core compiled natively, never against itself.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = process.env.REPORTLENS_CLI || join(ROOT, 'target/release/reportlens');
export const SEEDS = join(ROOT, 'tests/fixtures/seeds');
export const FIXTURES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
export const SINGLE_FILE = join(ROOT, 'dist/reportlens.html');
export const WWW = join(ROOT, 'www');

const scratch = mkdtempSync(join(tmpdir(), 'reportlens-expected-'));

/**
 * The CLI's report for a file, spans in UTF-16 code units like the page's.
 * @param {string} path
 * @returns {object} the parsed JSON report
 */
export function cliReport(path) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "cargo build --release" (scripts/test-web.sh does)`);
  const out = execFileSync(CLI, ['--offsets', 'utf16', path], { maxBuffer: 1 << 30 });
  return JSON.parse(out.toString('utf8'));
}

/**
 * The CLI's report for some bytes (written to a scratch file first).
 * @param {string} name file name
 * @param {Uint8Array|string} content
 * @returns {{path: string, report: object}}
 */
export function cliReportFor(name, content) {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return { path, report: cliReport(path) };
}
