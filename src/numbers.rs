//! Stage 4, numbers: every quantity written in the text, with its unit.
//!
//! A hand-written scanner rather than one large regex: it runs once over the text at the
//! speed of a byte loop, and each candidate (a digit, a mask `*`, a Chinese numeral, 第/前
//! of a rank) is examined in its immediate context. It knows arabic numbers with separators
//! and decimals, masked digits (`***亿元`, `*.*%`), Chinese numerals (两项, 百分之六点五,
//! 三分之一, 三成, 千亿元), 万/亿 scales, ranges (5%-6%), 倍, 个百分点 and ranks (第7, 前20,
//! 全市第一, 第二名, 首位, 榜首). It leaves out what is not a quantity: years and dates,
//! ordinals of meetings (第十七届), document numbers, slogans ("1+2+8", 十四五, 二十条), labels
//! of categories (100亿元以上项目), PM2.5's 2.5 and quoted code names ("333").

use crate::clean::Doc;
use crate::lexicon::{self, UnitClass};
use crate::patterns as pat;
use crate::words;

/// One quantity found in the text (normalised-view coordinates).
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Start of the quantity's text (the number, or 第/前 of a rank).
    pub start: usize,
    /// End of the quantity's text (after the unit).
    pub end: usize,
    /// End of the number itself (where the unit or 余 starts).
    pub number_end: usize,
    /// The value as written before the unit; `None` when masked.
    pub value: Option<f64>,
    /// The unit as written (亿元, %, 个百分点...), `rank` or `fraction`.
    pub unit: String,
    /// What the unit measures.
    pub class: UnitClass,
    /// Digits are masked with `*`.
    pub masked: bool,
    /// 余/多 sits between number and unit (80余轮).
    pub odd: bool,
    /// The lower bound of a range whose upper bound is the next quantity.
    pub range_start: bool,
    /// The upper bound of a range whose lower bound is the previous quantity.
    pub range_end: bool,
}

/// Scans the whole text, skipping chrome lines.
pub fn scan(doc: &Doc) -> Vec<Quantity> {
    let mut out = Vec::new();
    for line in &doc.lines {
        if line.chrome.is_none() && !line.is_blank() {
            scan_span(&doc.norm, line.start, line.end, &mut out);
        }
    }
    out
}

/// Scans `text[from..to]` (a line) and appends the quantities found.
pub fn scan_span(text: &str, from: usize, to: usize, out: &mut Vec<Quantity>) {
    // Where scanning resumes after a quantity or a skipped run.
    let mut resume = from;
    for (i, c) in text[from..to].char_indices() {
        let pos = from + i;
        if pos < resume {
            continue;
        }
        let candidate = c.is_ascii_digit() || c == '*' || !c.is_ascii() && could_start_quantity(c);
        if !candidate {
            continue;
        }
        let found = match c {
            '0'..='9' | '*' => arabic(text, pos, to),
            '第' => ordinal_rank(text, pos, to),
            '前' => top_rank(text, pos, to),
            '首' | '榜' => word_rank(text, pos, to),
            '百' if text[pos..to].starts_with("百分之") => chinese_percent(text, pos, to),
            _ if lexicon::is_chinese_digit(c) => chinese(text, pos, to),
            _ => Scan::None(c.len_utf8()),
        };
        match found {
            Scan::Found(q, next) => {
                if q.range_end {
                    if let Some(prev) = out.last_mut() {
                        prev.range_start = true;
                    }
                }
                resume = next.max(pos + 1);
                out.push(q);
            }
            Scan::Pair(a, b, next) => {
                resume = next.max(pos + 1);
                out.push(a);
                out.push(b);
            }
            Scan::None(skip) => resume = pos + skip.max(1),
        }
    }
}

/// Whether a non-ASCII character can open a quantity: 第/前 of a rank, 首位, 榜首, a
/// Chinese numeral.
fn could_start_quantity(c: char) -> bool {
    matches!(c, '第' | '前' | '首' | '榜') || lexicon::is_chinese_digit(c)
}

enum Scan {
    /// A quantity, and where scanning resumes.
    Found(Quantity, usize),
    /// A range: two quantities.
    Pair(Quantity, Quantity, usize),
    /// Nothing here; skip this many bytes.
    None(usize),
}

