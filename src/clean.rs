//! Stage 2, clean: a normalised view of the text, its lines, and the page chrome to ignore.
//!
//! Every later stage matches against [`Doc::norm`], where full-width ASCII (`１２％`, `（一）`,
//! `，`) and odd spaces are folded to their half-width forms, so one pattern covers both
//! spellings. [`Doc::to_original`] maps any offset of that view back to a UTF-8 byte offset of
//! the original text, so every span in the output points into the text the user gave.

use crate::patterns as pat;
use crate::report::ZoneKind;

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
        let (norm, shifts) = normalise(text);
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
    pub fn original_slice(&self, start: usize, end: usize) -> &'a str {
        &self.original[self.to_original(start)..self.to_original(end)]
    }

    /// Index of the line holding `pos`.
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

/// Builds the normalised text and the sparse offset map.
fn normalise(text: &str) -> (String, Vec<(usize, isize)>) {
    let mut norm = String::with_capacity(text.len());
    let mut shifts = Vec::new();
    let mut shift: isize = 0;
    for (at, c) in text.char_indices() {
        let folded = fold(c);
        let written = folded.map_or(0, char::len_utf8);
        if let Some(f) = folded {
            norm.push(f);
        }
        let delta = c.len_utf8() as isize - written as isize;
        if delta != 0 {
            shift += delta;
            shifts.push((norm.len(), shift));
        }
        debug_assert_eq!(norm.len() as isize + shift, (at + c.len_utf8()) as isize);
    }
    (norm, shifts)
}

fn split_lines(norm: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut raw_start = 0;
    for raw in norm.split_inclusive('\n') {
        let content = raw.trim_end_matches(['\n', '\r']);
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
    let keyword: Vec<Option<ZoneKind>> = (0..n).map(|i| chrome_kind(doc.line(i))).collect();
    let is_body = |i: usize| keyword[i].is_none() && is_paragraph_text(doc.line(i));
    let first_body = (0..n).find(|&i| is_body(i));
    let last_body = (0..n).rev().find(|&i| is_body(i));
    for i in 0..n {
        let text = doc.line(i);
        if text.is_empty() {
            continue;
        }
        // Without any paragraph there is no head to tell apart: keep every line.
        let head = first_body.is_some_and(|f| i < f) && text.chars().count() <= MAX_HEAD_CHROME_CHARS;
        let tail = last_body.is_some_and(|l| i > l);
        let chrome = if head {
            let keep = pat::HEAD_KEEP.is_match(text)
                || pat::SPACED_OUT.is_match(text) && pat::HEAD_KEEP.is_match(&text.replace(' ', ""));
            keyword[i].or_else(|| (!keep).then_some(ZoneKind::Navigation))
        } else if tail {
            keyword[i].or_else(|| (!pat::TAIL_KEEP.is_match(text)).then_some(ZoneKind::Footer))
        } else if text.chars().count() <= MIDDLE_CHROME_MAX_CHARS {
            keyword[i]
        } else {
            None
        };
        doc.lines[i].chrome = chrome;
    }
}

/// Whether a line's text reads as a paragraph of prose: long, with clause punctuation.
pub fn is_paragraph_text(text: &str) -> bool {
    text.len() >= 60 && text.contains([',', '。', ';', '!', '?']) && text.chars().count() >= 30
}

/// The kind of chrome a line's text shows, if any.
fn chrome_kind(text: &str) -> Option<ZoneKind> {
    if text.is_empty() {
        return None;
    }
    [
        (&*pat::CHROME_FORUM, ZoneKind::Forum),
        (&*pat::CHROME_PAGE_INFO, ZoneKind::PageInfo),
        (&*pat::CHROME_ACTIONS, ZoneKind::Actions),
        (&*pat::CHROME_NAVIGATION, ZoneKind::Navigation),
        (&*pat::CHROME_FOOTER, ZoneKind::Footer),
    ]
    .into_iter()
    .find(|(re, _)| re.is_match(text))
    .map(|(_, kind)| kind)
}

#[cfg(test)]
mod tests {
    use super::*;

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
