//! HTML to readable text: saved web pages, pages saved from Word, and HTML pasted from a
//! browser's clipboard (`text/html`).
//!
//! A small tolerant parser, not a browser: it tokenizes like HTML5 (raw-text elements, comments,
//! bogus comments, entities with and without `;`), builds a light tree with the implied end tags
//! that matter for layout (`<p>`, `<li>`, `<td>`, `<tr>`...), then renders it as lines:
//!
//! * paragraphs, headings, list items and other blocks become lines; `<br>` is a line break;
//! * whitespace collapses as a browser shows it, and a source line break between two CJK
//!   characters disappears (CSS Text 3 segment-break rule), so `增长\n5%` stays `增长5%` only
//!   when it was written `增长5%` on screen;
//! * a data table becomes the flattened form the plain-text reports use: every cell a line that
//!   starts with a tab (further paragraphs of the cell on their own lines), a blank line after
//!   every row. Layout tables (nested tables, one column, a giant cell) render as blocks;
//! * `script`, `style`, `head`, `template`, `svg`, forms controls, and page chrome (`nav`,
//!   `aside`, top-level `header`/`footer`, `role="navigation"`, chrome-named `id`/`class` such
//!   as `nav`, `menu`, `footer`, `breadcrumb`, hidden elements) are dropped — unless the
//!   candidate holds report text (many sentences, or a large share of the page), which happens
//!   when an unclosed `<nav>` swallows the page: then it is kept and a warning says so.
//!
//! Spans of a report computed on [`Extracted::text`] point into that text; it is the text
//! shown to the user, so no second offset map is needed.

/// The readable text of an HTML document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The text, one line per block, no leading or trailing blank lines.
    pub text: String,
    /// Heading elements (`h1`–`h6`), as byte spans into `text`.
    pub headings: Vec<Heading>,
    /// Things the user should know (a kept chrome block, an unterminated comment...).
    pub warnings: Vec<String>,
}

/// A heading found in the markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heading {
    /// 1 for `h1` ... 6 for `h6`.
    pub level: u8,
    /// Start of the heading's text in [`Extracted::text`] (UTF-8 bytes).
    pub start: usize,
    /// End of the heading's text.
    pub end: usize,
}

/// The readable text of `html` (see the module docs).
pub fn to_text(html: &str) -> String {
    extract(html).text
}

/// The readable text of `html` with its headings and warnings.
pub fn extract(html: &str) -> Extracted {
    let html = strip_clipboard_header(html);
    let mut dom = Dom::parse(html);
    let mut warnings = std::mem::take(&mut dom.warnings);
    let (text, headings) = render(&dom, &mut warnings);
    Extracted { text, headings, warnings }
}

/// Whether `text` (already decoded) looks like an HTML document rather than plain text that
/// mentions a tag: it starts with a doctype, `<html>`, `<head>`, `<body>`, `<meta>`, an XML
/// declaration followed by `<html`, or a Windows clipboard (CF_HTML) header.
pub fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n']);
    let head = &head.as_bytes()[..head.len().min(1024)];
    const STARTS: &[&[u8]] = &[
        b"<!doctype html",
        b"<html",
        b"<head",
        b"<body",
        b"<meta",
        b"<title",
        b"<!--startfragment",
        b"<style",
        b"<link",
        b"<base",
    ];
    if STARTS.iter().any(|s| starts_with_ci(head, s)) {
        return true;
    }
    if starts_with_ci(head, b"<?xml") || starts_with_ci(head, b"<!--") || starts_with_ci(head, b"<!doctype") {
        return find_ci(head, b"<html").is_some() || find_ci(head, b"<body").is_some();
    }
    starts_with_ci(head, b"version:") && find_ci(head, b"starthtml:").is_some()
}

/// Whether `text` contains at least one tag-like `<name` or `</name`: a file named `.html`
/// that holds none is read as plain text (collapsing its whitespace would merge its lines).
pub fn has_tags(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(off) = memchr(b'<', &b[i..]) {
        let at = i + off;
        let next = b.get(at + 1).copied().unwrap_or(0);
        let next2 = b.get(at + 2).copied().unwrap_or(0);
        if next.is_ascii_alphabetic()
            || (next == b'/' && next2.is_ascii_alphabetic())
            || (next == b'!' && next2 == b'-')
        {
            return true;
        }
        i = at + 1;
    }
    false
}

/// Skips the `Version:0.9 StartHTML:... EndHTML:...` header Windows puts before clipboard HTML.
fn strip_clipboard_header(html: &str) -> &str {
    let trimmed = html.trim_start_matches('\u{FEFF}');
    if !starts_with_ci(trimmed.as_bytes(), b"version:") {
        return html;
    }
    match find_ci(trimmed.as_bytes(), b"<") {
        Some(at) => &trimmed[at..],
        None => html,
    }
}

// ------------------------------------------------------------------------------------------
// Small byte helpers

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

// ------------------------------------------------------------------------------------------
// Tags

/// The elements the renderer treats specially; everything else is `Other` (inline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Html,
    Head,
    Body,
    Title,
    P,
    Br,
    Hr,
    H(u8),
    Li,
    Ul,
    Ol,
    Dl,
    Dt,
    Dd,
    Table,
    Caption,
    Section, // thead, tbody, tfoot
    Tr,
    Td, // td, th
    Pre,
    Sup,
    /// Other block elements (div, section, article, blockquote...).
    Block,
    /// Elements dropped with their content (script, style, template...).
    Drop,
    /// Page chrome: nav, aside (guarded, see `render`).
    Chrome,
    /// header / footer: chrome when not inside article/main.
    HeaderFooter,
    /// article, main: the content.
    Main,
    Option,
    Select,
    Rt, // ruby annotations
    Void,
    Other,
}

impl Tag {
    fn of(name: &str) -> Tag {
        use Tag::*;
        match name {
            "html" => Html,
            "head" => Head,
            "body" => Body,
            "title" => Title,
            "p" => P,
            "br" => Br,
            "hr" => Hr,
            "h1" => H(1),
            "h2" => H(2),
            "h3" => H(3),
            "h4" => H(4),
            "h5" => H(5),
            "h6" => H(6),
            "li" => Li,
            "ul" | "menu" | "dir" => Ul,
            "ol" => Ol,
            "dl" => Dl,
            "dt" => Dt,
            "dd" => Dd,
            "table" => Table,
            "caption" => Caption,
            "thead" | "tbody" | "tfoot" => Section,
            "tr" => Tr,
            "td" | "th" => Td,
            "pre" | "listing" | "xmp" | "plaintext" => Pre,
            "sup" => Sup,
            "div" | "section" | "blockquote" | "address" | "figure" | "figcaption" | "center" | "form"
            | "fieldset" | "legend" | "details" | "summary" | "dialog" | "hgroup" | "frameset" => Block,
            "script" | "style" | "template" | "svg" | "math" | "iframe" | "object" | "embed" | "noscript"
            | "canvas" | "video" | "audio" | "button" | "datalist" | "noembed" | "noframes" | "textarea" => {
                Drop
            }
            "nav" | "aside" => Chrome,
            "header" | "footer" => HeaderFooter,
            "article" | "main" => Main,
            "option" | "optgroup" => Option,
            "select" => Select,
            "rt" | "rp" => Rt,
            "img" | "meta" | "link" | "input" | "area" | "base" | "col" | "param" | "source" | "track"
            | "wbr" | "keygen" | "basefont" | "bgsound" | "frame" | "image" => Void,
            _ => Other,
        }
    }

