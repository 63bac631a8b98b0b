#!/usr/bin/env python3
"""Quick check of the comparison harness on one short input (seconds, no network).

  python3 bench/smoke.py        (or bench/smoke.sh, which prefers bench/.venv's Python)

The harness itself (sentence split, offset mapping, gold matching, the regex baseline, the
whole bench.py pipeline down to the Markdown) is always checked. Each peer, and reportlens
native and wasm, is run on the short input only if it is installed or built; otherwise that test
is skipped and says why. Not part of CI's test run.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench  # noqa: E402
import common  # noqa: E402

# One short report: a rank, a Chinese-numeral percentage, masked digits, a character outside
# the BMP (its UTF-16 offsets differ from code points), a year that is not a mention.
DOC = ("一、2023年工作回顾\n"
       "全年实现地区生产总值1635亿元、增长5.5%，增速全市第一。"
       "𠀀新增高新技术企业200家，研发投入占比提高到百分之六点五。\n"
       "一般公共预算收入***亿元，下降*.*%。\n")
GOLD = {
    "doc": "short.txt",
    "windows": [{
        "start_marker": "全年实现地区生产总值",
        "end_marker": "下降*.*%。",
        "mentions": [
            {"text": "1635亿元", "value": 1635, "unit": "亿元", "masked": False},
            {"text": "5.5%", "value": 5.5, "unit": "%", "masked": False},
            {"text": "第一", "value": 1, "unit": "rank", "masked": False},
            {"text": "200家", "value": 200, "unit": "家", "masked": False},
            {"text": "百分之六点五", "value": 6.5, "unit": "%", "masked": False},
            {"text": "***亿元", "value": None, "unit": "亿元", "masked": True},
            {"text": "*.*%", "value": None, "unit": "%", "masked": True},
        ],
    }],
}


def make_fixture(tmp):
    docs, gold = Path(tmp, "docs"), Path(tmp, "gold")
    docs.mkdir()
    gold.mkdir()
    Path(docs, "short.txt").write_text(DOC, encoding="utf-8")
    Path(gold, "short.gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return docs, gold


class Harness(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.docs, self.gold = make_fixture(self.tmp.name)
        self.fixtures = common.load_fixtures(self.docs, self.gold)

    def tearDown(self):
        self.tmp.cleanup()

    def test_split_is_lossless(self):
        sentences = common.split_sentences(DOC)
        self.assertEqual(len(sentences), 4)  # the lone line breaks are dropped
        for offset, s in sentences:
            self.assertEqual(DOC[offset:offset + len(s)], s)

    def test_gold_located(self):
        (_, mentions), = self.fixtures[0]["windows"]
        self.assertEqual([DOC[a:b] for (a, b), _ in mentions], [m["text"] for m in GOLD["windows"][0]["mentions"]])

    def test_matching_rules(self):
        # exact spans first, then the largest overlap, one to one
        pairs = common.match_spans([(0, 4), (10, 14)], [(10, 13), (0, 4), (9, 15)])
        self.assertIn((0, 1, True), pairs)
        self.assertIn((1, 2, False), pairs)
        self.assertEqual(len(pairs), 2)

    def test_offsets(self):
        t = common.utf16_to_cp_table("a𠀀b")
        self.assertEqual(t, [0, 1, 2, 2, 3])
        start_of, end_of = common.align_map("增长百分之六点五。", "增长6.5%。")
        self.assertEqual((start_of(2), end_of(6)), (2, 8))

    def test_value_scales(self):
        m = {"value": 1635, "unit": "亿元"}
        self.assertTrue(common.same_value_any_scale(163500000000.0, m))
        self.assertTrue(common.same_value_any_scale(0.055, {"value": 5.5, "unit": "%"}))
        self.assertFalse(common.same_value(163500000000.0, 1635))

    def test_scoring_perfect_and_empty(self):
        fx = self.fixtures[0]
        bo = common.ByteOffsets(fx["text"])
        perfect = []
        for _, ms in fx["windows"]:
            for (a, b), m in ms:
                s, e = bo.span(a, b)
                perfect.append(dict(m, start=s, end=e))
        c = common.score_doc(fx["windows"], perfect, fx["text"])[0]
        self.assertEqual((c["gold"], c["pred"], c["exact"], c["value_ok"]), (7, 7, 7, 7))
        c = common.score_doc(fx["windows"], perfect, fx["text"], unmasked_only=True)[0]
        self.assertEqual((c["gold"], c["pred"], c["exact"]), (5, 5, 5))
        c = common.score_doc(fx["windows"], [], fx["text"])[0]
        self.assertEqual(common.metrics(c)["f1"], 0.0)

    def test_regex_peer_end_to_end(self):
        """The stdlib peer through its subprocess runner, mapped back to bytes, scored."""
        inputs, origin = bench.sentence_job(self.fixtures)
        out = bench.run_json([sys.executable, str(HERE / "peer_py.py"), "regex"],
                             {"inputs": inputs, "keep": True}, 60)
        preds = bench.peer_predictions(self.fixtures, origin, out["results"])[0]
        self.assertEqual([p["text"] for p in preds], ["1635亿元", "5.5%", "200家"])
        b = DOC.encode()
        for p in preds:
            self.assertEqual(b[p["start"]:p["end"]].decode(), p["text"])
        m = bench.score(self.fixtures, [preds])["metrics"]
        self.assertAlmostEqual(m["p"], 1.0)
        self.assertAlmostEqual(m["r"], 3 / 7)

    def test_whole_pipeline_writes_markdown(self):
        out_md = Path(self.tmp.name, "RESULTS.md")
        with open(os.devnull, "w") as devnull:
            stdout, sys.stdout = sys.stdout, devnull
            try:
                rc = bench.main(["--docs", str(self.docs), "--gold", str(self.gold), "--peers", "regex",
                                 "--out", str(out_md), "--json", str(Path(self.tmp.name, "r.json")),
                                 "--repeat", "1", "--budget", "5"])
            finally:
                sys.stdout = stdout
        self.assertEqual(rc, 0)
        md = out_md.read_text(encoding="utf-8")
        for part in ("## Accuracy on the gold windows", "## Speed", "regex baseline", "| x20 |"):
            self.assertIn(part, md)


def peer_available(name):
    try:
        bench.peer_cmd(name)
    except bench.PeerError as e:
        return str(e)
    if name in bench.PY_PEERS and name != "regex":
        module = {"cn2an": "cn2an", "chinese2digits": "chinese2digits", "jionlp": "jionlp",
                  "recognizers": "recognizers_number_with_unit"}[name]
        python = bench.peer_cmd(name)[0]
        r = subprocess.run([python, "-c", f"import {module}"], capture_output=True)
        if r.returncode:
            return f"{name} is not installed (run bench/run.sh)"
    return None


class Peers(unittest.TestCase):
    """Each installed peer runs on the short input and its spans land on the text."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        docs, gold = make_fixture(cls.tmp.name)
        cls.fixtures = common.load_fixtures(docs, gold)
        cls.inputs, cls.origin = bench.sentence_job(cls.fixtures)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def check_peer(self, name, expect):
        why = peer_available(name)
        if why:
            self.skipTest(why)
        out = bench.run_peer(name, self.inputs, True, 120)
        preds = bench.peer_predictions(self.fixtures, self.origin, out["results"])[0]
        b = DOC.encode()
        texts = [b[p["start"]:p["end"]].decode() for p in preds]
        for t in expect:
            self.assertIn(t, texts, f"{name} returned {texts}")
        bench.score(self.fixtures, [preds])

    def test_cn2an(self):
        self.check_peer("cn2an", ["1635亿元", "200家"])

    def test_chinese2digits(self):
        self.check_peer("chinese2digits", ["1635亿元", "百分之六点五"])

    def test_jionlp(self):
        self.check_peer("jionlp", ["1635亿元"])

    def test_recognizers_python(self):
        self.check_peer("recognizers", ["1635亿元", "5.5%", "百分之六点五"])

    def test_recognizers_npm(self):
        # after the 𠀀 (two UTF-16 units) the offsets must still land on the text
        self.check_peer("recognizers-npm", ["1635亿元", "5.5%", "百分之六点五"])

    def test_reportlens_native(self):
        try:
            bench.reportlens_bin()
        except bench.PeerError as e:
            self.skipTest(f"reportlens native {e}")
        fx = self.fixtures[0]
        report, _ = bench.run_native(fx["path"])
        preds = bench.report_predictions(fx, report)
        b = DOC.encode()
        for p, ind in zip(preds, report["indicators"]):
            self.assertEqual(b[p["start"]:p["end"]].decode(), ind.get("text", p["text"]))
        bench.score(self.fixtures, [preds])

    def test_reportlens_wasm(self):
        why = peer_available("reportlens-wasm")
        if why:
            self.skipTest(f"reportlens wasm {why}")
        fx = self.fixtures[0]
        out = bench.run_peer("reportlens-wasm", [fx["text"]], True, 120)
        report = out["results"][0]
        preds = bench.report_predictions(fx, report, "char")
        b = DOC.encode()
        for p, ind in zip(preds, report["indicators"]):
            self.assertEqual(b[p["start"]:p["end"]].decode(), ind.get("text", p["text"]))
        bench.score(self.fixtures, [preds])


if __name__ == "__main__":
    unittest.main(verbosity=2)
