//! Robustness on real-world and hostile input: property and mutation tests over the public
//! API, the input fixtures of `tests/fixtures/inputs/`, hostile inputs, and big inputs.
//!
//! ```text
//! cargo test --release --test robustness                      # CI: 2·10^5 cases in total (2·10^4 in debug)
//! REPORTLENS_PROPTEST_CASES=10000000 cargo test --release --test robustness -- props:: readers::
//!                                                             # the long run (see docs/inputs.md)
//! REPORTLENS_PROPTEST_SEED=random ...                         # a fresh seed (default: fixed)
//! ```
//!
//! `REPORTLENS_PROPTEST_CASES` is the total over the property tests, shared out by weight.
//! The big-input tests (50 MB, a 5 MB line, 10^5 numbers, 10^4 headings, linear scaling) run
//! in release builds only; in debug builds they are ignored (they would take minutes).
//!
//! Every property checks the same invariants on every report ([`invariants::check`]): no
//! panic, every span on a char boundary inside the text, `indicator.text == text[start..end]`,
//! finite values, non-empty section titles, parents before children, and the UTF-16 and
//! code-point spans equal to the conversion of the UTF-8 spans.
// Native only (proptest has no wasm random source) and needs the file readers.
#![cfg(all(not(target_arch = "wasm32"), feature = "readers"))]

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use reportlens::input::{to_text, Format, Hint};
use reportlens::{analyze, Offsets, Options, Report};

/// Settings shared by the property tests.
mod settings {
    use super::*;

    /// Default total number of cases over all property tests (the weights below sum to 1):
    /// 2·10^5 in release builds (CI), a tenth in debug builds (ten times slower).
    pub const DEFAULT_TOTAL: u64 = if cfg!(debug_assertions) { 20_000 } else { 200_000 };

    pub fn total() -> u64 {
        std::env::var("REPORTLENS_PROPTEST_CASES")
            .ok()
            .and_then(|v| v.replace('_', "").parse().ok())
            .unwrap_or(DEFAULT_TOTAL)
    }

    /// A proptest config running `weight` of the total cases.
    pub fn config(weight: f64) -> Config {
        let seed = match std::env::var("REPORTLENS_PROPTEST_SEED").ok().as_deref() {
            Some("random") => RngSeed::Random,
            Some(s) => s.parse().map_or(RngSeed::Fixed(0x5EED_2024), RngSeed::Fixed),
            None => RngSeed::Fixed(0x5EED_2024),
        };
        Config {
            cases: ((total() as f64 * weight).ceil() as u64).clamp(1, u64::from(u32::MAX)) as u32,
            rng_seed: seed,
            // No regression files written into the source tree; a failure prints its input.
            failure_persistence: None,
            max_shrink_iters: 2_000,
            ..Config::default()
        }
    }
}

/// The invariants every report must satisfy.
mod invariants {
    use super::*;

    /// UTF-16 and code-point offsets of every char boundary of `text`, by byte offset.
    struct Units {
        utf16: Vec<u32>,
        chars: Vec<u32>,
    }

    impl Units {
        fn new(text: &str) -> Units {
            let mut utf16 = vec![u32::MAX; text.len() + 1];
            let mut chars = vec![u32::MAX; text.len() + 1];
            let (mut u, mut c) = (0u32, 0u32);
            for (at, ch) in text.char_indices() {
                utf16[at] = u;
                chars[at] = c;
                u += ch.len_utf16() as u32;
                c += 1;
            }
            utf16[text.len()] = u;
            chars[text.len()] = c;
            Units { utf16, chars }
        }
    }

    /// At most 40 characters of `s`, for messages.
    pub fn short(s: &str) -> String {
        let mut out: String = s.chars().take(40).collect();
        if out.len() < s.len() {
            out.push_str(&format!("…({} bytes)", s.len()));
        }
        out
    }

    /// Every (start, end) of a report, labelled.
    fn spans(r: &Report) -> Vec<(String, usize, usize)> {
        let mut v = Vec::new();
        for (i, x) in r.indicators.iter().enumerate() {
            v.push((format!("indicator {i} {:?}", short(&x.text)), x.start, x.end));
        }
        for (i, x) in r.sections.iter().enumerate() {
            v.push((format!("section {i} {:?}", short(&x.title)), x.start, x.end));
        }
        for (i, x) in r.zones.iter().enumerate() {
            v.push((format!("zone {i}"), x.start, x.end));
        }
        for (i, x) in r.tasks.iter().enumerate() {
            v.push((format!("task {i}"), x.start, x.end));
        }
        v
    }

    /// Checks the UTF-8 report of `text`; returns it.
    pub fn check_utf8(text: &str) -> Report {
        let r = analyze(text, &Options::default());
        for (what, start, end) in spans(&r) {
            assert!(
                start <= end && end <= text.len(),
                "{what}: span {start}..{end} outside 0..{}",
                text.len()
            );
            assert!(
                text.is_char_boundary(start) && text.is_char_boundary(end),
                "{what}: span {start}..{end} not on char boundaries"
            );
        }
        for x in &r.indicators {
            assert_eq!(x.text, text[x.start..x.end], "indicator text differs from its span");
            assert!(
                x.value.is_none_or(f64::is_finite),
                "indicator {:?} has a non-finite value {:?}",
                short(&x.text),
                x.value
            );
            assert!(x.section.is_none_or(|s| s < r.sections.len()), "indicator section index out of range");
        }
        for (i, s) in r.sections.iter().enumerate() {
            assert!(!s.title.trim().is_empty(), "section {i} ({:?}) has an empty title", s.label);
            assert!(s.level >= 1, "section {i} has level 0");
            assert!(
                s.parent.is_none_or(|p| p < i),
                "section {i}: parent {:?} does not come before it",
                s.parent
            );
        }
        for t in &r.tasks {
            assert!(
                t.indicators.iter().all(|&i| i < r.indicators.len()),
                "task indicator index out of range"
            );
        }
        assert_eq!(r.stats.length, text.len(), "stats.length in UTF-8 bytes");
        r
    }

    /// Checks `text` with UTF-8 spans, then that the UTF-16 and code-point reports are the
    /// same report with converted spans.
    pub fn check(text: &str) {
        let r8 = check_utf8(text);
        let units = Units::new(text);
        for (offsets, table, len) in [
            (Offsets::Utf16, &units.utf16, text.encode_utf16().count()),
            (Offsets::Chars, &units.chars, text.chars().count()),
        ] {
            let r = analyze(text, &Options { offsets, ..Options::default() });
            let (a, b) = (spans(&r8), spans(&r));
            assert_eq!(a.len(), b.len(), "{offsets:?}: a different number of items");
            for ((what, s8, e8), (_, s, e)) in a.iter().zip(&b) {
                assert_eq!(
                    (table[*s8] as usize, table[*e8] as usize),
                    (*s, *e),
                    "{offsets:?}: {what} span {s8}..{e8}"
                );
            }
            assert_eq!(r.stats.length, len, "{offsets:?}: stats.length");
            let texts = |r: &Report| r.indicators.iter().map(|x| x.text.clone()).collect::<Vec<_>>();
            assert_eq!(texts(&r8), texts(&r), "{offsets:?}: indicator texts differ");
        }
    }
}

