//! `reportlens bench`: throughput of the real analysis path on the fixtures (or given files),
//! repeated 1×, 10× and 100×, with the heap the analysis needs.

use super::alloc;
use std::ffi::OsString;
use std::io::{self, Write};
use std::time::Instant;

/// The bundled development reports, used when no file is given.
const FIXTURES: &[&str] = &[
    include_str!("../../tests/fixtures/seeds/000_3332d9a4d572ffa7.txt"),
    include_str!("../../tests/fixtures/seeds/001_e06b392b1d40b671.txt"),
    include_str!("../../tests/fixtures/seeds/002_a36156bbc7ff91c2.txt"),
    include_str!("../../tests/fixtures/seeds/003_ae458432d04a05e1.txt"),
    include_str!("../../tests/fixtures/seeds/004_0b3da67a32421f06.txt"),
];

/// `reportlens bench [--scales 1,10,100] [FILE...]`.
struct Args {
    scales: Vec<usize>,
    files: Vec<OsString>,
}

fn parse(argv: &[OsString]) -> Result<Args, String> {
    let mut args = Args { scales: vec![1, 10, 100], files: Vec::new() };
    let mut it = argv.iter();
    while let Some(a) = it.next() {
        if a == "--scales" {
            let v = it.next().ok_or("--scales needs a list, e.g. 1,10,100")?;
            args.scales = v
                .to_string_lossy()
                .split(',')
                .map(|s| s.trim().parse::<usize>().ok().filter(|&n| n > 0))
                .collect::<Option<Vec<_>>>()
                .ok_or("--scales wants positive whole numbers, e.g. 1,10,100")?;
        } else {
            args.files.push(a.clone());
        }
    }
    Ok(args)
}

/// Runs the benchmark and prints a Markdown table; returns the exit status.
pub fn run(argv: &[OsString]) -> i32 {
    let args = match parse(argv) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("reportlens bench: {e}");
            return 2;
        }
    };
    let corpus: String = if args.files.is_empty() {
        FIXTURES.join("\n")
    } else {
        let mut all = String::new();
        for f in &args.files {
            let decoded = std::fs::read(f)
                .map_err(|e| e.to_string())
                .and_then(|b| reportlens::decode::decode(&b).map_err(|e| e.to_string()));
            match decoded {
                Ok(d) => {
                    all.push_str(&d.text);
                    all.push('\n');
                }
                Err(e) => {
                    eprintln!("reportlens bench: {}: {e}", f.to_string_lossy());
                    return 1;
                }
            }
        }
        all
    };
    match table(&corpus, &args.scales, &mut io::stdout().lock()) {
        Ok(()) => 0,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("reportlens bench: {e}");
            1
        }
    }
}

/// How many times to analyse `text` for a best-of time: at least 10 (3 for big inputs, 1 for
/// huge ones) and, for small inputs, enough to fill about 300 ms. A report of 13 KB takes
/// 0.3 ms; ten runs of it are over before the core reaches full speed, and their best varied
/// by half from one invocation to the next.
fn runs_for(text: &str, options: &reportlens::Options) -> usize {
    let least = match text.len() {
        0..=2_000_000 => 10,
        2_000_001..=20_000_000 => 3,
        _ => 1,
    };
    if text.len() > 2_000_000 {
        return least;
    }
    let started = Instant::now();
    let _ = reportlens::analyze(text, options);
    let once = started.elapsed().as_secs_f64().max(1e-6);
    ((0.3 / once) as usize).clamp(least, 5_000)
}

fn table(corpus: &str, scales: &[usize], out: &mut impl Write) -> io::Result<()> {
    let options = reportlens::Options::default();
    // What the browser's `analyze` does: spans in UTF-16 units, and the result made in the
    // host's form (JS objects there, JSON text here).
    let page_like = reportlens::Options { offsets: reportlens::Offsets::Utf16, ..Default::default() };
    // Warm up: compile the patterns, fault in the code.
    let _ = reportlens::analyze(corpus, &options);
    writeln!(
        out,
        "| input | bytes | indicators | best of | time (ms) | MB/s | peak heap during analysis / input | with UTF-16 spans and JSON output (ms) |"
    )?;
    writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---:|")?;
    let mut base: Option<(usize, f64)> = None;
    for &times in scales {
        let text = vec![corpus; times].join("\n");
        let runs = runs_for(&text, &options);
        let mut best = f64::INFINITY;
        let (mut found, mut peak) = (0, 0.0);
        for _ in 0..runs {
            let before = alloc::current();
            alloc::reset_peak();
            let started = Instant::now();
            let report = reportlens::analyze(&text, &options);
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            found = report.indicators.len();
            drop(report);
            peak = (alloc::peak() - before) as f64 / text.len().max(1) as f64;
            best = best.min(ms);
        }
        let mut with_output = f64::INFINITY;
        for _ in 0..runs {
            let started = Instant::now();
            let json = serde_json::to_vec(&reportlens::analyze(&text, &page_like));
            with_output = with_output.min(started.elapsed().as_secs_f64() * 1000.0);
            drop(json);
        }
        let mbs = text.len() as f64 / 1e6 / (best / 1000.0);
        writeln!(
            out,
            "| ×{times} | {} | {found} | {runs} | {best:.2} | {mbs:.1} | {peak:.2}× | {with_output:.2} |",
            text.len()
        )?;
        match base {
            None => base = Some((times, best)),
            Some((t0, ms0)) => {
                let ratio = best / (ms0 * (times as f64 / t0 as f64));
                writeln!(
                    out,
                    "| ×{times} time / ({times}/{t0} × the ×{t0} time) | | | | {ratio:.2} | | | |"
                )?;
            }
        }
    }
    Ok(())
}
