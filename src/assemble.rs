//! The last step: the [`Report`], with every span mapped from the normalised view back to
//! the original text and then into the unit the caller asked for.

use crate::clean::Doc;
use crate::outline::Heading;
use crate::report::{Indicator, Meta, Report, Section, Stats, Task, Zone};
use crate::Offsets;
use crate::Options;

/// Builds the report from the stages' results (all spans still in the normalised view).
pub fn report(
    doc: &Doc,
    meta: Meta,
    headings: &[Heading],
    mut indicators: Vec<Indicator>,
    mut tasks: Vec<Task>,
    options: &Options,
) -> Report {
    let sections: Vec<Section> = headings
        .iter()
        .map(|h| Section {
            level: h.level,
            label: h.label.clone(),
            title: h.title.clone(),
            kind: h.kind,
            start: doc.to_original(h.start),
            end: doc.to_original(h.end),
            parent: h.parent,
        })
        .collect();
    for ind in &mut indicators {
        ind.text = doc.original_slice(ind.start, ind.end).to_string();
        ind.start = doc.to_original(ind.start);
        ind.end = doc.to_original(ind.end);
    }
    // Indicators are in text order: each task's are one run, found by binary search.
    for task in &mut tasks {
        task.start = doc.to_original(task.start);
        task.end = doc.to_original(task.end);
        let first = indicators.partition_point(|i| i.start < task.start);
        task.indicators = (first..indicators.len())
            .take_while(|&i| indicators[i].start < task.end)
            .filter(|&i| indicators[i].end <= task.end)
            .collect();
    }
    let zones = doc
        .chrome_zones()
        .into_iter()
        .map(|(s, e, kind)| Zone { start: doc.to_original(s), end: doc.to_original(e), kind })
        .collect();
    let mut warnings = Vec::new();
    if doc.original.trim().is_empty() {
        warnings.push("the document is empty: paste or open a report".to_string());
    } else if sections.is_empty() && indicators.is_empty() {
        warnings
            .push("no headings or figures found: this does not look like a government report".to_string());
    }
    let mut report = Report {
        meta,
        sections,
        indicators,
        tasks,
        zones,
        stats: Stats {
            encoding: "UTF-8".to_string(),
            length: doc.original.len(),
            chars: doc.original.chars().count(),
            lines: doc.original.lines().count(),
        },
        warnings,
    };
    convert_offsets(doc.original, &mut report, options.offsets);
    report
}

/// Calls `f` on every span offset of the report, in a fixed order.
fn for_each_offset(report: &mut Report, mut f: impl FnMut(&mut usize)) {
    for s in &mut report.sections {
        f(&mut s.start);
        f(&mut s.end);
    }
    for i in &mut report.indicators {
        f(&mut i.start);
        f(&mut i.end);
    }
    for t in &mut report.tasks {
        f(&mut t.start);
        f(&mut t.end);
    }
    for z in &mut report.zones {
        f(&mut z.start);
        f(&mut z.end);
    }
    f(&mut report.stats.length);
}

/// Converts UTF-8 byte offsets to UTF-16 code units or code points.
// A table of the count before each 64-byte block makes each offset's count a lookup plus at
// most eight words; no sorting of the offsets (smaller wasm, and faster).
fn convert_offsets(text: &str, report: &mut Report, unit: Offsets) {
    const BLOCK: usize = 64;
    if unit == Offsets::Utf8 {
        return;
    }
    let bytes = text.as_bytes();
    let mut before = Vec::with_capacity(bytes.len() / BLOCK + 1);
    let mut total = 0;
    for block in bytes.chunks(BLOCK) {
        before.push(total);
        total += units_in(block, unit);
    }
    for_each_offset(report, |o| {
        let at = (*o).min(bytes.len());
        let block = at / BLOCK;
        *o = before.get(block).map_or(total, |&b| b + units_in(&bytes[block * BLOCK..at], unit));
    });
}