/// Seed texts and the pieces mutations splice in.
mod corpus {
    use std::sync::LazyLock;

    pub static SEEDS: LazyLock<Vec<String>> = LazyLock::new(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
        let mut paths: Vec<_> =
            std::fs::read_dir(dir).expect("seed dir").map(|e| e.expect("entry").path()).collect();
        paths.sort();
        paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .map(|p| std::fs::read_to_string(p).expect("seed"))
            .collect()
    });

    pub fn seed(prefix: &str) -> String {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
        let path = std::fs::read_dir(dir)
            .expect("seed dir")
            .map(|e| e.expect("entry").path())
            .find(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(prefix)))
            .expect("seed exists");
        std::fs::read_to_string(path).expect("seed")
    }

    /// A fixture, read once per test run.
    pub fn cached_input(name: &str) -> Vec<u8> {
        static CACHE: LazyLock<std::sync::Mutex<std::collections::HashMap<String, Vec<u8>>>> =
            LazyLock::new(Default::default);
        let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
        cache.entry(name.to_string()).or_insert_with(|| input(name)).clone()
    }

    pub fn input(name: &str) -> Vec<u8> {
        std::fs::read(format!("{}/tests/fixtures/inputs/{name}", env!("CARGO_MANIFEST_DIR")))
            .expect("fixture")
    }

    /// Things real and hostile reports contain: labels, units, masks, odd characters.
    pub const PIECES: &[&str] = &[
        // labels, nested and odd
        "一、",
        "二、",
        "十二、",
        "（一）",
        "(一)",
        "（十一）",
        "1.",
        "1、",
        "12.",
        "（1）",
        "(1)",
        "①",
        "⑩",
        "第一部分",
        "第十二章",
        "一是",
        "二要",
        "一、（一）1.（1）①",
        "（一）（一）",
        "1.1.1",
        "一、一、",
        "(",
        "（",
        "）",
        "、、",
        // units and numbers
        "亿元",
        "万元",
        "元",
        "%",
        "％",
        "个百分点",
        "万人次",
        "平方米",
        "m²",
        "倍",
        "家",
        "万吨",
        "公里",
        "亩",
        "成",
        "位",
        "增长",
        "下降",
        "提高",
        "达到",
        "占比",
        "全市第一",
        "前20",
        "左右",
        "以上",
        "以内",
        "超",
        "近",
        "约",
        "余",
        "突破",
        "不低于",
        "预计",
        "目标",
        "2023年",
        "2024年1月9日",
        "十四五",
        "239.9亿元",
        "6.1%",
        "1/4",
        "三成",
        "-5%",
        "+3.2%",
        "1,234,567.89",
        "１２．５％",
        "０",
        "1e308",
        "0.000000001",
        "9999999999999999999999",
        "3..5",
        "5.%",
        ".5%",
        "%%",
        "..",
        "1.2.3.4",
        // masks
        "***",
        "*.*%",
        "**亿元",
        "***.*亿元",
        "*",
        "x.x%",
        "XX万元",
        // chrome-like lines
        "首页 > 政务公开",
        "来源：",
        "发布时间：2024-01-01",
        "打印本页 关闭窗口",
        "版权所有",
        "ICP备",
        "\t序号\n\t项目\n",
        // emoji, RTL, invisible, controls
        "😀",
        "👨\u{200D}👩\u{200D}👧",
        "🇨🇳",
        "\u{200F}",
        "\u{202E}",
        "\u{061C}",
        "\u{200E}",
        "\u{200B}",
        "\u{FEFF}",
        "\u{00AD}",
        "\u{0}",
        "\u{1}",
        "\u{7}",
        "\u{1B}[31m",
        "\u{7F}",
        "\u{85}",
        "\u{2028}",
        "\u{2029}",
        "\u{C}",
        "\u{B}",
        "\r",
        "\r\n",
        "\n",
        "\n\n\n",
        "\t",
        "\u{3000}",
        "\u{A0}",
        "\u{FFFD}",
        "\u{FFFD}\u{FFFD}",
        "e\u{301}",
        "𠀀",
        "\u{10FFFF}",
        "\u{E000}",
        "\u{FFFF}",
        "ـ",
        "٣",
        "۴",
        "߀",
        "१",
        "๑",
        "𝟏𝟐",
        "①②③",
        "Ⅻ",
        "〇",
        "零",
        "两",
        "壹",
    ];
}

/// Strategies for mutated reports.
mod strategies {
    use super::*;

    #[derive(Debug, Clone)]
    pub enum Edit {
        Insert(usize, String),
        Delete(usize, usize),
        Duplicate(usize, usize),
        Replace(usize, usize, String),
        DuplicateLine(usize),
        DeleteLine(usize),
        SwapLines(usize, usize),
    }

