//! Stage 0, input: any file a user has (plain text in UTF-8/GBK/Big5/UTF-16, a saved web page,
//! a web archive `.mht`, a `.docx`, Word XML) to the text that is analysed and shown.
//!
//! The format comes from the content first (a zip with a Word document, a page that starts
//! like HTML, a MIME web archive), then from the file name or MIME type the caller passes:
//! a `.html` file is read as HTML only if it holds tags. Spans of the report computed on
//! [`Input::text`] point into that text.

use crate::decode;
use crate::docx;
use crate::error::Error;
use crate::html::{self, Heading};

/// What the caller knows about the input besides its bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hint<'a> {
    /// The file name (only its extension is used), e.g. `报告.docx`.
    pub file_name: Option<&'a str>,
    /// The MIME type, e.g. `text/html` from a clipboard or a `File` object.
    pub mime: Option<&'a str>,
    /// Refuse inputs larger than this many bytes; also bounds what a `.docx` may inflate to
    /// (16× this), `None`: the input is not limited, a part inflates to at most 256 MiB.
    pub max_bytes: Option<usize>,
}

/// The format an input was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// An HTML page (also a `.mht` web archive or clipboard HTML).
    Html,
    /// A Word document (`.docx`, or Word 2003 / Flat OPC XML).
    Docx,
}

impl Format {
    /// `text`, `html` or `docx`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }
}

/// The analysable text of an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The text to analyse and show: the decoded text for plain text, the readable text of a
    /// page or a Word document (paragraphs as lines, tables flattened, chrome dropped).
    pub text: String,
    /// How the input was read.
    pub format: Format,
    /// The character encoding of the bytes (`UTF-8`, `GBK`, `UTF-16LE`...).
    pub encoding: &'static str,
    /// Things the user should know: a guessed or lossy decoding, a damaged file...
    pub warnings: Vec<String>,
    /// Headings the markup marks (`<h1>`, Word heading styles), as byte spans into `text`;
    /// empty for plain text. A hint: the outline does not need it.
    pub headings: Vec<Heading>,
}

/// Turns the bytes of a file (or a paste) into analysable text.
///
/// # Errors
/// [`Error::TooLarge`] past [`Hint::max_bytes`]; [`Error::NotText`] for binary files, images,
/// other archives and formats reportlens does not read (RTF, .xlsx...); [`Error::Malformed`]
/// for a Word document that cannot be read at all.
pub fn to_text(bytes: &[u8], hint: Hint<'_>) -> Result<Input, Error> {
    if let Some(limit) = hint.max_bytes.filter(|&limit| bytes.len() > limit) {
        return Err(Error::TooLarge { bytes: bytes.len(), limit });
    }
    if docx::is_zip(bytes) {
        let part_limit =
            hint.max_bytes.map_or(docx::DEFAULT_PART_LIMIT, |m| m.saturating_mul(16).max(1 << 20));
        let out = docx::extract(bytes, part_limit).map_err(|e| match e {
            docx::DocxError::NotDocx(looks_like) => Error::NotText { looks_like },
            docx::DocxError::Malformed(reason) => Error::Malformed { format: "docx", reason },
        })?;
        let mut input = Input {
            text: out.text,
            format: Format::Docx,
            encoding: "UTF-8",
            warnings: out.warnings,
            headings: out.headings,
        };
        if input.text.trim().is_empty() {
            input.warnings.push("the Word document holds no text (scanned pages are pictures: copy the text from the original instead)".into());
        }
        return Ok(input);
    }
    let head = &bytes[..bytes.len().min(4096)];
    if head.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        // An OLE compound file: a password-protected .docx/.xlsx is one, and so are the old
        // .doc, .wps and .xls formats.
        let encrypted: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let looks_like = if find(bytes, &encrypted).is_some() {
            "a password-protected Office document (remove the password in Word or WPS and save again)"
        } else {
            "an old Word, WPS or Excel document (.doc, .wps, .xls): save it as .docx"
        };
        return Err(Error::NotText { looks_like: looks_like.into() });
    }
    if head.starts_with(b"{\\rtf") {
        return Err(Error::NotText { looks_like: "a Rich Text (RTF) document".into() });
    }
    let ext = hint.file_name.and_then(|n| n.rsplit_once('.')).map(|(_, e)| e.to_ascii_lowercase());
    let mime = hint.mime.map(str::to_ascii_lowercase);
    let named = |exts: &[&str], mimes: &[&str]| {
        ext.as_deref().is_some_and(|e| exts.contains(&e))
            || mime.as_deref().is_some_and(|m| mimes.iter().any(|x| m.starts_with(x)))
    };
    if looks_like_mhtml(head)
        || (named(&["mht", "mhtml"], &["multipart/related", "message/rfc822", "application/x-mimearchive"])
            && find_ci(head, b"boundary").is_some())
    {
        if let Some(input) = mhtml(bytes) {
            return Ok(input);
        }
    }
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    let prefix = String::from_utf8_lossy(head);
    let html_named = named(
        &["html", "htm", "xhtml", "shtml", "xht", "asp", "aspx", "jsp", "php"],
        &["text/html", "application/xhtml"],
    );
    if !utf16
        && (html::looks_like_html(&prefix)
            || (html_named && html::has_tags(&String::from_utf8_lossy(&bytes[..bytes.len().min(1 << 16)]))))
    {
        let (text, encoding, warnings) = decode_html_bytes(bytes, None)?;
        return Ok(from_html(&text, encoding, warnings));
    }
    let decoded = decode::decode(bytes)?;
    if html::looks_like_html(&decoded.text) || (html_named && html::has_tags(&decoded.text)) {
        return Ok(from_html(&decoded.text, decoded.encoding, decoded.warnings));
    }
    if docx::looks_like_word_xml(&decoded.text) {
        let out = docx::extract_xml(&decoded.text);
        let mut warnings = decoded.warnings;
        warnings.extend(out.warnings);
        return Ok(Input {
            text: out.text,
            format: Format::Docx,
            encoding: decoded.encoding,
            warnings,
            headings: out.headings,
        });
    }
    Ok(Input {
        text: decoded.text,
        format: Format::Text,
        encoding: decoded.encoding,
        warnings: decoded.warnings,
        headings: Vec::new(),
    })
}

