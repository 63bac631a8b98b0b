//! The command line, end to end: formats, stdin, errors and exit codes, and the example the
//! README shows (so it stays true).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_reportlens"))
}

fn fixture(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel).to_string_lossy().into_owned()
}

#[test]
fn readme_example_is_what_the_cli_prints() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let block =
        readme.split("```csv\n").nth(1).and_then(|b| b.split("```").next()).expect("a csv block in README");
    let out = cli().args(["--format", "csv", &fixture("cases/readme_example.txt")]).output().unwrap();
    assert!(out.status.success());
    let printed = String::from_utf8(out.stdout).unwrap();
    assert_eq!(printed.trim_start_matches('\u{FEFF}'), block);
}

#[test]
fn json_is_the_scorer_contract() {
    let out = cli().arg(fixture("seeds/002_a36156bbc7ff91c2.txt")).output().unwrap();
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in ["meta", "sections", "indicators"] {
        assert!(report.get(key).is_some(), "{key}");
    }
    let first = &report["indicators"][0];
    for key in
        ["text", "start", "end", "value", "unit", "name", "role", "status", "qualifier", "year", "masked"]
    {
        assert!(first.get(key).is_some(), "{key}");
    }
}

#[test]
fn stdin_and_several_files() {
    let mut child = cli().arg("-").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all("完成投资3亿元，增长5%。".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["indicators"].as_array().unwrap().len(), 2);

    let seeds = [fixture("seeds/000_3332d9a4d572ffa7.txt"), fixture("seeds/001_e06b392b1d40b671.txt")];
    let out = cli().args(&seeds).output().unwrap();
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["file"].as_str().unwrap().ends_with("000_3332d9a4d572ffa7.txt"));
}

#[test]
fn bad_input_names_the_file_and_the_rest_is_processed() {
    let dir = std::env::temp_dir().join(format!("reportlens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let png = dir.join("scan.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let out =
        cli().args([png.to_str().unwrap(), &fixture("seeds/000_3332d9a4d572ffa7.txt")]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("scan.png") && stderr.contains("not a text document"), "{stderr}");
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1);
    let missing = cli().arg(dir.join("missing.txt")).output().unwrap();
    assert_eq!(missing.status.code(), Some(1));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(cli().args(["--format", "xml"]).output().unwrap().status.code(), Some(2));
    assert_eq!(cli().arg("--nonsense").output().unwrap().status.code(), Some(2));
    let help = cli().arg("--help").output().unwrap();
    assert!(help.status.success() && String::from_utf8(help.stdout).unwrap().contains("Usage"));
    let version = cli().arg("--version").output().unwrap();
    assert!(String::from_utf8(version.stdout).unwrap().starts_with("reportlens "));
}

#[test]
fn markdown_and_csv() {
    let seed = fixture("seeds/003_ae458432d04a05e1.txt");
    let md = String::from_utf8(cli().args(["--format", "md", &seed]).output().unwrap().stdout).unwrap();
    assert!(md.starts_with("# 太仓市2023年政府工作报告"));
    assert!(md.contains("| 地区生产总值 | 1635亿元 |"));
    let csv = cli().args(["--format", "csv", &seed]).output().unwrap().stdout;
    assert!(csv.starts_with("\u{FEFF}name,text,".as_bytes()));
}

#[test]
fn word_files_and_web_pages_read_like_the_plain_text() {
    let count = |path: &str| {
        let out = cli().arg(fixture(path)).output().unwrap();
        assert!(out.status.success(), "{path}: {}", String::from_utf8_lossy(&out.stderr));
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        report["indicators"].as_array().unwrap().len() as i64
    };
    let plain = count("seeds/002_a36156bbc7ff91c2.txt");
    for path in ["inputs/002_numbered.docx", "inputs/002_page.mht"] {
        let n = count(path);
        assert!((n - plain).abs() <= 5, "{path}: {n} indicators, the plain text has {plain}");
    }
}

#[test]
fn text_flag_prints_the_analysed_text() {
    let out = cli().args(["--text", &fixture("inputs/004_table.docx")]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("重点工作目标任务分解"), "{}", &text[..text.len().min(300)]);
    assert!(!text.contains("<w:"), "markup leaked into the text");
    // Spans index that very text.
    let out = cli().arg(fixture("inputs/004_table.docx")).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for ind in report["indicators"].as_array().unwrap() {
        let (start, end) = (ind["start"].as_u64().unwrap() as usize, ind["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[start..end], ind["text"].as_str().unwrap());
    }
}
