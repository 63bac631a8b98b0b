//! Stage 1, decode: bytes to text.
//!
//! UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or detected from the NUL pattern of
//! CJK/ASCII text), else GB18030 (a superset of GBK and GB2312, the encodings of Chinese
//! government sites), else Big5 when GB18030 clearly reads worse. Binary input is refused
//! with a message saying what it looks like, never decoded into garbage.

use crate::error::Error;
#[cfg(not(target_arch = "wasm32"))]
use encoding_rs::{Encoding, BIG5, GB18030, UTF_16BE, UTF_16LE, UTF_8};
#[cfg(target_arch = "wasm32")]
use web::{Encoding, BIG5, GB18030, UTF_16BE, UTF_16LE, UTF_8};

/// In wasm the platform's WHATWG `TextDecoder` transcodes (the same decoders encoding_rs
/// implements), which keeps ~125 KB gzip of encoding tables out of the wasm. Same names and
/// methods as encoding_rs, so the code below is identical on both targets.
#[cfg(target_arch = "wasm32")]
mod web {
    use std::borrow::Cow;

    pub struct Encoding {
        name: &'static str,
        label: &'static str,
    }
    pub static UTF_8: &Encoding = &Encoding { name: "UTF-8", label: "utf-8" };
    pub static UTF_16LE: &Encoding = &Encoding { name: "UTF-16LE", label: "utf-16le" };
    pub static UTF_16BE: &Encoding = &Encoding { name: "UTF-16BE", label: "utf-16be" };
    pub static GB18030: &Encoding = &Encoding { name: "gb18030", label: "gb18030" };
    pub static BIG5: &Encoding = &Encoding { name: "Big5", label: "big5" };

    impl Encoding {
        pub fn name(&self) -> &'static str {
            self.name
        }
        pub fn decode_without_bom_handling<'a>(&self, bytes: &'a [u8]) -> (Cow<'a, str>, bool) {
            let (text, had_errors) = crate::wasm::text_decode(self.label, bytes);
            (Cow::Owned(text), had_errors)
        }
    }
}

/// Decoded text and how it was obtained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, BOM removed, newlines as in the input.
    pub text: String,
    /// Name of the encoding the bytes were read as.
    pub encoding: &'static str,
    /// Problems met while decoding (replacement characters, a guessed encoding).
    pub warnings: Vec<String>,
}

/// Magic numbers of common binary formats, checked before any decoding.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a zip archive (a .docx, .xlsx or .zip file)"),
    (b"\xD0\xCF\x11\xE0", "an old Office document (.doc or .xls)"),
    (b"\x7FELF", "a program (ELF)"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xBC\xAF", "a 7-Zip archive"),
    (b"\0asm", "a WebAssembly module"),
];

/// Signatures short enough to open a line of text (`MZ-3型无人机`): binary only when control
/// bytes follow.
const WEAK_MAGIC: &[(&[u8], &str)] =
    &[(b"MZ", "a Windows program"), (b"RIFF", "a media file (RIFF)"), (b"ID3", "an MP3 file")];

/// Decodes `bytes` into text.
///
/// # Errors
/// [`Error::NotText`] when the bytes are a known binary format or mostly control bytes.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Error> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(lossy(rest, UTF_8, "UTF-8"));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let enc = if bytes[0] == 0xFF { UTF_16LE } else { UTF_16BE };
        return Ok(lossy(&bytes[2..], enc, enc.name()));
    }
    if let Some(&(_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(Error::NotText { looks_like: what.to_string() });
    }
    if let Some(&(_, what)) = WEAK_MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        if control_share(bytes) > 0.01 {
            return Err(Error::NotText { looks_like: what.to_string() });
        }
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let mut decoded = lossy(bytes, enc, enc.name());
        decoded.warnings.push(format!("no byte-order mark: read as {} from its layout", enc.name()));
        return Ok(decoded);
    }
    let control = control_share(bytes);
    if control > 0.10 {
        return Err(Error::NotText {
            // An integer percentage: float formatting would cost the wasm build 10 KB.
            looks_like: format!("binary data ({}% control bytes)", (control * 100.0).round() as u32),
        });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded { text: text.to_string(), encoding: "UTF-8", warnings: Vec::new() });
    }
    Ok(legacy_chinese(bytes))
}

/// Decodes with `enc`, noting replacement characters in a warning.
fn lossy(bytes: &[u8], enc: &'static Encoding, name: &'static str) -> Decoded {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let mut warnings = Vec::new();
    if had_errors {
        let bad = text.chars().filter(|&c| c == '\u{FFFD}').count();
        warnings.push(format!("{bad} byte sequences are not valid {name} and were replaced with \u{FFFD}"));
    }
    Decoded { text: text.into_owned(), encoding: name, warnings }
}