fn prev_char(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

fn next_char(text: &str, pos: usize, to: usize) -> Option<char> {
    text.get(pos..to).and_then(|s| s.chars().next())
}

/// A run of digits and `*` with thousands separators and a decimal part: `1,234.5`, `***.*`.
/// Returns the end and the value (`None` when masked).
fn read_number(text: &str, pos: usize, to: usize) -> Option<(usize, Option<f64>, bool)> {
    let bytes = text.as_bytes();
    let to = to.min(bytes.len());
    let digit = |b: u8| b.is_ascii_digit() || b == b'*';
    let mut end = pos;
    while end < to && digit(bytes[end]) {
        end += 1;
    }
    if end == pos {
        return None;
    }
    // Thousands separators: a comma followed by exactly three digits.
    while end + 3 < to + 1
        && end < to
        && bytes[end] == b','
        && bytes.get(end + 1..end + 4).is_some_and(|g| g.iter().all(|&b| b.is_ascii_digit()))
        && bytes.get(end + 4).is_none_or(|&b| !b.is_ascii_digit())
        && end - pos <= 3
    {
        end += 4;
    }
    if end + 1 < to && bytes[end] == b'.' && digit(bytes[end + 1]) {
        end += 1;
        while end < to && digit(bytes[end]) {
            end += 1;
        }
    }
    let raw = &text[pos..end];
    let masked = raw.contains('*');
    // A run too long for a number (value None, not masked) is still returned whole, so the
    // scan skips it at once instead of restarting inside it.
    let value =
        if masked { None } else { raw.replace(',', "").parse::<f64>().ok().filter(|v| v.is_finite()) };
    Some((end, value, masked))
}

/// An arabic or masked number and what follows it.
fn arabic(text: &str, pos: usize, to: usize) -> Scan {
    let Some((num_end, value, masked)) = read_number(text, pos, to) else {
        return Scan::None(1);
    };
    let skip = Scan::None(num_end - pos);
    if value.is_none() && !masked {
        return skip;
    }
    let before = prev_char(text, pos);
    // Part of a code or name: PM2.5, G60, 5G, 1+2+8, "V3.0"; or an ordinal handled at 第.
    if before
        .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, '+' | '.' | '/' | '_' | '第' | '#' | '-'))
    {
        return skip;
    }
    let after = next_char(text, num_end, to);
    if after.is_some_and(|a| a.is_ascii_alphabetic() || matches!(a, '+' | '_' | '#' | ':' | '.')) {
        return skip;
    }
    if in_short_quote(text, pos, num_end) {
        return skip;
    }
    let raw = &text[pos..num_end];
    let digits = raw.len();
    // A span of years: 2023—2025年, 2021-2023年度.
    if digits == 4 && value.is_some_and(|v| (1900.0..=2100.0).contains(&v)) {
        let after = &text[num_end..to];
        if let Some(sep) = ["-", "—", "–", "~", "至", "到"].iter().find(|s| after.starts_with(*s)) {
            let next = &after[sep.len()..];
            if next.bytes().take_while(u8::is_ascii_digit).count() == 4 {
                return Scan::None(num_end - pos + sep.len() + 4);
            }
        }
    }
    // Years and dates: 2023年, 2023年度, 1月9日, 2024-5-10, 2023/01/17, 10号文件.
    let rest = &text[num_end..to];
    if (digits == 4
        && (rest.starts_with('年')
            || rest.starts_with('-')
            || rest.starts_with('/')
            || rest.starts_with('届')))
        || rest.starts_with('月')
        || rest.starts_with('日')
        || rest.starts_with('号')
        || rest.starts_with("时")
        || (rest.starts_with('-') && digits == 4)
    {
        return skip;
    }
    if let Some(frac) = fraction(text, pos, num_end, value, to) {
        return frac;
    }
    let Some(mut q) = with_unit(text, pos, num_end, value, masked, to) else {
        return skip;
    };
    if q.class == UnitClass::Duration && !preceded_by_run(text, pos) {
        return Scan::None(q.end - pos);
    }
    if category_label(text, q.end, to, q.class)
        || activity_run(text, pos, q.end, to)
        || own_parts(text, q.end, to)
    {
        return Scan::None(q.end - pos);
    }
    if q.class == UnitClass::Measure && project_capacity(&text[q.end..to]) {
        return Scan::None(q.end - pos);
    }
    if q.unit == "条" && policy_articles(text, pos, q.end, to) {
        return Scan::None(q.end - pos);
    }
    // A range: 5%-6%, 4.5%—5%, 5.5%至6%, 50-100亿元.
    if let Some((sep_end, mut b)) = range_upper(text, q.end, to) {
        if b.class == q.class || q.unit.is_empty() {
            if category_label(text, b.end, to, b.class) {
                return Scan::None(sep_end - pos);
            }
            if q.unit.is_empty() {
                // 6-8%: the lower bound shares the upper bound's unit.
                q.unit = b.unit.clone();
                q.class = b.class;
            }
            q.range_start = true;
            b.range_end = true;
            return Scan::Pair(q, b, sep_end);
        }
    }
    if q.unit.is_empty() {
        return skip;
    }
    q.value = value;
    let end = q.end;
    Scan::Found(q, end)
}

