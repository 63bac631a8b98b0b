//! Times each stage of the pipeline on one file: `cargo run --release --example stages FILE`.
//! For profiling (e.g. under `valgrind --tool=callgrind`), not part of the product.

use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: stages FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).expect("readable file");
    let text = reportlens::decode::decode(&bytes).expect("a text file").text;
    let t = Instant::now();
    let doc = reportlens::clean::Doc::new(&text);
    println!("clean      {:?}", t.elapsed());
    let t = Instant::now();
    let title = reportlens::meta::find_title(&doc);
    println!("title      {:?}", t.elapsed());
    let t = Instant::now();
    let headings = reportlens::outline::outline(&doc, &title);
    println!("outline    {:?} ({} headings)", t.elapsed(), headings.len());
    let t = Instant::now();
    let meta = reportlens::meta::extract(&doc, &headings, title);
    println!("meta       {:?}", t.elapsed());
    let t = Instant::now();
    let quantities = reportlens::numbers::scan(&doc);
    println!("numbers    {:?} ({} quantities)", t.elapsed(), quantities.len());
    let t = Instant::now();
    let indicators = reportlens::indicators::build(&doc, &headings, &quantities, &meta);
    println!("indicators {:?} ({} indicators)", t.elapsed(), indicators.len());
    let t = Instant::now();
    let tasks = reportlens::tables::parse(&doc);
    println!("tables     {:?} ({} tasks)", t.elapsed(), tasks.len());
}
