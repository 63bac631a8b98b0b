#!/usr/bin/env python3
"""Side-by-side comparison of reportlens with the tools users would otherwise reach for.

Run through bench/run.sh (which installs the peers first), or directly:
  python3 bench/bench.py [--peers a,b,...] [--budget 60] [--out bench/RESULTS.md] [--no-write]

Accuracy: mention P/R/F1 (strict and lenient) and value accuracy on the gold windows of the
fixtures, with the project's gold matching rules (common.py). Speed: chars/s and MB/s on the
fixtures concatenated x1 and x20, init time apart. Every peer gets the same sentence-split input
(common.split_sentences); reportlens, which builds a section tree and reads context across
sentences, gets the whole documents. Standard library only: a peer that is not installed is
reported as such and skipped.
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import common  # noqa: E402

VENV_PY = HERE / ".venv" / "bin" / "python"
PY_PEERS = ["regex", "cn2an", "chinese2digits", "jionlp", "recognizers"]
NODE_PEERS = ["recognizers-npm"]
ALL_PEERS = PY_PEERS + NODE_PEERS
LABELS = {
    "regex": "regex baseline (Python re)",
    "cn2an": "cn2an.transform + regex",
    "chinese2digits": "chinese2digits + unit suffix",
    "jionlp": "JioNLP extract_money",
    "jionlp_clean_text": "JioNLP clean_text (no extraction)",
    "recognizers": "Recognizers-Text (Python)",
    "recognizers-npm": "Recognizers-Text (npm)",
    "recognizers/no-number": "Recognizers-Text (Python), number model left out",
    "recognizers-npm/no-number": "Recognizers-Text (npm), number model left out",
    "reportlens": "reportlens native",
    "reportlens-wasm": "reportlens wasm (node)",
}
# Accuracy-only variants: the same run, a subset of the output. Recognizers' number model gives
# unit-less numbers (13000 of 13000次): many lenient matches, few strict ones. Its results come
# last in the merge, so dropping them equals running without that model.
VARIANTS = {"recognizers": ("recognizers/no-number", lambda p: p.get("type") != "number"),
            "recognizers-npm": ("recognizers-npm/no-number", lambda p: p.get("type") != "number")}
WARMUP = "全年实现地区生产总值1635亿元，增长百分之六点五。"

# What each tool cannot produce at all (read off its API and output, see RESULTS.md notes).
CAPABILITIES = {
    # value, unit as written, Chinese numerals, masked digits, name, role, status, qualifier,
    # year, sections, meta
    "regex": ["yes", "yes", "no", "no", "no", "no", "no", "no", "no", "no", "no"],
    "cn2an": ["yes", "yes", "yes", "no", "no", "no", "no", "no", "no", "no", "no"],
    "chinese2digits": ["yes (base units)", "yes", "yes", "no", "no", "no", "no", "no", "no", "no", "no"],
    "jionlp": ["money only (yuan)", "no (元 only)", "money only", "no", "no", "no", "no",
               "no", "no", "no", "no"],
    "recognizers": ["yes (base units)", "no (English names)", "yes", "no", "no",
                    "no (model type)", "no", "no", "no", "no", "no"],
    "recognizers-npm": ["yes (base units)", "no (English names)", "yes", "no", "no",
                        "no (model type)", "no", "no", "no", "no", "no"],
    "reportlens": ["yes"] * 11,
    "reportlens-wasm": ["yes"] * 11,
}
CAP_HEADS = ["value", "unit as written", "Chinese numerals", "masked digits (***亿元)", "name",
             "role", "status", "qualifier", "year", "sections", "meta"]


# ------------------------------------------------------------------ running things


class PeerError(Exception):
    pass


def run_json(cmd, job, timeout, cwd=HERE):
    """Write job to a temp file, run cmd IN OUT, return the parsed OUT."""
    with tempfile.TemporaryDirectory(prefix="rl-bench-") as tmp:
        in_path, out_path = Path(tmp, "in.json"), Path(tmp, "out.json")
        in_path.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
        try:
            proc = subprocess.run(cmd + [str(in_path), str(out_path)], cwd=cwd, timeout=timeout,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise PeerError(f"timed out after {timeout:g} s")
        if proc.returncode != 0:
            lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise PeerError(f"exit {proc.returncode}: {lines[-1][:300] if lines else '(no stderr)'}")
        return json.loads(out_path.read_text(encoding="utf-8"))


def peer_cmd(name):
    if name in NODE_PEERS or name == "reportlens-wasm":
        node = shutil.which("node")
        if not node:
            raise PeerError("node not found")
        if name == "recognizers-npm" and not (HERE / "node_modules/@microsoft/recognizers-text-suite").is_dir():
            raise PeerError("not installed (bench/node_modules; run bench/run.sh)")
        if name == "reportlens-wasm" and not Path(os.environ.get(
                "REPORTLENS_WASM_NODE", HERE / ".wasm-node"), "reportlens.js").is_file():
            raise PeerError("not built (bench/.wasm-node/reportlens.js; run bench/run.sh)")
        return [node, str(HERE / "peer_node.js"), name]
    python = str(VENV_PY) if VENV_PY.exists() else sys.executable
    return [python, str(HERE / "peer_py.py"), name]


def run_peer(name, inputs, keep, timeout):
    job = {"inputs": inputs, "keep": keep, "warmup": WARMUP}
    out = run_json(peer_cmd(name), job, timeout)
    if name in PY_PEERS and out.get("results") is None and keep:
        raise PeerError("no results")
    return out


def reportlens_bin():
    path = Path(os.environ.get("REPORTLENS_BIN", ROOT / "target" / "release" / "reportlens"))
    if not path.is_file():
        raise PeerError(f"not built ({path.relative_to(ROOT) if path.is_relative_to(ROOT) else path};"
                        " cargo build --release)")
    return path


def run_native(path, timeout=300):
    """(report dict, wall seconds) of `reportlens FILE`."""
    binary = reportlens_bin()
    started = time.perf_counter()
    proc = subprocess.run([str(binary), str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          stdin=subprocess.DEVNULL, timeout=timeout)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PeerError(f"exit {proc.returncode}: {lines[-1][:300] if lines else '(no stderr)'}")
    return json.loads(proc.stdout.decode("utf-8")), wall


# ------------------------------------------------------------------ accuracy


def sentence_job(fixtures):
    """All sentences of all fixtures, and where each comes from: [(doc index, cp offset)]."""
    inputs, origin = [], []
    for d, fx in enumerate(fixtures):
        for offset, sentence in common.split_sentences(fx["text"]):
            inputs.append(sentence)
            origin.append((d, offset))
    return inputs, origin


def peer_predictions(fixtures, origin, results):
    """Per document, predictions with UTF-8 byte spans of the document."""
    per_doc = [[] for _ in fixtures]
    byte_offsets = [common.ByteOffsets(fx["text"]) for fx in fixtures]
    for (d, offset), found in zip(origin, results):
        bo = byte_offsets[d]
        for f in found:
            s, e = bo.span(offset + f["start"], offset + f["end"])
            text = fixtures[d]["text"][offset + f["start"]:offset + f["end"]]
            per_doc[d].append(dict(f, start=s, end=e, text=text))
    return per_doc


def report_predictions(fx, report, offsets="byte"):
    bo = common.ByteOffsets(fx["text"])
    preds = []
    for ind in report.get("indicators") or []:
        if not isinstance(ind, dict):
            continue
        s, e = ind.get("start"), ind.get("end")
        if not (isinstance(s, int) and isinstance(e, int)):
            continue
        if offsets == "char":
            if not 0 <= s < e <= bo.chars:
                continue
            s, e = bo.span(s, e)
        cs, ce = bo.char_of_byte(s), bo.char_of_byte(e)
        text = fx["text"][cs:ce] if cs is not None and ce is not None else ind.get("text")
        preds.append(dict(ind, start=s, end=e, text=text))
    return preds


def score(fixtures, per_doc):
    total, total_unmasked, details = {}, {}, []
    for fx, preds in zip(fixtures, per_doc):
        counts, pairs, missed, spurious = common.score_doc(fx["windows"], preds, fx["text"])
        common.add_counts(total, counts)
        common.add_counts(total_unmasked, common.score_doc(fx["windows"], preds, fx["text"], True)[0])
        details.append({"pairs": pairs, "missed": missed, "spurious": spurious})
    return {"counts": total, "metrics": common.metrics(total),
            "unmasked": common.metrics(total_unmasked), "counts_unmasked": total_unmasked,
            "details": details}


def sections_count(report):
    return len(report.get("sections") or []) if isinstance(report, dict) else 0


# ------------------------------------------------------------------ speed


def corpus(fixtures, times):
    return "\n\n".join([fx["text"] for fx in fixtures] * times)


def mb(nbytes):
    return nbytes / 1e6


def speed_row(name, size_label, chars, nbytes, seconds, note=""):
    return {"tool": name, "corpus": size_label, "chars": chars, "bytes": nbytes, "seconds": seconds,
            "chars_s": chars / seconds if seconds > 0 else float("inf"),
            "mb_s": mb(nbytes) / seconds if seconds > 0 else float("inf"), "note": note}


def timed(name, inputs, timeout, budget=10.0):
    """(the run with the median time, number of runs): up to 3 runs while they total < budget s."""
    runs = [run_peer(name, inputs, False, timeout)]
    while len(runs) < 3 and sum(r["run_s"] for r in runs) * (len(runs) + 1) / len(runs) < budget:
        runs.append(run_peer(name, inputs, False, timeout))
    runs.sort(key=lambda r: r["run_s"])
    return runs[(len(runs) - 1) // 2], len(runs)


def native_speed(text, label, tmpdir, repeat):
    """Median wall time of `reportlens FILE` minus the median start-up on a one-line file."""
    path = Path(tmpdir, f"corpus_{label}.txt")
    path.write_text(text, encoding="utf-8")
    walls = [run_native(path)[1] for _ in range(repeat)]
    return statistics.median(walls)


# ------------------------------------------------------------------ formatting


def pct(x):
    return f"{100 * x:.1f}"


def fmt_rate(x):
    if x >= 1e6:
        return f"{x / 1e6:.2f} M"
    if x >= 1e3:
        return f"{x / 1e3:.1f} k"
    return f"{x:.0f}"


def md_table(heads, rows, align=None):
    align = align or ["---"] * len(heads)
    lines = ["| " + " | ".join(heads) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def context(text, start, end, width=10):
    a, b = max(0, start - width), min(len(text), end + width)
    return (("…" if a else "") + text[a:start].replace("\n", " ") + "【" + text[start:end] + "】"
            + text[end:b].replace("\n", " ") + ("…" if b < len(text) else ""))


def fmt_value(v):
    if v is None:
        return "null"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    return f"{v:g}" if isinstance(v, float) else str(v)


def describe(pred, show_fields):
    s = f"`{pred.get('text')}` = {fmt_value(pred.get('value'))}"
    unit = pred.get("unit")
    if unit:
        s += f" {unit}"
    if show_fields:
        extras = [f"{k} {pred.get(k)}" for k in ("name", "role", "status") if pred.get(k) is not None]
        if extras:
            s += " (" + ", ".join(extras) + ")"
    return s


def pick_examples(fixtures, tool_preds, limit=8):
    """Gold mentions where the tools disagree: what each returned over the gold span."""
    tools = list(tool_preds)
    if "reportlens" not in tools or len(tools) < 2:
        return []
    candidates = []
    for d, fx in enumerate(fixtures):
        bo = common.ByteOffsets(fx["text"])
        for _, mentions in fx["windows"]:
            for (cs, ce), gold in mentions:
                span = bo.span(cs, ce)
                outcome, returned = {}, {}
                for t in tools:
                    over = [p for p in tool_preds[t][d] if common.overlap((p["start"], p["end"]), span)]
                    returned[t] = over
                    exact = [p for p in over if (p["start"], p["end"]) == span]
                    if exact:
                        ok = common.same_value_any_scale(exact[0].get("value"), gold)
                        outcome[t] = "exact" if ok else "exact, wrong value"
                    elif over:
                        outcome[t] = "overlap"
                    else:
                        outcome[t] = "missed"
                if len(set(outcome.values())) > 1:
                    candidates.append((d, cs, ce, gold, outcome, returned))
    # Cover different situations, one example each, first those where reportlens is wrong.
    import re as _re

    def category(c):
        gold, outcome = c[3], c[4]
        if outcome["reportlens"] != "exact":
            return "reportlens wrong"
        if gold.get("masked"):
            return "masked"
        if gold.get("unit") == "rank":
            return "rank"
        if not _re.search(r"[0-9]", gold["text"]):
            return "Chinese numeral"
        if "元" in (gold.get("unit") or ""):
            return "money"
        if gold.get("unit") == "%":
            return "percent"
        if "余" in gold["text"] or "多" in gold["text"]:
            return "approximate"
        return "count"

    order = ["reportlens wrong", "masked", "rank", "Chinese numeral", "money", "percent",
             "approximate", "count"]
    quota = {"reportlens wrong": 3}
    chosen = []
    for cat in order:
        pool = [c for c in candidates if category(c) == cat]
        # the most disagreement first
        pool.sort(key=lambda c: -len(set(c[4].values())))
        chosen += pool[:quota.get(cat, 1)]
    chosen = chosen[:limit]
    chosen.sort(key=lambda c: (c[0], c[1]))
    out = []
    for d, cs, ce, gold, outcome, returned in chosen:
        fx = fixtures[d]
        lines = [f"- {fx['stem']}: {context(fx['text'], cs, ce)}",
                 f"  - gold: `{gold['text']}` = {fmt_value(gold.get('value'))} {gold.get('unit')}"
                 f" (name {gold.get('name')}, role {gold.get('role')}, status {gold.get('status')})"]
        for t in tools:
            got = "; ".join(describe(p, t.startswith("reportlens")) for p in returned[t]) or "nothing"
            lines.append(f"  - {LABELS.get(t, t)}: {got} — {outcome[t]}")
        out.append("\n".join(lines))
    return out


def pick_spurious(fixtures, tool_preds, scored, limit=4):
    """Predictions inside the windows that match no gold mention: one per tool, up to limit."""
    out, shown = [], set()
    for t in ["reportlens", "regex", "cn2an", "jionlp", "recognizers", "chinese2digits"]:
        if t not in tool_preds or t not in scored:
            continue
        for d, det in enumerate(scored[t]["details"]):
            fresh = [(span, p) for span, p in det["spurious"] if (d, span) not in shown]
            if not fresh:
                continue
            span, p = fresh[len(fresh) // 2]  # from the middle: less often the same as others'
            shown.add((d, span))
            fx = fixtures[d]
            bo = common.ByteOffsets(fx["text"])
            cs, ce = bo.char_of_byte(span[0]), bo.char_of_byte(span[1])
            others = []
            for o in ("reportlens", "regex", "recognizers"):
                if o != t and o in tool_preds:
                    got = [q for q in tool_preds[o][d] if common.overlap((q["start"], q["end"]), span)]
                    others.append(f"{LABELS[o]}: " + ("; ".join(describe(q, o == "reportlens") for q in got)
                                                      or "nothing"))
            out.append(f"- {fx['stem']}: {context(fx['text'], cs, ce)} — {LABELS[t]} returned "
                       f"{describe(p, t == 'reportlens')}, not a gold mention. " + "; ".join(others))
            break
        if len(out) >= limit:
            break
    return out


# ------------------------------------------------------------------ machine and versions


def cmd_version(cmd):
    try:
        return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30,
                              text=True).stdout.strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "not found"


def machine_info():
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    osname = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                osname = line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    python = str(VENV_PY) if VENV_PY.exists() else sys.executable
    r = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], text=True,
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    commit = r.stdout.strip() if r.returncode == 0 and r.stdout.strip() else "no commit yet"
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src", "Cargo.toml",
                            "Cargo.lock"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
    if dirty.strip() and commit != "no commit yet":
        commit += " plus uncommitted changes to src/"
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "os": osname, "load": load,
            "python": cmd_version([python, "--version"]), "node": cmd_version(["node", "--version"]),
            "rustc": cmd_version(["rustc", "--version"]),
            "commit": commit,
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


# ------------------------------------------------------------------ main


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peers", default=",".join(ALL_PEERS), help="comma-separated peers to run")
    ap.add_argument("--no-reportlens", action="store_true", help="skip reportlens native and wasm")
    ap.add_argument("--budget", type=float, default=60.0,
                    help="seconds a peer may take on the x20 corpus before it gets a slice (60)")
    ap.add_argument("--repeat", type=int, default=5, help="runs of reportlens per corpus (median)")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per peer run")
    ap.add_argument("--docs", default=str(ROOT / "tests/fixtures/seeds"))
    ap.add_argument("--gold", default=str(ROOT / "tests/fixtures/gold"))
    ap.add_argument("--out", default=str(HERE / "RESULTS.md"))
    ap.add_argument("--json", default=str(HERE / "out" / "results.json"),
                    help="every number as JSON (bench/out/ is not committed)")
    ap.add_argument("--no-write", action="store_true", help="print only, write no files")
    ap.add_argument("--no-speed", action="store_true", help="accuracy only")
    args = ap.parse_args(argv)

    fixtures = common.load_fixtures(args.docs, args.gold)
    inputs, origin = sentence_job(fixtures)
    peers = [p for p in args.peers.split(",") if p]
    n_chars = sum(len(s) for s in inputs)
    print(f"{len(fixtures)} documents, {len(inputs)} sentences, {n_chars} chars "
          f"({sum(len(s.encode()) for s in inputs)} bytes) for the peers", flush=True)

    status, versions, init, tool_preds, scored, sections = {}, {}, {}, {}, {}, {}
    speed, slices, acc_runs = [], {}, {}

    # ---- peers: one run over all sentences gives both the accuracy and the x1 speed
    for name in peers:
        print(f"[{name}] accuracy run (x1) ...", flush=True)
        try:
            out = run_peer(name, inputs, True, args.timeout)
        except PeerError as e:
            status[name] = str(e)
            print(f"[{name}] FAILED: {e}", flush=True)
            continue
        versions[name], init[name] = out["version"], out["init_s"]
        tool_preds[name] = peer_predictions(fixtures, origin, out["results"])
        scored[name] = score(fixtures, tool_preds[name])
        acc_runs[name] = out
        status[name] = "ok"
        if name in VARIANTS:
            vname, keep_it = VARIANTS[name]
            tool_preds[vname] = [[p for p in doc if keep_it(p)] for doc in tool_preds[name]]
            scored[vname] = score(fixtures, tool_preds[vname])
        print(f"[{name}] init {out['init_s']:.2f} s, run {out['run_s']:.2f} s, "
              f"F1 {scored[name]['metrics']['f1']:.3f}", flush=True)

    # ---- reportlens native: whole documents
    tmpdir = tempfile.mkdtemp(prefix="rl-bench-")
    if not args.no_reportlens:
        try:
            reports = [run_native(fx["path"])[0] for fx in fixtures]
            tool_preds["reportlens"] = [report_predictions(fx, r) for fx, r in zip(fixtures, reports)]
            scored["reportlens"] = score(fixtures, tool_preds["reportlens"])
            sections["reportlens"] = sum(sections_count(r) for r in reports)
            tiny = Path(tmpdir, "tiny.txt")
            tiny.write_text(WARMUP, encoding="utf-8")
            init["reportlens"] = statistics.median(run_native(tiny)[1] for _ in range(args.repeat))
            versions["reportlens"] = cmd_version([str(reportlens_bin()), "--version"])
            status["reportlens"] = "ok"
            print(f"[reportlens] F1 {scored['reportlens']['metrics']['f1']:.3f}", flush=True)
        except (PeerError, OSError, ValueError, subprocess.SubprocessError) as e:
            status["reportlens"] = str(e)
            print(f"[reportlens] FAILED: {e}", flush=True)
        # ---- reportlens wasm under node: whole documents, UTF-16 offsets converted
        try:
            out = run_peer("reportlens-wasm", [fx["text"] for fx in fixtures], True, args.timeout)
            reports = out["results"]
            tool_preds["reportlens-wasm"] = [report_predictions(fx, r, "char") for fx, r in zip(fixtures, reports)]
            scored["reportlens-wasm"] = score(fixtures, tool_preds["reportlens-wasm"])
            sections["reportlens-wasm"] = sum(sections_count(r) for r in reports)
            versions["reportlens-wasm"] = out["version"] + f" (node {out.get('node')})"
            init["reportlens-wasm"] = out["init_s"]
            status["reportlens-wasm"] = "ok"
            print(f"[reportlens-wasm] F1 {scored['reportlens-wasm']['metrics']['f1']:.3f}", flush=True)
        except (PeerError, OSError, ValueError) as e:
            status["reportlens-wasm"] = str(e)
            print(f"[reportlens-wasm] FAILED: {e}", flush=True)

    # ---- speed
    if not args.no_speed:
        if status.get("reportlens") == "ok":
            startup = init["reportlens"]
            for times in (1, 20):
                text = corpus(fixtures, times)
                wall = native_speed(text, f"x{times}", tmpdir, args.repeat)
                speed.append(speed_row("reportlens", f"x{times}", len(text), len(text.encode()),
                                       max(wall - startup, 1e-9),
                                       f"median of {args.repeat} runs, {wall * 1000:.1f} ms wall "
                                       f"less {startup * 1000:.1f} ms process start"))
        if status.get("reportlens-wasm") == "ok":
            for times in (1, 20):
                text = corpus(fixtures, times)
                runs = [run_peer("reportlens-wasm", [text], False, args.timeout) for _ in range(args.repeat)]
                best = statistics.median(r["run_s"] for r in runs)
                speed.append(speed_row("reportlens-wasm", f"x{times}", runs[0]["chars"], runs[0]["bytes"],
                                       best, f"median of {args.repeat} runs, in-process"))
        for name in peers:
            if status.get(name) != "ok":
                continue
            out, n = acc_runs[name], 1
            if out["run_s"] < 3:  # fast: repeat for a steadier number
                out, n = timed(name, inputs, args.timeout)
            x1 = speed_row(name, "x1", out["chars"], out["bytes"], out["run_s"],
                           f"median of {n} runs" if n > 1 else "one run")
            speed.append(x1)
            x20 = inputs * 20
            projected = x1["seconds"] * 20
            if projected > args.budget:
                # a prefix of the x20 sentence list that should take about the budget
                want = x1["chars_s"] * args.budget
                acc, k = 0, 0
                while k < len(x20) and acc < want:
                    acc += len(x20[k])
                    k += 1
                x20 = x20[:k]
                slices[name] = (len(x20), sum(len(s) for s in x20))
            print(f"[{name}] speed run (x20{' slice' if name in slices else ''}, "
                  f"{len(x20)} sentences) ...", flush=True)
            try:
                out, n = timed(name, x20, args.timeout)
            except PeerError as e:
                print(f"[{name}] x20 FAILED: {e}", flush=True)
                continue
            note = f"median of {n} runs" if n > 1 else "one run"
            if name in slices:
                note += (f"; slice: first {len(x20)} of {len(inputs) * 20} sentences "
                        f"({out['chars']} of {n_chars * 20} chars)")
            speed.append(speed_row(name, "x20", out["chars"], out["bytes"], out["run_s"], note))
            print(f"[{name}] x20: {out['run_s']:.2f} s", flush=True)
        # jionlp clean_text: preprocessing speed only, for reference
        if "jionlp" in peers and status.get("jionlp") == "ok":
            try:
                out = run_peer("jionlp_clean_text", inputs, False, args.timeout)
                speed.append(speed_row("jionlp_clean_text", "x1", out["chars"], out["bytes"], out["run_s"],
                                       "cleaning only, extracts nothing"))
                init["jionlp_clean_text"] = out["init_s"]
            except PeerError as e:
                print(f"[jionlp_clean_text] FAILED: {e}", flush=True)
    shutil.rmtree(tmpdir, ignore_errors=True)

    md = render(args, fixtures, inputs, status, versions, init, tool_preds, scored, sections, speed)
    print()
    print(md)
    if not args.no_write:
        Path(args.out).write_text(md, encoding="utf-8")
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps({
            "status": status, "versions": versions, "init_s": init, "sections": sections,
            "speed": speed,
            "accuracy": {t: {"metrics": s["metrics"], "unmasked": s["unmasked"], "counts": s["counts"]}
                         for t, s in scored.items()}}, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nwritten: {args.out}, {args.json}")
    return 0


def render(args, fixtures, inputs, status, versions, init, tool_preds, scored, sections, speed):
    info = machine_info()
    order = [t for t in ["reportlens", "reportlens-wasm"] + ALL_PEERS if t in status]
    out = ["# reportlens vs. the tools users would otherwise reach for", ""]
    out.append("Generated by `bench/run.sh` (harness: `bench/bench.py`). Do not edit by hand; "
               "re-run to update.")
    out.append("")
    out.append(f"- Date: {info['date']}; reportlens commit: {info['commit']}")
    out.append(f"- Machine: {info['cpu']}, {info['cores']} cores, {info['memory']}, {info['os']}; "
               f"load average when the run ended {info['load']} (1/5/15 min; other work on the "
               "machine slows every tool and makes the numbers noisier)")
    out.append(f"- {info['python']}, node {info['node']}, {info['rustc']}")
    out.append(f"- Input: the {len(fixtures)} fixture reports `tests/fixtures/seeds/*.txt` "
               f"({sum(len(fx['text']) for fx in fixtures)} chars, "
               f"{sum(len(fx['text'].encode()) for fx in fixtures)} bytes); gold: "
               f"`tests/fixtures/gold/*.gold.json`, {sum(len(m) for fx in fixtures for _, m in fx['windows'])} "
               f"mentions in {sum(len(fx['windows']) for fx in fixtures)} exhaustively annotated windows, "
               f"{sum(1 for fx in fixtures for _, ms in fx['windows'] for _, m in ms if m.get('masked'))} "
               "of them with masked digits (`***亿元`, the fixtures are anonymised).")
    out.append(f"- Peers get the same {len(inputs)} sentences (split after 。！？；!?; and line breaks); "
               "reportlens gets whole documents (it reads the section tree and context across "
               "sentences). Every span is mapped back to UTF-8 byte offsets of the document.")
    out.append("")
    out.append("## Versions and status")
    out.append("")
    rows = []
    for t in order:
        rows.append([LABELS.get(t, t), versions.get(t, "—"),
                     "ok" if status[t] == "ok" else f"**not run**: {status[t]}",
                     f"{init[t]:.3f} s" if t in init else "—"])
    if "jionlp_clean_text" in init:
        rows.append([LABELS["jionlp_clean_text"], versions.get("jionlp", "—"), "speed only",
                     f"{init['jionlp_clean_text']:.3f} s"])
    out.append(md_table(["tool", "version", "status", "init time"], rows))
    out.append("")
    out.append("Init time: import + model construction + one call on a short sentence, in the "
               "peer's own process (Python or node start-up excluded); for reportlens native, the "
               "whole process run on that short sentence (start-up included); for wasm, `require` "
               "+ instantiation + one call.")
    out.append("")

    out.append("## Accuracy on the gold windows")
    out.append("")
    out.append("**Read this first.** These five fixtures are reportlens's development set: it "
               "was built against them, and its own gold test (`tests/gold.rs`) asserts its "
               "scores on exactly these files. Its numbers below are therefore a "
               "development-set score, an upper bound, not an estimate for reports it has not "
               "seen; no held-out gold exists yet. The peers never saw these files, except the "
               "regex baseline, whose unit list was written after reading them.")
    out.append("")
    rows = []
    for t in [x for t in order for x in (t, VARIANTS.get(t, (None,))[0])]:
        if t not in scored:
            continue
        m, u, c = scored[t]["metrics"], scored[t]["unmasked"], scored[t]["counts"]
        rows.append([LABELS.get(t, t), pct(m["f1"]), pct(m["p"]), pct(m["r"]), pct(m["f1_len"]),
                     pct(u["f1"]), pct(u["f1_len"]), pct(m["value_acc"]), pct(m["value_any_acc"]),
                     f"{c['pred']}/{c['matched']}/{c['exact']}"])
    out.append(md_table(["tool", "F1 strict", "P", "R", "F1 lenient", "F1 strict, unmasked gold",
                         "F1 lenient, unmasked gold", "value acc", "value acc (any scale)",
                         "predicted / matched / exact"], rows,
                        ["---"] + ["--:"] * 9))
    out.append("")
    out.append("Strict: the predicted span is exactly the gold span (number and unit as written). "
               "Lenient: any overlap, one to one. Unmasked gold: the mentions with masked digits "
               "(and predictions overlapping them) left out, since no peer is built for `***`. "
               "Value acc: on matched mentions, the value equals the gold value as the project "
               "writes it (1635亿元 → 1635, unit 亿元). Any scale: also accepted when the tool "
               "resolved to base units (1635亿元 → 163500000000, 5.5% → 0.055), the peers' own "
               "convention.")
    out.append("")
    rl = [t for t in ("reportlens", "reportlens-wasm") if t in scored]
    if rl:
        rows = []
        for t in rl:
            m = scored[t]["metrics"]
            rows.append([LABELS[t]] + [pct(m[f + "_acc"]) for f in ("unit", "role", "status", "qualifier", "year", "masked")]
                        + [pct(common.ratio(scored[t]["counts"]["name_ok"], scored[t]["counts"]["matched"])),
                           str(sections.get(t, 0))])
        out.append("Fields only reportlens produces (accuracy on its matched mentions; the peers "
                   "cannot produce them at all, see below):")
        out.append("")
        out.append(md_table(["tool", "unit", "role", "status", "qualifier", "year", "masked", "name (exact)",
                             "sections found"], rows, ["---"] + ["--:"] * 8))
        out.append("")

    out.append("## What each tool cannot produce at all")
    out.append("")
    rows = [[LABELS.get(t, t)] + CAPABILITIES[t] for t in ["reportlens"] + ALL_PEERS]
    out.append(md_table(["tool"] + CAP_HEADS, rows))
    out.append("")

    out.append("## Speed")
    out.append("")
    base = {r["corpus"]: r for r in speed if r["tool"] == "reportlens"}
    wbase = {r["corpus"]: r for r in speed if r["tool"] == "reportlens-wasm"}
    def ratio_cell(a, b):
        x = a / b
        if x < 0.95:
            return f"{x:.2g}×"
        return f"{x:.1f}×" if x < 10 else f"{x:,.0f}×"

    rank = {t: i for i, t in enumerate(["reportlens", "reportlens-wasm"] + ALL_PEERS + ["jionlp_clean_text"])}
    speed = sorted(speed, key=lambda r: (r["corpus"] != "x1", rank.get(r["tool"], 99)))
    rows = []
    for r in speed:
        native = base.get(r["corpus"]) if not r["tool"].startswith("reportlens") else None
        wasm = wbase.get(r["corpus"]) if not r["tool"].startswith("reportlens") else None
        rows.append([LABELS.get(r["tool"], r["tool"]), r["corpus"], f"{r['chars']:,}",
                     f"{r['seconds']:.3f}", fmt_rate(r["chars_s"]), f"{r['mb_s']:.3f}",
                     ratio_cell(native["mb_s"], r["mb_s"]) if native else "—",
                     ratio_cell(wasm["mb_s"], r["mb_s"]) if wasm else "—", r["note"]])
    out.append(md_table(["tool", "corpus", "chars", "seconds", "chars/s", "MB/s",
                         "reportlens native / this", "reportlens wasm / this", "note"], rows,
                        ["---", "---", "--:", "--:", "--:", "--:", "--:", "--:", "---"]))
    out.append("")
    out.append("x1 = the five fixtures once, x20 = twenty times (the same text repeated; caches "
               "inside a tool could profit). MB = 10^6 bytes of UTF-8. Peers: time of their own "
               "calls over the sentences, init excluded (the sentence split and the mapping of "
               "spans back are not timed). A peer whose x20 run would take longer than "
               f"{args.budget:g} s runs on a prefix of the x20 sentences, as noted. Ratios are "
               "throughputs (MB/s) measured in this same run: above 1× reportlens is faster, "
               "below 1× the other tool is. reportlens does more per character than any peer "
               "(section tree, meta, and name, role, status, qualifier and year of every mention).")
    out.append("")

    examples = pick_examples(fixtures, {t: tool_preds[t] for t in order
                                        if t in tool_preds and t not in ("reportlens-wasm", "recognizers-npm")})
    spurious = pick_spurious(fixtures, {t: tool_preds[t] for t in order if t in tool_preds}, scored)
    if examples or spurious:
        out.append("## Examples where the tools differ")
        out.append("")
        out.append("Picked automatically from the gold windows, one per kind of mention (masked "
                   "digits, rank, Chinese numerals, money, percentage, approximate, count), "
                   "and first any that reportlens gets wrong; then predictions of the peers that "
                   "match no gold mention. 【】 marks the text in question; the npm Recognizers "
                   "and reportlens wasm return the same as their Python and native twins here.")
        out.append("")
        out += examples + spurious
        out.append("")

    out.append("## How each tool is run")
    out.append("")
    out += [
        "- **reportlens native**: `target/release/reportlens FILE` (one JSON report on stdout, "
        "UTF-8 byte spans), once per document; speed = wall time of the process on the x1/x20 "
        "file (reading, analysis, JSON out) less the start-up measured on a one-sentence file.",
        "- **reportlens wasm**: `analyze(text)` of the `wasm-bindgen --target nodejs` build of the "
        "`wasm` profile, in node; UTF-16 spans converted back; speed = the `analyze` call in-process.",
        "- **regex baseline**: one Python `re` pattern: an Arabic number, optional 余/多, then a unit "
        "from a hand-written list of 76 units common in government reports (元, 亿元, %, 个百分点, "
        "家, 个, 亩, 人次 …, with optional 万/亿 magnitudes). Bare numbers are not taken, so years "
        "and dates are not either. The list was written for this comparison by someone who had "
        "read the fixtures, so this baseline is on the optimistic side.",
        "- **cn2an**: `cn2an.transform(sentence, \"cn2an\")` rewrites Chinese numerals as Arabic "
        "(百分之六点五 → 6.5%, 二百 → 200), then the baseline pattern runs on the rewritten "
        "sentence; spans are mapped back by character alignment (difflib, not timed).",
        "- **chinese2digits**: `takeNumberFromString(sentence)` lists every number, Chinese or "
        "Arabic, with its value; each is located in order and kept when a unit of the baseline "
        "list follows it or it is a percentage. Its values are in base units (亿 multiplied out, "
        "percentages as fractions).",
        "- **JioNLP**: `jionlp.ner.extract_money(sentence, with_parsing=True)`, the only quantity "
        "extractor JioNLP 1.5 has (no number or percentage extractor in `jionlp` or `jionlp.ner`); "
        "values in yuan. `clean_text` extracts nothing and changes the text, so it is timed for "
        "reference only.",
        "- **Recognizers-Text** (Python `recognizers-text-suite`, an alpha last released in 2019 that "
        "needs `emoji<2`; npm `@microsoft/recognizers-text-suite`): the zh-cn currency and dimension "
        "(number-with-unit), percentage, ordinal and number models on each sentence, merged in that "
        "priority (an overlapping result of a later model is dropped). The number model finds "
        "counts without their unit (13000 of 13000次): lenient matches, not strict ones; the row "
        "\"number model left out\" is the same run without those results. Spans have an inclusive "
        "end (converted); npm spans are UTF-16 (converted).",
        "",
    ]

    failed = [t for t in order if status[t] != "ok"]
    if failed:
        out.append("## Not run")
        out.append("")
        for t in failed:
            out.append(f"- {LABELS.get(t, t)}: {status[t]}")
        out.append("")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