    pub fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            6 => proptest::sample::select(corpus::PIECES).prop_map(str::to_string),
            2 => "[0-9]{1,30}",
            // Long runs stay short here (cost); the hostile and big tests have the long ones.
            1 => (1usize..1000).prop_map(|n| "9".repeat(n)),
            1 => (1usize..100, proptest::sample::select(&["0", "1", ".", "*", "一", "、", "%", "\n", "(", "1.", "增长5%，"][..]))
                .prop_map(|(n, s)| s.repeat(n)),
            2 => any::<char>().prop_map(String::from),
            1 => proptest::collection::vec(any::<char>(), 0..20).prop_map(|v| v.into_iter().collect()),
        ]
    }

    pub fn edit() -> impl Strategy<Value = Edit> {
        let pos = any::<usize>();
        prop_oneof![
            4 => (pos, piece()).prop_map(|(p, s)| Edit::Insert(p, s)),
            2 => (pos, 0usize..200).prop_map(|(p, n)| Edit::Delete(p, n)),
            1 => (pos, 0usize..200).prop_map(|(p, n)| Edit::Duplicate(p, n)),
            2 => (pos, 0usize..20, piece()).prop_map(|(p, n, s)| Edit::Replace(p, n, s)),
            1 => pos.prop_map(Edit::DuplicateLine),
            1 => pos.prop_map(Edit::DeleteLine),
            1 => (pos, pos).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        ]
    }

    /// Byte offset of the char boundary nearest below `pos % (len + 1)`.
    fn boundary(s: &str, pos: usize) -> usize {
        let mut at = pos % (s.len() + 1);
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        at
    }

    fn span(s: &str, pos: usize, len_chars: usize) -> (usize, usize) {
        let start = boundary(s, pos);
        let end = s[start..].char_indices().nth(len_chars).map_or(s.len(), |(i, _)| start + i);
        (start, end)
    }

    pub fn apply(mut s: String, edits: &[Edit]) -> String {
        for e in edits {
            match e {
                Edit::Insert(p, piece) => {
                    let at = boundary(&s, *p);
                    s.insert_str(at, piece);
                }
                Edit::Delete(p, n) => {
                    let (a, b) = span(&s, *p, *n);
                    s.replace_range(a..b, "");
                }
                Edit::Duplicate(p, n) => {
                    let (a, b) = span(&s, *p, *n);
                    let copy = s[a..b].to_string();
                    s.insert_str(b, &copy);
                }
                Edit::Replace(p, n, piece) => {
                    let (a, b) = span(&s, *p, *n);
                    s.replace_range(a..b, piece);
                }
                Edit::DuplicateLine(i) | Edit::DeleteLine(i) => {
                    let mut lines: Vec<&str> = s.split_inclusive('\n').collect();
                    if lines.is_empty() {
                        continue;
                    }
                    let i = i % lines.len();
                    if matches!(e, Edit::DeleteLine(_)) {
                        lines.remove(i);
                    } else {
                        lines.insert(i, lines[i]);
                    }
                    s = lines.concat();
                }
                Edit::SwapLines(i, j) => {
                    let mut lines: Vec<String> = s.split('\n').map(str::to_string).collect();
                    let n = lines.len();
                    lines.swap(i % n, j % n);
                    s = lines.join("\n");
                }
            }
        }
        s
    }

    /// A window of a seed text (whole lines or a cut anywhere), then edits.
    pub fn mutated_report(max_chars: usize) -> impl Strategy<Value = String> {
        (0usize..5, any::<usize>(), 0..max_chars, any::<bool>(), proptest::collection::vec(edit(), 0..8))
            .prop_map(move |(seed, start, len, whole_lines, edits)| {
                let text = &corpus::SEEDS[seed % corpus::SEEDS.len()];
                let (a, b) = span(text, start, len);
                let (a, b) = if whole_lines {
                    let a = text[..a].rfind('\n').map_or(0, |i| i + 1);
                    let b = text[b..].find('\n').map_or(text.len(), |i| b + i);
                    (a, b.min(a + max_chars * 3))
                } else {
                    (a, b)
                };
                let b = boundary(text, b).max(a);
                apply(text[a..b].to_string(), &edits)
            })
    }

    /// Text built only from the pieces and digits: dense with labels, numbers and odd chars.
    pub fn piece_soup() -> impl Strategy<Value = String> {
        proptest::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
    }
}

mod props {
    use super::strategies::*;
    use super::*;

    proptest! {
        #![proptest_config(settings::config(0.20))]
        /// Seed windows with insertions, deletions, duplications and replacements of
        /// characters and lines; every report invariant, in all three offset units.
        #[test]
        fn mutated_reports(text in mutated_report(300)) {
            invariants::check(&text);
        }
    }

    proptest! {
        #![proptest_config(settings::config(0.10))]
        /// Labels, units, masks, emoji, RTL marks, controls, NULs, long digit runs, glued.
        #[test]
        fn piece_soups(text in piece_soup()) {
            invariants::check(&text);
        }
    }

    proptest! {
        #![proptest_config(settings::config(0.20))]
        /// Any Unicode string.
        #[test]
        fn arbitrary_strings(text in any::<String>()) {
            invariants::check(&text);
        }
    }

    proptest! {
        #![proptest_config(settings::config(0.12))]
        /// Any bytes, with and without a file name: `to_text` never panics, a text it
        /// returns satisfies the invariants.
        #[test]
        fn arbitrary_bytes(
            bytes in prop_oneof![
                proptest::collection::vec(any::<u8>(), 0..600),
                mutated_report(200).prop_map(|s| s.into_bytes()),
                (mutated_report(200), any::<u64>()).prop_map(|(s, k)| {
                    let mut b = s.into_bytes();
                    if !b.is_empty() { let i = (k as usize) % b.len(); b[i] ^= (k >> 32) as u8 | 0x80; }
                    b
                }),
            ],
            name in proptest::sample::select(&[None, Some("a.txt"), Some("a.html"), Some("a.docx"), Some("a.mht")][..]),
        ) {
            if let Ok(input) = to_text(&bytes, Hint { file_name: name, ..Hint::default() }) {
                invariants::check_utf8(&input.text);
            }
        }
    }

    proptest! {
        #![proptest_config(settings::config(0.05))]
        /// Random byte damage to every input fixture (flips, cuts, splices, duplicated
        /// chunks): the zip reader, inflate, HTML and MIME parsers never panic.
        #[test]
        fn damaged_fixtures(
            file in proptest::sample::select(&[
                "002_numbered.docx", "004_table.docx", "002_page.mht", "003_page_gb2312.html", "000_word.htm",
                "001_clipboard.html", "001_utf16le_bom.txt", "001_utf16be.txt", "000_gb18030.txt", "big5.txt",
            ][..]),
            damage in proptest::collection::vec((any::<usize>(), 0usize..4, any::<u8>(), 0usize..64), 1..6),
        ) {
            let mut bytes = corpus::cached_input(file);
            for (pos, kind, byte, len) in damage {
                if bytes.is_empty() { break; }
                let at = pos % bytes.len();
                match kind {
                    0 => bytes[at] ^= byte | 1,
                    1 => bytes.truncate(at),
                    2 => { let end = (at + len).min(bytes.len()); bytes.drain(at..end); }
                    _ => { let end = (at + len).min(bytes.len()); let chunk = bytes[at..end].to_vec(); bytes.splice(at..at, chunk); }
                }
            }
            if let Ok(input) = to_text(&bytes, Hint { file_name: Some(file), ..Hint::default() }) {
                // Analysing a 40 KB text costs tens of milliseconds: check a cut of it.
                let cut = input.text.char_indices().nth(400).map_or(input.text.len(), |(i, _)| i);
                invariants::check_utf8(&input.text[..cut]);
            }
        }
    }
}

/// Properties of the input readers alone (cheap: no analysis).
mod readers {
    use super::*;

    /// HTML trees of block and inline elements around words.
    #[derive(Debug, Clone)]
    enum Node {
        Text(String),
        El(&'static str, Vec<Node>),
        Table(Vec<Vec<Vec<Node>>>),
        Br,
    }

    fn word() -> impl Strategy<Value = String> {
        // No controls (HTML drops NUL, and nothing else here is special), no markup chars
        // unescaped: `<`, `&` and `>` are escaped when written.
        proptest::string::string_regex("[^\\p{Cc}]{1,12}").expect("regex").prop_map(|s| s)
    }

