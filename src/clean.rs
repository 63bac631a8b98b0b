//! Stage 2, clean: a normalised view of the text, its lines, and the page chrome to ignore.
//!
//! Every later stage matches against [`Doc::norm`], where full-width ASCII (`１２％`, `（一）`,
//! `，`) and odd spaces are folded to their half-width forms, so one pattern covers both
//! spellings. [`Doc::to_original`] maps any offset of that view back to a UTF-8 byte offset of
//! the original text, so every span in the output points into the text the user gave.

use crate::lexicon::swar;
use crate::patterns as pat;
use crate::report::ZoneKind;
use crate::words::{self, Words};
use std::sync::LazyLock;

/// The text being analysed, with its normalised view, lines and chrome.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The decoded text as given.
    pub original: &'a str,
    /// The normalised view every stage matches against.
    pub norm: String,
    /// Lines of the normalised view, in order.
    pub lines: Vec<Line>,
    /// Sparse map: `(norm offset, original offset - norm offset)` from that offset on.
    shifts: Vec<(usize, isize)>,
}

/// One line of the normalised view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Start of the line's content, after leading whitespace.
    pub start: usize,
    /// End of the line's content, before trailing whitespace and the newline.
    pub end: usize,
    /// Start of the raw line (before indentation).
    pub raw_start: usize,
    /// Whether the raw line begins with a tab (flattened table cells do).
    pub tab: bool,
    /// Page chrome this line belongs to, if any.
    pub chrome: Option<ZoneKind>,
}

impl Line {
    /// Whether the line holds nothing but whitespace.
    pub fn is_blank(&self) -> bool {
        self.start == self.end
    }
}

impl<'a> Doc<'a> {
    /// Normalises `text`, splits it into lines and marks the page chrome.
    pub fn new(text: &'a str) -> Doc<'a> {
        let (norm, shifts) = normalise(text, &soft_breaks(text));
        let lines = split_lines(&norm);
        let mut doc = Doc { original: text, norm, lines, shifts };
        mark_chrome(&mut doc);
        doc
    }

    /// The content of line `i` (indentation and trailing spaces trimmed).
    pub fn line(&self, i: usize) -> &str {
        let line = &self.lines[i];
        &self.norm[line.start..line.end]
    }

    /// Maps an offset of [`Doc::norm`] (on a char boundary) to a byte offset of the original.
    pub fn to_original(&self, pos: usize) -> usize {
        let i = self.shifts.partition_point(|&(at, _)| at <= pos);
        match i {
            0 => pos,
            _ => pos.wrapping_add_signed(self.shifts[i - 1].1),
        }
    }

    /// The original text behind a span of the normalised view.
    // Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn original_slice(&self, start: usize, end: usize) -> &'a str {
        &self.original[self.to_original(start)..self.to_original(end)]
    }

    /// The original text behind a span, without the line breaks of a wrapped paragraph: how a
    /// name or a title is shown.
    // Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn original_text(&self, start: usize, end: usize) -> String {
        self.original_slice(start, end).chars().filter(|&c| c != '\n' && c != '\r').collect()
    }

    /// Index of the line holding `pos`.
    // Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn line_at(&self, pos: usize) -> usize {
        self.lines.partition_point(|l| l.raw_start <= pos).saturating_sub(1)
    }

    /// Whether `pos` lies on a chrome line.
    pub fn is_chrome(&self, pos: usize) -> bool {
        self.lines.get(self.line_at(pos)).is_some_and(|l| l.chrome.is_some())
    }

    /// Chrome zones as `(start, end, kind)` in the normalised view, consecutive lines merged.
    pub fn chrome_zones(&self) -> Vec<(usize, usize, ZoneKind)> {
        let mut zones: Vec<(usize, usize, ZoneKind)> = Vec::new();
        let mut last_line_end = None;
        for line in &self.lines {
            if line.is_blank() {
                continue;
            }
            match line.chrome {
                Some(kind) => match zones.last_mut() {
                    Some(zone) if zone.2 == kind && last_line_end == Some(zone.1) => {
                        zone.1 = line.end;
                        last_line_end = Some(line.end);
                    }
                    _ => {
                        zones.push((line.start, line.end, kind));
                        last_line_end = Some(line.end);
                    }
                },
                None => last_line_end = None,
            }
        }
        zones
    }
}

/// The half-width form of a character, `None` to drop it, or the character itself.
fn fold(c: char) -> Option<char> {
    Some(match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => ' ',
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => return None,
        '\u{FE6A}' => '%',
        '\u{2236}' => ':',
        _ => c,
    })
}

