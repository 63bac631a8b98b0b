//! Word lists: units, cue words and the small vocabularies the rules share.
//!
//! Kept apart from the code so that a new unit or cue word is a one-line change. Every list
//! is general report vocabulary, never a phrase of one particular document.

use crate::report::SectionKind;

/// What a unit measures, which decides an indicator's default role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnitClass {
    /// Money: 元, 亿元, 万美元, 元/月.
    Money,
    /// Physical measures: 亩, 平方米, 公里, 吨, 兆瓦, 微克/立方米.
    Measure,
    /// Things counted: 个, 家, 人次, 项.
    Count,
    /// Runs of time counted only after 连续: 年, 个季度, 个月.
    Duration,
    /// %, ‰.
    Percent,
    /// 个百分点.
    Points,
    /// 倍.
    Multiple,
    /// 成 (tenths).
    Share,
    /// a/b, X分之Y.
    Fraction,
    /// 第N, 前N.
    Rank,
    /// A bare 万/亿 before a noun: 40.8万青年.
    Bare,
    /// No unit.
    None,
}

/// Scale prefixes of a unit, longest first.
/// 万亿 first: 2.7万亿元 is 2.7 of 万亿元, not a bare 2.7万 before 亿元.
const SCALES: &[&str] = &["万亿", "十万", "百万", "千万", "万", "亿", "千", "百"];