    fn is_block(self) -> bool {
        use Tag::*;
        matches!(
            self,
            P | Hr
                | H(_)
                | Li
                | Ul
                | Ol
                | Dl
                | Dt
                | Dd
                | Table
                | Caption
                | Tr
                | Td
                | Pre
                | Block
                | Chrome
                | HeaderFooter
                | Main
                | Body
                | Html
                | Section
                | Option
                | Select
        )
    }

    /// Starting one of these closes an open `<p>` (HTML's "close a p element").
    fn closes_p(self) -> bool {
        use Tag::*;
        matches!(
            self,
            P | Hr | H(_) | Li | Ul | Ol | Dl | Dt | Dd | Table | Pre | Block | Chrome | HeaderFooter | Main
        )
    }
}

// ------------------------------------------------------------------------------------------
// The tree

const NONE: usize = usize::MAX;

#[derive(Debug)]
enum Kind {
    Root,
    Element {
        tag: Tag,
        /// Hash of the lower-case tag name: end tags match by name.
        name: u32,
        hidden: bool,
        chrome: bool,
        presentation: bool,
        /// Word's list label (`mso-list:Ignore`): its padding is not text.
        label: bool,
    },
    /// Text: a range of `Dom::text`.
    Text(usize, usize),
}

#[derive(Debug)]
struct Node {
    kind: Kind,
    first_child: usize,
    last_child: usize,
    next: usize,
}

struct Dom {
    nodes: Vec<Node>,
    /// Decoded text of all text nodes, back to back.
    text: String,
    /// Open elements, the root first.
    stack: Vec<usize>,
    /// How many open elements have a name hash in each of 256 buckets: end tags and implied
    /// ends look down the stack only when one may be open, so stray tags cost O(1), not
    /// O(depth) (a bucket shared by two names only costs a look).
    open: [u32; 256],
    warnings: Vec<String>,
}

/// Nesting deeper than this adds elements as siblings instead (as Blink does at 512), which
/// bounds every look down the stack.
const MAX_DEPTH: usize = 1024;

/// Tokens of the tokenizer.
enum Token<'a> {
    Start { name: String, attrs: Attrs, self_closing: bool },
    End { name: String },
    Text(std::borrow::Cow<'a, str>),
}

/// The attributes the renderer looks at, already interpreted.
#[derive(Default)]
struct Attrs {
    hidden: bool,
    chrome: bool,
    presentation: bool,
    label: bool,
}

/// FNV-1a of a tag name.
fn name_hash(name: &str) -> u32 {
    name.bytes().fold(0x811C_9DC5, |h: u32, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// Elements whose content the tokenizer reads as raw text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "textarea",
    "title",
    "plaintext",
];

/// Elements that may appear in `<head>`; any other start tag ends the head.
const HEAD_CONTENT: &[&str] = &[
    "title", "meta", "link", "base", "style", "script", "noscript", "template", "basefont", "bgsound",
    "head", "html",
];

impl Dom {
    fn parse(html: &str) -> Dom {
        let mut dom = Dom {
            nodes: vec![Node { kind: Kind::Root, first_child: NONE, last_child: NONE, next: NONE }],
            text: String::with_capacity(html.len() / 2),
            stack: vec![0],
            open: [0; 256],
            warnings: Vec::new(),
        };
        let mut tokenizer = Tokenizer { src: html, pos: 0, raw_until: None, warnings: Vec::new() };
        while let Some(token) = tokenizer.next_token() {
            match token {
                Token::Start { name, attrs, self_closing } => {
                    dom.start_tag(&name, attrs, self_closing);
                    if RAW_TEXT.contains(&name.as_str()) {
                        tokenizer.raw_until = Some(name);
                    }
                }
                Token::End { name } => dom.end_tag(&name),
                Token::Text(t) => dom.add_text(&t),
            }
        }
        dom.warnings.append(&mut tokenizer.warnings);
        dom
    }

    fn current(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }

    fn tag_of(&self, id: usize) -> Option<Tag> {
        match self.nodes.get(id)?.kind {
            Kind::Element { tag, .. } => Some(tag),
            _ => None,
        }
    }

    fn append(&mut self, kind: Kind) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node { kind, first_child: NONE, last_child: NONE, next: NONE });
        let parent = self.current();
        let last = self.nodes[parent].last_child;
        if last == NONE {
            self.nodes[parent].first_child = id;
        } else {
            self.nodes[last].next = id;
        }
        self.nodes[parent].last_child = id;
        id
    }

    fn append_element(&mut self, tag: Tag, name: &str) -> usize {
        self.append(Kind::Element {
            tag,
            name: name_hash(name),
            hidden: false,
            chrome: false,
            presentation: false,
            label: false,
        })
    }

    fn is_open(&self, name: &str) -> bool {
        self.open[(name_hash(name) & 0xFF) as usize] > 0
    }

    fn push(&mut self, id: usize) {
        if let Kind::Element { name, .. } = self.nodes[id].kind {
            self.open[(name & 0xFF) as usize] += 1;
        }
        self.stack.push(id);
    }

    /// Pops the stack down to `len` entries (the root always stays).
    fn truncate(&mut self, len: usize) {
        while self.stack.len() > len.max(1) {
            let Some(id) = self.stack.pop() else { break };
            if let Kind::Element { name, .. } = self.nodes[id].kind {
                let n = &mut self.open[(name & 0xFF) as usize];
                *n = n.saturating_sub(1);
            }
        }
    }

    /// Index in the stack of the nearest open element accepted by `want`, not looking past
    /// an element whose tag `boundary` accepts.
    fn find_open(&self, want: &dyn Fn(&Kind) -> bool, boundary: &dyn Fn(Tag) -> bool) -> Option<usize> {
        for (i, &id) in self.stack.iter().enumerate().rev() {
            let kind = &self.nodes[id].kind;
            let Kind::Element { tag, .. } = *kind else { return None };
            if want(kind) {
                return Some(i);
            }
            if boundary(tag) {
                return None;
            }
        }
        None
    }

    /// Closes the nearest open element with a tag accepted by `want` (and all inside it).
    fn close_tag(&mut self, want: impl Fn(Tag) -> bool, boundary: impl Fn(Tag) -> bool) -> bool {
        self.close_dyn(&want, &boundary)
    }

    fn close_dyn(&mut self, want: &dyn Fn(Tag) -> bool, boundary: &dyn Fn(Tag) -> bool) -> bool {
        let found = self.find_open(&|k| matches!(k, Kind::Element { tag, .. } if want(*tag)), boundary);
        if let Some(i) = found {
            self.truncate(i);
        }
        found.is_some()
    }

    fn start_tag(&mut self, name: &str, attrs: Attrs, self_closing: bool) {
        use Tag::*;
        let tag = Tag::of(name);
        let cell = |t: Tag| matches!(t, Td | Table | Caption | Select);
        // Body content while <head> is open ends the head: a missing </head> or <body> must
        // not hide the page.
        if !HEAD_CONTENT.contains(&name) && self.is_open("head") {
            self.close_tag(|t| t == Head, |_| false);
        }
        match tag {
            Html | Body => return,
            Head if self.is_open("head") => return,
            _ => {}
        }
        if tag.closes_p() && self.is_open("p") {
            self.close_tag(|t| t == P, cell);
        }
        let open = |dom: &Dom, names: &[&str]| names.iter().any(|n| dom.is_open(n));
        match tag {
            Li if open(self, &["li"]) => {
                self.close_tag(|t| t == Li, |t| matches!(t, Ul | Ol) || cell(t));
            }
            Dt | Dd if open(self, &["dt", "dd"]) => {
                self.close_tag(|t| matches!(t, Dt | Dd), |t| t == Dl || cell(t));
            }
            H(_) if matches!(self.tag_of(self.current()), Some(H(_))) => {
                let len = self.stack.len() - 1;
                self.truncate(len);
            }
            Tr if open(self, &["tr", "td", "th", "caption"]) => {
                let bound = |t: Tag| matches!(t, Table | Section);
                if !self.close_tag(|t| t == Tr, bound) {
                    self.close_tag(|t| matches!(t, Td | Caption), bound);
                }
            }
            Td if open(self, &["td", "th", "caption"]) => {
                self.close_tag(|t| matches!(t, Td | Caption), |t| matches!(t, Tr | Table));
            }
            Section | Caption if open(self, &["thead", "tbody", "tfoot", "tr", "td", "th", "caption"]) => {
                let bound = |t: Tag| t == Table;
                let _ = self.close_tag(|t| t == Section, bound)
                    || self.close_tag(|t| t == Tr, bound)
                    || self.close_tag(|t| matches!(t, Td | Caption), bound);
            }
            Option if open(self, &["option", "optgroup"]) => {
                self.close_tag(|t| t == Option, |t| t == Select || cell(t));
            }
            _ => {}
        }
        let id = self.append(Kind::Element {
            tag,
            name: name_hash(name),
            hidden: attrs.hidden,
            chrome: attrs.chrome,
            presentation: attrs.presentation,
            label: attrs.label,
        });
        // `<o:p/>`-style foreign elements close themselves; HTML elements ignore the slash.
        let void = matches!(tag, Br | Hr | Void) || (self_closing && tag == Other && name.contains(':'));
        if !void && self.stack.len() < MAX_DEPTH {
            self.push(id);
        }
    }

    fn end_tag(&mut self, name: &str) {
        use Tag::*;
        let tag = Tag::of(name);
        match tag {
            Html | Body | Void | Hr => {}
            _ if !self.is_open(name) && tag != P && tag != Br && !matches!(tag, H(_)) => {}
            Head => {
                self.close_tag(|t| t == Head, |_| false);
            }
            // `</br>` is a line break in every browser.
            Br => {
                self.append_element(Br, "br");
            }
            // A stray `</p>` is an empty paragraph: a line break.
            P => {
                if !self.is_open("p") || !self.close_tag(|t| t == P, |t| matches!(t, Td | Table | Caption)) {
                    self.append_element(P, "p");
                }
            }
            // Any heading end tag closes the open heading.
            H(_) if ["h1", "h2", "h3", "h4", "h5", "h6"].iter().any(|h| self.is_open(h)) => {
                self.close_tag(|t| matches!(t, H(_)), |t| matches!(t, Td | Table | Caption));
            }
            H(_) => {}
            Table => {
                self.close_tag(|t| t == Table, |_| false);
            }
            Tr | Td | Section | Caption => {
                let hash = name_hash(name);
                let found = self
                    .find_open(&|k| matches!(k, Kind::Element { name: n, .. } if *n == hash), &|t| {
                        t == Table
                    });
                if let Some(i) = found {
                    self.truncate(i);
                }
            }
            _ => {
                // Match by name, never across a table cell (as HTML's scopes do).
                let hash = name_hash(name);
                let found = self
                    .find_open(&|k| matches!(k, Kind::Element { name: n, .. } if *n == hash), &|t| {
                        matches!(t, Td | Table | Caption)
                    });
                if let Some(i) = found {
                    self.truncate(i);
                }
            }
        }
    }

    fn add_text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        // Text in <head> outside <title>: the head has ended (a missing <body>).
        if self.is_open("head")
            && self.tag_of(self.current()) == Some(Tag::Head)
            && !text.trim_matches(is_html_space).is_empty()
        {
            self.close_tag(|t| t == Tag::Head, |_| false);
        }
        let start = self.text.len();
        self.text.extend(text.chars().filter(|&c| c != '\0'));
        let end = self.text.len();
        let parent = self.current();
        let last = self.nodes[parent].last_child;
        if let Some(Node { kind: Kind::Text(_, e), .. }) = self.nodes.get_mut(last) {
            if *e == start {
                *e = end;
                return;
            }
        }
        self.append(Kind::Text(start, end));
    }
}

fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0C}')
}

// ------------------------------------------------------------------------------------------
// Tokenizer

struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
    /// Inside a raw-text element: its name, content runs to `</name`.
    raw_until: Option<String>,
    warnings: Vec<String>,
}

impl<'a> Tokenizer<'a> {
    fn next_token(&mut self) -> Option<Token<'a>> {
        loop {
            if self.pos >= self.src.len() {
                return None;
            }
            if let Some(name) = self.raw_until.take() {
                return Some(self.raw_text(&name));
            }
            let rest = &self.src[self.pos..];
            let bytes = rest.as_bytes();
            if bytes[0] != b'<' {
                let len = memchr(b'<', bytes).unwrap_or(bytes.len());
                self.pos += len;
                return Some(Token::Text(decode_entities(&rest[..len])));
            }
            let next = bytes.get(1).copied().unwrap_or(0);
            if next.is_ascii_alphabetic() {
                match self.tag(false) {
                    Some(token) => return Some(token),
                    None => continue,
                }
            }
            if next == b'/' {
                if bytes.get(2).is_some_and(u8::is_ascii_alphabetic) {
                    match self.tag(true) {
                        Some(token) => return Some(token),
                        None => continue,
                    }
                }
                // `</>` is ignored; `</3` is a bogus comment.
                self.skip_past(b">");
                continue;
            }
            if next == b'!' {
                if rest.starts_with("<!--") {
                    self.comment();
                } else if starts_with_ci(bytes, b"<![cdata[") {
                    // Only valid in foreign content, but harmless: keep its text.
                    let body = &rest[9..];
                    let (text, used) = match body.find("]]>") {
                        Some(end) => (&body[..end], 9 + end + 3),
                        None => (body, rest.len()),
                    };
                    self.pos += used;
                    return Some(Token::Text(text.into()));
                } else {
                    // <!DOCTYPE>, <![if !supportLists]>, <![endif]>: bogus comments up to `>`,
                    // whose *surroundings* are text (Word's list numbers live there).
                    self.skip_past(b">");
                }
                continue;
            }
            if next == b'?' {
                self.skip_past(b">");
                continue;
            }
            // A lone `<` is text.
            let len = 1 + memchr(b'<', &bytes[1..]).unwrap_or(bytes.len() - 1);
            self.pos += len;
            return Some(Token::Text(decode_entities(&rest[..len])));
        }
    }

    fn skip_past(&mut self, end: &[u8]) {
        let bytes = &self.src.as_bytes()[self.pos..];
        let at = bytes.windows(end.len()).position(|w| w == end);
        self.pos += at.map_or(bytes.len(), |a| a + end.len());
    }

    fn comment(&mut self) {
        let start = self.pos;
        let body = &self.src[self.pos + 4..];
        // `<!-->` and `<!--->` are complete (empty) comments.
        if body.starts_with('>') {
            self.pos += 5;
            return;
        }
        if body.starts_with("->") {
            self.pos += 6;
            return;
        }
        let end =
            [body.find("-->").map(|e| e + 3), body.find("--!>").map(|e| e + 4)].into_iter().flatten().min();
        match end {
            Some(e) => self.pos += 4 + e,
            None => {
                let hidden = body.chars().filter(|c| !c.is_whitespace()).count();
                if hidden > 0 {
                    self.warnings.push(format!(
                        "an HTML comment opened at byte {start} is never closed; as in a browser, the {hidden} characters after it are not shown"
                    ));
                }
                self.pos = self.src.len();
            }
        }
    }

    /// Content of a raw-text element up to `</name`; entities are decoded (they are in
    /// `<title>` and `<textarea>`; in `<script>` and `<style>` the text is dropped anyway).
    fn raw_text(&mut self, name: &str) -> Token<'a> {
        let rest = &self.src[self.pos..];
        let bytes = rest.as_bytes();
        if name == "plaintext" {
            self.pos = self.src.len();
            return Token::Text(rest.into());
        }
        let mut from = 0;
        let end = loop {
            let Some(off) = bytes[from..].windows(2).position(|w| w == b"</") else {
                break bytes.len();
            };
            let at = from + off;
            let after = at + 2 + name.len();
            if bytes.len() >= after
                && bytes[at + 2..after].eq_ignore_ascii_case(name.as_bytes())
                && bytes
                    .get(after)
                    .is_none_or(|&b| matches!(b, b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | 0x0C))
            {
                break at;
            }
            from = at + 2;
        };
        if end == bytes.len() && matches!(name, "script" | "style" | "noscript" | "iframe") {
            let hidden = rest.chars().filter(|c| !c.is_whitespace()).count();
            if hidden > 0 {
                self.warnings.push(format!("a <{name}> element is never closed; the {hidden} characters after it are treated as {name}, as a browser does"));
            }
        }
        self.pos += end;
        let text = &rest[..end];
        if matches!(name, "title" | "textarea") {
            Token::Text(decode_entities(text))
        } else {
            Token::Text(text.into())
        }
    }

    /// A start or end tag at `self.pos`; `None` when the tag runs into the end of the input
    /// (dropped, as HTML5 does).
    fn tag(&mut self, end: bool) -> Option<Token<'a>> {
        let bytes = self.src.as_bytes();
        let mut i = self.pos + if end { 2 } else { 1 };
        let name_start = i;
        while i < bytes.len() && !matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0C | b'/' | b'>') {
            i += 1;
        }
        let name = self.src[name_start..i].to_ascii_lowercase();
        let mut attrs = Attrs::default();
        let mut self_closing = false;
        loop {
            while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0C) {
                i += 1;
            }
            match bytes.get(i) {
                None => {
                    self.pos = bytes.len();
                    return None;
                }
                Some(b'>') => {
                    i += 1;
                    break;
                }
                Some(b'/') => {
                    i += 1;
                    if bytes.get(i) == Some(&b'>') {
                        self_closing = true;
                    }
                    continue;
                }
                _ => {}
            }
            let an_start = i;
            // An attribute name may start with '=' (parse error, but a name character).
            i += 1;
            while i < bytes.len()
                && !matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0C | b'/' | b'>' | b'=')
            {
                i += 1;
            }
            let attr_name = &self.src[an_start..i];
            let mut j = i;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\n' | b'\r' | 0x0C) {
                j += 1;
            }
            let mut value = "";
            if bytes.get(j) == Some(&b'=') {
                j += 1;
                while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\n' | b'\r' | 0x0C) {
                    j += 1;
                }
                match bytes.get(j) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let vs = j + 1;
                        let Some(len) = memchr(q, &bytes[vs..]) else {
                            self.pos = bytes.len();
                            return None;
                        };
                        value = &self.src[vs..vs + len];
                        j = vs + len + 1;
                    }
                    _ => {
                        let vs = j;
                        while j < bytes.len()
                            && !matches!(bytes[j], b' ' | b'\t' | b'\n' | b'\r' | 0x0C | b'>')
                        {
                            j += 1;
                        }
                        value = &self.src[vs..j];
                    }
                }
                i = j;
            }
            if !end {
                interpret_attr(&mut attrs, attr_name, value);
            }
        }
        self.pos = i;
        Some(if end { Token::End { name } } else { Token::Start { name, attrs, self_closing } })
    }
}

