#!/usr/bin/env python3
"""Run one Python peer over a list of sentences and time it.

Usage: peer_py.py PEER IN.json OUT.json
  PEER: regex | cn2an | chinese2digits | jionlp | recognizers
  IN.json: {"inputs": [sentence, ...], "warmup": "a sentence", "keep": true|false}
  OUT.json: {"peer", "version", "init_s", "run_s", "chars", "mentions", "results"}

init_s covers the import of the peer, the construction of its models and one call on the warm-up
sentence (several peers build caches lazily on their first call). run_s covers the peer's own
work on every input, nothing of this script's I/O. Each result is a list per input of
{"start", "end", "value", "unit", "type"}: code-point offsets into that input, end exclusive.

The regex peer needs only the standard library, so the smoke test can run it anywhere.
"""
import json
import re
import sys
import time
import warnings

# ------------------------------------------------------------------ the plain regex baseline

# An Arabic number (thousands commas, decimals), an optional 余/多, then a unit from a list of
# the units that government reports use, with an optional magnitude (万, 亿 ...). Bare numbers
# (years, dates, labels) are not taken: what a person writing a quick script would do.
BASE_UNITS = sorted(set("""
元 美元 欧元 人民币 人次 万人次 人 户 家 个 项 亩 公顷 平方米 平方公里 公里 千米 米 吨 标准煤 千瓦时 千瓦 兆瓦
瓦 度 套 件 辆 台 座 所 张 间 床 次 条 篇 场 场次 批 批次 宗 株 棵 头 只 倍 名 位 册 斤 公斤 立方米 处 栋 幢
片 轮 剂 份 届 微克/立方米 个百分点 % ％ ‰ 成 起 例 人次 平方公里 千公顷 标箱 万标箱 吨标准煤 辆次 架次 艘
""".split()), key=lambda u: (-len(u), u))
MAGNITUDE = "(?:万亿|千亿|百亿|亿|千万|百万|十万|万|千|百)"
UNIT = f"(?:{MAGNITUDE}?(?:{'|'.join(re.escape(u) for u in BASE_UNITS)})|{MAGNITUDE})"
NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
QUANTITY = re.compile(f"({NUMBER})((?:余|多)?)({UNIT})")
UNIT_AT = re.compile(f"(?:余|多)?({UNIT})")


def regex_extract(sentence):
    out = []
    for m in QUANTITY.finditer(sentence):
        out.append({"start": m.start(), "end": m.end(), "value": float(m.group(1).replace(",", "")),
                    "unit": m.group(3), "type": "quantity"})
    return out


# ------------------------------------------------------------------ peers


class Regex:
    name = "regex"

    def __init__(self):
        self.version = "Python re " + sys.version.split()[0]

    def run(self, sentence):
        return regex_extract(sentence)


class Cn2an:
    """cn2an.transform(text, "cn2an") rewrites Chinese numerals as Arabic ones (百分之六点五 ->
    6.5%, 二百 -> 200); the baseline regex then finds the quantities in the rewritten text. Spans
    are mapped back to the original by character alignment (not timed: scoring only)."""
    name = "cn2an"

    def __init__(self):
        import cn2an
        from importlib.metadata import version
        self.cn2an = cn2an
        self.version = "cn2an " + version("cn2an")
        warnings.simplefilter("ignore")  # transform warns on every numeral it cannot parse

    def run(self, sentence):
        transformed = self.cn2an.transform(sentence, "cn2an")
        return (transformed, regex_extract(transformed))

    @staticmethod
    def to_original(sentence, raw):
        transformed, found = raw
        if transformed == sentence:
            return found
        from common import align_map
        start_of, end_of = align_map(sentence, transformed)
        out = []
        for f in found:
            f = dict(f, start=start_of(f["start"]), end=end_of(f["end"]))
            if f["start"] < f["end"]:
                out.append(f)
        return out


class Chinese2digits:
    """chinese2digits.takeNumberFromString finds every number, Chinese or Arabic, in order, with
    its value (百分之六点五 -> 0.065, 1635亿 -> 163500000000). Each is located in the sentence in
    order and kept when a unit of the baseline list follows it (or it is a percentage)."""
    name = "chinese2digits"

    def __init__(self):
        import chinese2digits
        from importlib.metadata import version
        self.c2d = chinese2digits
        self.version = "chinese2digits " + version("chinese2digits")

    def run(self, sentence):
        r = self.c2d.takeNumberFromString(sentence)
        out, cursor = [], 0
        for found, digits in zip(r["CHNumberStringList"], r["digitsStringList"]):
            at = sentence.find(found, cursor)
            if at < 0:
                continue
            end = at + len(found)
            cursor = end
            percent = "%" in found or "百分之" in found or "％" in found
            m = UNIT_AT.match(sentence, end)
            if m and not percent:
                end = m.end()
            elif not percent:
                continue
            try:
                value = float(digits)
            except ValueError:
                value = None
            # a percentage comes as a fraction (5.5% -> 0.055): no unit to report
            out.append({"start": at, "end": end, "value": value,
                        "unit": None if percent else m.group(1), "type": "number"})
        return out


