//! The JavaScript binding, compiled only for `wasm32`.
//!
//! A thin, stateless layer over [`crate::analyze`] and [`crate::analyze_bytes`]: options in
//! (`serde_wasm_bindgen::from_value`), the [`Report`] out as plain JS objects, every error as
//! a real JS `Error`. Nothing is kept between calls, so a failed call cannot poison the next one
//! (WEB.md P8) and the page may run the same module in a worker and on the main thread.
//!
//! Spans are UTF-16 code units by default, i.e. plain JavaScript string indices:
//! `text.slice(ind.start, ind.end) === ind.text`. The core converts them (WEB.md P7).

use serde::Serialize;
use wasm_bindgen::prelude::*;
#[cfg(not(feature = "readers-module"))]
use wasm_bindgen::JsCast;

use crate::Error;
#[cfg(not(feature = "readers-module"))]
use crate::{Offsets, Options, Report};

/// One serializer for every result: `json_compatible` turns maps into plain objects and
/// `None` into `null` (serde-wasm-bindgen's defaults are `Map` and `undefined`, WEB.md P5),
/// so the JS value equals `JSON.parse` of the CLI's output.
const SERIALIZER: serde_wasm_bindgen::Serializer = serde_wasm_bindgen::Serializer::json_compatible();

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Settings of one analysis. Every field is optional. */
export interface Options {
  /** Unit of every `start`/`end`: "utf16" (default, JavaScript string indices), "utf8" bytes, or "chars" (code points). */
  offsets?: "utf16" | "utf8" | "chars";
  /** analyzeBytes only: refuse inputs larger than this many bytes. */
  maxBytes?: number;
  /** analyzeBytes only: also return the decoded text that the spans index, as `text`. */
  includeText?: boolean;
}

export type DocType = "work_report" | "work_summary" | "work_plan" | "task_breakdown" | "other";
export type SectionKind = "review" | "targets" | "plan" | "problems" | "toc" | "other";
export type Role = "amount" | "count" | "percent" | "growth" | "decline" | "share" | "rank" | "other";
export type Status = "actual" | "expected" | "target";
export type Qualifier = "左右" | "以上" | "以内" | "超" | "近" | "突破" | "约" | "余" | "达" | "不低于";
export type ZoneKind = "navigation" | "page_info" | "actions" | "forum" | "footer";

/** Document-level facts. */
export interface Meta {
  title: string | null;
  doc_type: DocType;
  issuer: string | null;
  region: string | null;
  report_year: number | null;
  review_year: number | null;
  plan_year: number | null;
  /** YYYY-MM-DD */
  date: string | null;
  speaker: string | null;
  meeting: string | null;
}

/** One heading of the outline. */
export interface Section {
  /** 1 for the top-most headings. */
  level: number;
  /** The label as written (一、, (一), 1.), empty for unlabelled headings. */
  label: string;
  title: string;
  kind: SectionKind;
  /** Start of the heading. */
  start: number;
  /** End of the section's body. */
  end: number;
  /** Index of the enclosing section in `Report.sections`. */
  parent: number | null;
}

/** One quantity mentioned in the text. */
export interface Indicator {
  /** The number and its unit as written; equals `source.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** `null` when the digits are masked. */
  value: number | null;
  unit: string;
  name: string | null;
  role: Role;
  status: Status;
  qualifier: Qualifier | null;
  year: number | null;
  masked: boolean;
  /** Index of the innermost section holding the figure. */
  section: number | null;
}

/** A responsible unit of a task. */
export interface Unit {
  name: string;
  /** Marked ★: leads the task. */
  lead: boolean;
}

/** One row of a flattened task table. */
export interface Task {
  number: number | null;
  category: string | null;
  project: string | null;
  text: string;
  leaders: string[];
  units: Unit[];
  start: number;
  end: number;
  /** Indices into `Report.indicators`. */
  indicators: number[];
}

