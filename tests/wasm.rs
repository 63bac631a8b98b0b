//! Tests of the JavaScript binding (`src/wasm.rs`) as JavaScript sees it, run in Node by
//! wasm-bindgen-test-runner (`scripts/test-wasm.sh`). Results are turned back into Rust
//! [`Report`]s and compared with the core's own output, so the binding cannot drift from it.
#![cfg(target_arch = "wasm32")]

use js_sys::{JsString, Object, Reflect};
use reportlens::{wasm, Offsets, Options, Report};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const SEED: &str = include_str!("fixtures/seeds/002_a36156bbc7ff91c2.txt");
/// "地区生产总值增长5%，一般公共预算收入239.9亿元。" in GBK (encoded once with Python's codec).
const GBK: &[u8] = &[
    181, 216, 199, 248, 201, 250, 178, 250, 215, 220, 214, 181, 212, 246, 179, 164, 53, 37, 163, 172, 210,
    187, 176, 227, 185, 171, 185, 178, 212, 164, 203, 227, 202, 213, 200, 235, 50, 51, 57, 46, 57, 210, 218,
    212, 170, 161, 163,
];
const GBK_TEXT: &str = "地区生产总值增长5%，一般公共预算收入239.9亿元。";

fn report(value: JsValue) -> Report {
    serde_wasm_bindgen::from_value(value).expect("a Report")
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &(*k).into(), v).unwrap();
    }
    o.into()
}

fn utf16() -> Options {
    Options { offsets: Offsets::Utf16, max_bytes: None }
}

/// What JavaScript's `text.slice(start, end)` gives: the check the page relies on.
fn js_slice(text: &str, start: usize, end: usize) -> String {
    String::from(JsString::from(text).slice(start as u32, end as u32))
}

#[wasm_bindgen_test]
fn analyze_equals_the_core_with_utf16_spans() {
    let got = report(wasm::analyze(SEED, JsValue::UNDEFINED).unwrap());
    assert_eq!(got, reportlens::analyze(SEED, &utf16()));
    assert!(!got.indicators.is_empty() && !got.sections.is_empty());
    for ind in &got.indicators {
        assert_eq!(js_slice(SEED, ind.start, ind.end), ind.text);
    }
}

#[wasm_bindgen_test]
fn spans_after_an_emoji_count_utf16_units() {
    // 😀 and 🎉 are one code point, two UTF-16 units and four UTF-8 bytes each.
    let prefix = "😀 报告 🎉\n";
    let text = format!("{prefix}{SEED}");
    let shifted = report(wasm::analyze(&text, JsValue::UNDEFINED).unwrap());
    let plain = report(wasm::analyze(SEED, JsValue::UNDEFINED).unwrap());
    let shift = prefix.encode_utf16().count();
    assert_eq!(shift, 9);
    assert_eq!(shifted.indicators.len(), plain.indicators.len());
    for (a, b) in shifted.indicators.iter().zip(&plain.indicators) {
        assert_eq!((a.start, a.end, &a.text), (b.start + shift, b.end + shift, &b.text));
        assert_eq!(js_slice(&text, a.start, a.end), a.text);
    }
    for s in &shifted.sections {
        assert!(js_slice(&text, s.start, s.end).contains(&s.title), "section {s:?}");
    }
}

#[wasm_bindgen_test]
fn offsets_option_selects_the_unit() {
    let bytes = report(wasm::analyze(SEED, options(&[("offsets", "utf8".into())])).unwrap());
    assert_eq!(bytes, reportlens::analyze(SEED, &Options::default()));
    let chars = report(wasm::analyze(SEED, options(&[("offsets", "chars".into())])).unwrap());
    assert_eq!(chars, reportlens::analyze(SEED, &Options { offsets: Offsets::Chars, max_bytes: None }));
}

#[wasm_bindgen_test]
fn missing_values_are_null_and_objects_are_plain() {
    let value = wasm::analyze("一、总体情况\n增长5%。", JsValue::UNDEFINED).unwrap();
    let meta = Reflect::get(&value, &"meta".into()).unwrap();
    assert!(meta.is_object() && !meta.is_instance_of::<js_sys::Map>());
    // json_compatible(): None is null (like the CLI's JSON), not undefined.
    assert!(Reflect::get(&meta, &"speaker".into()).unwrap().is_null());
}

#[wasm_bindgen_test]
fn analyze_bytes_decodes_gbk_like_the_core() {
    let got = report(wasm::analyze_bytes(GBK, JsValue::UNDEFINED).unwrap());
    assert_eq!(got, reportlens::analyze_bytes(GBK, &utf16()).unwrap());
    assert_eq!(got.stats.encoding, "GBK");
    assert!(got.indicators.iter().any(|i| i.text == "239.9亿元"));
}

#[wasm_bindgen_test]
fn include_text_returns_the_decoded_text_and_the_same_report() {
    for bytes in [GBK, SEED.as_bytes()] {
        let value = wasm::analyze_bytes(bytes, options(&[("includeText", true.into())])).unwrap();
        let text = Reflect::get(&value, &"text".into()).unwrap().as_string().expect("text");
        let expected = reportlens::analyze_bytes(bytes, &utf16()).unwrap();
        assert_eq!(report(value), expected);
        for ind in &expected.indicators {
            assert_eq!(js_slice(&text, ind.start, ind.end), ind.text);
        }
    }
    let text = Reflect::get(
        &wasm::analyze_bytes(GBK, options(&[("includeText", true.into())])).unwrap(),
        &"text".into(),
    )
    .unwrap();
    assert_eq!(text.as_string().unwrap(), GBK_TEXT);
}

fn error_of(result: Result<JsValue, JsValue>) -> (String, String) {
    let err = result.expect_err("an error").dyn_into::<js_sys::Error>().expect("a JS Error");
    let kind = Reflect::get(&err, &"kind".into()).unwrap().as_string().unwrap();
    (kind, String::from(err.message()))
}

#[wasm_bindgen_test]
fn errors_are_js_errors_with_a_kind_and_the_core_message() {
    let (kind, message) = error_of(wasm::analyze_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", JsValue::UNDEFINED));
    assert_eq!(kind, "not_text");
    assert!(message.starts_with("not a text document"), "{message}");
    let (kind, message) = error_of(wasm::analyze_bytes(GBK, options(&[("maxBytes", 10.into())])));
    assert_eq!(kind, "too_large");
    assert!(message.contains("limit is 10 bytes"), "{message}");
    let (kind, message) = error_of(wasm::analyze("x", options(&[("maxbytes", 10.into())])));
    assert_eq!(kind, "options");
    assert!(message.contains("maxbytes"), "{message}");
}

#[wasm_bindgen_test]
fn odd_input_never_throws() {
    for text in ["", " \n\t", "\u{FEFF}", "\0\0\0", "💥💥", "<script>alert(1)</script>"] {
        assert!(wasm::analyze(text, JsValue::UNDEFINED).is_ok(), "{text:?}");
    }
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(wasm::version(), env!("CARGO_PKG_VERSION"));
}
