"""Moderation packs: flagged examples grouped by check, for a moderation session to agree or disagree with.

A pack is anonymised throughout: children appear as initials and a pseudonymous ID, adults as their
role or "[name removed]", schools as "School A", "School B"...; every name any PEP in the set records
is removed from every text in the pack, and titled or common first names in free text too.

Sampling: for each check, up to ``per_check`` findings are drawn with a seeded random generator, round
robin across (school, grade) groups so the sample spreads over schools and grades, and at most one
example per PEP while others remain. The same files, policy, date and seed give the same pack.

Outputs: ``moderation.html`` (standalone page), ``moderation.pdf`` (tagged PDF/UA) and
``decisions.xlsx`` (one row per example shown: id, check, severity, file pseudonym, the finding, evidence
(or "nothing to quote" for a finding about something missing), suggestion, moderator decision
agree/disagree/unsure, comment). :func:`calibrate` reads a filled sheet back and reports per check how
many examples were shown, decided, agreed and left unsure, the agreement rate and its Wilson 95%
interval (small samples say little, and the table says so); an unfilled sheet gets one clear line.
The pack's prose is for people: rationales carry no policy keys, sources no internal paths.
"""
from __future__ import annotations

import random
import re
import string
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Optional

from ..anonymise import initials, known_names, person_names, pseudonym
from ..atomic import write_with
from ..findings import Finding
from .common import Redactor, context_text, highlighted, plain, term_label, where
from .engine import engine, long_date, shorten

DECISION_COLUMNS = ["ID", "Check", "Severity", "File", "Finding", "Evidence", "Suggestion", "Moderator decision",
                    "Comment"]
DECISIONS = ("agree", "disagree", "unsure")  # "unsure" is counted, never as agreement or disagreement
NOTHING_TO_QUOTE = "Nothing to quote: this finding is about something missing from the PEP."
FEW_DECISIONS = 10  # below this many decisions an agreement rate is shown with a caution
_SEV_ORDER = {"must-fix": 0, "should-fix": 1, "advice": 2}


@dataclass
class _Case:
    index: int
    pseud: str
    school: str
    grade: str
    year: Optional[int]
    result: Any