    fn node() -> impl Strategy<Value = Node> {
        let leaf = prop_oneof![8 => word().prop_map(Node::Text), 1 => Just(Node::Br)];
        leaf.prop_recursive(5, 64, 6, |inner| {
            prop_oneof![
                6 => (
                    proptest::sample::select(&["p", "div", "span", "b", "a", "h2", "li", "ul", "ol", "section", "article", "font", "em", "strong", "blockquote", "center", "dd", "i", "u"][..]),
                    proptest::collection::vec(inner.clone(), 0..5)
                ).prop_map(|(t, c)| Node::El(t, c)),
                1 => proptest::collection::vec(proptest::collection::vec(proptest::collection::vec(inner, 0..3), 1..4), 1..4).prop_map(Node::Table),
            ]
        })
    }

    fn write(n: &Node, out: &mut String, words: &mut String) {
        match n {
            Node::Text(t) => {
                out.push_str(&t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;"));
                words.push_str(t);
            }
            Node::Br => out.push_str("<br>"),
            Node::El(tag, children) => {
                out.push_str(&format!("<{tag}>"));
                for c in children {
                    write(c, out, words);
                }
                out.push_str(&format!("</{tag}>"));
            }
            Node::Table(rows) => {
                out.push_str("<table>");
                for row in rows {
                    out.push_str("<tr>");
                    for cell in row {
                        out.push_str("<td>");
                        for c in cell {
                            write(c, out, words);
                        }
                        out.push_str("</td>");
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</table>");
            }
        }
    }

    fn squeeze(s: &str) -> String {
        s.chars().filter(|c| !c.is_whitespace()).collect()
    }

    proptest! {
        #![proptest_config(settings::config(0.13))]
        /// Every character of every text node of an HTML tree is in the extracted text, in
        /// order, and nothing else is (whitespace aside).
        #[test]
        fn html_never_loses_text(nodes in proptest::collection::vec(node(), 0..8)) {
            let (mut html, mut words) = (String::from("<!DOCTYPE html><html><body>"), String::new());
            for n in &nodes {
                write(n, &mut html, &mut words);
            }
            let text = reportlens::html::to_text(&html);
            prop_assert_eq!(squeeze(&text), squeeze(&words));
            for line in text.lines().filter(|l| *l != "\t") {
                prop_assert_eq!(line.trim_end(), line, "trailing whitespace");
            }
        }
    }

    /// A docx body: paragraphs (runs) and tables of cells of paragraphs.
    #[derive(Debug, Clone)]
    enum Block {
        P(Vec<String>),
        Table(Vec<Vec<Vec<Vec<String>>>>),
    }

    fn runs() -> impl Strategy<Value = Vec<String>> {
        // `☒` marks text that must not come out (deleted, fallback): never in the runs.
        proptest::collection::vec(proptest::string::string_regex("[^\\p{Cc}☒]{0,10}").expect("regex"), 0..4)
    }

    fn block() -> impl Strategy<Value = Block> {
        prop_oneof![
            5 => runs().prop_map(Block::P),
            1 => proptest::collection::vec(proptest::collection::vec(proptest::collection::vec(runs(), 0..3), 1..4), 1..4).prop_map(Block::Table),
        ]
    }

    fn xml_escape(s: &str) -> String {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
    }

    /// Writes one paragraph, with the decorations Word adds; returns its expected text.
    fn paragraph(runs: &[String], k: usize, xml: &mut String) -> String {
        xml.push_str("<w:p w:rsidR=\"00AB\"><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs><w:rPr><w:b/></w:rPr></w:pPr>");
        let mut text = String::new();
        for (i, r) in runs.iter().enumerate() {
            match (k + i) % 5 {
                0 => xml.push_str(&format!("<w:ins w:id=\"1\"><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:ins>", xml_escape(r))),
                1 => xml.push_str(&format!(
                    "<w:r><w:t>{}</w:t></w:r><w:del w:id=\"2\"><w:r><w:delText>☒删☒</w:delText></w:r></w:del><w:bookmarkStart w:id=\"0\" w:name=\"a\"/>",
                    xml_escape(r)
                )),
                2 => xml.push_str(&format!(
                    "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t><![CDATA[{}]]></w:t></w:r><w:proofErr w:type=\"gramEnd\"/>",
                    r.replace("]]>", "]]]]><![CDATA[>")
                )),
                3 => xml.push_str(&format!(
                    "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:t>{0}</w:t></mc:Choice><mc:Fallback><w:t>☒备☒</w:t></mc:Fallback></mc:AlternateContent></w:r>",
                    xml_escape(r)
                )),
                _ => xml.push_str(&format!("<w:r><w:instrText> PAGE </w:instrText><w:t>{}</w:t></w:r>", xml_escape(r))),
            }
            text.push_str(r);
        }
        xml.push_str("</w:p>");
        text
    }

    /// A minimal zip writer (stored or deflated entries) for generated documents.
    pub fn zip(entries: &[(&str, &[u8])], deflate: bool) -> Vec<u8> {
        fn crc32(data: &[u8]) -> u32 {
            let mut c = !0u32;
            for &b in data {
                c ^= u32::from(b);
                for _ in 0..8 {
                    c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
                }
            }
            !c
        }
        let (mut out, mut dir) = (Vec::new(), Vec::new());
        for (name, data) in entries {
            let body = if deflate { miniz_oxide::deflate::compress_to_vec(data, 6) } else { data.to_vec() };
            let method: u16 = if deflate { 8 } else { 0 };
            let offset = out.len() as u32;
            let header = |sig: u32, central: bool| {
                let mut h = Vec::new();
                h.extend(sig.to_le_bytes());
                if central {
                    h.extend(20u16.to_le_bytes());
                }
                h.extend(20u16.to_le_bytes());
                h.extend(0x0800u16.to_le_bytes());
                h.extend(method.to_le_bytes());
                h.extend([0u8; 4]);
                h.extend(crc32(data).to_le_bytes());
                h.extend((body.len() as u32).to_le_bytes());
                h.extend((data.len() as u32).to_le_bytes());
                h.extend((name.len() as u16).to_le_bytes());
                h.extend(0u16.to_le_bytes());
                if central {
                    // comment length, disk, internal and external attributes
                    h.extend([0u8; 10]);
                    h.extend(offset.to_le_bytes());
                }
                h.extend(name.as_bytes());
                h
            };
            out.extend(header(0x0403_4B50, false));
            out.extend(&body);
            dir.extend(header(0x0201_4B50, true));
        }
        let (dir_offset, dir_len) = (out.len() as u32, dir.len() as u32);
        out.extend(dir);
        out.extend(0x0605_4B50u32.to_le_bytes());
        out.extend([0u8; 4]);
        out.extend((entries.len() as u16).to_le_bytes());
        out.extend((entries.len() as u16).to_le_bytes());
        out.extend(dir_len.to_le_bytes());
        out.extend(dir_offset.to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out
    }

    /// document.xml of `blocks` and the lines the reader must give back.
    fn document(blocks: &[Block]) -> (String, Vec<String>) {
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>",
        );
        let mut lines = Vec::new();
        for (k, b) in blocks.iter().enumerate() {
            match b {
                Block::P(runs) => {
                    lines.push(paragraph(runs, k, &mut xml).trim_start_matches('\t').to_string())
                }
                Block::Table(rows) => {
                    xml.push_str("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>");
                    for row in rows {
                        xml.push_str("<w:tr>");
                        for cell in row {
                            xml.push_str("<w:tc><w:tcPr/>");
                            for (i, p) in cell.iter().enumerate() {
                                let t = paragraph(p, k + i, &mut xml);
                                lines.push(if i == 0 { format!("\t{t}") } else { t });
                            }
                            if cell.is_empty() {
                                lines.push("\t".into());
                            }
                            xml.push_str("</w:tc>");
                        }
                        xml.push_str("</w:tr>");
                    }
                    xml.push_str("</w:tbl>");
                }
            }
        }
        xml.push_str("<w:sectPr/></w:body></w:document>");
        (xml, lines)
    }

    fn non_blank(lines: impl IntoIterator<Item = String>) -> Vec<String> {
        lines.into_iter().filter(|l| !l.trim().is_empty()).collect()
    }

    proptest! {
        #![proptest_config(settings::config(0.08))]
        /// A generated .docx gives back every paragraph as a line and every table cell as a
        /// tab line, exactly; deleted and fallback text never appears.
        #[test]
        fn docx_never_loses_text(blocks in proptest::collection::vec(block(), 0..12), deflate in any::<bool>()) {
            let (xml, lines) = document(&blocks);
            let bytes = zip(&[("[Content_Types].xml", b"<Types/>"), ("word/document.xml", xml.as_bytes())], deflate);
            let input = to_text(&bytes, Hint::default()).expect("a valid docx");
            prop_assert_eq!(input.format, Format::Docx);
            prop_assert!(!input.text.contains('☒'), "deleted or fallback text leaked: {:?}", input.text);
            // The text's end is trimmed: compare lines without trailing whitespace.
            let got = non_blank(input.text.lines().map(|l| l.trim_end().to_string()));
            prop_assert_eq!(got, non_blank(lines.iter().map(|l| l.trim_end().to_string())));
            prop_assert!(input.warnings.is_empty() || input.text.trim().is_empty(), "{:?}", input.warnings);
            // Cut anywhere, the file still reads (with a warning) or fails cleanly.
            let cut = bytes.len() * 2 / 3;
            let _ = to_text(&bytes[..cut], Hint::default());
        }
    }

    fn cjk_text() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[一-龥0-9a-zA-Z，。、；：“”（）%．\n ]{0,200}").expect("regex")
    }

    proptest! {
        #![proptest_config(settings::config(0.12))]
        /// Text written in UTF-8, UTF-16 (both orders, with a BOM) and GB18030 reads back
        /// exactly; without a BOM, UTF-16 reads back exactly once it is long enough to tell.
        #[test]
        fn encodings_round_trip(text in cjk_text()) {
            // Text that starts like a binary signature is refused (a known core issue with its
            // own test, `hostile::text_that_starts_like_a_signature`).
            prop_assume!(!["MZ", "ID3", "RIFF", "GIF8"].iter().any(|m| text.starts_with(m)));
            let read = |bytes: &[u8]| to_text(bytes, Hint::default()).expect("text");
            prop_assert_eq!(read(text.as_bytes()).text, text.clone());
            let mut le = vec![0xFF, 0xFE];
            le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            prop_assert_eq!(read(&le).text, text.clone());
            let mut be = vec![0xFE, 0xFF];
            be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
            prop_assert_eq!(read(&be).text, text.clone());
            let (gb, _, _) = encoding_rs::GB18030.encode(&text);
            if std::str::from_utf8(&gb).is_err() {
                let input = read(&gb);
                prop_assert!(input.text == text || !input.warnings.is_empty(),
                    "GB18030 bytes misread without a warning as {:?} ({})", input.text, input.encoding);
            }
        }
    }
}

/// The input fixtures: each yields its seed's text and (nearly) its seed's report.
mod fixtures {
    use super::*;

    /// Lines without blank ones, whitespace runs as one space, the cell tab kept.
    fn norm(text: &str) -> Vec<String> {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let tab = if l.starts_with('\t') { "\t" } else { "" };
                format!("{tab}{}", l.split_whitespace().collect::<Vec<_>>().join(" "))
            })
            .collect()
    }

