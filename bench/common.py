"""Shared pieces of the comparison harness: documents, sentence split, offsets, gold matching.

Standard library only, so the harness and its smoke test run without any peer installed.

The gold rules are the project's (tests/fixtures/gold/GUIDE.md) and are the same as those of
the independent scorer kept outside the repository: a gold window runs from the first
occurrence of its start_marker to the end of the first end_marker after it; each mention is the
next occurrence of its text in the window after the previous mention; a prediction is counted
only if its span overlaps a window; spans are matched one to one, identical spans first, then
the largest overlaps greedily; strict = identical span, lenient = any overlap; values are equal
within 1e-9 relative.
"""
import json
import math
import re
from pathlib import Path

# ------------------------------------------------------------------ documents


def read_document(path):
    """Decoded text of a document: UTF-8 (a BOM dropped), else GB18030. Newlines kept as is."""
    raw = Path(path).read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


# Every peer gets the same input: the document cut after each of these characters (the
# delimiter stays with its sentence) and after every line break; pieces that are only
# whitespace are dropped. Sentences are exact substrings, so their offsets map back.
SENTENCE_END = re.compile(r"(?<=[。！？；!?;\n])")


def split_sentences(text):
    """[(code-point offset of the sentence in text, sentence)] in order."""
    out, pos = [], 0
    for piece in SENTENCE_END.split(text):
        if piece.strip():
            out.append((pos, piece))
        pos += len(piece)
    return out


# ------------------------------------------------------------------ offsets


class ByteOffsets:
    """Code-point offsets of a text to UTF-8 byte offsets and back."""

    def __init__(self, text):
        self.byte_at = [0]
        for ch in text:
            self.byte_at.append(self.byte_at[-1] + len(ch.encode("utf-8")))
        self._char_at = None

    @property
    def chars(self):
        return len(self.byte_at) - 1

    @property
    def bytes(self):
        return self.byte_at[-1]

    def span(self, start, end):
        return self.byte_at[start], self.byte_at[end]

    def char_of_byte(self, b):
        """Code-point offset of a byte offset that starts a character, else None."""
        if self._char_at is None:
            self._char_at = {b: i for i, b in enumerate(self.byte_at)}
        return self._char_at.get(b)


def utf16_to_cp_table(text):
    """List t with t[u] = code-point offset of UTF-16 offset u (len(text in UTF-16)+1 entries)."""
    table = []
    for i, ch in enumerate(text):
        table.append(i)
        if ord(ch) > 0xFFFF:
            table.append(i + 1)  # the low surrogate: an offset inside a character, rounded up
    table.append(len(text))
    return table