/// Builds the normalised text and the sparse offset map; the newlines at `soft` (byte
/// offsets, sorted) are dropped.
fn normalise(text: &str, soft: &[usize]) -> (String, Vec<(usize, isize)>) {
    let mut norm = String::with_capacity(text.len());
    let mut shifts = Vec::new();
    let mut shift: isize = 0;
    let mut soft = soft.iter().copied().peekable();
    let bytes = text.as_bytes();
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        while soft.next_if(|&s| s < at).is_some() {}
        let next_soft = soft.peek().map_or(bytes.len(), |&s| s.min(bytes.len()));
        if next_soft == at {
            soft.next();
            norm.push_str(&text[copied..at]);
            shift += 1;
            shifts.push((norm.len(), shift));
            at += 1;
            copied = at;
            continue;
        }
        at = next_foldable(bytes, at, next_soft);
        if at == next_soft {
            continue;
        }
        let c = text[at..].chars().next().unwrap_or('\u{FFFD}');
        let len = c.len_utf8();
        let folded = fold(c);
        if folded != Some(c) {
            norm.push_str(&text[copied..at]);
            if let Some(f) = folded {
                norm.push(f);
            }
            shift += len as isize - folded.map_or(0, char::len_utf8) as isize;
            shifts.push((norm.len(), shift));
            copied = at + len;
        }
        at += len;
    }
    norm.push_str(&text[copied..]);
    (norm, shifts)
}

/// The first offset in `from..to` where a character that [`fold`] may change starts: only
/// those whose UTF-8 starts with C2, E2, E3 or EF can, so the runs in between are copied as
/// they are.
// Eight bytes at a time: the wasm build has no SIMD, and a byte loop over the whole text was
// a tenth of its analysis time.
fn next_foldable(bytes: &[u8], mut at: usize, to: usize) -> usize {
    while at + 8 <= to {
        let w = swar::load(bytes, at);
        // E2 and E3 differ in the last bit only.
        if swar::has_byte(w, 0xC2) || swar::has_byte(w & (swar::ONES * 0xFE), 0xE2) || swar::has_byte(w, 0xEF)
        {
            break;
        }
        at += 8;
    }
    bytes[at..to].iter().position(|&b| matches!(b, 0xC2 | 0xE2 | 0xE3 | 0xEF)).map_or(to, |i| at + i)
}

fn split_lines(norm: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut raw_start = 0;
    for raw in norm.split_inclusive('\n') {
        // `&[char]` patterns share one trim instantiation (a smaller wasm).
        let content = raw.trim_end_matches(&['\n', '\r'][..]);
        let trimmed_start = content.len() - content.trim_start().len();
        let trimmed_end = content.trim_end().len();
        let start = raw_start + trimmed_start;
        let end = (raw_start + trimmed_end).max(start);
        lines.push(Line { start, end, raw_start, tab: raw.starts_with('\t'), chrome: None });
        raw_start += raw.len();
    }
    if norm.is_empty() || norm.ends_with('\n') {
        lines.push(Line {
            start: norm.len(),
            end: norm.len(),
            raw_start: norm.len(),
            tab: false,
            chrome: None,
        });
    }
    lines
}

/// Newlines that only wrap a paragraph, as text copied from a PDF has them: the document's
/// lines are mostly of one width, and a line of that width that does not end a sentence
/// continues on the next line. Their byte offsets (with a `\r` before them kept).
fn soft_breaks(text: &str) -> Vec<usize> {
    let mut lines: Vec<(usize, usize, &str)> = Vec::new(); // (start, newline offset, content)
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        // `&[char]` patterns share one trim instantiation (a smaller wasm).
        lines.push((start, i, text[start..i].trim_end_matches(&['\r'][..])));
        start = i + 1;
    }
    // Lines wrapped at a number of characters, or (as a PDF does) at a printed width.
    let Some((measure, median)) = [char_count as fn(&str) -> usize, display_width]
        .into_iter()
        .find_map(|measure| uniform_width(&lines, measure).map(|median| (measure, median)))
    else {
        return Vec::new();
    };
    let ends_sentence = |s: &str| s.trim_end().ends_with(['。', '！', '？', '；', '：', '!', '?', ';', ':']);
    let full: Vec<&(usize, usize, &str)> =
        lines.iter().filter(|l| measure(l.2.trim()) * 100 >= median * 85).collect();
    if full.iter().filter(|l| ends_sentence(l.2)).count() * 10 >= full.len() * 4 {
        return Vec::new();
    }
    let mut soft = Vec::new();
    for pair in lines.windows(2) {
        let (line, next) = (pair[0], pair[1]);
        let width = measure(line.2.trim());
        let next_text = next.2.trim_start();
        let folded: String = next_text.chars().take(12).map(fold_char).collect();
        let decimal = folded.trim_start_matches(|c: char| c.is_ascii_digit()).starts_with('.')
            && folded.trim_start_matches(|c: char| c.is_ascii_digit())[1..]
                .starts_with(|c: char| c.is_ascii_digit());
        let next_opens = next_text.is_empty() || pat::HEADING_LABEL.is_match(&folded) && !decimal;
        if width * 100 >= median * 85 && !ends_sentence(line.2) && !next_opens && !line.2.ends_with('\r') {
            soft.push(line.1);
        }
    }
    soft
}

