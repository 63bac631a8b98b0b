//! Command-line front end: argument parsing, reading files, writing reports.

pub mod alloc;
mod bench;
mod output;

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::path::Path;

use reportlens::input::Hint;

/// Output formats of the CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Markdown,
    Csv,
}

/// Parsed command line.
#[derive(Debug)]
struct Args {
    format: Format,
    pretty: bool,
    offsets: reportlens::Offsets,
    /// Print the text that is analysed instead of a report.
    text: bool,
    inputs: Vec<OsString>,
}

const HELP: &str = "\
reportlens — sections, meta and indicators of a Chinese government report

Usage:
  reportlens [OPTIONS] [FILE...]     analyse files (- or no FILE: standard input)
  reportlens bench [FILE...]         measure throughput on FILEs (default: the bundled fixtures)

Options:
  -f, --format FORMAT   json (default), md (a readable summary) or csv (one indicator per row,
                        UTF-8 with BOM for Excel)
      --pretty          indent the JSON
      --offsets UNIT    spans in utf8 bytes (default), utf16 code units or chars
      --text            print the text that is analysed (the readable text of a web page or
                        Word file, the decoded text of a GBK file) instead of a report
  -h, --help            show this help
  -V, --version         show the version

Input may be text (UTF-8, UTF-16, GBK/GB18030 or Big5), a saved web page (.html, .mht) or a
Word file (.docx). Spans are UTF-8 byte offsets into the analysed text (see --text).
Exit status: 0 on success, 1 if any input could not be read or analysed, 2 on usage errors.
";

/// Runs the CLI and returns the exit status.
pub fn run(argv: Vec<OsString>) -> i32 {
    if argv.first().is_some_and(|a| a == "bench") {
        return bench::run(&argv[1..]);
    }
    let args = match parse(argv) {
        Ok(Some(args)) => args,
        Ok(None) => return 0,
        Err(message) => {
            eprintln!("reportlens: {message}\nTry 'reportlens --help'.");
            return 2;
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let multiple = args.inputs.len() > 1;
    let mut status = 0;
    let mut first = true;
    let options = reportlens::Options { offsets: args.offsets, max_bytes: None };
    for input in &args.inputs {
        let name = if input == "-" { "<stdin>".to_string() } else { input.to_string_lossy().into_owned() };
        let file_name = (input != "-").then_some(name.as_str());
        let result = read_input(input).map_err(|e| e.to_string()).and_then(|bytes| {
            let hint = Hint { file_name, ..Hint::default() };
            // The bytes are freed before the analysis: the peak holds the text, not both.
            reportlens::input::to_text(&bytes, hint).map_err(|e| e.to_string())
        });
        let text = match result {
            Ok(text) => text,
            Err(reason) => {
                eprintln!("reportlens: {name}: {reason}");
                status = 1;
                continue;
            }
        };
        let file = multiple.then_some(name.as_str());
        if args.text {
            for warning in &text.warnings {
                eprintln!("reportlens: {name}: {warning}");
            }
            let written = out.write_all(text.text.as_bytes()).and_then(|_| out.flush());
            if let Err(e) = written {
                return if e.kind() == io::ErrorKind::BrokenPipe { status } else { 1 };
            }
            continue;
        }
        let report = reportlens::analyze_input(&text, &options);
        drop(text);
        let written = match args.format {
            Format::Json => output::json(&mut out, &report, file, args.pretty),
            Format::Markdown => output::markdown(&mut out, &report, file),
            Format::Csv => output::csv(&mut out, &report, file, first),
        };
        first = false;
        if let Err(e) = written.and_then(|_| out.flush()) {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return status;
            }
            eprintln!("reportlens: cannot write output: {e}");
            return 1;
        }
    }
    status
}

fn parse(argv: Vec<OsString>) -> Result<Option<Args>, String> {
    use lexopt::prelude::*;
    let mut args = Args {
        format: Format::Json,
        pretty: false,
        offsets: reportlens::Offsets::Utf8,
        text: false,
        inputs: Vec::new(),
    };
    let mut parser = lexopt::Parser::from_args(argv);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => {
                print!("{HELP}");
                return Ok(None);
            }
            Short('V') | Long("version") => {
                println!("reportlens {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            Short('f') | Long("format") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                args.format = match value.to_string_lossy().as_ref() {
                    "json" => Format::Json,
                    "md" | "markdown" => Format::Markdown,
                    "csv" => Format::Csv,
                    other => return Err(format!("unknown format '{other}' (json, md or csv)")),
                };
            }
            Long("pretty") => args.pretty = true,
            Long("text") => args.text = true,
            Long("offsets") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                args.offsets = match value.to_string_lossy().as_ref() {
                    "utf8" | "bytes" => reportlens::Offsets::Utf8,
                    "utf16" => reportlens::Offsets::Utf16,
                    "chars" | "char" => reportlens::Offsets::Chars,
                    other => return Err(format!("unknown offset unit '{other}' (utf8, utf16 or chars)")),
                };
            }
            Value(v) => args.inputs.push(v),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    if args.inputs.is_empty() {
        args.inputs.push("-".into());
    }
    Ok(Some(args))
}

fn read_input(input: &OsString) -> io::Result<Vec<u8>> {
    if input == "-" {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes)?;
        return Ok(bytes);
    }
    let path = Path::new(input);
    if path.is_dir() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "is a directory, not a file"));
    }
    std::fs::read(path)
}