/// The upper bound of a range starting at `pos` (just after a lower bound), if any.
fn range_upper(text: &str, pos: usize, to: usize) -> Option<(usize, Quantity)> {
    let rest = text.get(pos..to)?;
    let sep = ["-", "—", "–", "~", "至", "到"].iter().find(|s| rest.starts_with(*s))?;
    let start = pos + sep.len();
    let (num_end, value, masked) = read_number(text, start, to)?;
    if value.is_none() && !masked {
        return None;
    }
    let mut upper = with_unit(text, start, num_end, value, masked, to)?;
    if upper.unit.is_empty() {
        return None;
    }
    upper.range_end = true;
    let end = upper.end;
    Some((end, upper))
}

/// `1/4` as a fraction (value 0.25); dates like 2023/01/17 are not.
fn fraction(text: &str, pos: usize, num_end: usize, value: Option<f64>, to: usize) -> Option<Scan> {
    let rest = &text[num_end..to];
    let denominator = rest.strip_prefix('/')?;
    let digits = denominator.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 || num_end - pos > 2 || denominator[digits..].starts_with('/') {
        return Some(Scan::None(num_end - pos));
    }
    let den: f64 = denominator[..digits].parse().ok()?;
    let end = num_end + 1 + digits;
    let q = Quantity {
        start: pos,
        end,
        number_end: end,
        value: value.filter(|_| den > 0.0).map(|v| v / den),
        unit: "fraction".into(),
        class: UnitClass::Fraction,
        masked: false,
        odd: false,
        range_start: false,
        range_end: false,
    };
    Some(Scan::Found(q, end))
}

/// Builds the quantity for a number ending at `num_end` from the unit that follows it.
/// An empty unit means none was found.
fn with_unit(
    text: &str,
    pos: usize,
    num_end: usize,
    value: Option<f64>,
    masked: bool,
    to: usize,
) -> Option<Quantity> {
    let mut at = num_end;
    let mut odd = false;
    for marker in ["余", "多"] {
        if text[at..to].starts_with(marker) {
            odd = true;
            at += marker.len();
            break;
        }
    }
    let (unit_len, class) = lexicon::match_unit(&text[at..to]).unwrap_or((0, UnitClass::None));
    if unit_len == 0 && odd {
        // "***多万人" style: 多 then a unit was handled above; a bare 多/余 is not a unit.
        at = num_end;
        odd = false;
    }
    let unit = text[at..at + unit_len].to_string();
    // 3万余人, 1.2亿多元: 余/多 between the scale and the unit; the unit is the scale's (万人).
    if unit_len == 0 || class == UnitClass::Bare {
        if let Some((scaled, len, class)) = scale_odd_unit(&text[num_end..to]) {
            return Some(Quantity {
                start: pos,
                end: num_end + len,
                number_end: num_end,
                value,
                unit: scaled,
                class,
                masked,
                odd: true,
                range_start: false,
                range_end: false,
            });
        }
    }
    Some(Quantity {
        start: pos,
        end: at + unit_len,
        number_end: num_end,
        value,
        unit,
        class,
        masked,
        odd,
        range_start: false,
        range_end: false,
    })
}

/// `万余人` / `亿多元` after a number: the unit with its scale (`万人`), its class, and the
/// length of the whole (余/多 included); `None` unless a scale, 余/多 and a unit follow.
fn scale_odd_unit(rest: &str) -> Option<(String, usize, UnitClass)> {
    let scale = ["万亿", "万", "亿", "千"].into_iter().find(|s| rest.starts_with(s))?;
    let after = &rest[scale.len()..];
    let marker = ["余", "多"].into_iter().find(|m| after.starts_with(m))?;
    let (len, class) = lexicon::match_unit(&after[marker.len()..])?;
    if !matches!(class, UnitClass::Money | UnitClass::Measure | UnitClass::Count) {
        return None;
    }
    let unit = &after[marker.len()..marker.len() + len];
    Some((format!("{scale}{unit}"), scale.len() + marker.len() + len, class))
}

