//! Data-driven accuracy test: every fixture report against its hand-made gold, scored with
//! the same rules as the independent scorer (`../shared/eval/score.py`, README in
//! `tests/fixtures/gold/GUIDE.md`), and the project's quality bars asserted.
//!
//! Run `cargo test --release --test gold -- --nocapture` to see the table.

use reportlens::{analyze, Indicator, Options, Report};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// The bars of issue 3 on the development set.
const BARS: &[(&str, f64)] = &[
    ("mention_f1", 0.95),
    ("value_acc", 0.98),
    ("unit_acc", 0.98),
    ("masked_acc", 1.0),
    ("role_acc", 0.90),
    ("status_acc", 0.90),
    ("year_acc", 0.90),
    ("name_lenient_acc", 0.85),
    ("name_acc", 0.60),
    ("outline_f1", 0.95),
    ("level_acc", 0.95),
    ("kind_acc", 0.90),
    ("meta_acc", 0.90),
];

/// NFKC as far as these texts need it: full-width ASCII and the ideographic space folded.
fn nfkc(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

fn normalize_name(s: &str) -> String {
    nfkc(s).chars().filter(|c| !"\"'“”‘’「」『』 \t\n\r\u{3000}".contains(*c)).collect()
}

fn normalize_title(s: &str) -> String {
    let t: String = nfkc(s).chars().filter(|c| !c.is_whitespace()).collect();
    t.trim_end_matches(['。', '.', ':']).to_string()
}

fn char_f1(a: &str, b: &str) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut pool: Vec<char> = b.chars().collect();
    let mut common = 0;
    for c in a.chars() {
        if let Some(i) = pool.iter().position(|&p| p == c) {
            pool.remove(i);
            common += 1;
        }
    }
    2.0 * common as f64 / (a.chars().count() + b.chars().count()) as f64
}

/// A byte span.
type Span = (usize, usize);

/// A gold window: its span and its mentions' spans.
type Window = (Span, Vec<(Span, Value)>);