/** Page chrome excluded from analysis. */
export interface Zone {
  start: number;
  end: number;
  kind: ZoneKind;
}

/** How much was read. */
export interface Stats {
  /** "UTF-8", "GBK", "UTF-16LE"... */
  encoding: string;
  /** Length of the text in the span unit. */
  length: number;
  /** Code points. */
  chars: number;
  lines: number;
}

/** Everything reportlens extracts from one document. */
export interface Report {
  meta: Meta;
  sections: Section[];
  indicators: Indicator[];
  tasks: Task[];
  zones: Zone[];
  stats: Stats;
  warnings: string[];
  /** Only from `analyzeBytes` with `includeText: true`: the decoded text. */
  text?: string;
}

/**
 * What `analyzePacked` and `analyzeBytesPacked` return: a Report whose sections, indicators and
 * tasks are packed (those lists are empty). `unpackReport` (www/js/unpack.js) turns it into a Report.
 */
export interface PackedReport extends Omit<Report, "sections" | "indicators" | "tasks"> {
  sections: [];
  indicators: [];
  tasks: [];
  packedIndicators: PackedIndicators;
}

/**
 * Every indicator as 12 numbers in `numbers`: the lengths (UTF-16 units) of its text, unit and
 * name (-1: null), taken one after another from `strings`, and its other fields:
 * [textLength, start, end, value (NaN: null), unitLength, nameLength, role (index into
 * `roles`), status (into `statuses`), qualifier (into `qualifiers`, -1: null), year (NaN: null),
 * masked (1 or 0), section (-1: null)].
 */
export interface PackedIndicators {
  strings: string;
  numbers: Float64Array;
  roles: Role[];
  statuses: Status[];
  qualifiers: Qualifier[];
  /**
   * Every section as 7 numbers, its strings following the tasks' in `strings`: [level,
   * labelLength, titleLength, kind (index into `kinds`), start, end, parent (-1: null)].
   */
  sections: Float64Array;
  kinds: SectionKind[];
  /**
   * The tasks, one after another, their strings following the indicators' in `strings`:
   * number (NaN: null), the lengths of category and project (-1: null) and text, the count of
   * leaders and each one's length, the count of units and each one's name length and lead
   * (1 or 0), start, end, the count of indicators and each index.
   */
  tasks: Float64Array;
}

/** Options of the readers module's `readFile`. */
export interface ReadOptions {
  /** The file's name: its extension helps tell HTML from text. */
  fileName?: string;
  /** The file's MIME type, if known. */
  mime?: string;
  /** Refuse files larger than this many bytes. */
  maxBytes?: number;
}

/** What the readers module took out of a file: analyse `text` with `analyze`. */
export interface Extracted {
  text: string;
  /** "text", "html", "mht" or "docx". */
  format: string;
  /** The encoding the text was read in. */
  encoding: string;
  /** Problems met while reading (a lossy decoding, dropped page parts...). */
  warnings: string[];
}

/** The `Error`s thrown by analyzeBytes carry a machine-readable kind. */
export interface ReportlensError extends Error {
  kind: "not_text" | "too_large" | "malformed" | "options" | "internal" | "other";
}
"#;

/// Options as JavaScript spells them (camelCase); unknown keys are an error, not ignored,
/// so a typo like `maxbytes` does not silently do nothing. Read by hand rather than through
/// serde: the three fields do not need a deserializer in the wasm.
#[cfg(not(feature = "readers-module"))]
#[derive(Debug, Default)]
struct JsOptions {
    offsets: Option<Offsets>,
    max_bytes: Option<usize>,
    include_text: bool,
}