    /// Indicator texts in one report and not the other (multiset difference, both ways).
    fn indicator_diff(a: &Report, b: &Report) -> (Vec<String>, Vec<String>) {
        let mut only_a: Vec<String> = a.indicators.iter().map(|x| x.text.clone()).collect();
        let mut only_b = Vec::new();
        for x in &b.indicators {
            match only_a.iter().position(|t| *t == x.text) {
                Some(i) => drop(only_a.remove(i)),
                None => only_b.push(x.text.clone()),
            }
        }
        (only_a, only_b)
    }

    fn check(file: &str, seed: &str, format: Format, encoding: &str, exact: bool) {
        let bytes = corpus::input(file);
        let input = to_text(&bytes, Hint { file_name: Some(file), ..Hint::default() })
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!((input.format, input.encoding), (format, encoding), "{file}: format and encoding");
        let want = corpus::seed(seed);
        if exact {
            assert_eq!(input.text, want, "{file}: text");
        }
        let (got, want_lines) = (norm(&input.text), norm(&want));
        let at = (0..=got.len().saturating_sub(want_lines.len()))
            .find(|&i| got[i..i + want_lines.len()] == want_lines[..]);
        assert!(at.is_some(), "{file}: the seed's lines are not all in the extracted text, in order");
        let at = at.unwrap_or(0);
        let extra = got.len() - want_lines.len();
        assert!(extra <= 2, "{file}: {extra} lines of chrome kept: {:?}", &got[..at]);
        let (ra, rb) = (invariants::check_utf8(&want), invariants::check_utf8(&input.text));
        let (missing, added) = indicator_diff(&ra, &rb);
        eprintln!(
            "{file}: {} indicators ({} in the seed), {extra} extra lines, missing {missing:?}, added {added:?}",
            rb.indicators.len(),
            ra.indicators.len()
        );
        assert!(missing.len() + added.len() <= 3, "{file}: indicators missing {missing:?}, added {added:?}");
        let titles =
            |r: &Report| r.sections.iter().map(|s| (s.label.clone(), s.title.clone())).collect::<Vec<_>>();
        assert_eq!(titles(&ra), titles(&rb), "{file}: outline");
    }