/// Units with their class, matched longest first after an optional scale.
/// `(unit, class, characters that must not follow)`: 人 before 民 is 人民, not a unit.
const UNITS: &[UnitEntry] = &[
    ("微克/立方米", UnitClass::Measure, ""),
    ("毫克/立方米", UnitClass::Measure, ""),
    ("吨标准煤", UnitClass::Measure, ""),
    ("平方公里", UnitClass::Measure, ""),
    ("平方米", UnitClass::Measure, ""),
    ("立方米", UnitClass::Measure, ""),
    ("千瓦时", UnitClass::Measure, ""),
    ("兆瓦时", UnitClass::Measure, ""),
    ("平方千米", UnitClass::Measure, ""),
    ("毫克/升", UnitClass::Measure, ""),
    ("个百分点", UnitClass::Points, ""),
    // A time limit (压缩至1个工作日以内): measured, not a thing counted.
    ("个工作日", UnitClass::Measure, ""),
    ("个季度", UnitClass::Duration, ""),
    ("个月", UnitClass::Duration, ""),
    ("美元", UnitClass::Money, ""),
    ("欧元", UnitClass::Money, ""),
    ("港元", UnitClass::Money, ""),
    ("日元", UnitClass::Money, ""),
    ("英镑", UnitClass::Money, ""),
    ("元", UnitClass::Money, "素件旦宵月"),
    ("公顷", UnitClass::Measure, ""),
    ("公里", UnitClass::Measure, ""),
    ("千米", UnitClass::Measure, ""),
    ("延米", UnitClass::Measure, ""),
    ("米", UnitClass::Measure, "粮"),
    ("亩", UnitClass::Measure, "产均"),
    ("公斤", UnitClass::Measure, ""),
    ("千克", UnitClass::Measure, ""),
    ("蒸吨", UnitClass::Measure, ""),
    ("吨", UnitClass::Measure, "位"),
    ("斤", UnitClass::Measure, ""),
    ("兆瓦", UnitClass::Measure, ""),
    ("吉瓦", UnitClass::Measure, ""),
    ("千瓦", UnitClass::Measure, ""),
    ("标箱", UnitClass::Measure, ""),
    ("人次", UnitClass::Count, ""),
    ("家次", UnitClass::Count, ""),
    ("户次", UnitClass::Count, ""),
    ("件次", UnitClass::Count, ""),
    ("项次", UnitClass::Count, ""),
    ("场次", UnitClass::Count, ""),
    ("批次", UnitClass::Count, ""),
    ("架次", UnitClass::Count, ""),
    ("车次", UnitClass::Count, ""),
    ("台套", UnitClass::Count, ""),
    ("人", UnitClass::Count, "民大才口文类均力群心们事员工"),
    ("户", UnitClass::Count, "籍口外型"),
    ("家", UnitClass::Count, "庭具电乡门长园居属用"),
    ("个", UnitClass::Count, "人体性别"),
    ("项", UnitClass::Count, "目"),
    ("件", UnitClass::Count, "事"),
    ("套", UnitClass::Count, "餐"),
    ("所", UnitClass::Count, "以有在属得谓"),
    ("座", UnitClass::Count, "谈"),
    ("条", UnitClass::Count, "例件线款"),
    ("场", UnitClass::Count, "所景地馆"),
    ("次", UnitClass::Count, "序要"),
    ("批", UnitClass::Count, "准复"),
    ("轮", UnitClass::Count, ""),
    ("剂", UnitClass::Count, "量"),
    ("份", UnitClass::Count, "额"),
    ("台", UnitClass::Count, "湾阶账"),
    ("辆", UnitClass::Count, ""),
    ("艘", UnitClass::Count, ""),
    ("架", UnitClass::Count, "构"),
    ("列", UnitClass::Count, "入为车"),
    ("名", UnitClass::Count, "单称片录牌义额"),
    ("位", UnitClass::Count, "于置"),
    ("张", UnitClass::Count, ""),
    ("间", UnitClass::Count, ""),
    ("栋", UnitClass::Count, ""),
    ("幢", UnitClass::Count, ""),
    ("处", UnitClass::Count, "理置于"),
    ("片", UnitClass::Count, "区"),
    ("部", UnitClass::Count, "门署分"),
    ("支", UnitClass::Count, "持出付撑"),
    ("只", UnitClass::Count, "有要是能"),
    ("头", UnitClass::Count, ""),
    ("株", UnitClass::Count, ""),
    ("棵", UnitClass::Count, ""),
    ("篇", UnitClass::Count, ""),
    ("册", UnitClass::Count, ""),
    ("届", UnitClass::Count, ""),
    ("宗", UnitClass::Count, ""),
    ("起", UnitClass::Count, "来步草点"),
    ("例", UnitClass::Count, "如"),
    ("期", UnitClass::Count, "间刊限"),
    ("天", UnitClass::Count, "然地下津"),
    ("度", UnitClass::Measure, "假过电汛日冬夏"),
    ("年", UnitClass::Duration, ""),
    ("%", UnitClass::Percent, ""),
    ("‰", UnitClass::Percent, ""),
    ("倍", UnitClass::Multiple, ""),
    ("成", UnitClass::Share, "功为果立本效员熟长就交"),
];

/// A unit, its class, and the characters that must not follow it.
type UnitEntry = (&'static str, UnitClass, &'static str);

/// [`UNITS`] by first character, in list order (longest first within a character), sorted
/// by that character for binary search.
static UNITS_BY_FIRST: std::sync::LazyLock<Vec<(char, Vec<UnitEntry>)>> = std::sync::LazyLock::new(|| {
    let mut map: Vec<(char, Vec<UnitEntry>)> = Vec::new();
    for &entry in UNITS {
        let Some(c) = entry.0.chars().next() else { continue };
        match map.binary_search_by_key(&c, |e| e.0) {
            Ok(at) => map[at].1.push(entry),
            Err(at) => map.insert(at, (c, vec![entry])),
        }
    }
    map
});