/// The readable text of HTML the caller already holds as a string (a paste as `text/html`).
pub fn from_html_str(html_text: &str) -> Input {
    from_html(html_text, "UTF-8", Vec::new())
}

fn from_html(html_text: &str, encoding: &'static str, mut warnings: Vec<String>) -> Input {
    let out = html::extract(html_text);
    warnings.extend(out.warnings);
    if out.text.trim().is_empty() && !html_text.trim().is_empty() {
        warnings.push(
            "the page shows no text (only markup or scripts): open the page in a browser and copy its text"
                .into(),
        );
    }
    Input { text: out.text, format: Format::Html, encoding, warnings, headings: out.headings }
}

// ------------------------------------------------------------------------------------------
// Character encoding of HTML

/// The character sets a page may declare, as far as reportlens reads them. Only the decoders
/// the core already uses are linked (no Japanese or Korean tables in the wasm).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Charset {
    /// UTF-8.
    Utf8,
    /// GBK, GB2312, GB18030 (read with the GB18030 decoder, a superset).
    Gbk,
    /// Big5.
    Big5,
    /// UTF-16, little endian (also plain `utf-16`).
    Utf16Le,
    /// UTF-16, big endian.
    Utf16Be,
    /// Anything else (`iso-8859-1`, `shift_jis`...): the declaration is not trusted, the
    /// bytes are sniffed like a plain-text file.
    Other(String),
}

impl Charset {
    /// The charset of a WHATWG encoding label, e.g. `gb2312` → [`Charset::Gbk`].
    pub fn from_label(label: &str) -> Charset {
        let l = label.trim().trim_matches(['"', '\'']).to_ascii_lowercase();
        match l.as_str() {
            "utf-8" | "utf8" | "unicode-1-1-utf-8" | "unicode11utf8" | "unicode20utf8"
            | "x-unicode20utf8" => Charset::Utf8,
            "gbk" | "gb2312" | "gb_2312" | "gb_2312-80" | "chinese" | "csgb2312" | "csiso58gb231280"
            | "iso-ir-58" | "x-gbk" | "gb18030" | "euc-cn" | "cp936" | "ms936" | "windows-936" => {
                Charset::Gbk
            }
            "big5" | "big5-hkscs" | "cn-big5" | "csbig5" | "x-x-big5" | "cp950" => Charset::Big5,
            "utf-16" | "utf-16le" | "ucs-2" | "unicode" | "csunicode" | "iso-10646-ucs-2" | "unicodefeff" => {
                Charset::Utf16Le
            }
            "utf-16be" | "unicodefffe" => Charset::Utf16Be,
            _ => Charset::Other(l),
        }
    }