    #[test]
    fn gb18030_text() {
        check("000_gb18030.txt", "000", Format::Text, "GBK", true);
    }

    #[test]
    fn utf16_text() {
        check("001_utf16le_bom.txt", "001", Format::Text, "UTF-16LE", true);
        check("001_utf16be.txt", "001", Format::Text, "UTF-16BE", true);
    }

    #[test]
    fn clipboard_html() {
        check("001_clipboard.html", "001", Format::Html, "UTF-8", false);
    }

    #[test]
    fn word_saved_html() {
        check("000_word.htm", "000", Format::Html, "GBK", false);
    }

    #[test]
    fn government_page_gb2312() {
        check("003_page_gb2312.html", "003", Format::Html, "GBK", false);
    }

    #[test]
    fn web_archive_mht() {
        check("002_page.mht", "002", Format::Html, "UTF-8", false);
    }

    #[test]
    fn page_with_task_table() {
        check("004_table.html", "004", Format::Html, "UTF-8", false);
    }

    #[test]
    fn docx_with_automatic_numbering() {
        check("002_numbered.docx", "002", Format::Docx, "UTF-8", false);
        let input = to_text(&corpus::input("002_numbered.docx"), Hint::default()).expect("docx");
        assert_eq!(input.headings.len(), 18, "heading styles");
    }

    #[test]
    fn docx_with_task_table() {
        check("004_table.docx", "004", Format::Docx, "UTF-8", false);
        let r = analyze(
            &to_text(&corpus::input("004_table.docx"), Hint::default()).expect("docx").text,
            &Options::default(),
        );
        let plain = analyze(&corpus::seed("004"), &Options::default());
        assert_eq!(r.tasks.len(), plain.tasks.len(), "task rows");
    }

    #[test]
    fn big5_text_is_read_as_big5_or_flagged() {
        let input = to_text(&corpus::input("big5.txt"), Hint::default()).expect("text");
        let expected = "臺北市政府一一二年工作報告";
        assert!(
            input.text.starts_with(expected) || !input.warnings.is_empty(),
            "Big5 bytes silently misread as {} : {:?}",
            input.encoding,
            input.text.chars().take(20).collect::<String>()
        );
    }

    #[test]
    fn truncated_docx_keeps_what_it_can() {
        let bytes = corpus::input("002_numbered.docx");
        // Cut in the middle of word/document.xml's data: the directory is gone.
        let cut = &bytes[..bytes.len() / 2];
        let input = to_text(cut, Hint::default()).expect("recovered");
        assert!(
            input
                .warnings
                .iter()
                .any(|w| w.contains("truncated") || w.contains("damaged") || w.contains("directory")),
            "{:?}",
            input.warnings
        );
        assert!(input.text.len() > 1000, "recovered {} bytes", input.text.len());
        // numbering.xml comes after document.xml and is lost: lines miss their automatic
        // labels (一、), otherwise every complete line is in the full text.
        let full = to_text(&bytes, Hint::default()).expect("docx").text;
        let lines: Vec<&str> = input.text.lines().collect();
        for line in &lines[..lines.len() - 1] {
            assert!(full.contains(line), "recovered line not in the document: {line:?}");
        }
    }
}

/// Hostile inputs, one by one: each is refused with a helpful message or read safely.
mod hostile {
    use super::*;

    fn refused(bytes: &[u8], what: &str) {
        let err = to_text(bytes, Hint::default()).expect_err(what);
        let msg = err.to_string();
        assert!(msg.contains("; "), "{what}: the message says what to do: {msg}");
    }