/// Whether the quantity is only a category's name: 100亿元以上项目, 50-100亿元项目,
/// 10吨以上企业, 千亿级.
fn category_label(text: &str, end: usize, to: usize, class: UnitClass) -> bool {
    let rest = &text[end..to];
    let bound = ["及以上", "及以下", "以上", "以下"].into_iter().find(|b| rest.starts_with(b));
    let after = &rest[bound.map_or(0, str::len)..];
    let amount = matches!(class, UnitClass::Money | UnitClass::Measure);
    if amount && lexicon::CATEGORY_NOUNS.iter().any(|n| after.starts_with(n)) {
        return true;
    }
    // An amount bound before 的 and a noun is a threshold too: 100万元以上的村,
    // 年销售额500万元以上的企业 (a count keeps its 的: 90%以上的村 is a share).
    if amount && bound.is_some() {
        if let Some(noun) = after.strip_prefix('的') {
            if noun.starts_with(lexicon::is_han)
                && words::NOT_FORWARD.prefix(noun).is_none()
                && words::FORWARD_STOPS.prefix(noun).is_none()
            {
                return true;
            }
        }
    }
    // A bound before a noun defines a class of things: 65岁以上老年人, 10蒸吨及以下燃煤锅炉,
    // 3000人以上企业 (but 15家以上, and 90%以上的村).
    bound.is_some()
        && after.starts_with(|c: char| lexicon::is_han(c) && c != '的')
        && words::NOT_FORWARD.prefix(after).is_none()
        && words::FORWARD_STOPS.prefix(after).is_none()
}

/// Whether the noun phrase after a measure names a project it is the capacity of.
fn project_capacity(rest: &str) -> bool {
    let han: usize = rest.chars().take(16).take_while(|&c| lexicon::is_han(c)).map(char::len_utf8).sum();
    words::PROJECT_NOUNS.find(&rest[..han]).is_some()
}

/// Whether a count of 条 numbers a policy's articles: issued (出台…条) or followed by 措施.
fn policy_articles(text: &str, pos: usize, end: usize, to: usize) -> bool {
    let lo = lexicon::ceil_boundary(text, pos.saturating_sub(30 * 3));
    let clause_start = lexicon::after_last(&text[lo..pos], &[',', '。', ';', ':']).map_or(lo, |i| lo + i);
    pat::POLICY_CONTEXT.is_match(&text[clause_start..pos]) || pat::POLICY_AFTER.is_match(&text[end..to])
}

/// `连续3年开展…行动`: how long an activity ran, not a run of results (连续3年获评优秀).
fn activity_run(text: &str, pos: usize, end: usize, to: usize) -> bool {
    preceded_by_run(text, pos) && words::ACTIVITY_VERBS.prefix(&text[end..to]).is_some()
}

/// `8个方面工作`: the report's own parts.
fn own_parts(text: &str, end: usize, to: usize) -> bool {
    text[end..to].starts_with("方面")
}

/// Whether 连续/累计连续 comes right before: only a run of years (连续16年) counts, not a
/// programme's duration (三年行动).
fn preceded_by_run(text: &str, pos: usize) -> bool {
    text[..pos].ends_with("连续") || text[..pos].ends_with("连续第")
}

/// Whether `text[start..end]` sits inside a short quotation (“20条”, “333”, “1+7”): a code name.
fn in_short_quote(text: &str, start: usize, end: usize) -> bool {
    const WINDOW: usize = 12 * 3;
    let lo = lexicon::floor_boundary(text, start.saturating_sub(WINDOW));
    let before = &text[lo..start];
    let Some(open) = before.rfind(['“', '"', '「', '《']) else {
        return false;
    };
    if before[open..].contains(['”', '」', '》']) {
        return false;
    }
    let hi = lexicon::floor_boundary(text, (end + WINDOW).min(text.len()));
    text[end..hi].contains(['”', '"', '」', '》'])
}

/// A run of Chinese numeral characters starting at `pos`: (end, value).
fn read_chinese(text: &str, pos: usize, to: usize) -> Option<(usize, f64)> {
    let run: usize =
        text[pos..to].chars().take_while(|&c| lexicon::is_chinese_digit(c)).map(char::len_utf8).sum();
    if run == 0 {
        return None;
    }
    let mut end = pos + run;
    let mut value = chinese_value(&text[pos..end]).filter(|v| v.is_finite())?;
    // Decimals: 六点五.
    if let Some(rest) = text[end..to].strip_prefix('点') {
        let frac: String =
            rest.chars().take_while(|&c| lexicon::chinese_digit_value(c).is_some_and(|d| d < 10)).collect();
        if !frac.is_empty() {
            let digits: String = frac
                .chars()
                .filter_map(lexicon::chinese_digit_value)
                .map(|d| char::from(b'0' + d as u8))
                .collect();
            value += format!("0.{digits}").parse::<f64>().ok()?;
            end += '点'.len_utf8() + frac.len();
        }
    }
    Some((end, value))
}

