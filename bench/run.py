"""pepqa benchmark: throughput, cold start, stage split, memory, letters, and the text-extraction floor.

Run with ``make bench`` (or ``.venv/bin/python bench/run.py``); ``--help`` lists the options.

What it does, on generated fictional PEPs (``samplegen``: Word-form and narrative DOCX, ePEP PDF,
cycling through phases and qualities):

1. generates ``--n`` PEPs (default 1,000) into a temporary corpus, ``docx/`` and ``pdf/`` (``--corpus DIR``
   keeps it and reuses it next time);
2. ``pepqa batch`` end-to-end as a subprocess (``--force`` into a fresh out folder, all cores): DOCX only,
   PDF only, PDF only with the pdfminer engine (``PEPQA_PDF_ENGINE=pdfminer``), mixed; with ``--before DIR``
   (a source tree of the code before, e.g. ``git archive main | tar -x -C DIR``) also the PDF batch of that
   code. Reports docs/s (process start to exit), CPU seconds per doc and the peak memory of the process
   tree (parent + workers: the sum of their RSS, sampled every 50 ms with psutil, or /proc);
3. a cold single-file ``pepqa check`` (process start to exit; one untimed run first so byte-code caches
   exist, as they do after an install; median of 5, wall and CPU of the child), for a DOCX and a PDF,
   interleaved with its floor ``python -c 'import spacy; spacy.blank("en")'`` (and the code before's
   DOCX check with ``--before``);
4. the per-stage split, in this process over a subset (``--subset``): read (extract + interpret), NLP
   (spaCy tokenizer and pipeline), checks (the checks and the verdict, less NLP), write (the batch record,
   its cache JSON and the batch outputs, amortised per file);
5. the floors, file by file over the same subset: python-docx paragraphs + table cells for a DOCX; for a
   PDF, pypdfium2 reading the text and every character's box, beside pepqa's PDF read (extract +
   interpret) with PDFium and with the pdfminer engine it had before, and pdfplumber's own
   ``extract_text`` on the first 5 PDFs;
6. letters per second (PDF and DOCX, one process; both, two processes) if ``pepqa.render.letters`` exists,
   and a PDF letter (``write_letter``) against a bare WeasyPrint render of the same HTML and CSS, with
   the letters' page counts;
7. the web self-check's warm response (``POST /check`` through Starlette's test client) for a Word and a
   PDF PEP, beside ``check_file`` of the same PEP, if ``pepqa.web`` exists;
8. with ``--big``: peak memory and rate of one batch of 10,000 PEPs (the mixed corpus plus JSON PEPs
   generated on the fly, so the run stays short), to show memory stays flat in N.

Every figure is printed beside its floor, and the load average at the start and end of the run.
Output: a table on stdout and ``bench/last.json`` (figures, goals, machine). The goals are those of
issue 8 for a 2-core laptop and issue 16's ratios to the floors; a missed goal is marked, never fails the run (speed stays out of the tests).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = "2026-01-20"  # a fixed 'today' so every run judges timeliness alike
GOALS = {  # issue 8, on 2 cores
    "batch_mixed_docs_per_s": (">=", 10.0),
    "batch_docx_docs_per_s": (">=", 40.0),
    "batch_pdf_docs_per_s": (">=", 8.0),
    "cold_check_docx_s": ("<=", 1.5),
    "checks_nlp_share_of_read": ("<=", 0.25),
    "peak_rss_mb_10000": ("<=", 500.0),
    "letters_pdf_per_s": (">=", 5.0),
    # issue 16: each figure beside its floor, measured in the same run
    "pdf_read_over_floor": ("<=", 3.0),
    "pdf_batch_speedup": (">=", 2.0),
    "letter_over_weasyprint": ("<=", 1.3),
    "cold_check_docx_over_floor": ("<=", 1.15),
}


# -- machine ------------------------------------------------------------------------------------
def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    ram = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": ram, "python": platform.python_version(),
            "platform": platform.platform(), "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "loadavg_at_start": [round(x, 2) for x in load] if load else None}


# -- corpus -------------------------------------------------------------------------------------
def _gen_chunk(out: str, n: int, seed: int, k: int, w: int, json_only: bool, offset: int) -> int:
    from samplegen.__main__ import EXTENSIONS, make_many, writer_for

    out_p = Path(out)
    done = 0
    for i, (layout, pep) in enumerate(make_many(n, seed)):
        if i % w != k:
            continue
        if json_only:
            layout = "json"
        ext = EXTENSIONS[layout]
        path = out_p / ext[1:] / f"{offset + i:05d}-{layout}{ext}"
        tmp = path.with_name(f".{path.name}.tmp")
        writer_for(layout)(pep, tmp)
        os.replace(tmp, path)
        done += 1
    return done


def generate(out: Path, n: int, seed: int, workers: int, json_only: bool = False, offset: int = 0) -> None:
    for sub in ("docx", "pdf", "json"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futs = [pool.submit(_gen_chunk, str(out), n, seed, k, workers, json_only, offset) for k in range(workers)]
        for f in futs:
            f.result()


def corpus(args) -> Path:
    if args.corpus:
        root = Path(args.corpus).resolve()
    else:
        root = Path(tempfile.mkdtemp(prefix="pepqa-bench-"))
    stamp = root / "corpus.json"
    want = {"n": args.n, "seed": args.seed}
    if stamp.is_file() and json.loads(stamp.read_text()) == want:
        print(f"corpus: reusing {root}", file=sys.stderr)
        return root
    for sub in ("docx", "pdf", "json"):
        shutil.rmtree(root / sub, ignore_errors=True)
    t = time.perf_counter()
    print(f"corpus: generating {args.n} PEPs into {root} ...", file=sys.stderr)
    generate(root, args.n, args.seed, args.workers)
    stamp.write_text(json.dumps(want))
    print(f"corpus: {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return root


def files_in(root: Path, *subs: str) -> list[Path]:
    return sorted(p for s in subs for p in (root / s).iterdir() if not p.name.startswith("."))


# -- memory sampling ----------------------------------------------------------------------------
def _tree_rss_proc(pid: int) -> tuple[int, int]:
    """(sum of RSS over pid and all its descendants, largest single RSS), from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            stat = Path(f"/proc/{d}/stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            ppid = int(fields[1])
            rss[int(d)] = int(fields[21]) * page
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(d))
    total, biggest, todo = 0, 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        biggest = max(biggest, rss.get(p, 0))
        todo.extend(children.get(p, []))
    return total, biggest