#[cfg(not(feature = "readers-module"))]
impl JsOptions {
    const KEYS: [&'static str; 3] = ["offsets", "maxBytes", "includeText"];

    fn parse(value: &JsValue) -> Result<Self, JsValue> {
        if value.is_undefined() || value.is_null() {
            return Ok(Self::default());
        }
        let invalid = |what: &str| error("options", &format!("invalid options: {what}"));
        let Some(object) = value.dyn_ref::<js_sys::Object>() else {
            return Err(invalid("expected an object"));
        };
        let mut options = Self::default();
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            let field = js_sys::Reflect::get(object, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
            if field.is_undefined() || field.is_null() {
                continue;
            }
            match key.as_str() {
                "offsets" => {
                    options.offsets = Some(match field.as_string().as_deref() {
                        Some("utf16") => Offsets::Utf16,
                        Some("utf8") => Offsets::Utf8,
                        Some("chars") => Offsets::Chars,
                        _ => return Err(invalid("`offsets` must be \"utf16\", \"utf8\" or \"chars\"")),
                    })
                }
                "maxBytes" => {
                    let n = field.as_f64().filter(|n| n.is_finite() && *n >= 0.0 && n.fract() == 0.0);
                    let n = n.ok_or_else(|| invalid("`maxBytes` must be a whole number of bytes"))?;
                    options.max_bytes = Some(n.min(usize::MAX as f64) as usize);
                }
                "includeText" => {
                    options.include_text =
                        field.as_bool().ok_or_else(|| invalid("`includeText` must be true or false"))?
                }
                _ => {
                    return Err(invalid(&format!(
                        "unknown option `{key}`, expected one of {}",
                        Self::KEYS.join(", ")
                    )))
                }
            }
        }
        Ok(options)
    }

    fn core(&self) -> Options {
        Options { offsets: self.offsets.unwrap_or(Offsets::Utf16), max_bytes: self.max_bytes }
    }
}

/// A JS `Error` with the user-facing message and a `kind` property the page can translate.
fn error(kind: &str, message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&err, &JsValue::from_str("kind"), &JsValue::from_str(kind));
    err.into()
}

fn core_error(e: &Error) -> JsValue {
    let kind = match e {
        Error::NotText { .. } => "not_text",
        Error::TooLarge { .. } => "too_large",
        Error::Malformed { .. } => "malformed",
        #[allow(unreachable_patterns)] // Error is #[non_exhaustive].
        _ => "other",
    };
    error(kind, &e.to_string())
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&SERIALIZER).map_err(|e| error("internal", &e.to_string()))
}

#[wasm_bindgen]
extern "C" {
    /// The platform's WHATWG `TextDecoder` (browsers, workers, Node): GB18030, Big5 and
    /// UTF-16 without shipping encoding tables in the wasm.
    type TextDecoder;
    #[wasm_bindgen(constructor, catch)]
    fn new(label: &str, options: &JsValue) -> Result<TextDecoder, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn decode(this: &TextDecoder, bytes: &[u8]) -> Result<String, JsValue>;
}

/// Decodes `bytes` as the WHATWG encoding `label` without BOM handling (the core strips BOMs
/// itself), replacing malformed sequences with U+FFFD. Returns the text and whether anything
/// was replaced. For the core's `decode` stage on wasm32 (natively encoding_rs does this).
pub(crate) fn text_decode(label: &str, bytes: &[u8]) -> (String, bool) {
    let options = |fatal: bool| {
        let o = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&o, &"ignoreBOM".into(), &JsValue::TRUE);
        let _ = js_sys::Reflect::set(&o, &"fatal".into(), &JsValue::from_bool(fatal));
        JsValue::from(o)
    };
    // A fatal decoder throws on the first malformed sequence: then decode again, replacing.
    if let Ok(text) = TextDecoder::new(label, &options(true)).and_then(|d| d.decode(bytes)) {
        return (text, false);
    }
    let text = TextDecoder::new(label, &options(false)).and_then(|d| d.decode(bytes)).unwrap_or_default();
    (text, true)
}