/// The years `text` names, in order: the four digits or Chinese numerals right before each
/// `年`, spaces between allowed (`2023年`, `二〇二三 年`), each with the end of its `年`.
// By hand rather than a regex: a search for the pattern walks the whole text in the wasm
// build, and headings' titles and sections' openings are searched for years many times (the
// pattern it replaced is in the tests).
pub fn year_mentions(text: &str) -> impl Iterator<Item = (&str, usize)> {
    text.match_indices('年').filter_map(move |(at, _)| {
        let before = text[..at].trim_end_matches(char::is_whitespace);
        let start = before.char_indices().nth_back(3)?.0;
        let year = &before[start..];
        let digits = year.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
        let numerals = year.chars().all(|c| "二〇○零一两三四五六七八九".contains(c));
        (digits || numerals).then_some((year, at + '年'.len_utf8()))
    })
}

/// A year's value, if it is a plausible one (1949 to 2100): `2023`, `二〇二三`.
pub fn year_value(s: &str) -> Option<i32> {
    let v: i32 =
        if s.bytes().all(|b| b.is_ascii_digit()) { s.parse().ok()? } else { chinese_value(s)? as i32 };
    (1949..=2100).contains(&v).then_some(v)
}

/// The value of a Chinese numeral: 一百二十 → 120, 两 → 2, 十余 handled by the caller,
/// 二〇二三 (digit by digit) → 2023, 三万五千 → 35000.
pub fn chinese_value(s: &str) -> Option<f64> {
    let chars: Vec<char> = s.chars().collect();
    if chars.is_empty() {
        return None;
    }
    if chars.iter().all(|&c| lexicon::chinese_digit_value(c).is_some_and(|d| d < 10)) && chars.len() > 1 {
        // Positional, as in years written 二〇二三.
        let mut v = 0.0;
        for &c in &chars {
            v = v * 10.0 + lexicon::chinese_digit_value(c)? as f64;
        }
        return Some(v);
    }
    let (mut total, mut section, mut digit) = (0.0f64, 0.0f64, None::<f64>);
    for &c in &chars {
        let d = lexicon::chinese_digit_value(c)?;
        match d {
            0..=9 => digit = Some(d as f64),
            10 | 100 | 1000 => {
                section += digit.unwrap_or(1.0) * d as f64;
                digit = None;
            }
            10_000 | 100_000_000 => {
                section += digit.take().unwrap_or(0.0);
                let unit = d as f64;
                total = (total + section.max(if total == 0.0 && section == 0.0 { 1.0 } else { 0.0 })) * unit;
                section = 0.0;
            }
            _ => return None,
        }
    }
    Some(total + section + digit.unwrap_or(0.0))
}

/// The ordinal of a heading label written in Chinese (一 → 1, 十二 → 12).
pub fn chinese_ordinal(s: &str) -> Option<u32> {
    chinese_value(s).filter(|v| *v >= 1.0 && *v < 1000.0).map(|v| v as u32)
}

