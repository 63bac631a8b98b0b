// Compiles only if www/pkg/reportlens.d.ts (generated from src/wasm.rs) declares the API the
// page and embedders use. Never run; `tsc -p e2e/types-check` type-checks it.

async function usage(bytes: Uint8Array): Promise<void> {
  await wasm_bindgen({ module_or_path: bytes });
  const version: string = wasm_bindgen.version();

  // Options are optional, and every field of Options is optional.
  const plain: wasm_bindgen.Report = wasm_bindgen.analyze('一、总体情况');
  const utf8: wasm_bindgen.Report = wasm_bindgen.analyze('x', { offsets: 'utf8' });
  const fromFile: wasm_bindgen.Report = wasm_bindgen.analyzeBytes(bytes, { includeText: true, maxBytes: 1 << 20 });
  const text: string | undefined = fromFile.text;
  // The page's form: indicators packed (www/js/unpack.js makes the objects).
  const packed: wasm_bindgen.PackedReport = wasm_bindgen.analyzePacked('x', { offsets: 'utf16' });
  const pack: wasm_bindgen.PackedIndicators = wasm_bindgen.analyzeBytesPacked(bytes, { includeText: true }).packedIndicators;
  const numbers: Float64Array = pack.numbers;
  const roles: wasm_bindgen.Role[] = pack.roles;
  const kinds: wasm_bindgen.SectionKind[] = pack.kinds;
  void [packed.meta, packed.sections, pack.strings, numbers, roles, pack.statuses, pack.qualifiers, pack.sections, kinds];

  const meta: wasm_bindgen.Meta = plain.meta;
  const title: string | null = meta.title;
  const docType: wasm_bindgen.DocType = meta.doc_type;
  const year: number | null = meta.report_year;

  for (const s of plain.sections) {
    const parent: number | null = s.parent;
    const kind: wasm_bindgen.SectionKind = s.kind;
    const span: [number, number, number] = [s.level, s.start, s.end];
    void [parent, kind, span, s.label, s.title];
  }
  for (const ind of plain.indicators) {
    const value: number | null = ind.value;
    const role: wasm_bindgen.Role = ind.role;
    const status: wasm_bindgen.Status = ind.status;
    const q: wasm_bindgen.Qualifier | null = ind.qualifier;
    const section: number | null = ind.section;
    void [value, role, status, q, section, ind.text, ind.start, ind.end, ind.unit, ind.name, ind.year, ind.masked];
  }
  for (const task of plain.tasks) {
    const units: wasm_bindgen.Unit[] = task.units;
    const lead: boolean = units[0].lead;
    void [lead, task.leaders, task.indicators, task.number, task.category, task.project, task.text];
  }
  const zones: wasm_bindgen.ZoneKind[] = plain.zones.map((z) => z.kind);
  const stats: wasm_bindgen.Stats = plain.stats;
  const warnings: string[] = plain.warnings;

  try {
    wasm_bindgen.analyzeBytes(new Uint8Array([0x89, 0x50]));
  } catch (e) {
    const err = e as wasm_bindgen.ReportlensError;
    const kind: 'not_text' | 'too_large' | 'malformed' | 'options' | 'internal' | 'other' = err.kind;
    void kind;
  }

  // @ts-expect-error: a misspelt option must not type-check.
  wasm_bindgen.analyze('x', { maxbytes: 1 });
  // @ts-expect-error: offsets is a closed set.
  wasm_bindgen.analyze('x', { offsets: 'bytes' });

  void [version, utf8, text, title, docType, year, zones, stats, warnings];
}
void usage;