    #[test]
    fn binary_files_are_refused_with_advice() {
        refused(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "png");
        refused(b"%PDF-1.7\n%\xe2\xe3", "pdf");
        refused(b"\x7fELF\x02\x01\x01\0\0\0\0\0", "elf");
        refused(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", "old .doc");
        refused(b"{\\rtf1\\ansi\\ansicpg936 \\'d4\\'f6}", "rtf");
        let noise: Vec<u8> = (0..5000u32).map(|i| (i.wrapping_mul(2654435761) >> 24) as u8 % 32).collect();
        refused(&noise, "control noise");
        let xlsx =
            readers::zip(&[("[Content_Types].xml", b"<Types/>"), ("xl/workbook.xml", b"<workbook/>")], true);
        let err = to_text(&xlsx, Hint::default()).expect_err("xlsx");
        assert!(err.to_string().contains("Excel"), "{err}");
        // Password-protected documents: an OLE container with an EncryptedPackage stream (what
        // Word and WPS write), or a zip entry with the encryption flag.
        let mut ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
        ole.extend([0u8; 512]);
        ole.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        let err =
            to_text(&ole, Hint { file_name: Some("报告.docx"), ..Hint::default() }).expect_err("encrypted");
        assert!(err.to_string().contains("password"), "{err}");
        let mut locked = readers::zip(&[("word/document.xml", b"<w:document/>")], false);
        locked[6] |= 1;
        let central = locked.windows(4).position(|w| w == b"PK\x01\x02").expect("central directory");
        locked[central + 8] |= 1;
        let err = to_text(&locked, Hint::default()).expect_err("encrypted entry");
        assert!(
            matches!(err, reportlens::Error::Malformed { .. }) && err.to_string().contains("password"),
            "{err}"
        );
        let empty_zip = readers::zip(&[], false);
        assert!(to_text(&empty_zip, Hint::default()).is_err());
        let too_big =
            to_text(&[b'a'; 100], Hint { max_bytes: Some(10), ..Hint::default() }).expect_err("limit");
        assert!(too_big.to_string().contains("; "), "{too_big}");
    }

    #[test]
    fn zip_bomb_is_bounded() {
        // 21 MB of one letter deflates to ~20 KB; the part limit (16 × max_bytes, at least
        // 1 MiB) stops the reader at 4 MiB.
        let xml = format!(
            "<w:document><w:body><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>",
            "增".repeat(7 << 20)
        );
        let bytes = readers::zip(&[("word/document.xml", xml.as_bytes())], true);
        assert!(bytes.len() < 256 << 10, "{} bytes", bytes.len());
        let input = to_text(&bytes, Hint { max_bytes: Some(256 << 10), ..Hint::default() }).expect("partial");
        assert!(input.text.len() <= 4 << 20, "{} bytes of text", input.text.len());
        assert!(input.warnings.iter().any(|w| w.contains("MiB")), "{:?}", input.warnings);
    }

    #[test]
    fn nul_controls_invalid_utf8_and_surrogates() {
        let mut bytes = "一、总体情况\n增长\u{0}5%，\u{1b}[31m投资\u{7}239.9亿元\n".as_bytes().to_vec();
        bytes.extend(b"\xff\xfe\xc0\xaf 1.\xe4\xb8"); // invalid UTF-8: read as GBK or flagged
        let input = to_text(&bytes, Hint::default()).expect("text");
        assert!(!input.warnings.is_empty(), "invalid bytes are flagged");
        invariants::check(&input.text);
        // A lone surrogate in UTF-16 (as from a JS string) becomes U+FFFD, flagged.
        let mut le = vec![0xFF, 0xFE];
        le.extend("增长5%".encode_utf16().flat_map(u16::to_le_bytes));
        le.extend(0xD800u16.to_le_bytes());
        le.extend("亿元".encode_utf16().flat_map(u16::to_le_bytes));
        let input = to_text(&le, Hint::default()).expect("utf-16");
        assert!(input.text.contains('\u{FFFD}') && !input.warnings.is_empty());
        invariants::check(&input.text);
        // JS strings reach Rust with lone surrogates already replaced by U+FFFD.
        invariants::check("增长\u{FFFD}5%\u{FFFD}，投资\u{FFFD}\u{FFFD}亿元");
    }

    #[test]
    fn rtl_marks_long_digits_and_odd_labels() {
        for text in [
            "\u{202E}一、总体情况\u{202C}\n增长\u{200F}5%\u{200E}，投资\u{061C}239.9亿元",
            &format!("增长{}%，投资{}亿元", "9".repeat(100_000), "1".repeat(400)),
            &format!("{}.{}亿元", "1".repeat(310), "5".repeat(310)),
            "一、（一）1.（1）①一、（一）\n一、\n（一）\n1.\n①\n第一部分\n一是\n(一)(二)(三)\n一、一、一、",
            "1.1.1.1.1.1.1.1.1.1.1\n12345678901234567890.1234567890%\n0.0000000000000000000001亿元",
            "*.*%、**.*亿元、***万人次、*%、****",
            "\n\n\n\t\t\t\r\r\r",
            "",
        ] {
            invariants::check(text);
        }
    }

    /// Plain text that happens to start with the letters of a binary signature is text: the
    /// two-letter `MZ` of Windows programs, `ID3` of MP3 files, `RIFF` of media files.
    #[test]
    fn text_that_starts_like_a_signature() {
        for text in
            ["MZ-3型无人机采购12台，增长5%。", "ID3标签规范修订，完成3项。", "RIFF格式文件转换率达98%。"]
        {
            let input = to_text(text.as_bytes(), Hint::default()).unwrap_or_else(|e| panic!("{text:?}: {e}"));
            assert_eq!(input.text, text);
        }
    }

    /// A ranking written with a long run of Chinese numerals (`全市第一一一…`) must not give an
    /// infinite value (found by `piece_soups`).
    #[test]
    fn chinese_numeral_overflow() {
        invariants::check(&format!("全市第{}", "一".repeat(310)));
        invariants::check(&format!("增长{}倍", "九".repeat(400)));
        invariants::check(&format!("第{}名", "万".repeat(200)));
    }

    #[test]
    fn html_attacks_are_just_text() {
        let page = "<p>&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(1)> 增长5%</p>\
                    <script>document.write('<p>x</p>')</script><p title=\"&quot;><svg onload=alert(1)>\">正文</p>";
        let text = reportlens::html::to_text(page);
        assert_eq!(text, "<script>alert(1)</script> 增长5%\n正文");
        invariants::check(&text);
        // Unclosed raw-text elements and comments, deep nesting, attribute soup.
        for page in [
            "<script>".to_string() + &"增长5%".repeat(1000),
            "<!--".to_string() + &"增长5%".repeat(1000),
            "<div>".repeat(100_000) + "增长5%",
            "<p ".to_string() + &"a=\"b\" ".repeat(50_000) + ">增长5%",
            "<table><td><table><td><table><td>增长5%".repeat(1000),
            "&".repeat(100_000) + "&#" + &"9".repeat(10_000) + ";",
        ] {
            let input = to_text(page.as_bytes(), Hint { file_name: Some("x.html"), ..Hint::default() })
                .expect("html");
            invariants::check_utf8(&input.text);
        }
    }
}

/// Big inputs: time, memory, and linear scaling. Release builds only (ignored in debug builds,
/// where they take minutes): `cargo test --release --test robustness big:: -- --nocapture`.
mod big {
    use super::*;
    use std::time::{Duration, Instant};

    /// Peak resident set size of this process so far (Linux), in bytes.
    fn peak_rss() -> Option<usize> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        Some(line.split_whitespace().nth(1)?.parse::<usize>().ok()? * 1024)
    }

    fn timed<T>(what: &str, f: impl FnOnce() -> T) -> (T, Duration) {
        let start = Instant::now();
        let out = f();
        let took = start.elapsed();
        if !what.is_empty() {
            eprintln!("{what}: {took:.2?}");
        }
        (out, took)
    }

    /// Held by every big-input test: they time and measure one at a time (the property tests
    /// may still run on the other test thread).
    static HEAVY: std::sync::Mutex<()> = std::sync::Mutex::new(());

    fn heavy() -> std::sync::MutexGuard<'static, ()> {
        HEAVY.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The least wall time of three runs of `f`.
    fn best(f: impl Fn()) -> Duration {
        (0..3)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .min()
            .unwrap_or_default()
    }

    /// time(4n) / time(n) for inputs built by `make`: about 4 when linear, 16 when quadratic.
    fn scaling(what: &str, make: impl Fn(usize) -> String, n: usize) -> f64 {
        let (small, large) = (make(n), make(4 * n));
        let _one_at_a_time = heavy();
        let t1 = best(|| drop(invariants::check_utf8(&small)));
        let t4 = best(|| drop(invariants::check_utf8(&large)));
        let ratio = t4.as_secs_f64() / t1.as_secs_f64().max(1e-6);
        eprintln!(
            "{what}: {} bytes {t1:.2?}, {} bytes {t4:.2?}: ×{ratio:.1} for 4× the input",
            small.len(),
            large.len()
        );
        ratio
    }

    /// Bound for time(4n)/time(n): linear is 4, quadratic 16.
    const LINEAR: f64 = 8.0;

    /// A report line with many figures, `n` bytes long, no newline.
    fn long_line(n: usize) -> String {
        let unit = "地区生产总值增长5.2%，一般公共预算收入239.9亿元，新增就业1.2万人，";
        let mut s = unit.repeat(n / unit.len() + 1);
        let cut = (0..=n.min(s.len())).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
        s.truncate(cut);
        s
    }

    fn numbers_in_a_row(n: usize) -> String {
        (0..n).map(|i| format!("{}.{}%", i % 1000, i % 10)).collect::<Vec<_>>().join("、")
    }