/// Byte spans of the gold windows and their mentions, located as score.py does.
fn locate(text: &str, gold: &Value) -> Vec<Window> {
    let mut windows = Vec::new();
    for w in gold["windows"].as_array().into_iter().flatten() {
        let start_marker = w["start_marker"].as_str().unwrap_or("");
        let end_marker = w["end_marker"].as_str().unwrap_or("");
        let Some(start) = text.find(start_marker) else {
            panic!("gold window marker not found: {start_marker}")
        };
        let Some(end) = text[start..].find(end_marker).map(|e| start + e + end_marker.len()) else {
            panic!("gold end marker not found: {end_marker}")
        };
        let mut cursor = start;
        let mut mentions = Vec::new();
        for m in w["mentions"].as_array().into_iter().flatten() {
            let t = m["text"].as_str().unwrap_or("");
            let found = text[cursor..end].find(t).map(|i| cursor + i).expect("gold mention found");
            cursor = found + t.len();
            mentions.push(((found, cursor), m.clone()));
        }
        windows.push(((start, end), mentions));
    }
    windows
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// One-to-one matching: identical spans first, then the largest overlaps.
fn match_spans(gold: &[(usize, usize)], pred: &[(usize, usize)]) -> Vec<(usize, usize, bool)> {
    let mut pairs = Vec::new();
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; pred.len()];
    for (i, g) in gold.iter().enumerate() {
        if let Some(j) = (0..pred.len()).find(|&j| !pred_used[j] && pred[j] == *g) {
            pairs.push((i, j, true));
            gold_used[i] = true;
            pred_used[j] = true;
        }
    }
    let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
    for (i, g) in gold.iter().enumerate().filter(|(i, _)| !gold_used[*i]) {
        for (j, p) in pred.iter().enumerate().filter(|(j, _)| !pred_used[*j]) {
            let o = overlap(*g, *p);
            if o > 0 {
                candidates.push((o, i, j));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, i, j) in candidates {
        if !gold_used[i] && !pred_used[j] {
            pairs.push((i, j, false));
            gold_used[i] = true;
            pred_used[j] = true;
        }
    }
    pairs
}

fn same_str(pred: Option<&str>, gold: &Value) -> bool {
    let pred = pred.map(str::trim).filter(|s| !s.is_empty());
    match gold.as_str().map(str::trim).filter(|s| !s.is_empty()) {
        None => pred.is_none() && !gold.is_number(),
        Some(g) => pred.is_some_and(|p| nfkc(p) == nfkc(g)),
    }
}

fn same_int(pred: Option<i64>, gold: &Value) -> bool {
    match gold.as_i64() {
        Some(g) => pred == Some(g),
        None => pred.is_none(),
    }
}

fn enum_str<T: serde::Serialize>(v: &T) -> Option<String> {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(String::from))
}

fn field_ok(field: &str, p: &Indicator, g: &Value) -> bool {
    match field {
        "value" => match (p.value, g[field].as_f64()) {
            (None, None) => true,
            (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()),
            _ => false,
        },
        "unit" => same_str(Some(&p.unit), &g[field]),
        "masked" => g[field].as_bool() == Some(p.masked),
        "role" => same_str(enum_str(&p.role).as_deref(), &g[field]),
        "status" => same_str(enum_str(&p.status).as_deref(), &g[field]),
        "qualifier" => same_str(p.qualifier.map(|q| q.as_str()), &g[field]),
        "year" => same_int(p.year.map(i64::from), &g[field]),
        _ => unreachable!(),
    }
}

const FIELDS: &[&str] = &["value", "unit", "masked", "role", "status", "qualifier", "year"];

#[derive(Default)]
struct Counts(BTreeMap<String, f64>);

impl Counts {
    fn add(&mut self, key: &str, v: f64) {
        *self.0.entry(key.to_string()).or_default() += v;
    }
    fn get(&self, key: &str) -> f64 {
        self.0.get(key).copied().unwrap_or(0.0)
    }
    fn merge(&mut self, other: &Counts) {
        for (k, v) in &other.0 {
            self.add(k, *v);
        }
    }
}

fn score_doc(text: &str, gold: &Value, report: &Report, misses: &mut Vec<String>) -> Counts {
    let mut c = Counts::default();
    let windows = locate(text, gold);
    let golds: Vec<&((usize, usize), Value)> = windows.iter().flat_map(|(_, m)| m).collect();
    let preds: Vec<&Indicator> = report
        .indicators
        .iter()
        .filter(|i| windows.iter().any(|(w, _)| overlap((i.start, i.end), *w) > 0))
        .collect();
    c.add("gold_mentions", golds.len() as f64);
    c.add("pred_mentions", preds.len() as f64);
    let gs: Vec<(usize, usize)> = golds.iter().map(|g| g.0).collect();
    let ps: Vec<(usize, usize)> = preds.iter().map(|p| (p.start, p.end)).collect();
    let pairs = match_spans(&gs, &ps);
    for &(i, j, exact) in &pairs {
        let (g, p) = (&golds[i].1, preds[j]);
        c.add("matched", 1.0);
        c.add("exact", f64::from(u8::from(exact)));
        for f in FIELDS {
            let ok = field_ok(f, p, g);
            c.add(f, f64::from(u8::from(ok)));
            if !ok {
                misses.push(format!(
                    "{f}: {} want {} got {:?}",
                    p.text,
                    g[*f],
                    serde_json::to_value(p).ok().map(|v| v[*f].clone())
                ));
            }
        }
        let pn = p.name.as_deref().map(normalize_name).unwrap_or_default();
        let gn = g["name"].as_str().map(normalize_name).unwrap_or_default();
        let (exact_name, lenient) = if pn.is_empty() || gn.is_empty() {
            (false, false)
        } else {
            (pn == gn, pn.contains(&gn) || gn.contains(&pn) || char_f1(&pn, &gn) >= 0.5)
        };
        c.add("name", f64::from(u8::from(exact_name)));
        c.add("name_lenient", f64::from(u8::from(lenient)));
        if !lenient {
            misses.push(format!("name: {} want {gn} got {pn}", p.text));
        }
    }
    let matched_gold: Vec<usize> = pairs.iter().map(|p| p.0).collect();
    for (i, g) in golds.iter().enumerate() {
        if !matched_gold.contains(&i) {
            misses.push(format!("missed mention {}", g.1["text"]));
        }
    }
    let matched_pred: Vec<usize> = pairs.iter().map(|p| p.1).collect();
    for (j, p) in preds.iter().enumerate() {
        if !matched_pred.contains(&j) {
            misses.push(format!("extra mention {} ({:?})", p.text, p.name));
        }
    }
    // Outline.
    let outline = gold["outline"].as_array().cloned().unwrap_or_default();
    c.add("gold_sections", outline.len() as f64);
    c.add("pred_sections", report.sections.len() as f64);
    let mut unused: Vec<usize> = (0..report.sections.len()).collect();
    for g in &outline {
        let key = (
            normalize_title(g["label"].as_str().unwrap_or("")),
            normalize_title(g["title"].as_str().unwrap_or("")),
        );
        let same: Vec<usize> = unused
            .iter()
            .copied()
            .filter(|&j| {
                (normalize_title(&report.sections[j].label), normalize_title(&report.sections[j].title))
                    == key
            })
            .collect();
        let Some(&first) = same.first() else {
            misses.push(format!("missed heading {}{}", key.0, key.1));
            continue;
        };
        let j = same
            .iter()
            .copied()
            .find(|&j| Some(i64::from(report.sections[j].level)) == g["level"].as_i64())
            .unwrap_or(first);
        unused.retain(|&u| u != j);
        c.add("matched_sections", 1.0);
        c.add("level", f64::from(u8::from(Some(i64::from(report.sections[j].level)) == g["level"].as_i64())));
        let kind_ok = same_str(enum_str(&report.sections[j].kind).as_deref(), &g["kind"]);
        c.add("kind", f64::from(u8::from(kind_ok)));
        if !kind_ok {
            misses.push(format!("kind of {}: want {}", key.1, g["kind"]));
        }
    }
    for j in unused {
        misses.push(format!("extra heading {}{}", report.sections[j].label, report.sections[j].title));
    }
    // Meta.
    let meta = serde_json::to_value(&report.meta).expect("meta serializes");
    for (field, g) in gold["meta"].as_object().into_iter().flatten() {
        let p = &meta[field];
        let ok = if g.is_number() { p.as_i64() == g.as_i64() } else { same_str(p.as_str(), g) };
        c.add("meta_ok", f64::from(u8::from(ok)));
        c.add("meta_n", 1.0);
        if !ok {
            misses.push(format!("meta {field}: want {g} got {p}"));
        }
    }
    c
}

fn ratio(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        0.0
    } else {
        a / b
    }
}