def _tree_rss_psutil(proc) -> tuple[int, int]:
    import psutil

    total = biggest = 0
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0, 0
    for p in procs:
        try:
            r = p.memory_info().rss
        except psutil.Error:
            continue
        total += r
        biggest = max(biggest, r)
    return total, biggest


def _pss(pids: list[int]) -> int:
    """Sum of proportional set sizes (shared pages split between the processes sharing them)."""
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) * 1024
                    break
        except (OSError, ValueError):
            continue
    return total


def _tree_pids(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                stat = Path(f"/proc/{d}/stat").read_text()
                children.setdefault(int(stat[stat.rindex(")") + 2:].split()[1]), []).append(int(d))
            except (OSError, ValueError, IndexError):
                continue
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


class MemorySampler(threading.Thread):
    """Peak RSS of a process tree (sum over parent + workers), every 50 ms; and its peak PSS every ~1 s
    (RSS counts the pages a forked worker shares with its parent once per process; PSS splits them)."""

    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_total = self.peak_one = self.peak_pss = 0
        self.stop_flag = threading.Event()
        try:
            import psutil

            self.proc = psutil.Process(pid)
            self.how = "psutil"
        except Exception:  # noqa: BLE001 - psutil missing or the process already gone
            self.proc = None
            self.how = "/proc"

    def run(self) -> None:
        n = 0
        while not self.stop_flag.is_set():
            total, one = _tree_rss_psutil(self.proc) if self.proc else _tree_rss_proc(self.pid)
            self.peak_total = max(self.peak_total, total)
            self.peak_one = max(self.peak_one, one)
            if n % 20 == 0 and Path("/proc/self/smaps_rollup").exists():
                self.peak_pss = max(self.peak_pss, _pss(_tree_pids(self.pid)))
            n += 1
            time.sleep(self.interval)

    def stop(self) -> None:
        self.stop_flag.set()
        self.join()


# -- subprocess runs ----------------------------------------------------------------------------
def pepqa_exe() -> list[str]:
    exe = Path(sys.executable).with_name("pepqa")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "pepqa.cli"]


def child_env() -> dict:
    env = dict(os.environ)
    # As installed on a laptop: byte-code caches are written and reused (this workplace sets the opposite).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def before_exe(tree: str) -> tuple[list[str], dict]:
    """The command and environment that run the pepqa source tree ``tree`` (e.g. ``git archive main``) with
    this interpreter: the code before a change, measured in the same run as the code after it."""
    return [sys.executable, "-m", "pepqa.cli"], {"PYTHONPATH": str(Path(tree).resolve())}


def run_batch(inputs: list[Path], n_files: int, workers: int, work: Path, name: str, env: dict | None = None,
              exe: list[str] | None = None) -> dict:
    out = work / f"out-{name}"
    shutil.rmtree(out, ignore_errors=True)
    cmd = (exe or pepqa_exe()) + ["batch", *map(str, inputs), "--out", str(out), "--force", "--fail-on", "never",
                         "--no-progress", "--workers", str(workers), "--today", TODAY]
    before = os.times()
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**child_env(), **(env or {})},
                            text=True, cwd=str(work))  # not the repository: `python -m` puts the cwd first on sys.path
    mem = MemorySampler(proc.pid)
    mem.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t
    mem.stop()
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"bench: pepqa batch failed ({proc.returncode}):\n{stderr[-2000:]}")
    m = re.search(r"(\d+) files: (\d+) checked, (\d+) failed", stdout)
    if m is None:  # the summary line since read statuses: "N files: a read in full, b partly read, c unreadable"
        m2 = re.search(r"(\d+) files: (\d+) read in full, (\d+) partly read, (\d+) unreadable", stdout)
        m = m2 and re.match(r"(\d+) (\d+) (\d+)", f"{m2.group(1)} {int(m2.group(2)) + int(m2.group(3))} {m2.group(4)}")
    inner = re.search(r"([\d.]+) s \(([\d.]+) files/s\)", stdout)
    res = {"files": n_files, "wall_s": round(wall, 2), "docs_per_s": round(n_files / wall, 2),
           "cpu_s_per_doc": round(cpu / n_files, 4),
           # what the same CPU work gives when the cores are not shared with anything else (an upper bound)
           "docs_per_s_cpu_bound": round(min(workers, os.cpu_count() or 1) * n_files / cpu, 1) if cpu else None, "peak_rss_mb": round(mem.peak_total / 2**20),
           "peak_one_process_mb": round(mem.peak_one / 2**20), "peak_pss_mb": round(mem.peak_pss / 2**20),
           "memory_sampled_with": mem.how,
           "checked": int(m.group(2)) if m else None, "failed": int(m.group(3)) if m else None,
           "pool_s": float(inner.group(1)) if inner else None}
    shutil.rmtree(out, ignore_errors=True)
    return res