    fn name(&self) -> &str {
        match self {
            Charset::Utf8 => "UTF-8",
            Charset::Gbk => "GBK",
            Charset::Big5 => "Big5",
            Charset::Utf16Le => "UTF-16LE",
            Charset::Utf16Be => "UTF-16BE",
            Charset::Other(label) => label,
        }
    }
}

/// Decodes with GB18030 or Big5 (`label`) as `decode` does on each target: encoding_rs
/// natively, the platform's `TextDecoder` in wasm (no encoding tables in the wasm). Returns the
/// text and whether malformed sequences were replaced.
fn decode_legacy(label: &'static str, bytes: &[u8]) -> (String, bool) {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let enc = if label == "big5" { encoding_rs::BIG5 } else { encoding_rs::GB18030 };
        let (text, errors) = enc.decode_without_bom_handling(bytes);
        (text.into_owned(), errors)
    }
    #[cfg(target_arch = "wasm32")]
    {
        crate::wasm::text_decode(label, bytes)
    }
}

/// The charset a page declares in its first 4 KB: `<meta charset=...>`,
/// `<meta http-equiv="Content-Type" content="...; charset=...">` or `<?xml encoding=...?>`.
pub fn declared_charset(bytes: &[u8]) -> Option<Charset> {
    let head = &bytes[..bytes.len().min(4096)];
    let label_at = |mut i: usize| {
        while head.get(i).is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'') {
            i += 1;
        }
        let start = i;
        while head.get(i).is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
        {
            i += 1;
        }
        (i > start).then(|| Charset::from_label(&String::from_utf8_lossy(&head[start..i])))
    };
    let mut from = 0;
    while let Some(at) = find_ci(&head[from..], b"charset") {
        let mut i = from + at + 7;
        from = i;
        // Inside a tag only (a `<` before, no `>` between): not in the page's text.
        let before = &head[..i - 7];
        let in_tag = match (before.iter().rposition(|&b| b == b'<'), before.iter().rposition(|&b| b == b'>'))
        {
            (Some(o), Some(c)) => o > c,
            (Some(_), None) => true,
            _ => false,
        };
        while head.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if in_tag && head.get(i) == Some(&b'=') {
            if let Some(charset) = label_at(i + 1) {
                return Some(charset);
            }
        }
    }
    let at = find_ci(head, b"encoding=")?;
    find_ci(&head[..at], b"<?xml").and_then(|_| label_at(at + 9))
}

/// Decodes the bytes of a page: a BOM wins, then valid UTF-8 (pages re-saved by an editor
/// keep their old `gb2312` declaration), then the declared GBK or Big5 if the bytes are valid
/// in it, else [`decode::decode`]'s guess — each disagreement flagged.
fn decode_html_bytes(
    bytes: &[u8],
    declared: Option<Charset>,
) -> Result<(String, &'static str, Vec<String>), Error> {
    let declared = declared.or_else(|| declared_charset(bytes));
    if bytes.starts_with(b"\xEF\xBB\xBF") || bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF")
    {
        let d = decode::decode(bytes)?;
        return Ok((d.text, d.encoding, d.warnings));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        let mut warnings = Vec::new();
        if let Some(c) = declared.filter(|c| *c != Charset::Utf8 && !bytes.is_ascii()) {
            warnings.push(format!(
                "the page declares the {} encoding but its bytes are UTF-8; read as UTF-8",
                c.name()
            ));
        }
        return Ok((text.to_string(), "UTF-8", warnings));
    }
    let trusted = match declared {
        Some(Charset::Gbk) => Some(("gb18030", "GBK")),
        Some(Charset::Big5) => Some(("big5", "Big5")),
        _ => None,
    };
    if let Some((label, name)) = trusted {
        let (text, errors) = decode_legacy(label, bytes);
        if !errors {
            return Ok((text, name, Vec::new()));
        }
    }
    let mut d = decode::decode(bytes)?;
    if let Some(c) = declared.filter(|c| c.name() != d.encoding) {
        d.warnings.insert(
            0,
            format!(
                "the page declares the {} encoding but does not read as {}; read as {}",
                c.name(),
                c.name(),
                d.encoding
            ),
        );
    }
    Ok((d.text, d.encoding, d.warnings))
}

// ------------------------------------------------------------------------------------------
// MHTML (web archives saved by Chrome, Edge, IE, Word)

