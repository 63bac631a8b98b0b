//! `cargo bench`: the same measurement as `reportlens bench` (one implementation, shared).

#[path = "../src/cli/alloc.rs"]
mod alloc;
#[path = "../src/cli/bench.rs"]
mod bench;

#[global_allocator]
static ALLOCATOR: alloc::Counting = alloc::Counting;

fn main() {
    let files: Vec<std::ffi::OsString> =
        std::env::args_os().skip(1).filter(|a| !a.to_string_lossy().starts_with("--")).collect();
    std::process::exit(bench::run(&files));
}