def _timed_run(cmd: list[str], env: dict) -> tuple[float, float, int]:
    """(wall s, CPU s of the child: user + system, exit status) of one process run to its end."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=tempfile.gettempdir())
    _, status, ru = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - t, ru.ru_utime + ru.ru_stime, proc.returncode


def cold_runs(cmds: dict[str, list[str]], repeats: int = 5, envs: dict | None = None) -> dict[str, dict]:
    """Each command run ``repeats`` times, interleaved (so a change of load hits them all alike), after one
    untimed run each so byte-code caches exist, as they do after an install; medians of wall and CPU."""
    base = child_env()
    env = {k: {**base, **((envs or {}).get(k) or {})} for k in cmds}
    for k, cmd in cmds.items():
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env[k], check=False,
                       cwd=tempfile.gettempdir())
    got: dict[str, list] = {k: [] for k in cmds}
    for _ in range(repeats):
        for k, cmd in cmds.items():
            wall, cpu, rc = _timed_run(cmd, env[k])
            if rc not in (0, 1):
                raise SystemExit(f"bench: {' '.join(cmd[-4:])} failed ({rc})")
            got[k].append((wall, cpu))
    return {k: {"median_s": round(statistics.median(w for w, _ in v), 3), "min_s": round(min(w for w, _ in v), 3),
                "cpu_median_s": round(statistics.median(c for _, c in v), 3),
                "runs": [round(w, 3) for w, _ in v], "cpu_runs": [round(c, 3) for _, c in v]} for k, v in got.items()}


# The floor of a cold check: the chosen stack's own start, nothing of pepqa.
SPACY_FLOOR = 'import spacy; spacy.blank("en")'


def cold_check(docx: Path, pdf: Path, repeats: int = 5, before: str | None = None) -> dict:
    def check(path, exe=None):
        return (exe or pepqa_exe()) + ["check", str(path), "--fail-on", "never", "--today", TODAY]

    cmds = {"docx": check(docx), "pdf": check(pdf), "floor": [sys.executable, "-c", SPACY_FLOOR]}
    envs = {}
    if before:
        exe, envs["docx_before"] = before_exe(before)
        cmds["docx_before"] = check(docx, exe)
    got = cold_runs(cmds, repeats, envs)
    floor = got.pop("floor")
    for k in [k for k in ("docx", "pdf", "docx_before") if k in got]:
        got[k]["floor_cpu_s"] = floor["cpu_median_s"]
        got[k]["floor_wall_s"] = floor["median_s"]
        got[k]["cpu_over_floor"] = round(got[k]["cpu_median_s"] / floor["cpu_median_s"], 3)
        got[k]["wall_over_floor"] = round(got[k]["median_s"] / floor["median_s"], 3)
    got["floor"] = floor | {"what": SPACY_FLOOR}
    return got


# -- in-process stage split ---------------------------------------------------------------------
class _NlpClock:
    """Adds up time spent inside spaCy's pipeline and tokenizer (re-entrant calls counted once)."""

    def __init__(self):
        self.total = 0.0
        self.depth = 0

    def wrap(self, fn):
        def timed(*a, **kw):
            if self.depth:
                return fn(*a, **kw)
            self.depth += 1
            t = time.process_time()
            try:
                return fn(*a, **kw)
            finally:
                self.total += time.process_time() - t
                self.depth -= 1
        return timed


class _TimedTokenizer:
    def __init__(self, tok, clock):
        self._tok, self._call = tok, clock.wrap(tok.__call__)

    def __call__(self, text):
        return self._call(text)

    def __getattr__(self, name):
        return getattr(self._tok, name)