/// Chinese numerals are quantities only in a few shapes, each checked here:
/// 连续九届 (a run), 两项。 (a count closing its clause), 三成, 三分之一, 千亿元 / 百亿美元.
fn chinese(text: &str, pos: usize, to: usize) -> Scan {
    let Some((mut end, mut value)) = read_chinese(text, pos, to) else {
        return Scan::None(1);
    };
    // 百亿美元 / 一万人: a trailing 万 or 亿 before a unit belongs to the unit, as in 1万家.
    let run = &text[pos..end];
    if let Some(scale) = ['万', '亿'].into_iter().find(|&c| run.ends_with(c) && run.chars().count() > 1) {
        let cut = end - scale.len_utf8();
        if lexicon::match_unit(&text[cut..to])
            .is_some_and(|(len, class)| len > scale.len_utf8() && class != UnitClass::Bare)
            || scale_odd_unit(&text[cut..to]).is_some()
        {
            if let Some(v) = chinese_value(&text[pos..cut]) {
                end = cut;
                value = v;
            }
        }
    }
    let skip = Scan::None(end - pos);
    let before = prev_char(text, pos);
    if before.is_some_and(|b| lexicon::is_chinese_digit(b) || b == '第' || b == '初' || b == '周') {
        return skip;
    }
    if in_short_quote(text, pos, end) {
        return skip;
    }
    let rest = &text[end..to];
    let make = |end: usize, unit: &str, class: UnitClass, value: Option<f64>, odd: bool| Quantity {
        start: pos,
        end,
        number_end: end,
        value,
        unit: unit.to_string(),
        class,
        masked: false,
        odd,
        range_start: false,
        range_end: false,
    };
    // 三分之一
    if let Some(after) = rest.strip_prefix("分之") {
        if let Some((den_end, num)) = read_chinese(text, end + "分之".len(), to) {
            let _ = after;
            let mut q = make(den_end, "fraction", UnitClass::Fraction, Some(num / value), false);
            q.number_end = den_end;
            return Scan::Found(q, den_end);
        }
    }
    // 三成 as a share
    if let Some(after) = rest.strip_prefix('成') {
        let share_cue = text[..pos].ends_with(['超', '近', '约', '达', '占', '逾'])
            || after.is_empty()
            || after.starts_with(|c: char| lexicon::is_clause_punct(c) || c == '以' || c == '左');
        if share_cue && value < 10.0 {
            let e = end + '成'.len_utf8();
            let mut q = make(e, "成", UnitClass::Share, Some(value), false);
            q.number_end = end;
            return Scan::Found(q, e);
        }
        return skip;
    }
    let (odd_len, odd) =
        if rest.starts_with('余') || rest.starts_with('多') { (3, true) } else { (0, false) };
    // 三万余人: the scale, 余 and the unit (万人).
    let scaled = scale_odd_unit(rest);
    let (unit_len, class, unit, odd) = match (&scaled, lexicon::match_unit(&rest[odd_len..])) {
        (Some((unit, len, class)), _) => (*len, *class, unit.as_str(), true),
        (None, Some((len, class))) => (odd_len + len, class, &rest[odd_len..odd_len + len], odd),
        (None, None) => return skip,
    };
    let unit_end = end + unit_len;
    let after = &text[unit_end..to];
    // A qualifier may close the figure first: 新增规上企业三十家以上, 十个左右.
    let after =
        ["以上", "左右", "以内", "以下"].into_iter().find_map(|w| after.strip_prefix(w)).unwrap_or(after);
    let closes_clause = after.is_empty() || after.starts_with(|c: char| lexicon::is_clause_punct(c));
    let accepted = match class {
        // 千亿元, 百亿美元: a scale written in words before a currency; a bare 亿元 (超亿元企业)
        // is a threshold.
        UnitClass::Money => {
            (lexicon::chinese_digit_value(text[pos..].chars().next().unwrap_or(' '))
                .is_some_and(|d| (10..=1000).contains(&d))
                || closes_clause && (value >= 2.0 || scaled.is_some()))
                && !category_label(text, unit_end, to, class)
        }
        UnitClass::Duration => preceded_by_run(text, pos),
        UnitClass::Count => {
            preceded_by_run(text, pos)
                || (closes_clause
                    && !lexicon::POLICY_UNITS.contains(&unit)
                    && (value >= 2.0 || scaled.is_some()))
        }
        // 新增城市绿地十五万平方米。: a measure closing its clause, as a count does (but not
        // 最后一公里, a figure of speech).
        UnitClass::Measure => closes_clause && (value >= 2.0 || scaled.is_some()),
        _ => false,
    };
    if !accepted {
        return skip;
    }
    let mut q = make(unit_end, unit, class, Some(value), odd);
    q.number_end = end;
    Scan::Found(q, unit_end)
}

/// 百分之六点五 → 6.5 %.
fn chinese_percent(text: &str, pos: usize, to: usize) -> Scan {
    let start = pos + "百分之".len();
    match read_chinese(text, start, to) {
        Some((end, value)) => Scan::Found(
            Quantity {
                start: pos,
                end,
                number_end: end,
                value: Some(value),
                unit: "%".into(),
                class: UnitClass::Percent,
                masked: false,
                odd: false,
                range_start: false,
                range_end: false,
            },
            end,
        ),
        None => Scan::None("百分之".len()),
    }
}

fn rank(start: usize, end: usize, value: Option<f64>, masked: bool) -> Quantity {
    Quantity {
        start,
        end,
        number_end: end,
        value,
        unit: "rank".into(),
        class: UnitClass::Rank,
        masked,
        odd: false,
        range_start: false,
        range_end: false,
    }
}

/// The number after 第/前: arabic or Chinese, with its value.
fn rank_number(text: &str, start: usize, to: usize) -> Option<(usize, Option<f64>, bool)> {
    // A rank is a small whole number: 第一一一…一 (310 times) is not one.
    let plausible = |v: &Option<f64>| v.is_none_or(|v| (1.0..=100_000.0).contains(&v));
    match text[start..to].chars().next()? {
        '0'..='9' | '*' => read_number(text, start, to)
            .filter(|r| !text[start..r.0].contains('.') && (r.2 || r.1.is_some()) && plausible(&r.1)),
        c if lexicon::is_chinese_digit(c) => {
            read_chinese(text, start, to).map(|(e, v)| (e, Some(v), false)).filter(|r| plausible(&r.1))
        }
        _ => None,
    }
}