/// GB18030, or Big5 when it decodes with fewer errors; either way flags a lossy result.
fn legacy_chinese(bytes: &[u8]) -> Decoded {
    let (gb, gb_errors) = GB18030.decode_without_bom_handling(bytes);
    // Big5 bytes are mostly valid GBK too, but read as GBK they fall outside the common
    // GB2312 hanzi (half of Big5's trail bytes are ASCII-range): then Big5 is the reading.
    let gb_plausible = gb2312_share(bytes) >= 0.6;
    if !gb_errors && gb_plausible {
        return Decoded { text: gb.into_owned(), encoding: "GBK", warnings: Vec::new() };
    }
    let (big5, big5_errors) = BIG5.decode_without_bom_handling(bytes);
    if !big5_errors {
        return Decoded {
            text: big5.into_owned(),
            encoding: "Big5",
            warnings: vec!["not valid UTF-8 or GBK: read as Big5 (traditional Chinese)".into()],
        };
    }
    if !gb_errors {
        return Decoded {
            text: gb.into_owned(),
            encoding: "GBK",
            warnings: vec![
                "read as GBK, but few characters are common ones: the encoding may be wrong".into()
            ],
        };
    }
    let mut decoded = lossy(bytes, GB18030, "GBK");
    decoded.warnings.insert(0, "not valid UTF-8: read as GBK".into());
    decoded
}

/// Share of the double-byte pairs that are GB2312 hanzi (lead B0–F7, trail A1–FE), the bulk
/// of any real GBK text.
fn gb2312_share(bytes: &[u8]) -> f64 {
    let (mut pairs, mut common) = (0usize, 0usize);
    let mut i = 0;
    while i + 1 < bytes.len().min(64 * 1024) {
        let lead = bytes[i];
        if lead < 0x81 {
            i += 1;
            continue;
        }
        let trail = bytes[i + 1];
        pairs += 1;
        if (0xB0..=0xF7).contains(&lead) && (0xA1..=0xFE).contains(&trail) {
            common += 1;
        }
        i += 2;
    }
    if pairs == 0 {
        1.0
    } else {
        common as f64 / pairs as f64
    }
}

/// Share of bytes that are control characters other than tab, newline, carriage return
/// and form feed (which plain text has).
fn control_share(bytes: &[u8]) -> f64 {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if sample.is_empty() {
        return 0.0;
    }
    let control = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)).count();
    control as f64 / sample.len() as f64
}

/// UTF-16 without BOM: ASCII-heavy UTF-16 has NULs on one parity only; CJK-heavy UTF-16
/// has no NULs but then is not valid UTF-8 and decodes into many CJK ideographs.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(8 * 1024) & !1];
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_nul * 10 > pairs * 3 && even_nul * 20 < pairs {
        return Some(UTF_16LE);
    }
    if even_nul * 10 > pairs * 3 && odd_nul * 20 < pairs {
        return Some(UTF_16BE);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return None;
    }
    // No NULs: a Chinese text in UTF-16 reads as mostly CJK ideographs and common punctuation
    // in the right byte order, and as scattered symbols in GBK or the other order.
    [UTF_16LE, UTF_16BE].into_iter().find(|&enc| {
        let (text, errors) = enc.decode_without_bom_handling(sample);
        let total = text.chars().count().max(1);
        let cjk = text.chars().filter(|&c| is_common_cjk(c)).count();
        !errors && cjk * 10 >= total * 8
    })
}

fn is_common_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}' | '\n' | '\r' | ' ' | '0'..='9')
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode("一、总体情况".as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("一、总体情况", "UTF-8"));
        let d = decode(b"\xEF\xBB\xBF\xE4\xB8\x80").unwrap();
        assert_eq!(d.text, "一");
    }

    #[test]
    fn gbk_bytes() {
        let (bytes, _, _) = GB18030.encode("地区生产总值增长5%，全市第一。");
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "地区生产总值增长5%，全市第一。");
        assert_eq!(d.encoding, "GBK");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("增长6.5%".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).unwrap().text, "增长6.5%");
        let mut be = vec![0xFE, 0xFF];
        be.extend("增长6.5%".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap().text, "增长6.5%");
    }

    #[test]
    fn utf16_without_bom_is_detected() {
        let text = "一、2023年工作回顾\n地区生产总值增长5.2%，一般公共预算收入239.9亿元。";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let d = decode(&le).unwrap();
        assert_eq!(d.text, text);
        assert_eq!(d.encoding, "UTF-16LE");
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be).unwrap().text, text);
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(decode(b"\x89PNG\r\n\x1a\n\0\0"), Err(Error::NotText { .. })));
        let noise: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 32) as u8).collect();
        let err = decode(&noise).unwrap_err();
        assert!(err.to_string().starts_with("not a text document"), "{err}");
    }

    #[test]
    fn invalid_bytes_are_flagged_not_hidden() {
        let d = decode(b"\xB5\xD8\xC7\xF8 \xFF\xFF\xFF").unwrap();
        assert!(!d.warnings.is_empty());
    }

    #[test]
    fn empty_is_empty_text() {
        assert_eq!(decode(b"").unwrap().text, "");
    }
}