def align_map(original, transformed):
    """Map offsets in `transformed` (a rewrite of `original`) back to `original`.

    Returns (start_of, end_of): start_of(i) is where transformed char i starts in the original,
    end_of(j) where the transformed span ending at j ends. Rewritten blocks (e.g. 百分之六点五 ->
    6.5%) map to the whole original block. difflib is used on the characters.
    """
    import difflib

    n = len(transformed)
    starts = [0] * (n + 1)
    ends = [0] * (n + 1)
    matcher = difflib.SequenceMatcher(None, original, transformed, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(j2 - j1):
                starts[j1 + k] = i1 + k
                ends[j1 + k + 1] = i1 + k + 1
        else:  # replace or insert: every char of the new block maps to the whole old block
            for j in range(j1, j2):
                starts[j] = i1
                ends[j + 1] = i2
        if j1 == j2 == 0:
            ends[0] = i1
    starts[n] = len(original)
    return (lambda i: starts[i]), (lambda j: ends[j])


# ------------------------------------------------------------------ gold


def locate_gold(text, gold):
    """Code-point spans of the gold windows and of their mentions, and the gold errors found."""
    windows, errors = [], []
    for number, window in enumerate(gold.get("windows", []), 1):
        start_marker, end_marker = window.get("start_marker", ""), window.get("end_marker", "")
        start = text.find(start_marker) if start_marker else -1
        if start < 0:
            errors.append(f"window {number}: start_marker {start_marker!r} not found")
            continue
        end = text.find(end_marker, start) if end_marker else -1
        if end < 0:
            errors.append(f"window {number}: end_marker {end_marker!r} not found after its start")
            continue
        end += len(end_marker)
        mentions, cursor = [], start
        for mention in window.get("mentions", []):
            found = text.find(mention["text"], cursor, end) if mention.get("text") else -1
            if found < 0:
                errors.append(f"window {number}: mention {mention.get('text')!r} not found")
                continue
            cursor = found + len(mention["text"])
            mentions.append(((found, cursor), mention))
        windows.append(((start, end), mentions))
    return windows, errors


def load_fixtures(docs_dir, gold_dir):
    """[{stem, path, text, gold, windows}] for every gold file whose document exists."""
    fixtures = []
    for gold_file in sorted(Path(gold_dir).glob("*.gold.json")):
        stem = gold_file.name[: -len(".gold.json")]
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        path = Path(docs_dir, gold.get("doc") or stem + ".txt")
        text = read_document(path)
        windows, errors = locate_gold(text, gold)
        if errors:
            raise ValueError(f"{stem}: gold errors: {errors}")
        fixtures.append({"stem": stem, "path": path, "text": text, "gold": gold, "windows": windows})
    return fixtures


# ------------------------------------------------------------------ matching and metrics


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(gold_spans, pred_spans):
    """One-to-one: identical spans first, then the largest overlaps greedily. [(gi, pj, exact)]."""
    pairs, gold_used, pred_used = [], set(), set()
    pred_by_span = {}
    for j, span in enumerate(pred_spans):
        pred_by_span.setdefault(span, []).append(j)
    for i, span in enumerate(gold_spans):
        if pred_by_span.get(span):
            j = pred_by_span[span].pop(0)
            pairs.append((i, j, True))
            gold_used.add(i)
            pred_used.add(j)
    candidates = sorted(
        (-overlap(g, p), i, j)
        for i, g in enumerate(gold_spans) if i not in gold_used
        for j, p in enumerate(pred_spans) if j not in pred_used and overlap(g, p) > 0)
    for _, i, j in candidates:
        if i not in gold_used and j not in pred_used:
            pairs.append((i, j, False))
            gold_used.add(i)
            pred_used.add(j)
    return pairs


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def same_value(pred, gold):
    """The scorer's rule: numbers equal within 1e-9 relative; null equals null only."""
    if gold is None or pred is None:
        return pred is None and gold is None
    try:
        return is_number(pred) and math.isclose(pred, gold, rel_tol=1e-9)
    except OverflowError:
        return False


# Magnitude words a unit may start with; a peer that resolves 1635亿元 to 163500000000 (yuan)
# is right in its own convention, so the scale-insensitive value check accepts it too.
MAGNITUDES = [("万亿", 1e12), ("千亿", 1e11), ("百亿", 1e10), ("亿", 1e8), ("千万", 1e7),
              ("百万", 1e6), ("十万", 1e5), ("万", 1e4), ("千", 1e3)]


def value_scales(unit):
    scales = [1.0]
    if isinstance(unit, str):
        for word, scale in MAGNITUDES:
            if unit.startswith(word):
                scales.append(scale)
                break
        if unit in ("%", "％"):
            scales.append(0.01)
        if unit == "成":
            scales.append(0.1)
    return scales


def same_value_any_scale(pred, gold_mention):
    gold = gold_mention.get("value")
    if gold is None or pred is None:
        return pred is None and gold is None
    return any(same_value(pred, gold * s) for s in value_scales(gold_mention.get("unit")))


FIELDS = ("unit", "name", "role", "status", "qualifier", "year", "masked")


def nfkc(s):
    import unicodedata
    return unicodedata.normalize("NFKC", s)


def same_scalar(pred, gold):
    """The scorer's rule for strings and integers (NFKC, trimmed; null or "" equals null)."""
    blank = lambda x: None if isinstance(x, str) and not x.strip() else x  # noqa: E731
    pred, gold = blank(pred), blank(gold)
    if gold is None or pred is None:
        return pred is None and gold is None
    if isinstance(gold, bool):
        return pred is gold
    if is_number(gold):
        return is_number(pred) and int(pred) == pred and int(pred) == int(gold)
    return isinstance(pred, str) and nfkc(pred).strip() == nfkc(gold).strip()


def score_doc(windows, preds, text, unmasked_only=False):
    """Counts for one document.

    windows: from locate_gold (code points). preds: [{"start","end"} in UTF-8 bytes, value, ...].
    unmasked_only: drop the gold mentions with masked digits and any prediction that overlaps
    one (the fixtures are anonymised with * digits, which no peer is built for).
    """
    bo = ByteOffsets(text)
    window_spans = [bo.span(*span) for span, _ in windows]
    golds = [(bo.span(*span), m) for _, ms in windows for span, m in ms]
    if unmasked_only:
        masked_spans = [s for s, m in golds if m.get("masked")]
        golds = [(s, m) for s, m in golds if not m.get("masked")]
    in_window = []
    for p in preds:
        span = (p["start"], p["end"])
        if not (0 <= span[0] < span[1] <= bo.bytes):
            continue
        if not any(overlap(span, w) for w in window_spans):
            continue
        if unmasked_only and any(overlap(span, s) for s in masked_spans):
            continue
        in_window.append((span, p))
    counts = {"gold": len(golds), "pred": len(in_window), "matched": 0, "exact": 0,
              "value_ok": 0, "value_any_ok": 0, "name_ok": 0}
    counts.update({f + "_ok": 0 for f in FIELDS})
    pairs = []
    for i, j, exact in match_spans([s for s, _ in golds], [s for s, _ in in_window]):
        gold, pred = golds[i][1], in_window[j][1]
        counts["matched"] += 1
        counts["exact"] += exact
        counts["value_ok"] += same_value(pred.get("value"), gold.get("value"))
        counts["value_any_ok"] += same_value_any_scale(pred.get("value"), gold)
        for f in FIELDS:
            if f in pred and f != "name":
                counts[f + "_ok"] += same_scalar(pred[f], gold.get(f))
        if isinstance(pred.get("name"), str) and isinstance(gold.get("name"), str):
            norm = lambda s: "".join(c for c in nfkc(s) if not c.isspace() and c not in "\"'“”‘’「」『』")  # noqa: E731
            counts["name_ok"] += norm(pred["name"]) == norm(gold["name"])
        pairs.append((golds[i], in_window[j], exact))
    matched_gold = {id(g[1]) for g, _, _ in pairs}
    matched_pred = {id(p[1]) for _, p, _ in pairs}
    missed = [g for g in golds if id(g[1]) not in matched_gold]
    spurious = [p for p in in_window if id(p[1]) not in matched_pred]
    return counts, pairs, missed, spurious


def add_counts(total, part):
    for k, v in part.items():
        total[k] = total.get(k, 0) + v


def ratio(a, b):
    return a / b if b else 0.0


def prf(hits, predicted, gold):
    p, r = ratio(hits, predicted), ratio(hits, gold)
    return p, r, ratio(2 * p * r, p + r)


def metrics(c):
    m = {}
    m["p"], m["r"], m["f1"] = prf(c["exact"], c["pred"], c["gold"])
    m["p_len"], m["r_len"], m["f1_len"] = prf(c["matched"], c["pred"], c["gold"])
    m["value_acc"] = ratio(c["value_ok"], c["matched"])
    m["value_any_acc"] = ratio(c["value_any_ok"], c["matched"])
    for f in FIELDS:
        m[f + "_acc"] = ratio(c[f + "_ok"], c["matched"])
    return m