/// Words that mark page chrome when they are a whole `id`/`class` token, or a token's part
/// before/after `-` or `_` (`top-nav`, `footer_wrap`, `breadcrumb`).
const CHROME_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "menubar",
    "topmenu",
    "submenu",
    "breadcrumb",
    "breadcrumbs",
    "crumb",
    "crumbs",
    "footer",
    "foot",
    "header",
    "masthead",
    "topbar",
    "toolbar",
    "sidebar",
    "copyright",
    "share",
    "sharebar",
    "social",
    "banner",
    "skip",
    "skiplink",
    "location",
    "position",
    "pagenav",
    "pager",
    "pagination",
    "related",
    "friendlink",
    "links",
    "search",
    "searchbox",
    "login",
    "cookie",
];

fn interpret_attr(attrs: &mut Attrs, name: &str, value: &str) {
    let lower = |s: &str| s.to_ascii_lowercase();
    match lower(name).as_str() {
        "hidden" => attrs.hidden = true,
        "aria-hidden" => attrs.hidden |= lower(value.trim()) == "true",
        "style" => {
            let v: String =
                value.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            attrs.hidden |= v.contains("display:none") || v.contains("visibility:hidden");
            attrs.label |= v.contains("mso-list:ignore");
        }
        "role" => {
            let v = lower(value.trim());
            attrs.chrome |= matches!(
                v.as_str(),
                "navigation" | "banner" | "contentinfo" | "complementary" | "search" | "menu" | "menubar"
            );
            attrs.presentation |= matches!(v.as_str(), "presentation" | "none");
        }
        "id" | "class" => {
            for token in value.split_ascii_whitespace() {
                let t = lower(token);
                let hit = CHROME_WORDS.contains(&t.as_str())
                    || t.split(['-', '_']).filter(|p| !p.is_empty()).any(|p| {
                        matches!(
                            p,
                            "nav"
                                | "navbar"
                                | "menu"
                                | "breadcrumb"
                                | "crumb"
                                | "footer"
                                | "header"
                                | "sidebar"
                                | "copyright"
                                | "share"
                                | "topbar"
                        )
                    });
                attrs.chrome |= hit;
            }
        }
        _ => {}
    }
}

// ------------------------------------------------------------------------------------------
// Entities