def stage_split(subset: list[Path], work: Path) -> dict:
    from spacy.language import Language

    from pepqa.batch import make_record
    from pepqa.checks import load_all, run_checks
    from pepqa.nlp import get_nlp
    from pepqa.outputs import write_outputs
    from pepqa.pipeline import Result
    from pepqa.policy import load_policy
    from pepqa.readers import read_pep
    from pepqa.verdict import decide
    from datetime import date

    policy = load_policy(None)
    today = date.fromisoformat(TODAY)
    load_all()
    nlp = get_nlp()
    clock = _NlpClock()
    Language.__call__ = clock.wrap(Language.__call__)
    Language.make_doc = clock.wrap(Language.make_doc)
    Language.pipe = clock.wrap(Language.pipe)
    nlp.tokenizer = _TimedTokenizer(nlp.tokenizer, clock)
    # one untimed file so lazily built matchers and vocabularies are not charged to the first file
    warm = read_pep(subset[0])
    f0 = run_checks(warm, policy, today=today)
    make_record(Result(str(subset[0]), warm, f0, decide(warm, f0, policy)), None, policy)
    clock.total = 0.0

    per_kind: dict[str, dict] = {}
    records = []
    for path in subset:
        kind = path.suffix[1:]
        acc = per_kind.setdefault(kind, {"files": 0, "read": 0.0, "nlp": 0.0, "checks": 0.0, "write": 0.0})
        t0 = time.process_time()
        pep = read_pep(path)
        t1 = time.process_time()
        n0 = clock.total
        findings = run_checks(pep, policy, today=today)
        verdict = decide(pep, findings, policy)
        t2 = time.process_time()
        rec = make_record(Result(str(path), pep, findings, verdict), None, policy)
        json.dumps(rec, ensure_ascii=False)  # the cache file
        t3 = time.process_time()
        nlp_t = clock.total - n0
        acc["files"] += 1
        acc["read"] += t1 - t0
        acc["nlp"] += nlp_t
        acc["checks"] += (t2 - t1) - nlp_t
        acc["write"] += t3 - t2
        records.append(rec)
    out = work / "out-stages"
    out.mkdir(parents=True, exist_ok=True)
    t = time.process_time()
    write_outputs(out, records, {"bench": True}, None)
    outputs_per_file = (time.process_time() - t) / len(records)
    mixed = {"files": 0, "read": 0.0, "nlp": 0.0, "checks": 0.0, "write": 0.0}
    for acc in per_kind.values():
        for k in mixed:
            mixed[k] += acc[k]
    per_kind["mixed"] = mixed  # the subset keeps the corpus's mix of layouts
    result = {}
    for kind, acc in per_kind.items():
        n = acc.pop("files")
        row = {k: round(v / n, 4) for k, v in acc.items()}
        row["write"] = round(row["write"] + outputs_per_file, 4)
        row["total"] = round(sum(row[k] for k in ("read", "nlp", "checks", "write")), 4)
        row["checks_nlp_share_of_read"] = round((row["nlp"] + row["checks"]) / row["read"], 3) if row["read"] else None
        row["files"] = n
        result[kind] = row
    return {"per_doc_cpu_s": result, "records": records}


# -- the floor: the same libraries, text only ---------------------------------------------------
def _pdfium_floor(path: Path) -> int:
    """pypdfium2 (the engine pepqa's PDF reader is built on) reading the text and every character's box."""
    import pypdfium2 as pdfium

    n = 0
    pdf = pdfium.PdfDocument(str(path))
    try:
        for page in pdf:
            tp = page.get_textpage()
            tp.get_text_range()
            for i in range(tp.count_chars()):
                tp.get_charbox(i)
                n += 1
            tp.close()
            page.close()
    finally:
        pdf.close()
    return n


def floor(subset: list[Path], plumber_files: int = 5) -> dict:
    """CPU seconds per file: the floors (python-docx paragraphs + table cells; pypdfium2 text + character
    boxes), pepqa's PDF read with the pdfminer engine it had before (today's value, same run), and
    pdfplumber's own ``extract_text`` on the first ``plumber_files`` PDFs (the reference the issue quotes)."""
    import docx
    import pdfplumber

    from pepqa.labels import load_labels
    from pepqa.readers.interpret import interpret
    from pepqa.readers.pdf_extract import extract_pdf

    labels = load_labels()
    out: dict[str, dict] = {}
    extra = {"pdfminer_read": [0.0, 0], "pdfplumber_extract_text": [0.0, 0], "pdfium_read": [0.0, 0]}
    for path in subset:
        kind = path.suffix[1:]
        acc = out.setdefault(kind, {"files": 0, "cpu": 0.0})
        t = time.process_time()
        if kind == "docx":
            d = docx.Document(str(path))
            parts = [p.text for p in d.paragraphs]
            for table in d.tables:
                for row in table.rows:
                    for cell in row.cells:
                        parts.append(cell.text)
        elif kind == "pdf":
            _pdfium_floor(path)
        else:
            continue
        acc["cpu"] += time.process_time() - t
        acc["files"] += 1
        if kind == "pdf":  # the readers beside the floor, file by file, so load changes hit them alike
            t = time.process_time()
            interpret(extract_pdf(path, "pdfium"), labels)
            extra["pdfium_read"][0] += time.process_time() - t
            extra["pdfium_read"][1] += 1
            t = time.process_time()
            interpret(extract_pdf(path, "pdfminer"), labels)
            extra["pdfminer_read"][0] += time.process_time() - t
            extra["pdfminer_read"][1] += 1
            if extra["pdfplumber_extract_text"][1] < plumber_files:
                t = time.process_time()
                with pdfplumber.open(str(path)) as pdf:
                    [page.extract_text() or "" for page in pdf.pages]
                extra["pdfplumber_extract_text"][0] += time.process_time() - t
                extra["pdfplumber_extract_text"][1] += 1
    n = sum(v["files"] for v in out.values())
    if n:
        out["mixed"] = {"files": n, "cpu": sum(v["cpu"] for v in out.values())}
    res = {k: round(v["cpu"] / v["files"], 4) for k, v in out.items() if v["files"]}
    for k, (cpu, files) in extra.items():
        if files:
            res[f"pdf_{k}"] = round(cpu / files, 4)
    return res