/// How many code points (or UTF-16 units) the UTF-8 `bytes` hold: every byte that starts a
/// char is one, and a 4-byte char's lead byte one more in UTF-16.
// Counted eight bytes at a time in a u64: the wasm build has no SIMD, and decoding chars one by
// one cost it several times the native time.
fn units_in(bytes: &[u8], unit: Offsets) -> usize {
    use crate::lexicon::swar::HIGH;
    let astral = unit == Offsets::Utf16;
    let mut chunks = bytes.chunks_exact(8);
    let mut n = 0;
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        // A continuation byte is 10xxxxxx: bit 7 set, bit 6 (shifted up to 7) clear.
        let continuation = w & !(w << 1) & HIGH;
        n += 8 - continuation.count_ones() as usize;
        if astral {
            // A 4-byte lead is 11110xxx: bits 7 to 4 all set.
            n += (w & (w << 1) & (w << 2) & (w << 3) & HIGH).count_ones() as usize;
        }
    }
    let rest = chunks.remainder();
    n + rest.iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(astral && b >= 0xF0)).sum::<usize>()
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Offsets, Options};

    #[test]
    fn utf16_offsets_after_an_emoji() {
        let text = "一、总体😀情况\n全年增长5.2%，完成投资3亿元。";
        let utf8 = analyze(text, &Options::default());
        let utf16 = analyze(text, &Options { offsets: Offsets::Utf16, ..Options::default() });
        let chars = analyze(text, &Options { offsets: Offsets::Chars, ..Options::default() });
        let units: Vec<u16> = text.encode_utf16().collect();
        let code_points: Vec<char> = text.chars().collect();
        assert!(!utf8.indicators.is_empty());
        for ((a, b), c) in utf8.indicators.iter().zip(&utf16.indicators).zip(&chars.indicators) {
            assert_eq!(&text[a.start..a.end], a.text);
            assert_eq!(String::from_utf16(&units[b.start..b.end]).unwrap(), a.text);
            assert_eq!(code_points[c.start..c.end].iter().collect::<String>(), a.text);
        }
    }

    /// Counting eight bytes at a time agrees with decoding, at every char boundary of a text
    /// mixing 1- to 4-byte chars (so every remainder length is met).
    #[test]
    fn units_are_counted_as_decoding_counts_them() {
        let text = "a一😀ü。2023年增长5.2%🇨🇳x\u{10FFFF}ÿ\u{7FF}\u{800}\u{FFFF}\u{10000}end";
        for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let before = &text[..at];
            assert_eq!(super::units_in(before.as_bytes(), Offsets::Utf16), before.encode_utf16().count());
            assert_eq!(super::units_in(before.as_bytes(), Offsets::Chars), before.chars().count());
        }
    }

    /// Every converted offset equals the count of the text before it, on each bundled report
    /// with an emoji (a 4-byte char, two UTF-16 units) put at the front.
    #[test]
    fn converted_offsets_count_the_text_before_them() {
        for seed in crate::seed_texts() {
            let text = format!("😀{seed}");
            let utf8 = analyze(&text, &Options::default());
            for (unit, count) in [
                (Offsets::Utf16, (|s: &str| s.encode_utf16().count()) as fn(&str) -> usize),
                (Offsets::Chars, |s: &str| s.chars().count()),
            ] {
                let other = analyze(&text, &Options { offsets: unit, ..Options::default() });
                let spans = |r: &crate::Report| {
                    let mut v: Vec<usize> = r.sections.iter().flat_map(|s| [s.start, s.end]).collect();
                    v.extend(r.indicators.iter().flat_map(|i| [i.start, i.end]));
                    v.extend(r.tasks.iter().flat_map(|t| [t.start, t.end]));
                    v.extend(r.zones.iter().flat_map(|z| [z.start, z.end]));
                    v.push(r.stats.length);
                    v
                };
                let expected: Vec<usize> = spans(&utf8).iter().map(|&b| count(&text[..b])).collect();
                assert_eq!(spans(&other), expected);
            }
        }
    }
}
