// The npm package (dist/npm, built by scripts/build-npm.sh) in Node, without a browser: imported
// by its name through package.json `exports` (a scratch node_modules links it), initialised with
// the wasm bytes as its README says, and checked against the native CLI; then `npm pack
// --dry-run` lists exactly the intended files, the declarations type-check through `exports`,
// and the wasm files keep the page's size budgets.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import vm from 'node:vm';
import { FIXTURES, ROOT, cliReport } from '../lib/expected.mjs';

const PKG = join(ROOT, 'dist/npm');
const SEED = FIXTURES.find((f) => basename(f).startsWith('002_'));
const DOCX = join(ROOT, 'tests/fixtures/inputs/002_numbered.docx');
const FILES = ['LICENSE', 'README.md', 'package.json', 'reportlens.js', 'reportlens.d.ts', 'reportlens_bg.wasm',
  'readers.js', 'readers.d.ts', 'readers_bg.wasm'];
const crateVersion = /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];

/** A consumer project: node_modules/reportlens -> dist/npm, and a module importing it by name. */
function consumer() {
  const dir = mkdtempSync(join(tmpdir(), 'reportlens-npm-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(PKG, join(dir, 'node_modules/reportlens'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{"type":"module","private":true}\n');
  writeFileSync(join(dir, 'probe.mjs'), [
    "export * as rl from 'reportlens';",
    "export * as readers from 'reportlens/readers';",
    "export const wasmUrl = new URL(import.meta.resolve('reportlens/reportlens_bg.wasm'));",
    "export const readersUrl = new URL(import.meta.resolve('reportlens/readers_bg.wasm'));",
    '',
  ].join('\n'));
  return dir;
}

let dir, rl, readers, wasmUrl, readersUrl;
before(async () => {
  assert.ok(existsSync(join(PKG, 'package.json')), 'dist/npm is missing: run scripts/build-npm.sh');
  dir = consumer();
  ({ rl, readers, wasmUrl, readersUrl } = await import(pathToFileURL(join(dir, 'probe.mjs')).href));
  // The README's Node recipe: read the wasm through the package's exports, pass the bytes to init.
  await rl.default({ module_or_path: await readFile(wasmUrl) });
  readers.initSync({ module: readFileSync(readersUrl) });
});
after(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('npm package', () => {
  it('has the intended package.json', () => {
    const pkg = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));
    assert.equal(pkg.name, 'reportlens');
    assert.equal(pkg.version, crateVersion);
    assert.equal(pkg.license, 'MIT');
    assert.equal(pkg.type, 'module');
    assert.equal(pkg.sideEffects, false);
    assert.deepEqual(pkg.exports['.'], { types: './reportlens.d.ts', default: './reportlens.js' });
    assert.deepEqual(pkg.exports['./readers'], { types: './readers.d.ts', default: './readers.js' });
    assert.equal(rl.version(), crateVersion);
  });

  it('analyses a seed report like the native CLI', () => {
    const text = readFileSync(SEED, 'utf8');
    const got = rl.analyze(text);
    const want = cliReport(SEED);
    assert.ok(want.indicators.length > 50, `the seed has indicators (${want.indicators.length})`);
    assert.equal(got.indicators.length, want.indicators.length);
    assert.equal(got.sections.length, want.sections.length);
    assert.deepEqual(got, want, 'the whole report equals the CLI\'s JSON');
    for (const ind of got.indicators) assert.equal(text.slice(ind.start, ind.end), ind.text);
  });

  it('gives spans in UTF-16 code units, also after an emoji', () => {
    const text = '一、总体情况\n👍🏽全年地区生产总值增长5.2%，一般公共预算收入239.9亿元。';
    const report = rl.analyze(text);
    const growth = report.indicators.find((i) => i.text === '5.2%');
    assert.ok(growth, JSON.stringify(report.indicators));
    assert.equal(growth.start, text.indexOf('5.2%'));
    for (const ind of report.indicators) assert.equal(text.slice(ind.start, ind.end), ind.text);
    const bytes = rl.analyze(text, { offsets: 'utf8' }).indicators.find((i) => i.text === '5.2%');
    assert.equal(bytes.start, Buffer.byteLength(text.slice(0, growth.start)), 'offsets: "utf8" still works');
  });

  it('packs indicators for the page: unpacked, the report equals analyze()\'s, keys in order', () => {
    // www/js/unpack.js, as the page and its worker run it (a classic script setting self.*).
    const sandbox = { self: {} };
    vm.createContext(sandbox);
    vm.runInContext(readFileSync(join(ROOT, 'www/js/unpack.js'), 'utf8'), sandbox, { filename: 'unpack.js' });
    const unpack = sandbox.self.reportlensUnpack;
    const emoji = '一、总体情况\n👍🏽全年地区生产总值增长5.2%左右，一般公共预算收入***亿元，第3位。';
    for (const text of [...FIXTURES.map((f) => readFileSync(f, 'utf8')), emoji, '']) {
      for (const options of [undefined, { offsets: 'utf8' }]) {
        const packed = rl.analyzePacked(text, options);
        assert.deepEqual(packed.indicators, []);
        assert.equal(JSON.stringify(unpack(packed)), JSON.stringify(rl.analyze(text, options)));
      }
    }
    const gbk = new Uint8Array([0xd4, 0xf6, 0xb3, 0xa4, 0x35, 0x25]); // 增长5% in GBK
    const options = { includeText: true, maxBytes: 100 };
    assert.equal(JSON.stringify(unpack(rl.analyzeBytesPacked(gbk, options))), JSON.stringify(rl.analyzeBytes(gbk, options)));
  });

  it('throws JS Errors with a kind, and keeps working after them', () => {
    const throwsKind = (fn, kind) => assert.throws(fn, (e) => {
      assert.ok(e instanceof Error, `an Error, not ${typeof e}`);
      assert.equal(e.kind, kind, e.message);
      assert.ok(e.message.length > 0);
      return true;
    });
    throwsKind(() => rl.analyze('x', { maxbytes: 1 }), 'options');
    throwsKind(() => rl.analyze('x', { offsets: 'bytes' }), 'options');
    throwsKind(() => rl.analyzeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3])), 'not_text');
    throwsKind(() => rl.analyzeBytes(new TextEncoder().encode('一、总体情况\n增长5%'), { maxBytes: 4 }), 'too_large');
    throwsKind(() => readers.readFile(new Uint8Array(64), { fileName: 'x.txt', maxBytes: 8 }), 'too_large');
    assert.equal(rl.analyze('增长5%').indicators.length, 1);
  });

  it('decodes GBK bytes with the platform TextDecoder (analyzeBytes)', () => {
    // 增长5% in GBK.
    const gbk = new Uint8Array([0xd4, 0xf6, 0xb3, 0xa4, 0x35, 0x25]);
    const report = rl.analyzeBytes(gbk, { includeText: true });
    assert.equal(report.text, '增长5%');
    assert.equal(report.stats.encoding, 'GBK');
    assert.equal(report.indicators[0].text, '5%');
  });

  it('reads a .docx through reportlens/readers, like the CLI', () => {
    const extracted = readers.readFile(readFileSync(DOCX), { fileName: '002_numbered.docx' });
    assert.equal(extracted.format, 'docx');
    assert.ok(extracted.text.length > 1000);
    const got = rl.analyze(extracted.text);
    const want = cliReport(DOCX);
    assert.ok(want.indicators.length > 0);
    assert.equal(got.indicators.length, want.indicators.length);
    assert.equal(got.sections.length, want.sections.length);
    const html = readers.readHtml('<html><body><nav>首页</nav><p>全年增长5%。</p></body></html>');
    assert.equal(html.format, 'html');
    assert.match(html.text, /全年增长5%/);
  });

  it('packs exactly the intended files (npm pack --dry-run)', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PKG, stdio: ['ignore', 'pipe', 'pipe'] });
    const [pack] = JSON.parse(out.toString('utf8'));
    assert.equal(pack.name, 'reportlens');
    assert.equal(pack.version, crateVersion);
    assert.deepEqual(pack.files.map((f) => f.path).sort(), [...FILES].sort());
  });

  it('type-checks a consumer through the exports map (tsc, moduleResolution nodenext)', (t) => {
    const tsc = join(ROOT, 'e2e/node_modules/typescript/bin/tsc');
    if (!existsSync(tsc)) return t.skip('typescript not installed (scripts/setup.sh test installs it)');
    writeFileSync(join(dir, 'usage.mts'), `
import init, { initSync, analyze, analyzeBytes, version, type Report, type Indicator, type Options, type ReportlensError } from 'reportlens';
import initReaders, { readFile, readHtml, type Extracted } from 'reportlens/readers';
export async function use(bytes: Uint8Array, wasm: Uint8Array): Promise<void> {
  await init({ module_or_path: wasm });
  initSync({ module: wasm });
  await initReaders({ module_or_path: new URL('https://example.org/readers_bg.wasm') });
  const options: Options = { offsets: 'utf16' };
  const report: Report = analyze('增长5%', options);
  const first: Indicator | undefined = report.indicators[0];
  const fromBytes: Report = analyzeBytes(bytes, { includeText: true });
  const file: Extracted = readFile(bytes, { fileName: 'a.docx' });
  const page: Extracted = readHtml('<p>x</p>');
  try { analyze('x'); } catch (e) { const kind: string = (e as ReportlensError).kind; void kind; }
  // @ts-expect-error: a misspelt option must not type-check.
  analyze('x', { maxbytes: 1 });
  void [first, fromBytes, file, page, version()];
}
`);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [] },
      files: ['usage.mts'],
    }));
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      assert.fail(`tsc: ${e.stdout}${e.stderr}`);
    }
  });

  it('keeps the size budgets (gzip -9)', () => {
    const gz = (f) => gzipSync(readFileSync(join(PKG, f)), { level: 9 }).length;
    assert.ok(gz('reportlens_bg.wasm') <= 250_000, `analysis wasm ${gz('reportlens_bg.wasm')} B gzip`);
    assert.ok(gz('readers_bg.wasm') <= 100_000, `readers wasm ${gz('readers_bg.wasm')} B gzip`);
  });
});