# -- letters ------------------------------------------------------------------------------------
def _letters_chunk(chunk: list[dict], out: str, fmt: str) -> int:
    from datetime import date

    from pepqa.policy import load_policy
    from pepqa.render.letters import write_letter

    policy = load_policy(None)
    for i, letter in chunk:
        write_letter(letter, Path(out), f"{fmt}-{i}", policy, date.fromisoformat(TODAY), formats=(fmt,))
    return len(chunk)


def letters(records: list[dict], work: Path, count: int, workers: int) -> dict | None:
    """Letters per second: each format in this process (templates and fonts already loaded), and PDF in
    ``workers`` fresh forked processes (each loads its own engine, as ``pepqa letters`` does)."""
    if importlib.util.find_spec("pepqa.render.letters") is None:
        return None
    import multiprocessing as mp

    from pepqa.policy import load_policy
    from pepqa.render.letters import _fresh_engines, write_letter
    from datetime import date

    policy = load_policy(None)
    today = date.fromisoformat(TODAY)
    recs = [r for r in records if r.get("ok") and r.get("letter")][:count]
    if not recs:
        return None
    out = work / "letters"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    write_letter(recs[0]["letter"], out, "warm", policy, today)  # templates, fonts, stylesheets: once per process
    res: dict = {"letters": len(recs)}
    for fmt in ("pdf", "docx"):
        t = time.perf_counter()
        for i, r in enumerate(recs):
            write_letter(r["letter"], out, f"{fmt}-{i}", policy, today, formats=(fmt,))
        res[f"{fmt}_per_s_one_process"] = round(len(recs) / (time.perf_counter() - t), 2)
    res["vs_weasyprint"] = letter_vs_weasyprint(recs, out, policy, today)
    if workers > 1 and "fork" in mp.get_all_start_methods():
        jobs = [(i, r["letter"]) for i, r in enumerate(recs)]
        t = time.perf_counter()
        with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"), initializer=_fresh_engines) as pool:
            done = sum(f.result() for f in [pool.submit(_letters_chunk, jobs[k::workers], str(out), "pdf")
                                            for k in range(workers)])
        res[f"pdf_per_s_{workers}_processes"] = round(done / (time.perf_counter() - t), 2)
        res["processes"] = workers
    shutil.rmtree(out, ignore_errors=True)
    return res


def letter_vs_weasyprint(recs: list[dict], out: Path, policy, today) -> dict:
    """A PDF letter (``write_letter``: context, template, WeasyPrint with PDF/UA tags, atomic write) against a
    bare WeasyPrint render of the very HTML pepqa rendered (captured from the engine), with the same
    stylesheets, already parsed (the floor does not pay for parsing them: a strict floor), no PDF/UA, no
    tags. CPU seconds, letter by letter, interleaved; and the letters' page counts."""
    import pypdfium2 as pdfium
    from weasyprint import HTML

    from pepqa.render import engine as E
    from pepqa.render.letters import write_letter

    captured: list[tuple[object, str]] = []
    real = E.Engine.pdf_bytes

    def spy(self, html):
        captured.append((self, html))
        return real(self, html)

    E.Engine.pdf_bytes = spy
    try:
        for i, r in enumerate(recs):
            write_letter(r["letter"], out, f"cap-{i}", policy, today, formats=("pdf",))
    finally:
        E.Engine.pdf_bytes = real
    pages = []
    for i in range(len(recs)):
        with pdfium.PdfDocument(str(out / f"cap-{i}.pdf")) as pdf:
            pages.append(len(pdf))
    ours = bare = 0.0
    for i, (r, (eng, html)) in enumerate(zip(recs, captured)):
        t = time.process_time()
        write_letter(r["letter"], out, f"vs-{i}", policy, today, formats=("pdf",))
        ours += time.process_time() - t
        t = time.process_time()
        HTML(string=html, base_url=eng.dirs[-1].as_uri() + "/", url_fetcher=eng.fetcher).write_pdf(
            stylesheets=eng.stylesheets, font_config=eng.font_config)
        bare += time.process_time() - t
    n = len(captured)
    return {"letters": n, "letter_cpu_s": round(ours / n, 4), "weasyprint_cpu_s": round(bare / n, 4),
            "letter_over_weasyprint": round(ours / bare, 3), "pages_median": statistics.median(pages),
            "pages_max": max(pages), "pages_min": min(pages)}


