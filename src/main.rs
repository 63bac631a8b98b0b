//! The `reportlens` command: analyse report files and print JSON, Markdown or CSV.

mod cli;

#[global_allocator]
static ALLOCATOR: cli::alloc::Counting = cli::alloc::Counting;

fn main() {
    std::process::exit(cli::run(std::env::args_os().skip(1).collect()));
}
