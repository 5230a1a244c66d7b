"""Build every zoo I layout into tests/zoo/zooI/ (or the folder given) and check each truth file against its PEP.

Checks: every verbatim truth string (child name, first name, school, pupil voice, target texts,
spend descriptions) is in the file's text; every date and number appears in some written form.
Run: python tests/zoo/generators/_verify_I.py [OUT_DIR]  (written blind: see tests/zoo/README.md)
"""
import datetime as dt
import glob
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "zooI")
sys.path.insert(0, HERE)

EXPECTED_KEYS = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name", "school",
                 "year_group", "meeting_date", "completed_date", "attendance_percent", "pupil_voice",
                 "targets", "english_target", "maths_target", "pp_spend", "pp_requested"]


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


# ----------------------------------------------------------------------------- text extraction
def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = []

    def do_table(t):
        seen = []  # keep the elements alive so identity checks are sound
        for row in t.rows:
            for c in row.cells:
                if any(c._tc is s for s in seen):
                    continue
                seen.append(c._tc)
                parts.append(c.text)
                for nt in c.tables:
                    do_table(nt)

    def do_container(c):
        for p in c.paragraphs:
            parts.append(p.text)
        for t in c.tables:
            do_table(t)

    do_container(d)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                   s.even_page_footer):
            try:
                do_container(hf)
            except Exception:
                pass
    return "\n".join(parts)


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
            for tb in page.extract_tables() or []:
                for row in tb:
                    for cell in row:
                        if cell:
                            parts.append(cell)
            page.close()
    return "\n".join(parts)


def file_text(path):
    return docx_text(path) if path.endswith(".docx") else pdf_text(path)


# ----------------------------------------------------------------------------- written forms
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(n):
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    forms = set()
    for day in (f"{d.day:02d}", str(d.day)):
        for mon in (f"{d.month:02d}", str(d.month)):
            for yr in (str(d.year), str(d.year)[2:]):
                for sep in ("/", ".", "-"):
                    forms.add(f"{day}{sep}{mon}{sep}{yr}")
    forms.add(d.isoformat())
    mname = MONTHS[d.month - 1]
    for m in (mname, mname[:3], mname[:3] + ".", "Sept" if d.month == 9 else mname[:3]):
        for day in (str(d.day), ordinal(d.day), f"{d.day:02d}"):
            for yr in (str(d.year), "'" + str(d.year)[2:], str(d.year)[2:]):
                forms.add(f"{day} {m} {yr}")
                forms.add(f"{day}-{m}-{yr}")
                forms.add(f"{m} {day}, {yr}")
                forms.add(f"{day} of {m} {yr}")
    return forms


def number_forms(v):
    forms = {f"{v:g}", f"{v:.1f}", f"{v:.2f}", f"{v:,.2f}", f"{v:,.0f}" if float(v).is_integer() else f"{v:g}"}
    if float(v).is_integer():
        forms.add(str(int(v)))
    return forms


def year_forms(y):
    if y == -1:
        return {"Nursery", "nursery", "pre-school", "Pre-school", "FS1", "NCY -1", "Early Years", "age 3",
                "3 years"}
    if y == 0:
        return {"Reception", "reception", "FS2", "YR", "NCY R", "Year R"}
    return {f"Year {y}", f"Yr {y}", f"Y{y}", f"NCY {y}", f"NCY: {y}", f"year {y}", f"Year{y}", f"[{y}]",
            f"({y})"}


# ----------------------------------------------------------------------------- checks
def check_one(path, truth):
    errs = []
    fname = os.path.basename(path)
    if list(truth.keys()) != EXPECTED_KEYS:
        errs.append(f"keys differ: {list(truth.keys())}")
    if truth.get("file") != fname:
        errs.append(f"file field {truth.get('file')} != {fname}")
    if not fname.startswith(truth.get("layout", "") + "-"):
        errs.append("layout is not the file stem without suffix")
    raw = file_text(path)
    text = norm(raw)

    def need(s, what):
        if s is None:
            return
        if norm(s) not in text:
            errs.append(f"{what} not verbatim in file: {s!r}")

    need(truth["child_name"], "child_name")
    need(truth["child_first_name"], "child_first_name")
    need(truth["school"], "school")
    for v in truth["pupil_voice"]:
        need(v, "pupil_voice")
    for i, t in enumerate(truth["targets"]):
        need(t["text"], f"target {i + 1}")
        if not t.get("area"):
            errs.append(f"target {i + 1} lacks area")
    for i, s in enumerate(truth["pp_spend"]):
        need(s["description"], f"spend {i + 1}")
        if s["cost"] is not None and not any(f in text for f in number_forms(s["cost"])):
            errs.append(f"spend {i + 1} cost {s['cost']} not found")
        if s["target"] is not None and not (1 <= s["target"] <= max(1, len(truth["targets"]))):
            errs.append(f"spend {i + 1} target {s['target']} out of range")
    for k in ("meeting_date", "completed_date"):
        if truth[k] is not None and not any(f in text for f in date_forms(truth[k])):
            errs.append(f"{k} {truth[k]} in no written form")
    if truth["attendance_percent"] is not None and not any(
            f in text for f in number_forms(truth["attendance_percent"])):
        errs.append(f"attendance {truth['attendance_percent']} not found")
    if truth["pp_requested"] is not None and not any(f in text for f in number_forms(truth["pp_requested"])):
        errs.append(f"pp_requested {truth['pp_requested']} not found")
    if truth["year_group"] is not None and not any(f in text for f in year_forms(truth["year_group"])):
        errs.append(f"year_group {truth['year_group']} not found")
    if truth["english_target"] and not truth["targets"]:
        errs.append("english_target true with no targets")
    if truth["maths_target"] and not truth["targets"]:
        errs.append("maths_target true with no targets")
    return errs


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in glob.glob(os.path.join(OUT, "zI*")):
        os.remove(old)
    gens = sorted(glob.glob(os.path.join(HERE, "zI[0-9][0-9]_*.py")))
    for g in gens:
        mod = importlib.import_module(os.path.splitext(os.path.basename(g))[0])
        mod.build(OUT)
    files = sorted(f for f in glob.glob(os.path.join(OUT, "zI*")) if not f.endswith(".truth.json"))
    failed = 0
    fmt = {"pdf": 0, "docx": 0}
    for f in files:
        fmt[f.rsplit(".", 1)[1]] += 1
        tpath = os.path.splitext(f)[0] + ".truth.json"
        if not os.path.exists(tpath):
            print(f"FAIL {os.path.basename(f)}: no truth file")
            failed += 1
            continue
        with open(tpath, encoding="utf-8") as fh:
            truth = json.load(fh)
        errs = check_one(f, truth)
        if errs:
            failed += 1
            print(f"FAIL {os.path.basename(f)}")
            for e in errs:
                print("   -", e)
        else:
            print(f"ok   {os.path.basename(f)}")
    print(f"{len(files)} files ({fmt['pdf']} pdf, {fmt['docx']} docx) from {len(gens)} generators; {failed} failed")
    if len(files) != 2 * len(gens):
        print("FAIL: expected two files per generator")
        failed += 1
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