def web_check(docx: Path, pdf: Path, repeats: int = 7) -> dict:
    """The web self-check's warm response (``POST /check`` of one PEP: upload, the check in the app's worker
    process, the results page), through Starlette's test client in this process (no socket), after one
    untimed upload of each file; beside ``check_file`` of the same file in this process (the same work
    without the web: its floor). Wall seconds, medians."""
    if importlib.util.find_spec("pepqa.web") is None:
        return {"todo": "TODO: pepqa.web is not on main: the web self-check's warm response time is not measured"}
    import re as _re
    import warnings
    from datetime import date

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from pepqa.pipeline import check_file
    from pepqa.policy import load_policy
    from pepqa.web.app import WebApp

    policy = load_policy(None)
    today = date.fromisoformat(TODAY)
    web = WebApp(policy, today=today, workers=1, port=8765)
    out: dict = {}
    with TestClient(web.asgi(), base_url="http://127.0.0.1:8765") as client:
        def post(path: Path) -> float:
            tok = _re.search(r'name="token" value="([0-9a-f]+)"', client.get("/").text)[1]
            body = path.read_bytes()
            t = time.perf_counter()
            r = client.post("/check", data={"token": tok}, files={"pep": (path.name, body)})
            took = time.perf_counter() - t
            if r.status_code != 200:
                raise SystemExit(f"bench: web check of a {path.suffix} PEP answered {r.status_code}")
            return took

        for kind, path in (("docx", docx), ("pdf", pdf)):
            post(path)
            check_file(str(path), policy, today)
            web_t, floor_t = [], []
            for _ in range(repeats):
                web_t.append(post(path))
                t = time.perf_counter()
                check_file(str(path), policy, today)
                floor_t.append(time.perf_counter() - t)
            w, f = statistics.median(web_t), statistics.median(floor_t)
            out[kind] = {"warm_response_s": round(w, 4), "check_file_s": round(f, 4), "over_floor": round(w / f, 2)}
    return out


# -- report -------------------------------------------------------------------------------------
def verdict(key: str, value) -> str:
    if value is None or key not in GOALS:
        return ""
    op, goal = GOALS[key]
    ok = value >= goal if op == ">=" else value <= goal
    return f"{op} {goal:g}  {'met' if ok else 'MISSED'}"


