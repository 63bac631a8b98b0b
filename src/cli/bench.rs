//! `reportlens bench`: throughput of the real analysis path on the fixtures, 1×, 10× and 100×.

use super::alloc;
use std::ffi::OsString;
use std::time::Instant;

/// The bundled development reports, used when no file is given.
const FIXTURES: &[&str] = &[
    include_str!("../../tests/fixtures/seeds/000_3332d9a4d572ffa7.txt"),
    include_str!("../../tests/fixtures/seeds/001_e06b392b1d40b671.txt"),
    include_str!("../../tests/fixtures/seeds/002_a36156bbc7ff91c2.txt"),
    include_str!("../../tests/fixtures/seeds/003_ae458432d04a05e1.txt"),
    include_str!("../../tests/fixtures/seeds/004_0b3da67a32421f06.txt"),
];

/// Runs the benchmark and prints a table; returns the exit status.
pub fn run(files: &[OsString]) -> i32 {
    let corpus: String = if files.is_empty() {
        FIXTURES.join("\n")
    } else {
        let mut all = String::new();
        for f in files {
            match std::fs::read(f)
                .map_err(|e| e.to_string())
                .and_then(|b| reportlens::decode::decode(&b).map_err(|e| e.to_string()))
            {
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
    let options = reportlens::Options::default();
    // Warm up: compile the patterns, fault in the code.
    let _ = reportlens::analyze(&corpus, &options);
    println!(
        "| input | bytes | indicators | best of | time (ms) | MB/s | peak heap during analysis / input |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let mut base_ms = None;
    for times in [1usize, 10, 100] {
        let text = vec![corpus.as_str(); times].join("\n");
        let runs = if times == 100 { 3 } else { 10 };
        let mut best = f64::INFINITY;
        let mut found = 0;
        let mut peak_ratio: Option<f64> = None;
        for _ in 0..runs {
            let before = alloc::current();
            alloc::reset_peak();
            let started = Instant::now();
            let report = reportlens::analyze(&text, &options);
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            found = report.indicators.len();
            drop(report);
            peak_ratio = Some((alloc::peak() - before) as f64 / text.len() as f64);
            best = best.min(ms);
        }
        let mbs = text.len() as f64 / 1e6 / (best / 1000.0);
        println!(
            "| seeds ×{times} | {} | {found} | {runs} | {best:.2} | {mbs:.1} | {} |",
            text.len(),
            peak_ratio.map_or("n/a".to_string(), |r| format!("{r:.2}×"))
        );
        if times == 1 {
            base_ms = Some(best);
        } else if let Some(base) = base_ms {
            println!(
                "|  ×{times} time / ({times} × the ×1 time) | | | | {:.2} | | |",
                best / (base * times as f64)
            );
        }
    }
    0
}