/// Decodes character references in `s`; unknown `&name;` stays as written.
pub fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    let Some(first) = s.find('&') else { return s.into() };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    let mut rest = &s[first..];
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match char_ref(rest) {
            Some((Ref::Char(c), used)) => {
                out.push(c);
                rest = &rest[used..];
            }
            Some((Ref::Str(t), used)) => {
                out.push_str(t);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

/// The text of a character reference.
enum Ref {
    Char(char),
    Str(&'static str),
}

/// A character reference at the start of `s` (which starts with `&`): its text and length.
fn char_ref(s: &str) -> Option<(Ref, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let digits_start = if hex { 3 } else { 2 };
        let mut i = digits_start;
        let mut value: Option<u32> = Some(0);
        while let Some(&d) = b.get(i) {
            let digit = match (hex, d) {
                (_, b'0'..=b'9') => u32::from(d - b'0'),
                (true, b'a'..=b'f') => u32::from(d - b'a' + 10),
                (true, b'A'..=b'F') => u32::from(d - b'A' + 10),
                _ => break,
            };
            value = value
                .and_then(|v| v.checked_mul(if hex { 16 } else { 10 }))
                .and_then(|v| v.checked_add(digit));
            i += 1;
        }
        if i == digits_start {
            return None;
        }
        if b.get(i) == Some(&b';') {
            i += 1;
        }
        return Some((Ref::Char(value.map_or('\u{FFFD}', numeric_char)), i));
    }
    let mut i = 1;
    while i < b.len() && i <= 33 && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i == 1 {
        return None;
    }
    let name = &s[1..i];
    let lookup =
        |n: &str| ENTITIES.binary_search_by(|(k, _)| k.cmp(&n)).ok().map(|k| Ref::Str(ENTITIES[k].1));
    if b.get(i) == Some(&b';') {
        if let Some(r) = lookup(name) {
            return Some((r, i + 1));
        }
    }
    // Legacy references without `;` (`&nbsp`, `&amp`, `&copy2024`): the longest known prefix.
    let legacy = LEGACY.iter().filter(|l| name.starts_with(*l)).max_by_key(|l| l.len())?;
    lookup(legacy).map(|r| (r, 1 + legacy.len()))
}

/// The character of a numeric reference, with HTML's replacements.
fn numeric_char(value: u32) -> char {
    const WIN1252: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match value {
        0 => '\u{FFFD}',
        0x80..=0x9F => WIN1252[(value - 0x80) as usize],
        _ => char::from_u32(value).unwrap_or('\u{FFFD}'),
    }
}

/// Names decoded without a trailing `;` (the common part of HTML's legacy list).
const LEGACY: &[&str] = &[
    "AMP", "COPY", "GT", "LT", "QUOT", "REG", "amp", "copy", "deg", "gt", "laquo", "lt", "middot", "nbsp",
    "quot", "raquo", "reg", "times",
];

/// Named character references: HTML 4's 252 plus `apos` and a few common HTML5 additions,
/// sorted by name (binary search).
const ENTITIES: &[(&str, &str)] = &[
    ("AElig", "Æ"),
    ("AMP", "&"),
    ("Aacute", "Á"),
    ("Acirc", "Â"),
    ("Agrave", "À"),
    ("Alpha", "Α"),
    ("Aring", "Å"),
    ("Atilde", "Ã"),
    ("Auml", "Ä"),
    ("Beta", "Β"),
    ("COPY", "©"),
    ("Ccedil", "Ç"),
    ("Chi", "Χ"),
    ("Dagger", "‡"),
    ("Delta", "Δ"),
    ("ETH", "Ð"),
    ("Eacute", "É"),
    ("Ecirc", "Ê"),
    ("Egrave", "È"),
    ("Epsilon", "Ε"),
    ("Eta", "Η"),
    ("Euml", "Ë"),
    ("GT", ">"),
    ("Gamma", "Γ"),
    ("Iacute", "Í"),
    ("Icirc", "Î"),
    ("Igrave", "Ì"),
    ("Iota", "Ι"),
    ("Iuml", "Ï"),
    ("Kappa", "Κ"),
    ("LT", "<"),
    ("Lambda", "Λ"),
    ("Mu", "Μ"),
    ("Ntilde", "Ñ"),
    ("Nu", "Ν"),
    ("OElig", "Œ"),
    ("Oacute", "Ó"),
    ("Ocirc", "Ô"),
    ("Ograve", "Ò"),
    ("Omega", "Ω"),
    ("Omicron", "Ο"),
    ("Oslash", "Ø"),
    ("Otilde", "Õ"),
    ("Ouml", "Ö"),
    ("Phi", "Φ"),
    ("Pi", "Π"),
    ("Prime", "″"),
    ("Psi", "Ψ"),
    ("QUOT", "\""),
    ("REG", "®"),
    ("Rho", "Ρ"),
    ("Scaron", "Š"),
    ("Sigma", "Σ"),
    ("THORN", "Þ"),
    ("Tau", "Τ"),
    ("Theta", "Θ"),
    ("Uacute", "Ú"),
    ("Ucirc", "Û"),
    ("Ugrave", "Ù"),
    ("Upsilon", "Υ"),
    ("Uuml", "Ü"),
    ("Xi", "Ξ"),
    ("Yacute", "Ý"),
    ("Yuml", "Ÿ"),
    ("Zeta", "Ζ"),
    ("aacute", "á"),
    ("acirc", "â"),
    ("acute", "´"),
    ("aelig", "æ"),
    ("agrave", "à"),
    ("alefsym", "ℵ"),
    ("alpha", "α"),
    ("amp", "&"),
    ("and", "∧"),
    ("ang", "∠"),
    ("apos", "'"),
    ("aring", "å"),
    ("asymp", "≈"),
    ("atilde", "ã"),
    ("auml", "ä"),
    ("bdquo", "„"),
    ("beta", "β"),
    ("brvbar", "¦"),
    ("bull", "•"),
    ("cap", "∩"),
    ("ccedil", "ç"),
    ("cedil", "¸"),
    ("cent", "¢"),
    ("check", "✓"),
    ("chi", "χ"),
    ("circ", "ˆ"),
    ("clubs", "♣"),
    ("cong", "≅"),
    ("copy", "©"),
    ("crarr", "↵"),
    ("cup", "∪"),
    ("curren", "¤"),
    ("dArr", "⇓"),
    ("dagger", "†"),
    ("darr", "↓"),
    ("deg", "°"),
    ("delta", "δ"),
    ("diams", "♦"),
    ("divide", "÷"),
    ("eacute", "é"),
    ("ecirc", "ê"),
    ("egrave", "è"),
    ("empty", "∅"),
    ("emsp", "\u{2003}"),
    ("ensp", "\u{2002}"),
    ("epsilon", "ε"),
    ("equiv", "≡"),
    ("eta", "η"),
    ("eth", "ð"),
    ("euml", "ë"),
    ("euro", "€"),
    ("exist", "∃"),
    ("fnof", "ƒ"),
    ("forall", "∀"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("frasl", "⁄"),
    ("gamma", "γ"),
    ("ge", "≥"),
    ("gt", ">"),
    ("hArr", "⇔"),
    ("harr", "↔"),
    ("hearts", "♥"),
    ("hellip", "…"),
    ("iacute", "í"),
    ("icirc", "î"),
    ("iexcl", "¡"),
    ("igrave", "ì"),
    ("image", "ℑ"),
    ("infin", "∞"),
    ("int", "∫"),
    ("iota", "ι"),
    ("iquest", "¿"),
    ("isin", "∈"),
    ("iuml", "ï"),
    ("kappa", "κ"),
    ("lArr", "⇐"),
    ("lambda", "λ"),
    ("lang", "⟨"),
    ("laquo", "«"),
    ("larr", "←"),
    ("lceil", "⌈"),
    ("ldquo", "“"),
    ("le", "≤"),
    ("lfloor", "⌊"),
    ("lowast", "∗"),
    ("loz", "◊"),
    ("lrm", "\u{200E}"),
    ("lsaquo", "‹"),
    ("lsquo", "‘"),
    ("lt", "<"),
    ("macr", "¯"),
    ("mdash", "—"),
    ("micro", "µ"),
    ("middot", "·"),
    ("minus", "−"),
    ("mu", "μ"),
    ("nabla", "∇"),
    ("nbsp", "\u{A0}"),
    ("ndash", "–"),
    ("ne", "≠"),
    ("ni", "∋"),
    ("not", "¬"),
    ("notin", "∉"),
    ("nsub", "⊄"),
    ("ntilde", "ñ"),
    ("nu", "ν"),
    ("oacute", "ó"),
    ("ocirc", "ô"),
    ("oelig", "œ"),
    ("ograve", "ò"),
    ("oline", "‾"),
    ("omega", "ω"),
    ("omicron", "ο"),
    ("oplus", "⊕"),
    ("or", "∨"),
    ("ordf", "ª"),
    ("ordm", "º"),
    ("oslash", "ø"),
    ("otilde", "õ"),
    ("otimes", "⊗"),
    ("ouml", "ö"),
    ("para", "¶"),
    ("part", "∂"),
    ("permil", "‰"),
    ("perp", "⊥"),
    ("phi", "φ"),
    ("pi", "π"),
    ("piv", "ϖ"),
    ("plusmn", "±"),
    ("pound", "£"),
    ("prime", "′"),
    ("prod", "∏"),
    ("prop", "∝"),
    ("psi", "ψ"),
    ("quot", "\""),
    ("rArr", "⇒"),
    ("radic", "√"),
    ("rang", "⟩"),
    ("raquo", "»"),
    ("rarr", "→"),
    ("rceil", "⌉"),
    ("rdquo", "”"),
    ("real", "ℜ"),
    ("reg", "®"),
    ("rfloor", "⌋"),
    ("rho", "ρ"),
    ("rlm", "\u{200F}"),
    ("rsaquo", "›"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("scaron", "š"),
    ("sdot", "⋅"),
    ("sect", "§"),
    ("shy", "\u{AD}"),
    ("sigma", "σ"),
    ("sigmaf", "ς"),
    ("sim", "∼"),
    ("spades", "♠"),
    ("sub", "⊂"),
    ("sube", "⊆"),
    ("sum", "∑"),
    ("sup", "⊃"),
    ("sup1", "¹"),
    ("sup2", "²"),
    ("sup3", "³"),
    ("supe", "⊇"),
    ("szlig", "ß"),
    ("tau", "τ"),
    ("there4", "∴"),
    ("theta", "θ"),
    ("thetasym", "ϑ"),
    ("thinsp", "\u{2009}"),
    ("thorn", "þ"),
    ("tilde", "˜"),
    ("times", "×"),
    ("trade", "™"),
    ("uArr", "⇑"),
    ("uacute", "ú"),
    ("uarr", "↑"),
    ("ucirc", "û"),
    ("ugrave", "ù"),
    ("uml", "¨"),
    ("upsih", "ϒ"),
    ("upsilon", "υ"),
    ("uuml", "ü"),
    ("weierp", "℘"),
    ("xi", "ξ"),
    ("yacute", "ý"),
    ("yen", "¥"),
    ("yuml", "ÿ"),
    ("zeta", "ζ"),
    ("zwj", "\u{200D}"),
    ("zwnj", "\u{200C}"),
];

// ------------------------------------------------------------------------------------------
// Rendering

/// Whether a character is East Asian wide (CJK ideographs, kana, full-width forms, CJK
/// punctuation): a source line break between two of them is not shown.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD)
}

/// Pending collapsible whitespace.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Space {
    None,
    /// Spaces or tabs: one space.
    Blank,
    /// Contained a line break: removed between wide characters, else one space.
    Break,
}

/// Builds the output text line by line.
struct Sink {
    out: String,
    /// Start of the current line in `out`.
    line_start: usize,
    /// Whether the current line holds anything but its cell tab.
    line_has_content: bool,
    /// Whether the current line is a table cell line (starts with `\t`).
    cell_line: bool,
    pending: Space,
    last: Option<char>,
    /// Inside a Word list label: whitespace (its tab padding) is dropped.
    label: usize,
    /// Just after a list label: its last character (a space separates `1.` from a digit).
    after_label: Option<char>,
}

impl Sink {
    fn new(capacity: usize) -> Sink {
        Sink {
            out: String::with_capacity(capacity),
            line_start: 0,
            line_has_content: false,
            cell_line: false,
            pending: Space::None,
            last: None,
            label: 0,
            after_label: None,
        }
    }

    fn text(&mut self, s: &str, pre: bool, sup: bool) {
        for c in s.chars() {
            if pre {
                match c {
                    '\n' => self.newline(),
                    '\r' => {}
                    _ => self.push(c),
                }
                continue;
            }
            if self.label > 0 && c.is_whitespace() {
                continue;
            }
            match c {
                ' ' | '\t' | '\r' | '\u{0C}' | '\u{A0}' => self.pending = self.pending.max(Space::Blank),
                '\n' => self.pending = Space::Break,
                _ => {
                    if let Some(l) = self.after_label.take() {
                        self.pending =
                            if l.is_ascii() && c.is_ascii_digit() { Space::Blank } else { Space::None };
                    }
                    if self.line_has_content {
                        match self.pending {
                            Space::None => {}
                            Space::Break if self.last.is_some_and(is_wide) && is_wide(c) => {}
                            _ => self.out.push(' '),
                        }
                    }
                    self.pending = Space::None;
                    let c = if sup { superscript(c) } else { c };
                    self.push(c);
                }
            }
        }
    }

    fn push(&mut self, c: char) {
        if !self.line_has_content && c.is_whitespace() {
            return;
        }
        self.out.push(c);
        self.line_has_content = true;
        self.last = Some(c);
    }

    /// Ends the current line (even an empty one: `<br><br>` gives a blank line, at most one).
    fn newline(&mut self) {
        let content_end =
            self.out.trim_end_matches(|c: char| c.is_whitespace() && c != '\n' && c != '\t').len();
        let keep = content_end.max(self.line_start + usize::from(self.cell_line));
        self.out.truncate(keep.min(self.out.len()));
        if !self.line_has_content && !self.cell_line && (self.out.is_empty() || self.out.ends_with("\n\n")) {
            self.reset_line();
            return;
        }
        self.out.push('\n');
        self.line_start = self.out.len();
        self.reset_line();
    }

    fn reset_line(&mut self) {
        self.line_has_content = false;
        self.cell_line = false;
        self.pending = Space::None;
        self.last = None;
    }

    /// Starts a new line unless the current one is empty.
    fn block(&mut self) {
        if self.line_has_content {
            self.newline();
        }
        self.pending = Space::None;
    }

    fn blank_line(&mut self) {
        self.block();
        if self.cell_line {
            self.newline();
        }
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
            self.line_start = self.out.len();
        }
    }

    fn cell_start(&mut self) {
        self.block();
        if self.cell_line {
            self.newline();
        }
        self.out.push('\t');
        self.cell_line = true;
    }

    fn cell_end(&mut self) {
        if self.line_has_content || self.cell_line {
            self.newline();
        }
    }

    fn finish(mut self) -> String {
        self.block();
        let end = self.out.trim_end().len();
        self.out.truncate(end);
        self.out
    }
}

/// `<sup>2</sup>` → `²`: keeps `m²` and `10⁴` readable and their digits apart from the number.
fn superscript(c: char) -> char {
    match c {
        '0' => '⁰',
        '1' => '¹',
        '2' => '²',
        '3' => '³',
        '4'..='9' => char::from_u32(0x2070 + c as u32 - '0' as u32).unwrap_or(c),
        _ => c,
    }
}

/// Per-node facts computed bottom-up before rendering.
#[derive(Clone, Copy, Default)]
struct Facts {
    /// Non-whitespace characters of text below.
    chars: usize,
    /// Sentence ends (。！？) below.
    sentences: usize,
    /// A table strictly below.
    has_table: bool,
    /// Cells that are direct children (rows; tables without rows).
    cells: usize,
    /// Largest number of cells in one row (sections, tables).
    max_cells: usize,
    /// Largest cell in characters (rows, sections, tables).
    max_cell_chars: usize,
}

fn facts(dom: &Dom) -> Vec<Facts> {
    let n = dom.nodes.len();
    let mut parent = vec![NONE; n];
    for (id, node) in dom.nodes.iter().enumerate() {
        let mut c = node.first_child;
        while c != NONE {
            parent[c] = id;
            c = dom.nodes[c].next;
        }
    }
    let mut facts = vec![Facts::default(); n];
    // A node's descendants have larger ids: a reverse sweep completes children first.
    for id in (1..n).rev() {
        let tag = match dom.nodes[id].kind {
            Kind::Text(s, e) => {
                let t = &dom.text[s..e];
                facts[id].chars = t.chars().filter(|c| !c.is_whitespace()).count();
                facts[id].sentences = t.chars().filter(|c| matches!(c, '。' | '！' | '？')).count();
                None
            }
            Kind::Element { tag, .. } => Some(tag),
            Kind::Root => None,
        };
        let mut f = facts[id];
        if matches!(tag, Some(Tag::Tr | Tag::Section | Tag::Table)) {
            f.max_cells = f.max_cells.max(f.cells);
            facts[id].max_cells = f.max_cells;
        }
        let Some(pf) = parent.get(id).and_then(|&p| facts.get_mut(p)) else { continue };
        pf.chars += f.chars;
        pf.sentences += f.sentences;
        pf.has_table |= f.has_table || tag == Some(Tag::Table);
        match tag {
            Some(Tag::Td) => {
                pf.cells += 1;
                pf.max_cell_chars = pf.max_cell_chars.max(f.chars);
            }
            Some(Tag::Tr | Tag::Section) => {
                pf.max_cells = pf.max_cells.max(f.max_cells);
                pf.max_cell_chars = pf.max_cell_chars.max(f.max_cell_chars);
            }
            _ => {}
        }
    }
    if n > 0 {
        let (chars, sentences) = (1..n)
            .filter(|&id| parent[id] == 0)
            .fold((0, 0), |(c, s), id| (c + facts[id].chars, s + facts[id].sentences));
        facts[0].chars = chars;
        facts[0].sentences = sentences;
    }
    facts
}

/// A chrome candidate that reads like report text is kept: at least this many sentences and
/// either more than this share of the page's text, or many sentences and characters (an
/// unclosed `<nav>` that swallowed the page, a hidden print copy that *is* the page).
const REPORT_MIN_SENTENCES: usize = 3;
const REPORT_SHARE: f64 = 0.4;
const REPORT_SENTENCES: usize = 10;
const REPORT_CHARS: usize = 500;
/// `<sup>` content up to this many characters becomes superscript digits (`m²`, `10⁴`).
const SUP_MAX_CHARS: usize = 3;
/// A table cell with more characters than this makes the table a layout table.
const LAYOUT_CELL_CHARS: usize = 1500;

fn render(dom: &Dom, warnings: &mut Vec<String>) -> (String, Vec<Heading>) {
    let facts = facts(dom);
    let total = facts[0].chars.max(1);
    let mut sink = Sink::new(dom.text.len() + dom.text.len() / 8);
    let mut headings = Vec::new();

    /// What to do when leaving an element.
    enum Exit {
        Nothing,
        Block,
        Heading(u8, usize),
        Cell,
        Row,
        DataTable,
        Pre,
        Sup,
        Main,
        Label,
    }
    struct Frame {
        next_child: usize,
        exit: Exit,
        data_table: bool,
    }
    let mut pre = 0usize;
    let mut sup = 0usize;
    let mut main_depth = 0usize;
    let mut kept_chrome = 0usize;
    // Frames of open elements; `data_table` tells cells and rows how to render.
    let mut stack: Vec<Frame> =
        vec![Frame { next_child: dom.nodes[0].first_child, exit: Exit::Nothing, data_table: false }];
    while let Some(top) = stack.last_mut() {
        let id = top.next_child;
        if id == NONE {
            let frame = stack.pop().expect("non-empty");
            match frame.exit {
                Exit::Nothing => {}
                Exit::Block => sink.block(),
                Exit::Heading(level, start) => {
                    let end = sink.out.trim_end().len().max(start);
                    if end > start && sink.out.is_char_boundary(start) {
                        headings.push(Heading { level, start, end });
                    }
                    sink.block();
                }
                Exit::Cell => sink.cell_end(),
                Exit::Row => {
                    sink.block();
                    sink.blank_line();
                }
                Exit::DataTable => sink.blank_line(),
                Exit::Pre => {
                    pre -= 1;
                    sink.block();
                }
                Exit::Sup => sup -= 1,
                Exit::Label => {
                    sink.label -= 1;
                    if sink.label == 0 {
                        sink.after_label = sink.last;
                        sink.pending = Space::None;
                    }
                }
                Exit::Main => {
                    main_depth -= 1;
                    sink.block();
                }
            }
            continue;
        }
        top.next_child = dom.nodes[id].next;
        let in_data_table = top.data_table;
        let node = &dom.nodes[id];
        let (tag, hidden, chrome_attr, presentation) = match node.kind {
            Kind::Text(s, e) => {
                sink.text(&dom.text[s..e], pre > 0, sup > 0);
                continue;
            }
            Kind::Root => continue,
            Kind::Element { tag, hidden, chrome, presentation, label, .. } => {
                if label {
                    sink.label += 1;
                    stack.push(Frame {
                        next_child: node.first_child,
                        exit: Exit::Label,
                        data_table: in_data_table,
                    });
                    continue;
                }
                (tag, hidden, chrome, presentation)
            }
        };
        let f = facts[id];
        if matches!(tag, Tag::Drop | Tag::Head | Tag::Title | Tag::Select | Tag::Option | Tag::Rt) {
            continue;
        }
        let chrome =
            hidden || chrome_attr || tag == Tag::Chrome || (tag == Tag::HeaderFooter && main_depth == 0);
        if chrome {
            let report_like = f.sentences >= REPORT_MIN_SENTENCES
                && (f.chars as f64 > REPORT_SHARE * total as f64
                    || (f.sentences >= REPORT_SENTENCES && f.chars >= REPORT_CHARS));
            if !report_like {
                continue;
            }
            kept_chrome += f.chars;
        }
        let mut exit = if tag.is_block() { Exit::Block } else { Exit::Nothing };
        let mut data_table = in_data_table;
        match tag {
            Tag::Br => {
                sink.newline();
                continue;
            }
            Tag::Hr => {
                sink.block();
                continue;
            }
            Tag::H(level) => {
                sink.block();
                exit = Exit::Heading(level, sink.out.len());
            }
            Tag::Pre => {
                sink.block();
                pre += 1;
                exit = Exit::Pre;
            }
            Tag::Sup if f.chars <= SUP_MAX_CHARS => {
                sup += 1;
                exit = Exit::Sup;
            }
            Tag::Main => {
                main_depth += 1;
                sink.block();
                exit = Exit::Main;
            }
            Tag::Table => {
                let layout =
                    presentation || f.has_table || f.max_cells <= 1 || f.max_cell_chars > LAYOUT_CELL_CHARS;
                data_table = !layout;
                if data_table {
                    sink.blank_line();
                    exit = Exit::DataTable;
                } else {
                    sink.block();
                }
            }
            Tag::Tr if in_data_table => {
                sink.block();
                exit = Exit::Row;
            }
            Tag::Td if in_data_table => {
                sink.cell_start();
                exit = Exit::Cell;
            }
            _ => {
                if tag.is_block() {
                    sink.block();
                }
            }
        }
        stack.push(Frame { next_child: node.first_child, exit, data_table });
    }
    if kept_chrome > 0 {
        warnings.push(format!(
            "kept {kept_chrome} characters in page navigation/header/footer markup because they read like report text"
        ));
    }
    (sink.finish(), headings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_headings_and_entities() {
        let html = "<!DOCTYPE html><html><head><title>报告</title><style>p{color:red}</style>\
                    <script>var a = '<p>x</p>';</script></head><body>\
                    <h1>2024年政府工作报告</h1><p>&nbsp;&nbsp;各位代表：</p>\
                    <p>地区生产总值增长5.2%&#65292;达到&ldquo;1.2万亿元&rdquo;&amp;更多</p></body></html>";
        let e = extract(html);
        assert_eq!(e.text, "2024年政府工作报告\n各位代表：\n地区生产总值增长5.2%，达到“1.2万亿元”&更多");
        assert_eq!(e.headings, vec![Heading { level: 1, start: 0, end: "2024年政府工作报告".len() }]);
    }

    #[test]
    fn chrome_is_dropped() {
        let html = "<body><header><a>首页</a><a>政务公开</a></header><nav><ul><li>新闻</li></ul></nav>\
                    <div class=\"breadcrumb\">当前位置：首页 &gt; 政府工作报告</div>\
                    <article><header><h1>工作报告</h1></header><p>正文。</p></article>\
                    <aside>相关链接</aside><footer>版权所有 ICP备</footer></body>";
        assert_eq!(to_text(html), "工作报告\n正文。");
    }

    #[test]
    fn unclosed_nav_does_not_swallow_the_report() {
        let body: String =
            (0..20).map(|i| format!("<p>第{i}项工作取得进展，完成投资{i}亿元。</p>")).collect();
        let html = format!("<nav><a>首页</a>{body}");
        let e = extract(&html);
        assert!(e.text.contains("第19项工作取得进展，完成投资19亿元。"), "{}", e.text);
        assert_eq!(e.warnings.len(), 1);
    }

    #[test]
    fn br_and_inline_markup() {
        let html =
            "<p>一、总体情况<br>全年<b>增长</b><span>5</span><span>.2</span>%</p><p>万m<sup>2</sup></p>";
        assert_eq!(to_text(html), "一、总体情况\n全年增长5.2%\n万m²");
    }

    #[test]
    fn whitespace_collapses_and_cjk_line_breaks_vanish() {
        let html = "<p>地区生产\n    总值增长  5%,\n  growth\n rate</p>";
        assert_eq!(to_text(html), "地区生产总值增长 5%, growth rate");
    }

    #[test]
    fn data_table_is_flattened_like_the_plain_text_reports() {
        let html = "<p>（共2项）</p><table><tr><th>序号</th><th>任务</th></tr>\
                    <tr><td>1</td><td><p>增长6%</p><p>第二段</p></td></tr><tr><td></td><td>x</td></tr></table><p>注：</p>";
        assert_eq!(to_text(html), "（共2项）\n\n\t序号\n\t任务\n\n\t1\n\t增长6%\n第二段\n\n\t\n\tx\n\n注：");
    }

    #[test]
    fn layout_tables_render_as_blocks() {
        let html = "<table><tr><td><table><tr><td>菜单</td></tr></table></td><td><p>正文一</p><p>正文二</p></td></tr></table>";
        assert_eq!(to_text(html), "菜单\n正文一\n正文二");
        let one_col = "<table><tr><td>标题</td></tr><tr><td>正文</td></tr></table>";
        assert_eq!(to_text(one_col), "标题\n正文");
    }

    #[test]
    fn implied_end_tags() {
        let html =
            "<ul><li>一<li>二</ul><p>段一<p>段二<div>块</div><table><tr><td>a<td>b<tr><td>c<td>d</table>";
        assert_eq!(to_text(html), "一\n二\n段一\n段二\n块\n\n\ta\n\tb\n\n\tc\n\td");
    }

    #[test]
    fn word_html_keeps_list_numbers() {
        let html = "<p class=MsoListParagraph><![if !supportLists]><span style='mso-list:Ignore'>一、<span style='font:7.0pt'>&nbsp;</span></span><![endif]>总体要求<o:p></o:p></p>\
                    <!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->";
        assert_eq!(to_text(html), "一、总体要求");
        let digit = "<p><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp; </span></span>2023年</p>";
        assert_eq!(to_text(digit), "1. 2023年");
    }

    #[test]
    fn entities_edge_cases() {
        assert_eq!(decode_entities("&amp;&lt;&gt;&quot;&apos;&nbsp"), "&<>\"'\u{A0}");
        assert_eq!(
            decode_entities("&#0;&#x110000;&#99999999999999;&#128;&#x4E00;"),
            "\u{FFFD}\u{FFFD}\u{FFFD}€一"
        );
        assert_eq!(decode_entities("&unknown; & &copy2024 &#; &#x;"), "&unknown; & ©2024 &#; &#x;");
        assert_eq!(decode_entities("&ampxyz;"), "&xyz;");
    }

    #[test]
    fn broken_markup_never_loses_text() {
        for html in [
            "<p>a<b>b</p>c",
            "</div></div>文本",
            "<p>x</td></tr>y",
            "a < b 和 c<d",
            "<p a='unterminated>文本",
            "<<p>>文本<",
        ] {
            let t = to_text(html);
            let _ = t;
        }
        assert_eq!(to_text("a < b"), "a < b");
        assert_eq!(to_text("</div></div>文本"), "文本");
        assert_eq!(to_text("<p>x</td></tr>y"), "xy");
    }

    #[test]
    fn clipboard_html() {
        let html = "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000200\r\n<html><body><!--StartFragment--><p>增长5%</p><!--EndFragment--></body></html>";
        assert!(looks_like_html(html));
        assert_eq!(to_text(html), "增长5%");
        let chrome = "<meta charset='utf-8'><p style=\"margin:0\">一、总体</p><p>增长5%</p>";
        assert!(looks_like_html(chrome));
        assert_eq!(to_text(chrome), "一、总体\n增长5%");
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_html("\u{FEFF}  <!DOCTYPE html><p>"));
        assert!(looks_like_html("<?xml version=\"1.0\"?><html xmlns=\"x\">"));
        assert!(!looks_like_html("一、总体情况 <p> 是一个标签"));
        assert!(has_tags("一、总体情况 <p> 是一个标签"));
        assert!(!has_tags("a < b 和 c <5"));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(200_000) + "文本" + &"</div>".repeat(200_000);
        assert_eq!(to_text(&html), "文本");
        let spans = "<span>".repeat(200_000) + "文本";
        assert_eq!(to_text(&spans), "文本");
    }
}