fn metrics(c: &Counts) -> BTreeMap<&'static str, f64> {
    let mut m = BTreeMap::new();
    let (p, r) =
        (ratio(c.get("exact"), c.get("pred_mentions")), ratio(c.get("exact"), c.get("gold_mentions")));
    m.insert("mention_p", p);
    m.insert("mention_r", r);
    m.insert("mention_f1", ratio(2.0 * p * r, p + r));
    let matched = c.get("matched");
    for f in FIELDS {
        let key: &'static str = match *f {
            "value" => "value_acc",
            "unit" => "unit_acc",
            "masked" => "masked_acc",
            "role" => "role_acc",
            "status" => "status_acc",
            "qualifier" => "qualifier_acc",
            _ => "year_acc",
        };
        m.insert(key, ratio(c.get(f), matched));
    }
    m.insert("name_acc", ratio(c.get("name"), matched));
    m.insert("name_lenient_acc", ratio(c.get("name_lenient"), matched));
    let (p, r) = (
        ratio(c.get("matched_sections"), c.get("pred_sections")),
        ratio(c.get("matched_sections"), c.get("gold_sections")),
    );
    m.insert("outline_f1", ratio(2.0 * p * r, p + r));
    m.insert("level_acc", ratio(c.get("level"), c.get("matched_sections")));
    m.insert("kind_acc", ratio(c.get("kind"), c.get("matched_sections")));
    m.insert("meta_acc", ratio(c.get("meta_ok"), c.get("meta_n")));
    m
}

#[test]
fn fixtures_meet_the_quality_bars() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut total = Counts::default();
    let mut gold_files: Vec<_> = fs::read_dir(root.join("gold"))
        .expect("gold fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    gold_files.sort();
    assert!(!gold_files.is_empty());
    let columns = BARS.iter().map(|(k, _)| *k).collect::<Vec<_>>();
    println!(
        "{:<24} {}",
        "doc",
        columns.iter().map(|c| format!("{:>8}", &c[..c.len().min(8)])).collect::<String>()
    );
    for path in gold_files {
        let gold: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let doc = root.join("seeds").join(gold["doc"].as_str().unwrap());
        let bytes = fs::read(&doc).unwrap();
        let report = reportlens::analyze_bytes(&bytes, &Options::default()).unwrap();
        let text = reportlens::decode::decode(&bytes).unwrap().text;
        assert_eq!(report, analyze(&text, &Options::default()));
        let mut misses = Vec::new();
        let counts = score_doc(&text, &gold, &report, &mut misses);
        let m = metrics(&counts);
        let stem = path.file_name().unwrap().to_string_lossy().replace(".gold.json", "");
        println!("{stem:<24} {}", columns.iter().map(|c| format!("{:>8.3}", m[c])).collect::<String>());
        if std::env::var_os("REPORTLENS_GOLD_VERBOSE").is_some() {
            for miss in &misses {
                println!("    {miss}");
            }
        }
        total.merge(&counts);
    }
    let m = metrics(&total);
    println!("{:<24} {}", "OVERALL", columns.iter().map(|c| format!("{:>8.3}", m[c])).collect::<String>());
    let below: Vec<String> = BARS
        .iter()
        .filter(|(k, bar)| m[k] < *bar)
        .map(|(k, bar)| format!("{k} {:.3} < {bar}", m[k]))
        .collect();
    assert!(below.is_empty(), "below the bars: {}", below.join("; "));
}