    fn headings(n: usize) -> String {
        const CN: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
        (0..n)
            .map(|i| match i % 4 {
                0 => format!("{}、第{i}项工作\n", CN[i % 10]),
                1 => format!("（{}）推进{i}号任务\n完成投资{i}亿元。\n", CN[i % 10]),
                2 => format!("{}.落实第{i}条\n", i % 50 + 1),
                _ => format!("（{}）细化第{i}点\n", i % 20 + 1),
            })
            .collect()
    }

    #[test]
    #[cfg_attr(debug_assertions, ignore = "release only")]
    fn one_long_line_scales_linearly() {
        let ratio = scaling("one line of figures", long_line, 8 << 10);
        assert!(ratio < LINEAR, "one long line: ×{ratio:.1} for 4× the input (quadratic)");
    }

    #[test]
    #[cfg_attr(debug_assertions, ignore = "release only")]
    fn numbers_in_a_row_scale_linearly() {
        let ratio = scaling("numbers in a row", numbers_in_a_row, 10_000);
        assert!(ratio < LINEAR, "numbers in a row: ×{ratio:.1} for 4× the input (quadratic)");
    }

    #[test]
    #[cfg_attr(debug_assertions, ignore = "release only")]
    fn long_digit_runs_scale_linearly() {
        let ratio = scaling("a digit run", |n| format!("增长{}%", "9".repeat(n)), 3_000);
        assert!(ratio < LINEAR, "a long digit run: ×{ratio:.1} for 4× the input (quadratic)");
    }

    #[test]
    #[cfg_attr(debug_assertions, ignore = "release only")]
    fn headings_scale_linearly() {
        let ratio = scaling("headings", headings, 1_000);
        assert!(ratio < LINEAR, "headings: ×{ratio:.1} for 4× the input (quadratic)");
    }

    /// 50 MB of report text analyses in one pass with a peak memory of at most 5× the input,
    /// measured in a child process of its own (the other tests' memory would count here).
    #[test]
    #[cfg_attr(debug_assertions, ignore = "release only")]
    fn fifty_megabytes() {
        let _one_at_a_time = heavy();
        let exe = std::env::current_exe().expect("test binary");
        let out = std::process::Command::new(exe)
            .args(["big::fifty_megabytes_alone", "--exact", "--ignored", "--nocapture", "--test-threads=1"])
            .output()
            .expect("child test");
        let log = String::from_utf8_lossy(&out.stderr);
        eprintln!("{}", log.lines().filter(|l| l.starts_with("50 MB")).collect::<Vec<_>>().join("\n"));
        assert!(out.status.success(), "{log}");
    }

    /// The measurement of [`fifty_megabytes`]: the seeds, repeated with their years changed.
    #[test]
    #[ignore = "run by big::fifty_megabytes in a process of its own"]
    fn fifty_megabytes_alone() {
        let mut text = String::with_capacity(50 << 20);
        let mut round = 0u32;
        while text.len() < 50 << 20 {
            for seed in corpus::SEEDS.iter() {
                text.push_str(&seed.replace("2023", &format!("{}", 2000 + round % 50)));
                text.push('\n');
            }
            round += 1;
        }
        let before = peak_rss().unwrap_or(0);
        let (report, took) = timed("50 MB", || analyze(&text, &Options::default()));
        let peak = peak_rss().unwrap_or(0);
        eprintln!(
            "50 MB: {} bytes, {} indicators, {} sections, {took:.1?}, peak RSS {} MB (before the analysis {} MB)",
            text.len(),
            report.indicators.len(),
            report.sections.len(),
            peak >> 20,
            before >> 20,
        );
        assert!(peak <= 5 * text.len(), "peak RSS {} MB > 5× the input", peak >> 20);
        assert!(took < Duration::from_secs(60), "50 MB took {took:?}");
    }

    #[test]
    #[cfg_attr(debug_assertions, ignore = "release only")]
    fn five_megabyte_line() {
        let _one_at_a_time = heavy();
        let text = long_line(5 << 20);
        let (report, took) = timed("5 MB line", || invariants::check_utf8(&text));
        eprintln!("5 MB line: {} indicators", report.indicators.len());
        assert!(took < Duration::from_secs(60), "a 5 MB line took {took:?}");
    }

    #[test]
    #[cfg_attr(debug_assertions, ignore = "release only")]
    fn hundred_thousand_numbers_in_a_row() {
        let _one_at_a_time = heavy();
        let text = numbers_in_a_row(100_000);
        let (report, took) = timed("10^5 numbers in a row", || invariants::check_utf8(&text));
        eprintln!("10^5 numbers: {} bytes, {} indicators", text.len(), report.indicators.len());
        assert!(took < Duration::from_secs(60), "10^5 numbers took {took:?}");
    }

    #[test]
    #[cfg_attr(debug_assertions, ignore = "release only")]
    fn ten_thousand_headings() {
        let _one_at_a_time = heavy();
        let text = headings(10_000);
        let (report, took) = timed("10^4 headings", || invariants::check_utf8(&text));
        eprintln!("10^4 headings: {} bytes, {} sections", text.len(), report.sections.len());
        assert!(took < Duration::from_secs(60), "10^4 headings took {took:?}");
    }

    #[test]
    #[cfg_attr(debug_assertions, ignore = "release only")]
    fn big_html_and_docx_inputs() {
        let _one_at_a_time = heavy();
        let seed = corpus::seed("002");
        let paras: String = seed
            .lines()
            .map(|l| format!("<p>{}</p>\n", l.replace('&', "&amp;").replace('<', "&lt;")))
            .collect();
        let page =
            format!("<!DOCTYPE html><html><body>{}</body></html>", paras.repeat((50 << 20) / paras.len()));
        let before = peak_rss().unwrap_or(0);
        let (input, _) = timed(&format!("HTML {} MB to text", page.len() >> 20), || {
            to_text(page.as_bytes(), Hint::default()).expect("html")
        });
        eprintln!("HTML: peak RSS {} MB (before {} MB)", peak_rss().unwrap_or(0) >> 20, before >> 20);
        assert!(input.text.len() > 30 << 20);
        drop((page, input));
        let body: String = seed
            .lines()
            .map(|l| {
                format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", l.replace('&', "&amp;").replace('<', "&lt;"))
            })
            .collect();
        let xml =
            format!("<w:document><w:body>{}</w:body></w:document>", body.repeat((100 << 20) / body.len()));
        let docx = readers::zip(&[("word/document.xml", xml.as_bytes())], true);
        let (input, _) = timed(
            &format!("docx {} MB of XML ({} MB zipped) to text", xml.len() >> 20, docx.len() >> 20),
            || to_text(&docx, Hint::default()).expect("docx"),
        );
        assert!(input.text.len() > 40 << 20);
    }
}