/// Installs the panic hook (when built with the `panic-hook` feature) so a bug shows its
/// message in the console instead of "unreachable executed".
#[wasm_bindgen(start)]
fn start() {
    #[cfg(feature = "panic-hook")]
    console_error_panic_hook::set_once();
}

/// Analyses a report given as a string.
///
/// Never throws for any text (empty or odd input gives an empty report with a warning);
/// throws only for malformed `options`.
#[cfg(not(feature = "readers-module"))]
#[wasm_bindgen(js_name = analyze, unchecked_return_type = "Report")]
pub fn analyze(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let options = JsOptions::parse(&options)?;
    to_js(&crate::analyze(text, &options.core()))
}

/// The report plus the text its spans index (for `includeText`).
#[cfg(not(feature = "readers-module"))]
#[derive(Serialize)]
struct WithText<'a> {
    #[serde(flatten)]
    report: &'a Report,
    text: &'a str,
}

/// Analyses a file's raw bytes, decoded the way the CLI decodes them (BOM, UTF-16, GBK/GB18030,
/// Big5).
///
/// # Errors
/// Throws an `Error` whose `kind` is `not_text` (binary input), `too_large` (past
/// `options.maxBytes`) or `malformed`, with the core's message.
#[cfg(not(feature = "readers-module"))]
#[wasm_bindgen(js_name = analyzeBytes, unchecked_return_type = "Report")]
pub fn analyze_bytes(
    bytes: &[u8],
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    match report_of_bytes(bytes, &options)? {
        (report, Some(text)) => to_js(&WithText { report: &report, text: &text }),
        (report, None) => to_js(&report),
    }
}

/// The report on `bytes`, with the decoded text when `options` ask for it (`includeText`).
#[cfg(not(feature = "readers-module"))]
fn report_of_bytes(bytes: &[u8], options: &JsValue) -> Result<(Report, Option<String>), JsValue> {
    let options = JsOptions::parse(options)?;
    let core = options.core();
    if !options.include_text {
        return crate::analyze_bytes(bytes, &core).map(|r| (r, None)).map_err(|e| core_error(&e));
    }
    // The page shows and highlights a dropped file: it needs the text the spans index.
    let (report, text) = crate::analyze_bytes_with_text(bytes, &core).map_err(|e| core_error(&e))?;
    Ok((report, Some(text)))
}

/// [`analyze`] for the page: the same report, with its sections, indicators and tasks packed
/// into one string and `Float64Array`s (`packedIndicators`) instead of objects; `unpackReport`
/// in `www/js/unpack.js` makes the objects. JavaScript builds them several times faster than
/// setting their properties one call at a time from here (README, Speed).
///
/// # Errors
/// As [`analyze`].
#[cfg(not(feature = "readers-module"))]
#[wasm_bindgen(js_name = analyzePacked, unchecked_return_type = "PackedReport")]
pub fn analyze_packed(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let options = JsOptions::parse(&options)?;
    packed(crate::analyze(text, &options.core()), None)
}

/// [`analyze_bytes`] with the sections, indicators and tasks packed as [`analyze_packed`] packs them.
///
/// # Errors
/// As [`analyze_bytes`].
#[cfg(not(feature = "readers-module"))]
#[wasm_bindgen(js_name = analyzeBytesPacked, unchecked_return_type = "PackedReport")]
pub fn analyze_bytes_packed(
    bytes: &[u8],
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let (report, text) = report_of_bytes(bytes, &options)?;
    packed(report, text.as_deref())
}

/// How many numbers describe one packed indicator (see `PackedIndicators` in the types).
#[cfg(not(feature = "readers-module"))]
const PACKED_STRIDE: usize = 12;

/// How many numbers describe one packed section.
#[cfg(not(feature = "readers-module"))]
const PACKED_SECTION_STRIDE: usize = 7;

/// The strings of the packed parts, one after another in one string (a single decoding into
/// JS), each given by its length in UTF-16 units among the numbers.
#[cfg(not(feature = "readers-module"))]
struct Strings(String);

