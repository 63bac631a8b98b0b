//! Text copied from a PDF arrives hard-wrapped at a fixed width, lines breaking inside words
//! and numbers. Every fixture, wrapped so, must read exactly as the original: the same
//! headings and the same indicators with the same names, roles and statuses.

use reportlens::{analyze, Options, Report};
use std::path::Path;

/// Wraps every line of `text` at `width` characters.
fn wrap(text: &str, width: usize) -> String {
    let mut out = Vec::new();
    for line in text.split('\n') {
        let chars: Vec<char> = line.trim().chars().collect();
        if chars.is_empty() {
            out.push(String::new());
        }
        for chunk in chars.chunks(width) {
            out.push(chunk.iter().collect());
        }
    }
    out.join("\n")
}

type Reading = (String, Option<String>, String, String);

fn readings(report: &Report) -> Vec<Reading> {
    let enum_str = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
    report
        .indicators
        .iter()
        .map(|i| {
            (
                i.text.replace(['\n', '\r'], ""),
                i.name.clone(),
                enum_str(serde_json::to_value(i.role).unwrap()),
                enum_str(serde_json::to_value(i.status).unwrap()),
            )
        })
        .collect()
}

#[test]
fn wrapped_fixtures_read_as_the_originals() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        // The flattened table of the task breakdown has no paragraphs to wrap.
        if text.contains("\t序号") {
            continue;
        }
        let original = analyze(&text, &Options::default());
        let wrapped_text = wrap(&text, 38);
        let wrapped = analyze(&wrapped_text, &Options::default());
        let name = path.file_name().unwrap().to_string_lossy();
        let titles =
            |r: &Report| r.sections.iter().map(|s| (s.label.clone(), s.title.clone())).collect::<Vec<_>>();
        assert_eq!(titles(&wrapped), titles(&original), "{name}: headings");
        assert_eq!(readings(&wrapped), readings(&original), "{name}: indicators");
        for i in &wrapped.indicators {
            assert_eq!(&wrapped_text[i.start..i.end], i.text, "{name}: span of {}", i.text);
        }
    }
}