/// The width most lines share under `measure` (their median), when they mostly share one:
/// at least eight lines of ten characters or more, six in ten within 15% of the median, a
/// median of at most eighty characters (measured as CJK text).
fn uniform_width(lines: &[(usize, usize, &str)], measure: fn(&str) -> usize) -> Option<usize> {
    let mut widths: Vec<usize> =
        lines.iter().map(|l| measure(l.2.trim())).filter(|&w| w >= measure("一二三四五六七八九十")).collect();
    if widths.len() < 8 {
        return None;
    }
    widths.sort_unstable();
    let median = widths[widths.len() / 2];
    let near = widths.iter().filter(|&&w| w * 100 >= median * 85 && w * 100 <= median * 115).count();
    let max = measure("一二三四五六七八九十") * 8;
    (median <= max && near * 10 >= widths.len() * 6).then_some(median)
}

fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// How wide a line prints: a PDF wraps lines at one printed width, where a CJK character
/// takes two columns and a digit or a Latin letter one (a line full of figures holds more
/// characters than a line of words).
// Counted on bytes, eight at a time (a char loop over every line cost the wasm build several
// times the native time): ASCII bytes, plus two for each lead byte, less one for each
// half-width form (U+FF61..U+FF9F: EF BD A1..EF BE 9F).
fn display_width(s: &str) -> usize {
    use swar::HIGH;
    let b = s.as_bytes();
    let half_width_at = |i: usize| {
        b[i] == 0xEF
            && matches!(
                (b.get(i + 1), b.get(i + 2)),
                (Some(0xBD), Some(0xA1..=0xBF)) | (Some(0xBE), Some(0x80..=0x9F))
            )
    };
    let (mut ascii, mut leads, mut half) = (0, 0, 0);
    let whole = b.len() / 8 * 8;
    for at in (0..whole).step_by(8) {
        let w = swar::load(b, at);
        ascii += (!w & HIGH).count_ones() as usize;
        leads += (w & (w << 1) & HIGH).count_ones() as usize;
        if swar::has_byte(w, 0xEF) {
            half += (at..at + 8).filter(|&i| half_width_at(i)).count();
        }
    }
    for (i, &byte) in b.iter().enumerate().skip(whole) {
        ascii += usize::from(byte < 0x80);
        leads += usize::from(byte >= 0xC0);
        half += usize::from(half_width_at(i));
    }
    ascii + 2 * leads - half
}

/// The half-width form of one character (for matching a label on raw text).
fn fold_char(c: char) -> char {
    fold(c).unwrap_or(c)
}

/// Lines in the middle of a document are chrome only when short: a long paragraph that
/// happens to say 下载 or 主题 is report text.
const MIDDLE_CHROME_MAX_CHARS: usize = 40;

/// Longer head lines are content even without sentence punctuation.
const MAX_HEAD_CHROME_CHARS: usize = 50;