/// Matches the unit at the start of `s`: an optional scale (万, 亿...) then a unit, or a
/// bare 万/亿 before a noun. Returns its byte length and class.
pub fn match_unit(s: &str) -> Option<(usize, UnitClass)> {
    if s.starts_with("个百分点") {
        return Some(("个百分点".len(), UnitClass::Points));
    }
    let scale = SCALES.iter().find(|p| s.starts_with(*p)).map_or("", |p| p);
    let rest = &s[scale.len()..];
    let candidates = rest
        .chars()
        .next()
        .and_then(|c| UNITS_BY_FIRST.binary_search_by_key(&c, |e| e.0).ok())
        .map_or(&[][..], |i| UNITS_BY_FIRST[i].1.as_slice());
    for &(unit, class, not_before) in candidates {
        if let Some(after) = rest.strip_prefix(unit) {
            if after.chars().next().is_some_and(|c| not_before.contains(c)) {
                continue;
            }
            if !scale.is_empty() && !matches!(class, UnitClass::Money | UnitClass::Measure | UnitClass::Count)
            {
                continue;
            }
            // A time unit after a scale (万年) or a share (万成) is not a quantity's unit.
            let len = scale.len() + unit.len();
            if let Some(per) = per_unit(&s[len..], class) {
                return Some((len + per, class));
            }
            return Some((len, class));
        }
    }
    // A bare 万/亿: before a noun (40.8万青年) or closing a clause (税收10.2亿,).
    if matches!(scale, "万" | "亿") && rest.chars().next().is_none_or(|c| is_han(c) || is_clause_punct(c)) {
        return Some((scale.len(), UnitClass::Bare));
    }
    None
}

/// `/月`, `/人`, `/吨` after a money or measure unit: 655元/月.
fn per_unit(s: &str, class: UnitClass) -> Option<usize> {
    if !matches!(class, UnitClass::Money | UnitClass::Measure) {
        return None;
    }
    let rest = s.strip_prefix('/')?;
    ["平方米", "立方米", "月", "年", "人", "吨", "天", "户", "亩", "次", "小时"]
        .iter()
        .find(|p| rest.starts_with(*p))
        .map(|p| 1 + p.len())
}

/// Nouns that make an amount the name of a category (100亿元以上项目, 千亿级).
pub const CATEGORY_NOUNS: &[&str] = &[
    "项目",
    "企业",
    "产业",
    "工程",
    "级",
    "大关",
    "公司",
    "集团",
    "园区",
    "平台",
    "档",
    "以上",
    "以下",
    "上市",
    "体量",
    "文化企业",
    "生产线",
    "装置",
];

/// Units that name policies when written in Chinese numerals (二十条, 惠企八条).
pub const POLICY_UNITS: &[&str] = &["条", "年", "次", "期", "批", "届", "轮"];

/// Characters a measured quantity's name typically ends with (收入, 总额, 比率, 人数...).
pub const NAME_FINAL: &str =
    "数额率量值入出资费金产物口业品人户元款度比重积长项件家所个次位利润值价税值总费支";

/// Words that make 第N / 前N a position in a ranking.
pub const RANKING_WORDS: &[&str] = &[
    "全国",
    "全省",
    "全市",
    "全区",
    "全县",
    "全州",
    "全球",
    "全世界",
    "苏州",
    "列",
    "居",
    "位列",
    "位居",
    "排名",
    "排",
    "名列",
    "榜",
    "进入",
    "保持",
    "增速",
    "总量",
    "数量",
    "跃升",
    "上升",
    "位次",
    "跻身",
    "位于",
    "蝉联",
    "获评",
    "获得",
    "荣获",
    "考核",
    "评比",
    "评价",
    "百强",
    "同类",
];

/// Whether `c` is a Chinese numeral character.
// Asked of every character the number scanner meets: one bit test turns most away before the
// call to `chinese_digit_value` (not inlined in wasm).
#[inline(always)]
pub fn is_chinese_digit(c: char) -> bool {
    NUMERAL_FILTER >> (c as u32 % 64) & 1 == 1 && chinese_digit_value(c).is_some()
}

/// The characters `chinese_digit_value` knows.
const CHINESE_NUMERALS: [char; 18] = [
    '零', '〇', '○', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿',
];