def _school_labels(results) -> dict[str, str]:
    """'School A', 'School B'... per school name read; a PEP whose school was not read is 'school not read',
    never lettered as if all such PEPs came from one school."""
    names = sorted({(r.pep.school.name or "").strip().lower() for r in results} - {""})
    labels = {"": "school not read"}
    for i, n in enumerate(names):
        letters = string.ascii_uppercase
        labels[n] = "School " + (letters[i] if i < 26 else letters[i // 26 - 1] + letters[i % 26])
    return labels


_POLICY_REF = re.compile(r"\s*\((?:policy|see) [^)]*\)|\b(?:policy|setting) [a-z_]+\.[a-z_0-9]+(?:\.\.[a-z_0-9]+)?"
                         r"|\b[a-z_]+\.(?:[a-z]+_)+[a-z_0-9]*(?:\.\.[a-z_0-9]+)?\b")
_SEED = re.compile(r"(?:seeds/)?([a-z0-9-]+)\.txt")


def plain_prose(text: str) -> str:
    """A check's rationale for people: no policy keys ('attendance.provision_review_days') or paths."""
    out = _POLICY_REF.sub(lambda m: "" if m.group(0).lstrip().startswith("(") else "the authority's policy", text or "")
    out = re.sub(r"(^|[.!?]\s+)pepqa\b", r"\1The check", out)
    out = re.sub(r"\bpepqa\b", "the check", out)
    return re.sub(r"\s+([.,;:])", r"\1", out).strip()


def plain_source(text: str) -> str:
    """'seeds/coventry-pep-guidance.txt (Pupil voice)' -> 'Coventry PEP guidance (Pupil voice)'; 'domain.md' ->
    'QA practice notes'."""
    def name(m):
        words = m.group(1).split("-")
        caps = {"pep": "PEP", "epep": "ePEP", "navsh": "NAVSH", "dfe": "DfE", "vs": "VS", "sen": "SEN", "pp": "PP"}
        return " ".join(caps.get(w, w.capitalize() if i == 0 else w) for i, w in enumerate(words))
    out = _SEED.sub(name, text or "")
    return re.sub(r"\bdomain\.md\b", "QA practice notes", out)


def sample(cases: list[_Case], per_check: int, seed: int) -> dict[str, list[tuple[_Case, Finding]]]:
    """Per check code, up to ``per_check`` (case, finding) pairs spread across schools and grades."""
    by_code: dict[str, list[tuple[_Case, Finding]]] = {}
    for c in cases:
        for f in c.result.findings:
            by_code.setdefault(f.code, []).append((c, f))
    out: dict[str, list[tuple[_Case, Finding]]] = {}
    for code in sorted(by_code):
        rng = random.Random(f"{seed}:{code}")
        strata: dict[tuple[str, str], list[tuple[_Case, Finding]]] = {}
        for cf in by_code[code]:
            strata.setdefault((cf[0].school, cf[0].grade), []).append(cf)
        keys = sorted(strata)
        rng.shuffle(keys)
        for k in keys:
            rng.shuffle(strata[k])
        picked: list[tuple[_Case, Finding]] = []
        used_cases: set[int] = set()
        for allow_repeat in (False, True):  # first one example per PEP, then more if the check needs them
            progress = True
            while len(picked) < per_check and progress:
                progress = False
                for k in keys:
                    if len(picked) >= per_check:
                        break
                    pool = strata[k]
                    for j, cf in enumerate(pool):
                        if allow_repeat or cf[0].index not in used_cases:
                            picked.append(pool.pop(j))
                            used_cases.add(cf[0].index)
                            progress = True
                            break
        out[code] = picked
    return out


def build_pack(results, policy, per_check: int = 3, seed: int = 0, key: bytes = b"", today: Optional[date] = None
               ) -> dict[str, Any]:
    """The pack's content (JSON-ready) from pipeline results; unreadable files are counted, not shown."""
    from ..checks.registry import all_checks

    ok = [r for r in results if r.ok and r.pep is not None]
    schools = _school_labels(ok)
    cases = [_Case(i, pseudonym(r.pep, key), schools[(r.pep.school.name or "").strip().lower()], r.verdict.grade,
                   r.pep.child.year_group, r) for i, r in enumerate(ok)]
    every_name: set[str] = set()
    for r in ok:
        for n in known_names(r.pep):
            every_name.add(n)
            for pn in person_names(n):
                every_name.add(pn)
                every_name.update(w for w in pn.split() if len(w) > 2)
    extra = tuple(sorted(every_name, key=len, reverse=True))
    checks = {c.code: c for c in all_checks()}
    fired = Counter(f.code for r in ok for f in r.findings)
    files_with = Counter(code for r in ok for code in {f.code for f in r.findings})
    picked = sample(cases, per_check, seed)
    sections, rows = [], []
    n = 0
    codes = sorted(picked, key=lambda c: (_SEV_ORDER.get(checks[c].severity.value if c in checks else "advice", 3), c))
    for code in codes:
        chk = checks.get(code)
        glob = Redactor.__new__(Redactor)  # a redactor with no PEP: only the pack-wide names
        glob.mode, glob.reps, glob.keep, glob.extra = "anonymise", {}, [], extra
        examples = []
        for case, f in picked[code]:
            n += 1
            pep = case.result.pep
            red = Redactor(pep, "anonymise", extra=extra)
            text, span = context_text(pep, f)
            segs = highlighted(text, [span] if span else [], red, limit=600)
            if span is None and f.evidence and text != f.evidence:
                segs = segs + [{"t": " — evidence: ", "m": False}, {"t": red(shorten(f.evidence, 200)), "m": True}]
            if not plain(segs).strip():
                segs = []  # the template says there is nothing to quote, rather than an empty quote bar
            ex = {
                "id": f"M{n:03d}", "code": code, "pseud": case.pseud, "school": case.school, "grade": case.grade,
                "year": ("Reception" if case.year == 0 else "Nursery" if case.year == -1 else f"Year {case.year}")
                if case.year is not None else "Year not recorded",
                "child": initials(pep.child.name) if pep.child.name else "?", "term": term_label(pep),
                "severity": f.severity.value, "where": where(f) or "The PEP", "context": segs,
                "nothing_to_quote": NOTHING_TO_QUOTE if not segs else None,
                "message": red(f.message), "evidence": red(f.evidence) or plain([s for s in segs if s["m"]]),
                "suggestion": red(f.suggestion) or "", "audience": f.audience,
                "officer_note": red(f.officer_note) if f.officer_note else None,
            }
            examples.append(ex)
            rows.append([ex["id"], code, ex["severity"], ex["pseud"], shorten(ex["message"], 500),
                         shorten(ex["evidence"], 500) or NOTHING_TO_QUOTE, shorten(ex["suggestion"], 800), None, None])
        sections.append({
            "code": code, "title": chk.title if chk else code, "name": chk.name if chk else "",
            "severity": chk.severity.value if chk else "", "rationale": plain_prose(glob(chk.rationale)) if chk else "",
            "source": plain_source(chk.source) if chk else "", "fired": fired[code], "files": files_with[code],
            "examples": examples,
        })
    return {
        "title": "Moderation pack", "date_text": long_date(today or date.today()), "seed": seed, "per_check": per_check,
        "files": len(results), "readable": len(ok), "unreadable": len(results) - len(ok),
        "schools": len(schools), "grades": dict(sorted(Counter(c.grade for c in cases).items())),
        "checks": sections, "rows": rows, "authority": policy.get("authority.name") if policy is not None else "",
    }


def write_pack(pack: dict[str, Any], out_dir: Path, templates: Optional[Path] = None) -> list[Path]:
    out_dir = Path(out_dir)
    eng = engine(templates, None)  # no logo: the pack fetches nothing but its fonts
    html_p, pdf_p, xlsx_p = out_dir / "moderation.html", out_dir / "moderation.pdf", out_dir / "decisions.xlsx"
    eng.write_html(html_p, "moderation.html.j2", **pack)
    eng.write_pdf(pdf_p, "moderation.html.j2", **pack)
    write_decisions(xlsx_p, pack)
    return [html_p, pdf_p, xlsx_p]


def write_decisions(target: Path, pack: dict[str, Any]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "Decisions"
    ws.append(DECISION_COLUMNS)
    from ..safe import cell as safe_cell

    for row in pack["rows"]:
        ws.append([safe_cell(v) for v in row])  # evidence is PEP text: never a live formula in the sheet
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8EEF5")
    widths = [8, 9, 11, 13, 50, 40, 50, 20, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[string.ascii_uppercase[i]].width = w
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    last = max(2, ws.max_row)
    col = string.ascii_uppercase[DECISION_COLUMNS.index("Moderator decision")]
    dv = DataValidation(type="list", formula1='"' + ",".join(DECISIONS) + '"', allow_blank=True,
                        showErrorMessage=True, errorTitle="Moderator decision", error="Choose agree, disagree or unsure",
                        promptTitle="Moderator decision", prompt="Do you agree with this finding?")
    dv.add(f"{col}2:{col}{last}")
    ws.add_data_validation(dv)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{string.ascii_uppercase[len(DECISION_COLUMNS) - 1]}{last}"
    about = wb.create_sheet("About")
    for line in (
        ["Moderation decisions sheet written by pepqa"],
        ["Date", pack["date_text"]], ["Seed", pack["seed"]], ["Examples per check", pack["per_check"]],
        ["PEPs read", pack["readable"]], ["Files not readable", pack["unreadable"]],
        ["How to use", "For each row, choose agree (the finding is right), disagree, or unsure in 'Moderator "
                       "decision', and add a comment. Then run: pepqa calibrate decisions.xlsx"],
    ):
        about.append([safe_cell(v) for v in line])
    about.column_dimensions["A"].width = 22
    about.column_dimensions["B"].width = 90
    write_with(target, lambda p: wb.save(str(p)))


def calibrate(path: Path) -> dict[str, Any]:
    """Per check: examples shown, decided (agree/disagree), agreed and the agreement rate (agreed / decided)."""
    from openpyxl import load_workbook

    from ..errors import PepqaError

    try:
        wb = load_workbook(str(path), read_only=True, data_only=True)
    except Exception as e:  # noqa: BLE001  (any unreadable workbook is the user's file problem)
        raise PepqaError(f"{path}: cannot read the decisions workbook ({type(e).__name__})") from None
    ws = wb["Decisions"] if "Decisions" in wb.sheetnames else wb.worksheets[0]
    rows = ws.iter_rows(values_only=True)
    header = None
    for r in rows:
        cells = [str(c).strip().lower() if c is not None else "" for c in r]
        if "check" in cells and any(c.startswith("moderator decision") or c == "decision" for c in cells):
            header = cells
            break
    if header is None:
        raise PepqaError(f"{path}: no header row with 'Check' and 'Moderator decision' columns")
    ci = header.index("check")
    di = next(i for i, c in enumerate(header) if c.startswith("moderator decision") or c == "decision")
    stats: dict[str, dict[str, Any]] = {}
    unknown = 0
    for r in rows:
        if not r or ci >= len(r) or not r[ci]:
            continue
        code = str(r[ci]).strip()
        s = stats.setdefault(code, {"check": code, "shown": 0, "decided": 0, "agreed": 0, "unsure": 0})
        s["shown"] += 1
        d = str(r[di]).strip().lower() if di < len(r) and r[di] is not None else ""
        if d == "unsure":
            s["unsure"] += 1
        elif d in DECISIONS:
            s["decided"] += 1
            s["agreed"] += d == "agree"
        elif d:
            unknown += 1
    wb.close()
    try:
        from ..checks.registry import all_checks

        titles = {c.code: c.title for c in all_checks()}
    except Exception:  # pragma: no cover
        titles = {}
    out = []
    for code in sorted(stats):
        s = stats[code]
        s["title"] = titles.get(code, "")
        s["agreement"] = round(s["agreed"] / s["decided"], 3) if s["decided"] else None
        s["ci95"] = wilson(s["agreed"], s["decided"])
        out.append(s)
    tot = {k: sum(s[k] for s in out) for k in ("shown", "decided", "agreed", "unsure")}
    tot["agreement"] = round(tot["agreed"] / tot["decided"], 3) if tot["decided"] else None
    tot["ci95"] = wilson(tot["agreed"], tot["decided"])
    return {"checks": out, "total": tot, "unrecognised_decisions": unknown}


def wilson(k: int, n: int, z: float = 1.96) -> Optional[list[float]]:
    """The Wilson score 95% interval for k agreements in n decisions (sound for small n, unlike k/n +- ...)."""
    if not n:
        return None
    p = k / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / den
    return [round(max(0.0, mid - half), 3), round(min(1.0, mid + half), 3)]


def calibration_table(report: dict[str, Any]) -> str:
    t = report["total"]
    if not t["decided"]:
        unsure = f" ({t.get('unsure', 0)} marked unsure)" if t.get("unsure") else ""
        return (f"No decisions yet: none of the {t['shown']} examples is marked agree or disagree{unsure}. Fill in "
                "the 'Moderator decision' column of the Decisions sheet, save it, and run calibrate again.")

    def rate(s):
        if s["agreement"] is None:
            return "not decided"
        lo, hi = s["ci95"]
        return f"{s['agreement'] * 100:.0f}% ({lo * 100:.0f}-{hi * 100:.0f}%)"

    lines = [f"{'check':7} {'shown':>5} {'decided':>7} {'agreed':>6} {'unsure':>6}  {'agreement (95% CI)':<20}  title"]
    for s in report["checks"]:
        lines.append(f"{s['check']:7} {s['shown']:5d} {s['decided']:7d} {s['agreed']:6d} {s.get('unsure', 0):6d}  "
                     f"{rate(s):<20}  {shorten(s['title'], 60)}")
    lines.append(f"{'all':7} {t['shown']:5d} {t['decided']:7d} {t['agreed']:6d} {t.get('unsure', 0):6d}  {rate(t):<20}")
    if any(0 < s["decided"] < FEW_DECISIONS for s in report["checks"]):
        lines.append(f"Checks with fewer than {FEW_DECISIONS} decisions have wide intervals: read their rates as a "
                     "rough guide, not a measure.")
    if report["unrecognised_decisions"]:
        lines.append(f"({report['unrecognised_decisions']} decisions were neither 'agree' nor 'disagree' and are "
                     f"not counted)")
    return "\n".join(lines)