#[cfg(not(feature = "readers-module"))]
impl Strings {
    fn push(&mut self, s: &str) -> f64 {
        self.0.push_str(s);
        s.chars().map(char::len_utf16).sum::<usize>() as f64
    }

    /// A string's length, or -1 for none.
    fn push_opt(&mut self, s: Option<&str>) -> f64 {
        s.map_or(-1.0, |s| self.push(s))
    }
}

/// The report as JS objects, except its sections, indicators and tasks: those lists are left
/// empty and `packedIndicators` holds them (see the `PackedIndicators` type for the layout).
#[cfg(not(feature = "readers-module"))]
fn packed(mut report: Report, text: Option<&str>) -> Result<JsValue, JsValue> {
    let sections = std::mem::take(&mut report.sections);
    let indicators = std::mem::take(&mut report.indicators);
    let tasks = std::mem::take(&mut report.tasks);
    let value = match text {
        Some(text) => to_js(&WithText { report: &report, text })?,
        None => to_js(&report)?,
    };
    let mut strings = Strings(String::with_capacity(indicators.len() * 24 + tasks.len() * 96));
    let mut numbers: Vec<f64> = Vec::with_capacity(indicators.len() * PACKED_STRIDE);
    // Enum values as indices into tables of the values met, so their names come from serde
    // like every other field's, and no list of variants is repeated here.
    let (mut roles, mut statuses, mut qualifiers) = (Vec::new(), Vec::new(), Vec::new());
    for ind in &indicators {
        let text_len = strings.push(&ind.text);
        let unit_len = strings.push(&ind.unit);
        let name_len = strings.push_opt(ind.name.as_deref());
        numbers.extend_from_slice(&[
            text_len,
            ind.start as f64,
            ind.end as f64,
            ind.value.unwrap_or(f64::NAN),
            unit_len,
            name_len,
            index_in(&mut roles, ind.role),
            index_in(&mut statuses, ind.status),
            ind.qualifier.map_or(-1.0, |q| index_in(&mut qualifiers, q)),
            ind.year.map_or(f64::NAN, f64::from),
            if ind.masked { 1.0 } else { 0.0 },
            ind.section.map_or(-1.0, |s| s as f64),
        ]);
    }
    // Tasks: variable length, read in order (see `PackedIndicators.tasks`).
    let mut task_numbers: Vec<f64> = Vec::with_capacity(tasks.len() * 16);
    for task in &tasks {
        task_numbers.push(task.number.map_or(f64::NAN, f64::from));
        task_numbers.push(strings.push_opt(task.category.as_deref()));
        task_numbers.push(strings.push_opt(task.project.as_deref()));
        task_numbers.push(strings.push(&task.text));
        task_numbers.push(task.leaders.len() as f64);
        for leader in &task.leaders {
            task_numbers.push(strings.push(leader));
        }
        task_numbers.push(task.units.len() as f64);
        for unit in &task.units {
            task_numbers.push(strings.push(&unit.name));
            task_numbers.push(if unit.lead { 1.0 } else { 0.0 });
        }
        task_numbers.extend_from_slice(&[task.start as f64, task.end as f64, task.indicators.len() as f64]);
        task_numbers.extend(task.indicators.iter().map(|&i| i as f64));
    }
    let mut section_numbers: Vec<f64> = Vec::with_capacity(sections.len() * PACKED_SECTION_STRIDE);
    let mut kinds = Vec::new();
    for section in &sections {
        section_numbers.extend_from_slice(&[
            f64::from(section.level),
            strings.push(&section.label),
            strings.push(&section.title),
            index_in(&mut kinds, section.kind),
            section.start as f64,
            section.end as f64,
            section.parent.map_or(-1.0, |p| p as f64),
        ]);
    }
    let pack = js_sys::Object::new();
    let set = |key: &str, v: &JsValue| js_sys::Reflect::set(&pack, &JsValue::from_str(key), v).map(drop);
    set("strings", &JsValue::from_str(&strings.0))?;
    // One array copied out and three views of it: a typed array's allocation costs more than
    // its copy at these sizes.
    let (indicators_end, tasks_end) = (numbers.len(), numbers.len() + task_numbers.len());
    numbers.extend_from_slice(&task_numbers);
    numbers.extend_from_slice(&section_numbers);
    let all = js_sys::Float64Array::from(&numbers[..]);
    let view = |from: usize, to: usize| JsValue::from(all.subarray(from as u32, to as u32));
    set("numbers", &view(0, indicators_end))?;
    set("roles", &to_js(&roles)?)?;
    set("statuses", &to_js(&statuses)?)?;
    set("qualifiers", &to_js(&qualifiers)?)?;
    set("tasks", &view(indicators_end, tasks_end))?;
    set("sections", &view(tasks_end, numbers.len()))?;
    set("kinds", &to_js(&kinds)?)?;
    js_sys::Reflect::set(&value, &JsValue::from_str("packedIndicators"), &pack)?;
    Ok(value)
}