/// 第7 / 第19位 / 第二名 / 全市第一: a rank when followed by 位/名, or when a ranking word
/// (全国, 列, 位居, 增速...) precedes it and the clause ends after it. 第十七届, 第三次,
/// 第二批 and 第一动力 are not ranks.
fn ordinal_rank(text: &str, pos: usize, to: usize) -> Scan {
    let start = pos + '第'.len_utf8();
    let Some((num_end, value, masked)) = rank_number(text, start, to) else {
        return Scan::None(3);
    };
    let rest = &text[num_end..to];
    let end = if rest.starts_with('位') || rest.starts_with('名') {
        num_end + 3
    } else if rest.is_empty() || rest.starts_with(|c: char| lexicon::is_clause_punct(c)) {
        if !ranking_context(text, pos) {
            return Scan::None(num_end - pos);
        }
        num_end
    } else {
        return Scan::None(num_end - pos);
    };
    if rest.starts_with("名单") || rest.starts_with("位于") {
        return Scan::None(num_end - pos);
    }
    Scan::Found(rank(pos, end, value, masked), end)
}

/// 前20 / 前十 / 前10位 after 进入/列/居/全国...; 前三季度 and 前列 are not ranks.
fn top_rank(text: &str, pos: usize, to: usize) -> Scan {
    let start = pos + '前'.len_utf8();
    let Some((num_end, value, masked)) = rank_number(text, start, to) else {
        return Scan::None(3);
    };
    let rest = &text[num_end..to];
    let end = if rest.starts_with('位') || rest.starts_with('名') { num_end + 3 } else { num_end };
    let after = &text[end..to];
    let closes = after.is_empty() || after.starts_with(|c: char| lexicon::is_clause_punct(c) || c == '的');
    if !closes || !ranking_context(text, pos) {
        return Scan::None(num_end - pos);
    }
    Scan::Found(rank(pos, end, value, masked), end)
}

/// 首位 after 列/居/保持..., and 榜首: rank 1.
fn word_rank(text: &str, pos: usize, to: usize) -> Scan {
    let rest = &text[pos..to];
    let word = if rest.starts_with("首位") {
        "首位"
    } else if rest.starts_with("榜首") {
        "榜首"
    } else {
        return Scan::None(3);
    };
    let end = pos + word.len();
    let after = &text[end..to];
    let closes = after.is_empty() || after.starts_with(|c: char| lexicon::is_clause_punct(c) || c == '的');
    if !closes || (word == "首位" && !ranking_context(text, pos)) {
        return Scan::None(3);
    }
    Scan::Found(rank(pos, end, Some(1.0), false), end)
}