/// Marks chrome lines. Three regions: the head (before the first paragraph) where anything
/// that is not a title, heading, meeting line, speaker or salutation is chrome; the tail
/// (after the last paragraph) where anything but a signature is; and the middle, where only
/// short lines that match a chrome pattern are.
fn mark_chrome(doc: &mut Doc) {
    let n = doc.lines.len();
    // Patterns run only where chrome can be: lines around the first and last paragraph, and
    // short lines; a long paragraph in the middle is never chrome and is not searched.
    let is_body = |i: usize| is_paragraph_text(doc.line(i)) && chrome_kind(doc.line(i)).is_none();
    let first_body = (0..n).find(|&i| is_body(i));
    let last_body = (0..n).rev().find(|&i| is_body(i));
    for i in 0..n {
        let text = doc.line(i);
        if text.is_empty() {
            continue;
        }
        let middle = first_body.is_some_and(|f| i > f) && last_body.is_some_and(|l| i < l);
        if middle && text.len() > MIDDLE_CHROME_MAX_CHARS * 3 {
            continue;
        }
        let keyword = chrome_kind(text);
        // Without any paragraph there is no head to tell apart: keep every line.
        let head = first_body.is_some_and(|f| i < f) && text.chars().count() <= MAX_HEAD_CHROME_CHARS;
        let tail = last_body.is_some_and(|l| i > l);
        let chrome = if head {
            let keep = head_keep(text)
                || ends_sentence(text)
                || pat::SPACED_OUT.is_match(text) && head_keep(&text.replace(' ', ""));
            keyword.or_else(|| (!keep).then_some(ZoneKind::Navigation))
        } else if tail {
            // A sentence or a heading after the last paragraph is still the report's.
            let keep = tail_keep(text)
                || ends_sentence(text)
                || pat::HEADING_LABEL.is_match(text)
                || holds_figure(text);
            keyword.or_else(|| (!keep).then_some(ZoneKind::Footer))
        } else if text.chars().count() <= MIDDLE_CHROME_MAX_CHARS {
            keyword
        } else {
            None
        };
        doc.lines[i].chrome = chrome;
    }
}

/// Whether a line before the first paragraph is part of the document (a title, a meeting or
/// date line, a speaker, a salutation, a heading), not page chrome.
fn head_keep(text: &str) -> bool {
    pat::HEAD_KEEP_START.is_match(text)
        || text.contains("关于")
        || text.ends_with(':')
        || pat::HEAD_KEEP_MEETING.is_match(text)
        || pat::HEAD_KEEP_END.is_match(text)
}

/// Whether a line after the last paragraph is part of the document: a signing body, a date,
/// attachments, notes.
fn tail_keep(text: &str) -> bool {
    words::SIGNING_BODY_ENDINGS.suffix(text).is_some() || pat::TAIL_KEEP_START.is_match(text)
}

/// Whether a line states a figure: digits followed by `%` or a word other than a date's or a
/// page's (`增长6%左右`, `新增城镇就业1.2万人`, not `12月底`, `苏ICP备05012345号`). A table copied
/// cell per line after the last paragraph is the document's, not a page footer.
fn holds_figure(text: &str) -> bool {
    let mut digit = false;
    text.chars().any(|c| {
        let figure = digit && (c == '%' || c >= '\u{4E00}' && !"年月日号页位".contains(c));
        digit = c.is_ascii_digit() || digit && c == '.';
        figure
    })
}

/// Whether a line ends as a sentence does (。！？), as report text does and page chrome rarely.
fn ends_sentence(text: &str) -> bool {
    text.ends_with(['。', '!', '?']) && text.chars().count() >= 6
}

/// Whether a line's text reads as a paragraph of prose: long, with clause punctuation.
pub fn is_paragraph_text(text: &str) -> bool {
    // 120 bytes hold at least 30 chars (four bytes at most each): long lines are not counted.
    text.len() >= 60
        && text.contains([',', '。', ';', '!', '?'])
        && (text.len() >= 120 || text.chars().count() >= 30)
}