class JioNLP:
    """jionlp.ner.extract_money(with_parsing=True): money amounts only, value in yuan. JioNLP has
    no general number or percentage extractor (checked in dir(jionlp) and jionlp.ner)."""
    name = "jionlp"

    def __init__(self):
        import contextlib
        import io
        with contextlib.redirect_stdout(io.StringIO()):  # it prints a banner on import
            import jionlp
        self.jio = jionlp
        self.version = "jionlp " + jionlp.__version__

    def run(self, sentence):
        out = []
        for m in self.jio.ner.extract_money(sentence, with_parsing=True):
            num = (m.get("detail") or {}).get("num")
            if isinstance(num, list):
                num = num[0] if num else None
            try:
                value = float(num)
            except (TypeError, ValueError):
                value = None
            out.append({"start": m["offset"][0], "end": m["offset"][1], "value": value,
                        "unit": (m.get("detail") or {}).get("case"), "type": "money"})
        return out


class JioCleanText:
    """jionlp.clean_text, for its speed only: a preprocessing step, it extracts nothing."""
    name = "jionlp_clean_text"

    def __init__(self):
        import contextlib
        import io
        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp
        self.jio = jionlp
        self.version = "jionlp " + jionlp.__version__

    def run(self, sentence):
        self.jio.clean_text(sentence)
        return []


# Model order is the merge priority: a span already taken by a model earlier in the list wins
# over an overlapping one from a later model (1635亿元 currency beats the number 1635亿).
RECOGNIZER_MODELS = ("currency", "dimension", "percentage", "ordinal", "number")


class Recognizers:
    """Microsoft Recognizers-Text for zh-cn: currency and dimension (number-with-unit),
    percentage, ordinal and number models, merged by that priority. The number model alone
    gives unit-less numbers (13000 of 13000次): lenient matches, not strict ones."""
    name = "recognizers"

    def __init__(self):
        from importlib.metadata import version
        from recognizers_number import NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_text import Culture
        n, u = NumberRecognizer(Culture.Chinese), NumberWithUnitRecognizer(Culture.Chinese)
        models = {"currency": u.get_currency_model(), "dimension": u.get_dimension_model(),
                  "percentage": n.get_percentage_model(), "ordinal": n.get_ordinal_model(),
                  "number": n.get_number_model()}
        self.models = [(k, models[k]) for k in RECOGNIZER_MODELS]
        self.version = "recognizers-text-suite " + version("recognizers-text-suite")

    def run(self, sentence):
        raw = []
        for kind, model in self.models:
            for r in model.parse(sentence):
                raw.append({"start": r.start, "end": r.end + 1,  # its end is inclusive
                            "resolution": r.resolution, "type": kind})
        return merge_recognizers(raw)


def recognizer_value(resolution):
    v = (resolution or {}).get("value")
    if isinstance(v, str):
        v = v.strip().rstrip("%")
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def merge_recognizers(raw):
    """Keep results by model priority, dropping any that overlaps one already kept."""
    kept = []
    for r in raw:  # already in priority order
        if any(r["start"] < k["end"] and k["start"] < r["end"] for k in kept):
            continue
        kept.append(r)
    kept.sort(key=lambda r: r["start"])
    return [{"start": r["start"], "end": r["end"], "value": recognizer_value(r["resolution"]),
             "unit": (r["resolution"] or {}).get("unit"), "type": r["type"]} for r in kept]


PEERS = {p.name: p for p in (Regex, Cn2an, Chinese2digits, JioNLP, JioCleanText, Recognizers)}


def main(argv):
    name, in_path, out_path = argv[1:4]
    with open(in_path, encoding="utf-8") as f:
        job = json.load(f)
    inputs, keep = job["inputs"], job.get("keep", True)
    started = time.perf_counter()
    peer = PEERS[name]()
    peer.run(job.get("warmup") or "全年实现地区生产总值1635亿元，增长百分之六点五。")
    init_s = time.perf_counter() - started

    raws = [None] * len(inputs)
    run = peer.run
    started = time.perf_counter()
    for i, sentence in enumerate(inputs):
        raws[i] = run(sentence)
    run_s = time.perf_counter() - started

    results, mentions = [], 0
    to_original = getattr(peer, "to_original", None)
    for sentence, raw in zip(inputs, raws):
        found = to_original(sentence, raw) if to_original else raw
        mentions += len(found)
        if keep:
            results.append(found)
    out = {"peer": name, "version": peer.version, "init_s": init_s, "run_s": run_s,
           "chars": sum(len(s) for s in inputs), "bytes": sum(len(s.encode()) for s in inputs),
           "mentions": mentions, "results": results if keep else None}
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False)


if __name__ == "__main__":
    sys.path.insert(0, __import__("os").path.dirname(__file__))
    main(sys.argv)