/// Whether a ranking word sits shortly before `pos` in the same clause.
fn ranking_context(text: &str, pos: usize) -> bool {
    let lo = lexicon::ceil_boundary(text, pos.saturating_sub(14 * 3));
    let window = &text[lo..pos];
    let clause =
        window.rfind(|c: char| lexicon::is_clause_punct(c) && c != '、').map_or(window, |i| &window[i..]);
    lexicon::RANKING_WORDS.iter().any(|w| clause.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, Option<f64>, String)> {
        let mut out = Vec::new();
        scan_span(text, 0, text.len(), &mut out);
        out.into_iter().map(|q| (text[q.start..q.end].to_string(), q.value, q.unit)).collect()
    }

    fn texts(text: &str) -> Vec<String> {
        found(text).into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn table_of_number_shapes() {
        type Case<'a> = (&'a str, &'a [(&'a str, Option<f64>, &'a str)]);
        let cases: &[Case] = &[
            (
                "完成一般公共预算收入239.9亿元,增长6.1%",
                &[("239.9亿元", Some(239.9), "亿元"), ("6.1%", Some(6.1), "%")],
            ),
            ("交易额1,234.5万元", &[("1,234.5万元", Some(1234.5), "万元")]),
            ("实现地区生产总值****亿元、增长*%", &[("****亿元", None, "亿元"), ("*%", None, "%")]),
            ("接诊能力达*.**万人次", &[("*.**万人次", None, "万人次")]),
            ("区域核酸检测80余轮", &[("80余轮", Some(80.0), "轮")]),
            (
                "新增民营企业超1万家、总数达9.76万家",
                &[("1万家", Some(1.0), "万家"), ("9.76万家", Some(9.76), "万家")],
            ),
            ("提高4.2个百分点", &[("4.2个百分点", Some(4.2), "个百分点")]),
            ("PM2.5浓度30微克/立方米", &[("30微克/立方米", Some(30.0), "微克/立方米")]),
            ("基础养老金提高至655元/月", &[("655元/月", Some(655.0), "元/月")]),
            ("增长4.5%—5%", &[("4.5%", Some(4.5), "%"), ("5%", Some(5.0), "%")]),
            ("增长5.5%至6%", &[("5.5%", Some(5.5), "%"), ("6%", Some(6.0), "%")]),
            ("新增40.8万青年", &[("40.8万", Some(40.8), "万")]),
            ("是2010年的2.6倍", &[("2.6倍", Some(2.6), "倍")]),
            ("覆盖率达百分之六点五", &[("百分之六点五", Some(6.5), "%")]),
            ("占三分之一", &[("三分之一", Some(1.0 / 3.0), "fraction")]),
            ("占比1/4,", &[("1/4", Some(0.25), "fraction")]),
            ("改革任务两项。", &[("两项", Some(2.0), "项")]),
            ("连续九届获评", &[("九届", Some(9.0), "届")]),
            ("太湖连续16年实现", &[("16年", Some(16.0), "年")]),
            ("超过9成", &[("9成", Some(9.0), "成")]),
            ("近三成,", &[("三成", Some(3.0), "成")]),
            ("百亿美元,", &[("百亿美元", Some(100.0), "亿美元")]),
            (
                "列全国第7,吴江开发区首次进入全国前20、列第19位。",
                &[("第7", Some(7.0), "rank"), ("前20", Some(20.0), "rank"), ("第19位", Some(19.0), "rank")],
            ),
            ("总量全市第三;", &[("第三", Some(3.0), "rank")]),
            ("入选“最佳基金小镇”第二名,", &[("第二名", Some(2.0), "rank")]),
            ("列苏州首位。", &[("首位", Some(1.0), "rank")]),
            ("蝉联县级市榜首,", &[("榜首", Some(1.0), "rank")]),
            ("地表水环境质量列全省前十。", &[("前十", Some(10.0), "rank")]),
            ("增长57.3%9个区级以上重点项目全面开工", &[("57.3%", Some(57.3), "%"), ("9个", Some(9.0), "个")]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, Option<f64>, String)> =
                want.iter().map(|(t, v, u)| (t.to_string(), *v, u.to_string())).collect();
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn not_quantities() {
        for text in [
            "2023年1月9日在第十七届人民代表大会第三次会议上",
            "建设“1+2+8”发热诊疗体系",
            "“3+3”产业",
            "十四五规划、三区三线、二十条、新十条",
            "PM2.5和臭氧浓度",
            "引进100亿元以上项目",
            "50-100亿元项目",
            "坚持第九版防控方案",
            "创新是第一动力",
            "第二轮中央督察",
            "推进三年行动",
            "“333”提质增效",
            "服务业纾困解难“20条”",
            "网站标识码3205060031",
            "千方百计、一带一路、两手抓",
            "国家级5G工厂",
            "东方盛虹成为首家营收超千亿上市公司",
            "苏发〔2022〕1号",
            "2020-2022年度",
            "前三季度",
            "位居全省前列",
        ] {
            assert!(texts(text).is_empty(), "{text}: {:?}", texts(text));
        }
    }

    /// `year_mentions` finds the years the pattern it replaced found, on every line of the
    /// fixtures and on made-up ones.
    #[test]
    fn year_mentions_answer_as_the_pattern_they_replaced() {
        let year = pat::compile(r"(?P<year>\d{4}|[二〇○零一两三四五六七八九]{4})\s*年");
        let lines = crate::test_lines(&[
            "2023年",
            "12023年",
            "二〇二三 年工作",
            "２０２４\u{3000}年",
            "2〇23年",
            "23年",
            "年",
            "年2023年",
            "2023年2024年",
            "二〇二三年和2024年",
            "一二三四五年",
            "2023 \t年度",
            "😀2023年",
            "二二二二二年",
        ]);
        let mut found = 0;
        for line in &lines {
            let expected: Vec<(&str, usize)> = year
                .captures_iter(line)
                .map(|c| (c.name("year").expect("a year").as_str(), c.get(0).expect("a match").end()))
                .collect();
            found += expected.len();
            assert_eq!(year_mentions(line).collect::<Vec<_>>(), expected, "{line}");
        }
        assert!(found > 20, "{found}");
    }

    #[test]
    fn chinese_values() {
        for (s, v) in [
            ("一百二十", 120.0),
            ("两", 2.0),
            ("十", 10.0),
            ("十二", 12.0),
            ("二〇二三", 2023.0),
            ("三万五千", 35000.0),
            ("千", 1000.0),
            ("百", 100.0),
            ("一亿", 1e8),
        ] {
            assert_eq!(chinese_value(s), Some(v), "{s}");
        }
    }

    #[test]
    fn long_digit_runs_do_not_overflow() {
        let text = format!("增长{}%，完成{}亿元", "9".repeat(400), "1".repeat(30));
        for (_, value, _) in found(&text) {
            assert!(value.is_none_or(f64::is_finite));
        }
    }
}