/// A bit for each Chinese numeral's code point modulo 64.
const NUMERAL_FILTER: u64 = {
    let (mut filter, mut i) = (0u64, 0);
    while i < CHINESE_NUMERALS.len() {
        filter |= 1 << (CHINESE_NUMERALS[i] as u32 % 64);
        i += 1;
    }
    filter
};

/// The value of one Chinese numeral character (十 → 10, 万 → 10000).
// Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn chinese_digit_value(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' | '○' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => return None,
    })
}

/// Whether `c` is a CJK ideograph.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Tests on eight bytes at once, in a `u64`: the wasm build has no SIMD, and the byte loops
/// that natively vectorise (or use SIMD `memchr`) ran several times slower there.
pub mod swar {
    /// 0x01 in every byte.
    pub const ONES: u64 = 0x0101_0101_0101_0101;
    /// The high bit of every byte.
    pub const HIGH: u64 = 0x8080_8080_8080_8080;

    /// The eight bytes of `bytes` from `at` on (which must hold eight).
    #[inline(always)]
    pub fn load(bytes: &[u8], at: usize) -> u64 {
        u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or_default())
    }

    /// Whether any of the eight bytes of `word` is `byte`.
    #[inline(always)]
    pub fn has_byte(word: u64, byte: u8) -> bool {
        let x = word ^ (ONES * u64::from(byte));
        x.wrapping_sub(ONES) & !x & HIGH != 0
    }
}

/// The offsets where `needle` (not empty) occurs in `haystack`, left to right and not
/// overlapping: what `str::match_indices` gives.
// The haystack is read eight bytes at a time for the needle's second byte (for a Chinese word,
// a continuation byte: rarer than a lead byte), and each candidate checked. In wasm,
// `match_indices` (two-way) took a few nanoseconds a byte, and a whole report is searched for
// `我代表` and `预计`.
pub fn find_all<'a>(haystack: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = find_from(haystack.as_bytes(), needle.as_bytes(), from)?;
        from = at + needle.len().max(1);
        Some(at)
    })
}

/// The first offset at or after `from` where `needle` starts in `hay`.
fn find_from(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.len() < 2 {
        let first = *needle.first()?;
        return hay.get(from..)?.iter().position(|&b| b == first).map(|i| from + i);
    }
    let key = needle[1];
    // `i` runs over where the key byte would be: one past each candidate start.
    let end = (hay.len() + 2).checked_sub(needle.len())?;
    let mut i = from + 1;
    while i < end {
        if i + 8 <= end && !swar::has_byte(swar::load(hay, i), key) {
            i += 8;
            continue;
        }
        for j in i..(i + 8).min(end) {
            if hay[j] == key && hay[j - 1..].starts_with(needle) {
                return Some(j - 1);
            }
        }
        i += 8;
    }
    None
}

/// `pos`, at most `text.len()`, moved back to the nearest char boundary: the end of a window
/// cut from `text` by a byte count.
// Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn floor_boundary(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// `pos` moved forward to the nearest char boundary (at most `text.len()`): the start of a
/// window cut from `text` by a byte count.
// Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn ceil_boundary(text: &str, mut pos: usize) -> usize {
    while pos < text.len() && !text.is_char_boundary(pos) {
        pos += 1;
    }
    pos.min(text.len())
}

/// Byte offset just after the last character of `s` that is one of `set`.
pub fn after_last(s: &str, set: &[char]) -> Option<usize> {
    s.char_indices().rev().find(|(_, c)| set.contains(c)).map(|(i, c)| i + c.len_utf8())
}

/// Number of CJK ideographs in `s`.
// Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn han_count(s: &str) -> usize {
    s.chars().filter(|&c| is_han(c)).count()
}

/// Punctuation that ends a clause (in the normalised view, where ，is already ,).
pub fn is_clause_punct(c: char) -> bool {
    matches!(c, ',' | '。' | ';' | ':' | '!' | '?' | '、' | ')' | '”' | '"' | '\n' | '\t' | '」' | '》' | ' ')
}

