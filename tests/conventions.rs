//! Data-driven checks of the annotation conventions (tests/fixtures/gold/GUIDE.md), one case
//! per convention: `tests/fixtures/cases/conventions.json` holds a short text and, for each
//! indicator expected in it (in order, all of them), the fields that convention decides;
//! optionally the document's meta fields and its outline (every heading, in order).

use reportlens::{analyze, Options};
use serde_json::Value;
use std::path::Path;

#[test]
fn conventions() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cases/conventions.json");
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let about = case["about"].as_str().unwrap_or("?");
        let text = case["text"].as_str().unwrap();
        let report = analyze(text, &Options::default());
        let got: Vec<Value> = report.indicators.iter().map(|i| serde_json::to_value(i).unwrap()).collect();
        let want = case["expect"].as_array().unwrap();
        let texts: Vec<&str> = got.iter().map(|g| g["text"].as_str().unwrap_or("")).collect();
        let want_texts: Vec<&str> = want.iter().map(|w| w["text"].as_str().unwrap_or("")).collect();
        if texts != want_texts {
            failures.push(format!("{about}: mentions {texts:?}, want {want_texts:?}"));
            continue;
        }
        for (g, w) in got.iter().zip(want) {
            for (field, value) in w.as_object().unwrap() {
                let ok = match (&g[field], value) {
                    (Value::Number(a), Value::Number(b)) => {
                        (a.as_f64().unwrap() - b.as_f64().unwrap()).abs() < 1e-9
                    }
                    (a, b) => a == b,
                };
                if !ok {
                    failures.push(format!("{about}: {} {field} = {}, want {value}", w["text"], g[field]));
                }
            }
        }
        // Optional: every heading of the text, in order, with the fields to check.
        if let Some(want) = case["outline"].as_array() {
            let got: Vec<Value> = report.sections.iter().map(|s| serde_json::to_value(s).unwrap()).collect();
            if got.len() != want.len() {
                let titles: Vec<&str> = got.iter().map(|g| g["title"].as_str().unwrap_or("")).collect();
                failures.push(format!("{about}: {} headings {titles:?}, want {}", got.len(), want.len()));
            } else {
                for (g, w) in got.iter().zip(want) {
                    for (field, value) in w.as_object().unwrap() {
                        if &g[field] != value {
                            failures.push(format!(
                                "{about}: heading {} {field} = {}, want {value}",
                                w["title"], g[field]
                            ));
                        }
                    }
                }
            }
        }
        for (field, value) in case["meta"].as_object().into_iter().flatten() {
            let got = serde_json::to_value(&report.meta).unwrap()[field].clone();
            if &got != value {
                failures.push(format!("{about}: meta {field} = {got}, want {value}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} cases:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