def table(res: dict) -> str:
    rows = []
    b = res["batch"]
    for name in ("docx", "pdf", "mixed"):
        r = b.get(name)
        if r:
            rows.append((f"batch {name} ({r['files']} files)", f"{r['docs_per_s']} docs/s",
                         f"{r['cpu_s_per_doc']} CPU-s/doc (CPU-bound {r.get('docs_per_s_cpu_bound')} docs/s), "
                         f"peak {r['peak_rss_mb']} MB RSS / {r.get('peak_pss_mb')} MB PSS",
                         verdict(f"batch_{name}_docs_per_s", r["docs_per_s"])))
    for kind, r in res["cold_check"].items():
        if kind == "floor":
            rows.append(("cold floor: " + r["what"], f"{r['median_s']} s", f"CPU {r['cpu_median_s']} s", ""))
            continue
        rows.append((f"cold check ({kind})", f"{r['median_s']} s", f"min {r['min_s']} s; CPU {r['cpu_median_s']} s = "
                     f"{r['cpu_over_floor']}x the spaCy floor's {r['floor_cpu_s']} s (wall {r['wall_over_floor']}x)",
                     verdict(f"cold_check_{kind}_s", r["median_s"]) + (
                         f"; floor x{r['cpu_over_floor']} " + ("met" if r["cpu_over_floor"] <= 1.15 else "MISSED") +
                         " (<= 1.15)" if kind == "docx" else "")))
    for kind, r in res["stages"].items():
        rows.append((f"stages {kind} (CPU-s/doc)", f"read {r['read']}", f"nlp {r['nlp']} checks {r['checks']} "
                     f"write {r['write']}; (nlp+checks)/read {r['checks_nlp_share_of_read']}",
                     verdict("checks_nlp_share_of_read", r["checks_nlp_share_of_read"]) if kind == "mixed" else ""))
    for kind, r in res["floor"].items():
        if kind == "pdf_readers":
            rows.append(("PDF read, pdfium vs floor", f"{r['pdfium_read']} CPU-s",
                         f"floor (pypdfium2 text + char boxes) {r['floor']}: {r['pdfium_over_floor']}x; before (pdfminer "
                         f"engine, same run) {r['pdfminer_read']}: {r['pdfminer_over_floor']}x; pdfplumber extract_text "
                         f"{r.get('pdfplumber_extract_text')}",
                         "<= 3x  " + ("met" if r["pdfium_over_floor"] <= 3 else "MISSED")))
            continue
        rows.append((f"floor {kind} (CPU-s/doc)", f"{r['floor']}", f"pepqa read/floor {r['read_over_floor']}, "
                     f"total/floor {r['total_over_floor']}", ""))
    for n, r in sorted(res.get("memory", {}).items()):
        rows.append((f"peak memory, {n} PEPs", f"{r['peak_rss_mb']} MB",
                     f"PSS {r.get('peak_pss_mb')} MB, largest process {r['peak_one_process_mb']} MB, "
                     f"{r['docs_per_s']} docs/s",
                     verdict("peak_rss_mb_10000", r["peak_rss_mb"]) if n == "10000" else ""))
    lt = res.get("letters")
    if lt:
        k = lt.get("processes")
        if k:
            rows.append((f"letters PDF ({k} processes)", f"{lt[f'pdf_per_s_{k}_processes']} /s",
                         "each process loads its own engine", verdict("letters_pdf_per_s", lt[f"pdf_per_s_{k}_processes"])))
        rows.append(("letters PDF (1 process, warm)", f"{lt['pdf_per_s_one_process']} /s", "", ""))
        vs = lt.get("vs_weasyprint")
        if vs:
            rows.append(("a PDF letter vs WeasyPrint", f"{vs['letter_cpu_s']} CPU-s",
                         f"bare WeasyPrint, same HTML and CSS: {vs['weasyprint_cpu_s']} ({vs['letter_over_weasyprint']}x); "
                         f"pages {vs['pages_min']}-{vs['pages_max']} (median {vs['pages_median']})",
                         "<= 1.3x  " + ("met" if vs["letter_over_weasyprint"] <= 1.3 else "MISSED")))
        rows.append(("letters DOCX (1 process, warm)", f"{lt['docx_per_s_one_process']} /s", "", ""))
    elif "letters" in res:
        rows.append(("letters", "skipped", "pepqa.render.letters not present", ""))
    pb = res["batch"].get("pdf_pdfminer")
    if pb and res["batch"].get("pdf"):
        now = res["batch"]["pdf"]
        rows.append(("PDF batch, now vs before", f"{now['docs_per_s']} vs {pb['docs_per_s']} docs/s",
                     f"{round(now['docs_per_s'] / pb['docs_per_s'], 2)}x wall; CPU-s/doc {now['cpu_s_per_doc']} vs "
                     f"{pb['cpu_s_per_doc']} ({round(pb['cpu_s_per_doc'] / now['cpu_s_per_doc'], 2)}x)",
                     ">= 2x  " + ("met" if now["docs_per_s"] >= 2 * pb["docs_per_s"] else "MISSED")))
    pm = res["batch"].get("pdf_before")
    if pm and res["batch"].get("pdf"):
        now = res["batch"]["pdf"]
        rows.append(("PDF batch, now vs the code before", f"{now['docs_per_s']} vs {pm['docs_per_s']} docs/s",
                     f"{round(now['docs_per_s'] / pm['docs_per_s'], 2)}x wall; CPU-s/doc {now['cpu_s_per_doc']} vs "
                     f"{pm['cpu_s_per_doc']} ({round(pm['cpu_s_per_doc'] / now['cpu_s_per_doc'], 2)}x)",
                     ">= 2x  " + ("met" if now["docs_per_s"] >= 2 * pm["docs_per_s"] else "MISSED")))
    for kind, r in (res.get("web") or {}).items():
        if kind == "todo":
            rows.append(("web self-check (warm)", "-", r, ""))
        else:
            rows.append((f"web self-check, warm ({kind})", f"{r['warm_response_s']} s",
                         f"check_file of the same PEP in-process {r['check_file_s']} s ({r['over_floor']}x)", ""))
    rows.append(("load average", f"{res['machine'].get('loadavg_at_start')} at start",
                 f"{res.get('loadavg_at_end')} at end", ""))
    w = [max(len(r[i]) for r in rows) for i in range(4)]
    return "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def _letters_goal_figure(lt: dict | None):
    if not lt:
        return None
    k = lt.get("processes")
    return lt[f"pdf_per_s_{k}_processes"] if k else lt["pdf_per_s_one_process"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="PEPs to generate (default 1000)")
    ap.add_argument("--seed", type=int, default=8, help="corpus seed (default 8)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="batch workers (default: all cores)")
    ap.add_argument("--corpus", help="keep the generated corpus here and reuse it on the next run")
    ap.add_argument("--subset", type=int, default=90, help="files for the stage split and the floor (default 90)")
    ap.add_argument("--letters", type=int, default=30, help="letters to render (default 30; 0 to skip)")
    ap.add_argument("--before", help="a pepqa source tree of the code before (git archive main | tar -x -C DIR): "
                    "its PDF batch is run in the same run, beside today's")
    ap.add_argument("--cold-repeats", type=int, default=5, help="timed runs of each cold command (default 5)")
    ap.add_argument("--big", action="store_true", help="also a 10,000-PEP batch for peak memory")
    ap.add_argument("--big-n", type=int, default=10000, help=argparse.SUPPRESS)
    ap.add_argument("--only", help="comma-separated parts: batch,cold,stages,letters,big (default: all)")
    ap.add_argument("--json", default=str(ROOT / "bench" / "last.json"), help="where to write the results")
    args = ap.parse_args(argv)
    parts = set((args.only or "batch,cold,stages,letters,web,big").split(","))

    started = time.perf_counter()
    res: dict = {"machine": machine(), "settings": {"n": args.n, "seed": args.seed, "workers": args.workers,
                                                   "subset": args.subset, "big": args.big}, "goals": GOALS}
    root = corpus(args)
    work = Path(tempfile.mkdtemp(prefix="pepqa-bench-work-"))
    docx_files, pdf_files = files_in(root, "docx"), files_in(root, "pdf")
    try:
        res["batch"] = {}
        if "batch" in parts:
            for name, subs, n, env in (("docx", ["docx"], len(docx_files), None), ("pdf", ["pdf"], len(pdf_files), None),
                                       ("pdf_pdfminer", ["pdf"], len(pdf_files), {"PEPQA_PDF_ENGINE": "pdfminer"}),
                                       ("mixed", ["docx", "pdf"], len(docx_files) + len(pdf_files), None)):
                print(f"batch {name} ...", file=sys.stderr)
                res["batch"][name] = run_batch([root / s for s in subs], n, args.workers, work, name, env)
            if args.before:
                print("batch pdf with the code before ...", file=sys.stderr)
                exe, env = before_exe(args.before)
                res["batch"]["pdf_before"] = run_batch([root / "pdf"], len(pdf_files), args.workers, work, "pdf_before",
                                                       env, exe)
        res["cold_check"] = {}
        if "cold" in parts:
            print("cold check ...", file=sys.stderr)
            res["cold_check"] = cold_check(docx_files[0], pdf_files[0], args.cold_repeats, args.before)
        res["stages"], res["floor"] = {}, {}
        records: list[dict] = []
        if "stages" in parts or "letters" in parts:
            # the first files in generation order: layouts, phases and qualities cycle as in the whole corpus
            every = files_in(root, "docx", "pdf")
            every.sort(key=lambda p: p.name)
            subset = every[: args.subset]
            print(f"stage split over {len(subset)} files ...", file=sys.stderr)
            st = stage_split(subset, work)
            records = st["records"]
            if "stages" in parts:
                res["stages"] = st["per_doc_cpu_s"]
                print("floor ...", file=sys.stderr)
                fl = floor(subset)
                for kind, f in list(fl.items()):
                    if kind.startswith("pdf_"):
                        continue
                    s = res["stages"][kind]
                    res["floor"][kind] = {"floor": f, "pepqa_read": s["read"], "pepqa_total": s["total"],
                                          "read_over_floor": round(s["read"] / f, 2),
                                          "total_over_floor": round(s["total"] / f, 2)}
                if "pdf_pdfium_read" in fl:
                    f = fl["pdf"]
                    res["floor"]["pdf_readers"] = {
                        "floor": f, "pdfium_read": fl["pdf_pdfium_read"], "pdfminer_read": fl["pdf_pdfminer_read"],
                        "pdfplumber_extract_text": fl.get("pdf_pdfplumber_extract_text"),
                        "pdfium_over_floor": round(fl["pdf_pdfium_read"] / f, 2),
                        "pdfminer_over_floor": round(fl["pdf_pdfminer_read"] / f, 2)}
        if "letters" in parts and args.letters:
            print("letters ...", file=sys.stderr)
            res["letters"] = letters(records, work, args.letters, args.workers)
        if "web" in parts:
            print("web self-check ...", file=sys.stderr)
            res["web"] = web_check(docx_files[0], pdf_files[0])
        res["memory"] = {}
        if "mixed" in res["batch"]:
            res["memory"][str(res["batch"]["mixed"]["files"])] = res["batch"]["mixed"]
        if args.big and "big" in parts:
            extra = max(0, args.big_n - len(docx_files) - len(pdf_files))
            print(f"big: {extra} JSON PEPs on the fly + the {len(docx_files) + len(pdf_files)} documents ...",
                  file=sys.stderr)
            big = work / "big"
            generate(big, extra, args.seed + 1, args.workers, json_only=True)
            res["memory"][str(args.big_n)] = run_batch([root / "docx", root / "pdf", big / "json"], args.big_n,
                                                       args.workers, work, "big")
            res["memory"][str(args.big_n)]["composition"] = (f"{len(docx_files)} DOCX, {len(pdf_files)} PDF, "
                                                             f"{extra} JSON")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if not args.corpus:
            shutil.rmtree(root, ignore_errors=True)
    res["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    res["elapsed_s"] = round(time.perf_counter() - started, 1)
    res["goals_met"] = {}
    checks = {
        "batch_mixed_docs_per_s": res["batch"].get("mixed", {}).get("docs_per_s"),
        "batch_docx_docs_per_s": res["batch"].get("docx", {}).get("docs_per_s"),
        "batch_pdf_docs_per_s": res["batch"].get("pdf", {}).get("docs_per_s"),
        "cold_check_docx_s": res["cold_check"].get("docx", {}).get("median_s"),
        "checks_nlp_share_of_read": res["stages"].get("mixed", {}).get("checks_nlp_share_of_read"),
        "peak_rss_mb_10000": res["memory"].get("10000", {}).get("peak_rss_mb"),
        "letters_pdf_per_s": _letters_goal_figure(res.get("letters")),
        "pdf_read_over_floor": res["floor"].get("pdf_readers", {}).get("pdfium_over_floor"),
        "pdf_batch_speedup": next((round(res["batch"]["pdf"]["docs_per_s"] / res["batch"][k]["docs_per_s"], 2)
                                   for k in ("pdf_before", "pdf_pdfminer") if "pdf" in res["batch"] and k in res["batch"]),
                                  None),
        "letter_over_weasyprint": ((res.get("letters") or {}).get("vs_weasyprint") or {}).get("letter_over_weasyprint"),
        "cold_check_docx_over_floor": res["cold_check"].get("docx", {}).get("cpu_over_floor"),
    }
    for k, v in checks.items():
        if v is not None:
            op, goal = GOALS[k]
            res["goals_met"][k] = {"value": v, "goal": f"{op} {goal:g}", "met": v >= goal if op == ">=" else v <= goal}
    Path(args.json).write_text(json.dumps(res, indent=2) + "\n")
    m = res["machine"]
    print(f"pepqa bench: {m['nproc']} cores, {m['cpu']}, {m['ram_gb']} GB, Python {m['python']}, "
          f"load at start {m['loadavg_at_start']}; {res['elapsed_s']} s")
    print(table(res))
    print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