/// The kind a section's title names, if it names one, and whether the word is strong
/// enough to override the kind of the section around it (主要指标完成情况 under a review is a
/// review; 重点工作 under a review is still a review, 下一步工作打算 is a plan).
pub fn section_kind(title: &str) -> Option<(SectionKind, bool)> {
    use crate::words::{
        SECTION_PLAN, SECTION_PLAN_PERIOD, SECTION_PROBLEMS, SECTION_PROGRESS, SECTION_REVIEW,
        SECTION_STRONG_PLAN, SECTION_TARGETS, SECTION_TARGETS_NOT,
    };
    let has = |words: &crate::words::Words| words.occurs_in(title);
    if has(&SECTION_PROBLEMS) {
        Some((SectionKind::Problems, true))
    } else if has(&SECTION_PROGRESS) {
        Some((SectionKind::Review, true))
    } else if has(&SECTION_PLAN_PERIOD) && title.contains("目标")
        || has(&SECTION_TARGETS) && !has(&SECTION_TARGETS_NOT)
    {
        Some((SectionKind::Targets, true))
    } else if has(&SECTION_REVIEW) {
        Some((SectionKind::Review, true))
    } else if has(&SECTION_STRONG_PLAN) {
        Some((SectionKind::Plan, true))
    } else if has(&SECTION_PLAN) {
        Some((SectionKind::Plan, false))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `find_all` finds what `match_indices` finds: words on every seed, and needles at every
    /// alignment of made-up text.
    #[test]
    fn find_all_agrees_with_match_indices() {
        let mut texts = crate::seed_texts();
        for pad in 0..17 {
            texts.push(format!("{}我代表{}预计我代表我代表a", "a".repeat(pad), "一".repeat(pad)));
        }
        texts.extend(["".to_string(), "我".to_string(), "我代".to_string(), "aab".to_string()]);
        for text in &texts {
            for needle in ["我代表", "预计", "增长", "%", "ab", "亿元", "。"] {
                let expected: Vec<usize> = text.match_indices(needle).map(|(i, _)| i).collect();
                assert_eq!(find_all(text, needle).collect::<Vec<_>>(), expected, "{needle} in {text:.40}");
            }
        }
    }

    /// The filter lets every numeral through: the list holds every character with a value.
    #[test]
    fn numeral_filter_covers_every_numeral() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_chinese_digit(c), chinese_digit_value(c).is_some(), "{c}");
        }
    }

    #[test]
    fn units() {
        assert_eq!(match_unit("亿元,"), Some((6, UnitClass::Money)));
        assert_eq!(match_unit("万人次"), Some((9, UnitClass::Count)));
        assert_eq!(match_unit("人民医院"), None);
        assert_eq!(match_unit("万青年"), Some((3, UnitClass::Bare)));
        assert_eq!(match_unit("元/月"), Some((7, UnitClass::Money)));
        assert_eq!(match_unit("个百分点"), Some((12, UnitClass::Points)));
        assert_eq!(match_unit("项目"), None);
    }

    #[test]
    fn kinds_from_titles() {
        let kind = |t| section_kind(t).map(|(k, _)| k);
        assert_eq!(kind("2023年工作回顾"), Some(SectionKind::Review));
        assert_eq!(kind("2022年全区经济社会发展主要预期目标"), Some(SectionKind::Targets));
        assert_eq!(kind("二〇二三年工作目标和任务"), Some(SectionKind::Plan));
        assert_eq!(kind("2024年工作安排"), Some(SectionKind::Plan));
        assert_eq!(kind("主要指标完成情况"), Some(SectionKind::Review));
        assert_eq!(kind("今后五年的奋斗目标"), Some(SectionKind::Targets));
        assert_eq!(kind("今后五年的目标任务"), Some(SectionKind::Targets));
        assert_eq!(kind("2024年主要目标和重点任务"), Some(SectionKind::Plan));
        assert_eq!(kind("坚持量质并举,经济发展稳中有进"), None);
    }
}