/// The kind of chrome a line's text shows, if any: word lists on the line with spaces
/// removed and ASCII lower-cased, so `索 引 号:` and `Copyright` match too.
fn chrome_kind(text: &str) -> Option<ZoneKind> {
    if text.is_empty() {
        return None;
    }
    // Most lines have nothing to remove or lower-case: they are looked at as they are.
    let compact: std::borrow::Cow<str> = if text.chars().any(|c| c.is_whitespace() || c.is_ascii_uppercase())
    {
        text.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_lowercase()).collect::<String>().into()
    } else {
        text.into()
    };
    let c = compact.as_ref();
    // One pass over the line answers the common case: no chrome word at all.
    static ANY: LazyLock<Words> = LazyLock::new(|| {
        Words::union(&[
            &words::CHROME_FORUM,
            &words::CHROME_PAGE_INFO_LABELS,
            &words::CHROME_PAGE_INFO,
            &words::CHROME_ACTIONS,
            &words::CHROME_ACTION_LINES,
            &words::CHROME_NAVIGATION,
            &words::CHROME_NAVIGATION_LINES,
            &words::CHROME_FOOTER,
            &words::CHROME_FORUM_LINES,
        ])
    });
    if !ANY.occurs_in(c) && !words::CHROME_PARTS.occurs_in(c) {
        return None;
    }
    if words::CHROME_FORUM.occurs_in(c)
        || words::CHROME_FORUM_LINES.is(c)
        // Each form of the mark holds one of these (the line is lower-cased): only then does
        // the regex run, which in wasm walks a long line byte by byte.
        || (c.contains("rank:") || c.contains("[lv.") || c.contains("查看:")) && pat::CHROME_FORUM_MARK.is_match(c)
    {
        return Some(ZoneKind::Forum);
    }
    let labelled = c.char_indices().any(|(i, _)| {
        words::CHROME_PAGE_INFO_LABELS.prefix(&c[i..]).is_some_and(|w| c[i + w.len()..].starts_with(':'))
    });
    if labelled || words::CHROME_PAGE_INFO.occurs_in(c) {
        return Some(ZoneKind::PageInfo);
    }
    let print_close = c.contains("打印") && c.contains("关闭");
    if print_close || words::CHROME_ACTIONS.occurs_in(c) || words::CHROME_ACTION_LINES.is(c) {
        return Some(ZoneKind::Actions);
    }
    let add_to_desktop = c.contains("添加") && c.contains("桌面");
    if add_to_desktop || words::CHROME_NAVIGATION.occurs_in(c) || words::CHROME_NAVIGATION_LINES.is(c) {
        return Some(ZoneKind::Navigation);
    }
    let browser_hint = c.contains("建议使用") && c.contains("浏览器") || c.contains("分辨率");
    if browser_hint || words::CHROME_FOOTER.occurs_in(c) || c.starts_with("地址:") {
        return Some(ZoneKind::Footer);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Skipping eight bytes at a time stops where a byte-by-byte search does: on every seed,
    /// and with each lead byte at every position of a word.
    #[test]
    fn foldable_characters_are_found_as_a_byte_loop_finds_them() {
        let by_bytes = |b: &[u8], from: usize, to: usize| {
            (from..to).find(|&i| matches!(b[i], 0xC2 | 0xE2 | 0xE3 | 0xEF)).unwrap_or(to)
        };
        let mut texts = crate::seed_texts();
        for c in ['\u{A0}', '\u{2002}', '\u{3000}', '\u{FF05}', '一', 'a'] {
            for pad in 0..9 {
                texts.push(format!("{}{c}{}", "一".repeat(pad), "a".repeat(pad)));
            }
        }
        for text in &texts {
            let b = text.as_bytes();
            for to in [b.len(), b.len() / 2] {
                let mut at = 0;
                while at < to {
                    let found = next_foldable(b, at, to);
                    assert_eq!(found, by_bytes(b, at, to));
                    at = found + 1;
                }
            }
        }
    }

    /// Widths counted on bytes equal widths counted on chars: every line of the seeds, and
    /// half-width forms at every alignment.
    #[test]
    fn display_width_counts_as_chars_do() {
        let by_chars = |s: &str| -> usize {
            s.chars()
                .map(|c| if c.is_ascii() || ('\u{FF61}'..='\u{FF9F}').contains(&c) { 1 } else { 2 })
                .sum()
        };
        let mut lines = crate::test_lines(&[]);
        for pad in 0..9 {
            lines.push(format!("{}\u{FF61}ｱﾟ\u{FF60}\u{FFA0}，😀{}ﾟ", "a".repeat(pad), "一".repeat(pad)));
        }
        for line in &lines {
            assert_eq!(display_width(line), by_chars(line), "{line}");
        }
    }

    #[test]
    fn full_width_is_folded_and_mapped_back() {
        let text = "（一）增长１２．５％，共３０００万元";
        let doc = Doc::new(text);
        assert_eq!(doc.norm, "(一)增长12.5%,共3000万元");
        let at = doc.norm.find("12.5%").unwrap();
        assert_eq!(doc.original_slice(at, at + "12.5%".len()), "１２．５％");
        let at = doc.norm.find("万元").unwrap();
        assert_eq!(doc.original_slice(at, doc.norm.len()), "万元");
    }

    #[test]
    fn zero_width_characters_are_dropped() {
        let doc = Doc::new("增\u{200B}长5%");
        assert_eq!(doc.norm, "增长5%");
        let at = doc.norm.find('5').unwrap();
        assert_eq!(doc.original_slice(at, doc.norm.len()), "5%");
    }

    #[test]
    fn lines_trim_indentation() {
        let doc = Doc::new("    一、总体\r\n\t1\n");
        assert_eq!(doc.line(0), "一、总体");
        assert_eq!(doc.line(1), "1");
        assert!(doc.lines[1].tab);
        assert_eq!(doc.line_at(doc.norm.find('1').unwrap()), 1);
    }

    /// `head_keep` and the tail check split what were single patterns (anchored parts, words
    /// the line ends with, literal gates) so that wasm does not walk each line byte by byte:
    /// they must answer as those patterns did, on every line of the fixtures and on lines
    /// made for each alternative.
    #[test]
    fn keep_checks_answer_as_the_patterns_they_replaced() {
        let head = pat::compile(
            r"(?x)
            (报告|总结|计划|要点|方案|通知|意见|规划|纲要|决定|公报|讲话|安排|目标|任务|回顾|思路|打算|表|清单|台账)\s*(\(.{0,20}\))?$ | 关于
            | ^(提\s*纲|目\s*录)\s*:?$ | 在.{2,40}(会议|大会)上 | ^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日
            | (市长|区长|县长|镇长|乡长|省长|州长|旗长|局长|厅长|主任|书记|主席)\s*\S{1,4}\s*\S?$ | ^(各位代表|同志们|各位委员)
            | :$ | ^\(.*\)$ | ^——
            | ^(第[一二三四五六七八九十]+(部分|章|篇)|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、])",
        );
        let tail = pat::compile(
            r"(?x)
            (人民政府|政府|委员会|办公室|办公厅|局)$ | ^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$
            | ^[二〇○零一两三四五六七八九]{4}年 | ^附件 | ^(注|说明|备注)\s*:",
        );
        let made = [
            "2024年苏州市吴江区政府工作报告",
            "太仓市2023年政府工作报告(20230105)",
            "工作总结 (2023年)",
            "关于印发某某的通知",
            "提 纲:",
            "目录",
            "2024年1月9日在苏州市吴江区第十七届人民代表大会第三次会议上",
            "在会上",
            "2024年1月9日",
            "区长  王国荣",
            "代市长 张 三",
            "各位代表:",
            "同志们",
            "主要指标:",
            "(2023年12月20日)",
            "——在全区大会上",
            "第一部分",
            "一、总体要求",
            "(一)经济",
            "1.地区生产总值",
            "12、工作",
            "某某区人民政府",
            "区发展和改革委员会",
            "区政府办公室",
            "某某局",
            "二〇二四年一月九日",
            "附件1",
            "注:数据为初步统计",
            "说明 :",
            "返回顶部",
            "打印本页",
            "",
            " ",
            "报告",
            "区长",
            "局长王",
            "政府网站",
            "((",
            "(未完)",
            "关于",
            "在",
            "上",
        ];
        let mut lines: Vec<String> = made.iter().map(|s| s.to_string()).collect();
        for text in crate::seed_texts() {
            let doc = Doc::new(&text);
            lines.extend((0..doc.lines.len()).map(|i| doc.line(i).to_string()));
        }
        assert!(lines.len() > 300);
        for line in &lines {
            assert_eq!(head_keep(line), head.is_match(line), "head: {line}");
            assert_eq!(tail_keep(line), tail.is_match(line), "tail: {line}");
        }
    }

    #[test]
    fn forum_marks() {
        // Every form of CHROME_FORUM_MARK, as forum pages print them, and text that only
        // looks like one: the literal gate in chrome_kind must let the first through.
        for line in ["Rank: 7", "[LV.9]", "查看: 66|回复: 0", "查看:1024 | 回复:3"] {
            assert_eq!(chrome_kind(line), Some(ZoneKind::Forum), "{line}");
        }
        assert_eq!(chrome_kind("查看全文"), None);
    }

    #[test]
    fn chrome_in_head_and_tail() {
        let text = "设为首页收藏本站\n查看: 66|回复: 0\n2024年某区政府工作报告\n各位代表:\n\
                    现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。\n\
                    打印此页关闭窗口\n备案:苏ICP备10060399号";
        let doc = Doc::new(text);
        let chrome: Vec<bool> = (0..doc.lines.len()).map(|i| doc.lines[i].chrome.is_some()).collect();
        assert_eq!(chrome, [true, true, false, false, false, true, true]);
    }
}