/// The index of `value` in `seen`, added at the end when new.
#[cfg(not(feature = "readers-module"))]
fn index_in<T: PartialEq>(seen: &mut Vec<T>, value: T) -> f64 {
    let at = seen.iter().position(|v| *v == value).unwrap_or_else(|| {
        seen.push(value);
        seen.len() - 1
    });
    at as f64
}

/// What a reader took out of a file: the text to analyse, and how it was read.
#[cfg(feature = "readers-module")]
#[derive(Serialize)]
struct Extracted<'a> {
    text: &'a str,
    format: &'a str,
    encoding: &'a str,
    warnings: &'a [String],
}

#[cfg(feature = "readers-module")]
fn extracted(input: &crate::input::Input) -> Result<JsValue, JsValue> {
    to_js(&Extracted {
        text: &input.text,
        format: input.format.as_str(),
        encoding: input.encoding,
        warnings: &input.warnings,
    })
}

/// Reads a dropped file — plain text in any supported encoding, an HTML page, `.mht` or
/// `.docx` — into the text to analyse (the readers module, loaded only for such files).
/// `options`: `{ fileName?, mime?, maxBytes? }`.
///
/// # Errors
/// Throws an `Error` whose `kind` is `not_text`, `too_large` or `malformed`.
#[cfg(feature = "readers-module")]
#[wasm_bindgen(js_name = readFile, unchecked_return_type = "Extracted")]
pub fn read_file(
    bytes: &[u8],
    #[wasm_bindgen(unchecked_optional_param_type = "ReadOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let get = |key: &str| {
        js_sys::Reflect::get(&options, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined())
    };
    let (file_name, mime) =
        (get("fileName").and_then(|v| v.as_string()), get("mime").and_then(|v| v.as_string()));
    let max_bytes = get("maxBytes").and_then(|v| v.as_f64()).filter(|n| *n >= 0.0).map(|n| n as usize);
    if let Some(limit) = max_bytes.filter(|&limit| bytes.len() > limit) {
        return Err(core_error(&Error::TooLarge { bytes: bytes.len(), limit }));
    }
    let hint = crate::input::Hint { file_name: file_name.as_deref(), mime: mime.as_deref(), max_bytes };
    let input = crate::input::to_text(bytes, hint).map_err(|e| core_error(&e))?;
    extracted(&input)
}

/// Reads HTML pasted from a browser (the clipboard's `text/html`) into the text to analyse.
#[cfg(feature = "readers-module")]
#[wasm_bindgen(js_name = readHtml, unchecked_return_type = "Extracted")]
pub fn read_html(html: &str) -> Result<JsValue, JsValue> {
    extracted(&crate::input::from_html_str(html))
}

/// The crate version, e.g. `"0.1.0"`.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