fn looks_like_mhtml(head: &[u8]) -> bool {
    let starts_like_headers = head.iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-').count()
        > 1
        && head.iter().find(|b| !(b.is_ascii_alphanumeric() || **b == b'-')) == Some(&b':');
    starts_like_headers && find_ci(head, b"multipart/related").is_some()
}

/// Splits a MIME entity into (headers unfolded, body).
fn split_headers(entity: &[u8]) -> (String, &[u8]) {
    let (end, skip) = match (find(entity, b"\r\n\r\n"), find(entity, b"\n\n")) {
        (Some(a), Some(b)) if b < a => (b, 2),
        (Some(a), _) => (a, 4),
        (None, Some(b)) => (b, 2),
        (None, None) => (entity.len(), 0),
    };
    let headers = String::from_utf8_lossy(&entity[..end])
        .replace("\r\n", "\n")
        .replace("\n ", " ")
        .replace("\n\t", " ");
    (headers, &entity[(end + skip).min(entity.len())..])
}

fn header<'h>(headers: &'h str, name: &str) -> Option<&'h str> {
    headers.lines().find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.trim().eq_ignore_ascii_case(name).then_some(v.trim())
    })
}

fn param<'h>(value: &'h str, name: &str) -> Option<&'h str> {
    value.split(';').find_map(|p| {
        let (n, v) = p.split_once('=')?;
        n.trim().eq_ignore_ascii_case(name).then(|| v.trim().trim_matches('"').trim_matches('\''))
    })
}

/// The page inside a web archive: its first `text/html` part.
fn mhtml(bytes: &[u8]) -> Option<Input> {
    let (headers, body) = split_headers(bytes);
    let content_type = header(&headers, "Content-Type")?;
    let boundary = format!("--{}", param(content_type, "boundary")?);
    let mut parts = Vec::new();
    let mut rest = body;
    while let Some(at) = find(rest, boundary.as_bytes()) {
        rest = &rest[at + boundary.len()..];
        let end = find(rest, boundary.as_bytes()).unwrap_or(rest.len());
        parts.push(&rest[..end]);
    }
    for part in parts {
        let part = part.strip_prefix(b"\r\n").or_else(|| part.strip_prefix(b"\n")).unwrap_or(part);
        let (h, body) = split_headers(part);
        let ct = header(&h, "Content-Type").unwrap_or("text/plain");
        if !ct.to_ascii_lowercase().starts_with("text/html") {
            continue;
        }
        let cte = header(&h, "Content-Transfer-Encoding").unwrap_or("8bit").to_ascii_lowercase();
        let raw = match cte.as_str() {
            "quoted-printable" => quoted_printable(body),
            "base64" => base64(body),
            _ => body.to_vec(),
        };
        let declared = param(ct, "charset").map(Charset::from_label);
        let (text, encoding, mut warnings) = decode_html_bytes(&raw, declared).ok()?;
        warnings.insert(0, "read the page inside a web archive (.mht)".into());
        return Some(from_html(&text, encoding, warnings));
    }
    None
}

fn quoted_printable(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    let hex = |b: u8| (b as char).to_digit(16);
    while i < body.len() {
        if body[i] == b'=' {
            match (body.get(i + 1), body.get(i + 2)) {
                (Some(b'\r'), Some(b'\n')) => i += 3,
                (Some(b'\n'), _) => i += 2,
                (Some(&a), Some(&b)) if hex(a).is_some() && hex(b).is_some() => {
                    out.push((hex(a).unwrap_or(0) * 16 + hex(b).unwrap_or(0)) as u8);
                    i += 3;
                }
                _ => {
                    out.push(b'=');
                    i += 1;
                }
            }
        } else {
            out.push(body[i]);
            i += 1;
        }
    }
    out
}

