// Size budgets, checked in CI (deterministic: gzip -9 of the built files, no timing).
// Usage: node scripts/check-size.mjs [--warn]   (after scripts/build-web.sh; --warn: report only)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// The budgets read as decimal kilobytes, the stricter of the two readings.
const KB = 1000;
const budgets = [
  { file: 'www/pkg/reportlens_bg.wasm', measure: 'gzip', limit: 250 * KB },
  // Our own budget for the file readers (web pages, .docx), loaded on first use only.
  { file: 'www/pkg/readers_bg.wasm', measure: 'gzip', limit: 100 * KB },
  { file: 'dist/reportlens.html', measure: 'raw', limit: 700 * KB },
];
let failed = 0;
for (const b of budgets) {
  const bytes = readFileSync(new URL(`../${b.file}`, import.meta.url));
  const gz = gzipSync(bytes, { level: 9 }).length;
  const size = b.measure === 'gzip' ? gz : bytes.length;
  const ok = size <= b.limit;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${b.file}: ${bytes.length} B raw, ${gz} B gzip; budget ${b.measure} <= ${b.limit} B`);
}
if (failed) {
  console.error(`${failed} size budget(s) exceeded`);
  if (!process.argv.includes('--warn')) process.exit(1);
}
