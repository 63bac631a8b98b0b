//! # reportlens
//!
//! Turns a Chinese government report (政府工作报告, 工作总结, 工作计划, 任务分解方案) into
//! structure and numbers: document [`Meta`], the heading tree ([`Section`]) and every
//! quantity it mentions ([`Indicator`]) with its name, role, status, qualifier and year.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! bytes ─decode─▶ text ─clean─▶ Doc (normalised view, chrome zones, lines)
//!   Doc ─outline─▶ headings ─meta─▶ Meta
//!   Doc ─numbers─▶ quantities ─indicators─▶ Indicator (name, role, status, year)
//!   Doc ─tables─▶ Task rows            ─report─▶ Report (spans in the caller's unit)
//! ```
//!
//! ```
//! let report = reportlens::analyze("一、2023年工作回顾\n完成一般公共预算收入239.9亿元，增长6.1%。", &Default::default());
//! assert_eq!(report.sections[0].title, "2023年工作回顾");
//! let income = &report.indicators[0];
//! assert_eq!((income.text.as_str(), income.name.as_deref()), ("239.9亿元", Some("一般公共预算收入")));
//! assert_eq!(report.indicators[1].role, reportlens::Role::Growth);
//! ```

#![warn(missing_docs)]

mod assemble;
pub mod clean;
pub mod decode;
#[cfg(feature = "readers")]
pub mod docx;
mod error;
#[cfg(feature = "readers")]
pub mod html;
pub mod indicators;
#[cfg(feature = "readers")]
pub mod input;
mod lexicon;
pub mod meta;
pub mod numbers;
pub mod outline;
pub mod patterns;
mod report;
pub mod tables;
pub mod words;

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

pub use error::Error;
pub use report::*;

/// How spans are counted in the returned [`Report`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Offsets {
    /// UTF-8 bytes (Rust strings, the CLI's JSON).
    #[default]
    Utf8,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
    /// Unicode code points (Python string indices).
    Chars,
}

/// Settings of one analysis.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The unit of every `start`/`end` in the report.
    pub offsets: Offsets,
    /// Refuse inputs larger than this many bytes (`None`: no limit).
    pub max_bytes: Option<usize>,
}

/// Analyses a file's raw bytes: sniffs the format (plain text, HTML, `.mht`, `.docx`), decodes
/// it (UTF-8, UTF-16, GBK, Big5), extracts the text, then runs [`analyze`].
///
/// # Errors
/// [`Error::NotText`] for binary input, [`Error::TooLarge`] past [`Options::max_bytes`],
/// [`Error::Malformed`] for a Word file that cannot be read.
pub fn analyze_bytes(bytes: &[u8], options: &Options) -> Result<Report, Error> {
    analyze_bytes_with_text(bytes, options).map(|(report, _)| report)
}

/// Like [`analyze_bytes`], and also returns the text the report's spans index (what a viewer
/// shows and highlights): the decoded text, or the readable text of a page or Word file.
///
/// # Errors
/// As [`analyze_bytes`].
pub fn analyze_bytes_with_text(bytes: &[u8], options: &Options) -> Result<(Report, String), Error> {
    #[cfg(feature = "readers")]
    {
        analyze_file(bytes, input::Hint::default(), options).map(|(report, input)| (report, input.text))
    }
    // Without the readers (the browser's analysis module) bytes are text to decode; pages and
    // Word files go through the readers module first.
    #[cfg(not(feature = "readers"))]
    {
        if let Some(limit) = options.max_bytes.filter(|&limit| bytes.len() > limit) {
            return Err(Error::TooLarge { bytes: bytes.len(), limit });
        }
        let decoded = decode::decode(bytes)?;
        let mut report = analyze(&decoded.text, options);
        report.stats.encoding = decoded.encoding.to_string();
        report.warnings.splice(0..0, decoded.warnings);
        Ok((report, decoded.text))
    }
}

/// Like [`analyze_bytes_with_text`], with the file name or MIME type as a format hint; returns
/// the extracted text with its format, encoding and headings.
///
/// # Errors
/// As [`analyze_bytes`].
#[cfg(feature = "readers")]
pub fn analyze_file(
    bytes: &[u8],
    hint: input::Hint<'_>,
    options: &Options,
) -> Result<(Report, input::Input), Error> {
    let hint = input::Hint { max_bytes: hint.max_bytes.or(options.max_bytes), ..hint };
    let input = input::to_text(bytes, hint)?;
    let report = analyze_input(&input, options);
    Ok((report, input))
}

/// Analyses text read by [`input::to_text`]: [`analyze`] plus the input's encoding and
/// warnings. Lets a caller free the file's bytes before the analysis (the CLI does).
#[cfg(feature = "readers")]
pub fn analyze_input(input: &input::Input, options: &Options) -> Report {
    let mut report = analyze(&input.text, options);
    report.stats.encoding = input.encoding.to_string();
    report.warnings.splice(0..0, input.warnings.iter().cloned());
    report
}

/// Analyses decoded text. Never fails: empty or odd input gives an empty report with a warning.
pub fn analyze(text: &str, options: &Options) -> Report {
    let doc = clean::Doc::new(text);
    let title = meta::find_title(&doc);
    let headings = outline::outline(&doc, &title);
    let meta = meta::extract(&doc, &headings, title);
    let quantities = numbers::scan(&doc);
    let indicators = indicators::build(&doc, &headings, &quantities, &meta);
    // Freed before the report is assembled: the peak memory is the report's, not both.
    drop(quantities);
    let tasks = tables::parse(&doc);
    assemble::report(&doc, meta, &headings, indicators, tasks, options)
}

/// Made-up lines, then every line of the bundled reports: what a rewritten rule is checked on
/// against the pattern it replaced.
#[cfg(test)]
pub(crate) fn test_lines(made_up: &[&str]) -> Vec<String> {
    let mut lines: Vec<String> = made_up.iter().map(|s| s.to_string()).collect();
    for text in seed_texts() {
        lines.extend(text.lines().map(str::to_string));
    }
    lines
}

/// The development reports bundled in `tests/fixtures/seeds`, in name order: unit tests check a
/// rewritten rule against the pattern it replaced on their text.
#[cfg(test)]
pub(crate) fn seed_texts() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
    let mut paths: Vec<_> =
        std::fs::read_dir(dir).expect("the seeds are there").map(|e| e.expect("a seed").path()).collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).expect("a seed reads")).collect()
}