fn base64(body: &[u8]) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for &c in body {
        if c == b'=' {
            break;
        }
        let Some(v) = value(c) else { continue };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8], name: Option<&str>) -> Input {
        to_text(bytes, Hint { file_name: name, ..Hint::default() }).unwrap()
    }

    #[test]
    fn plain_text_is_decoded_not_touched() {
        let t = "一、总体情况\r\n  增长5%  \n";
        let i = text(t.as_bytes(), None);
        assert_eq!((i.text.as_str(), i.format, i.encoding), (t, Format::Text, "UTF-8"));
        // A .html name does not turn plain text into HTML (its lines would merge).
        let i = text(t.as_bytes(), Some("报告.html"));
        assert_eq!((i.text.as_str(), i.format), (t, Format::Text));
    }

    #[test]
    fn gbk_page_with_meta_charset() {
        let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>t</title></head><body><p>增长5%</p></body></html>";
        let (bytes, _, _) = encoding_rs::GBK.encode(page);
        let i = text(&bytes, None);
        assert_eq!((i.text.as_str(), i.format, i.encoding), ("增长5%", Format::Html, "GBK"));
        assert!(i.warnings.is_empty(), "{:?}", i.warnings);
    }

    #[test]
    fn utf8_page_that_declares_gbk_is_read_as_utf8_and_flagged() {
        let page = "<meta charset=\"gbk\"><p>增长5%</p>";
        let i = text(page.as_bytes(), None);
        assert_eq!((i.text.as_str(), i.encoding), ("增长5%", "UTF-8"));
        assert_eq!(i.warnings.len(), 1);
    }

    #[test]
    fn latin1_declaration_on_a_gbk_page_is_flagged() {
        let page = "<meta charset=\"iso-8859-1\"><p>地区生产总值增长5%</p>";
        let (bytes, _, _) = encoding_rs::GBK.encode(page);
        let i = text(&bytes, None);
        assert_eq!((i.text.as_str(), i.encoding), ("地区生产总值增长5%", "GBK"));
        assert_eq!(i.warnings.len(), 1);
    }

    #[test]
    fn utf16_page() {
        let page = "<!DOCTYPE html><html><body><h1>报告</h1><p>增长5%</p></body></html>";
        let mut le = vec![0xFF, 0xFE];
        le.extend(page.encode_utf16().flat_map(u16::to_le_bytes));
        let i = text(&le, None);
        assert_eq!((i.text.as_str(), i.format, i.encoding), ("报告\n增长5%", Format::Html, "UTF-16LE"));
        let be: Vec<u8> = page.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let i = text(&be, None);
        assert_eq!((i.text.as_str(), i.format), ("报告\n增长5%", Format::Html));
    }

    #[test]
    fn mhtml_quoted_printable() {
        let mht = "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B\"\r\n\r\n\
                   ------B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
                   <html><meta charset=3D\"utf-8\"><p>=E5=A2=9E=E9=95=BF5%=\r\n</p></html>\r\n------B--\r\n";
        let i = text(mht.as_bytes(), None);
        assert_eq!((i.text.as_str(), i.format), ("增长5%", Format::Html));
    }

    #[test]
    fn word_2003_xml() {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><?mso-application progid=\"Word.Document\"?>\
                   <w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body>\
                   <w:p><w:r><w:t>一、总体</w:t></w:r></w:p><w:p><w:r><w:t>增长5%</w:t></w:r></w:p></w:body></w:wordDocument>";
        let i = text(xml.as_bytes(), Some("报告.xml"));
        assert_eq!((i.text.as_str(), i.format), ("一、总体\n增长5%", Format::Docx));
    }

    #[test]
    fn base64_decoder() {
        assert_eq!(base64(b"5aKe6ZW/\r\nNSU="), "增长5%".as_bytes());
    }

    #[test]
    fn refusals() {
        let err = to_text(b"{\\rtf1\\ansi hello}", Hint::default()).unwrap_err();
        assert!(err.to_string().contains("RTF"), "{err}");
        let err = to_text(b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", Hint::default()).unwrap_err();
        assert!(matches!(err, Error::Malformed { .. }), "{err}");
        let err = to_text(&[b'a'; 100], Hint { max_bytes: Some(10), ..Hint::default() }).unwrap_err();
        assert!(matches!(err, Error::TooLarge { bytes: 100, limit: 10 }));
    }

    #[test]
    fn declared_charset_forms() {
        assert_eq!(declared_charset(b"<meta charset=utf-8>"), Some(Charset::Utf8));
        assert_eq!(
            declared_charset(b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=GB2312'>"),
            Some(Charset::Gbk)
        );
        assert_eq!(declared_charset(b"<?xml version=\"1.0\" encoding=\"big5\"?>"), Some(Charset::Big5));
        assert_eq!(
            declared_charset(b"<meta charset=\"Shift_JIS\">"),
            Some(Charset::Other("shift_jis".into()))
        );
        assert_eq!(declared_charset(b"<p>charset=gbk</p>"), None);
    }

    #[test]
    fn big5_page() {
        let page = "<meta charset=\"big5\"><p>經濟發展增長5%</p>";
        let (bytes, _, _) = encoding_rs::BIG5.encode(page);
        let i = text(&bytes, None);
        assert_eq!((i.text.as_str(), i.encoding), ("經濟發展增長5%", "Big5"));
    }
}
