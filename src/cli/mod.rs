//! Command-line front end: argument parsing, reading files, writing reports.

pub mod alloc;
mod bench;
mod output;

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::path::Path;

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
  -h, --help            show this help
  -V, --version         show the version

Input may be UTF-8, UTF-16 or GBK text. Spans are UTF-8 byte offsets into the decoded text.
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
        let result = read_input(input)
            .map_err(|e| e.to_string())
            .and_then(|bytes| reportlens::analyze_bytes(&bytes, &options).map_err(|e| e.to_string()));
        let report = match result {
            Ok(report) => report,
            Err(reason) => {
                eprintln!("reportlens: {name}: {reason}");
                status = 1;
                continue;
            }
        };
        let file = multiple.then_some(name.as_str());
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
    let mut args =
        Args { format: Format::Json, pretty: false, offsets: reportlens::Offsets::Utf8, inputs: Vec::new() };
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
