"""Build every zoo-Q layout into OUT_DIR and check the truth files against the extracted text."""
import datetime
import glob
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
                    tables(c.tables)
    tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            parts += [p.text for p in hf.paragraphs]
            tables(hf.tables)
    return norm("\n".join(parts))


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
            for t in page.extract_tables():
                for row in t:
                    for c in row:
                        if c:
                            parts.append(c)
    return norm("\n".join(parts))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    day, m, y = d.day, d.month, d.year
    mon = MONTHS[m - 1]
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    forms = {iso, f"{day:02d}/{m:02d}/{y}", f"{day}/{m}/{y}", f"{day:02d}.{m:02d}.{y}",
             f"{day:02d}-{m:02d}-{y}", f"{day} {mon} {y}", f"{day}{suf} {mon} {y}",
             f"{day} {mon[:3]} {y}", f"{day:02d} {mon[:3]} {y}", f"{day:02d}/{m:02d}/{str(y)[2:]}",
             f"{day:02d}-{mon[:3]}-{y}", f"{mon} {day}, {y}"}
    return forms


def att_forms(v):
    forms = {f"{v:.1f}%", f"{v:.1f} %", f"{v:g}%", f"{v:g} %", f"{v:.1f}"}
    if float(v).is_integer():
        forms |= {f"{int(v)}%", f"{int(v)} %"}
    return forms


def check(path, truth):
    text = docx_text(path) if path.endswith(".docx") else pdf_text(path)
    errs = []

    def need(s, what):
        if s is None:
            return
        if norm(s) not in text:
            errs.append(f"{what} not found: {s!r}")
    need(truth["child_name"], "child_name")
    need(truth["school"], "school")
    for v in truth["pupil_voice"]:
        need(v, "voice")
    for t in truth["targets"]:
        need(t["text"], "target")
    for s in truth["pp_spend"]:
        need(s["description"], "pp_spend")
    for k in ("meeting_date", "completed_date"):
        if truth[k] and not any(f in text for f in date_forms(truth[k])):
            errs.append(f"{k} {truth[k]} not found in any form")
    if truth["attendance_percent"] is not None and not any(
            f in text for f in att_forms(truth["attendance_percent"])):
        errs.append(f"attendance {truth['attendance_percent']} not found")
    n = len(truth["targets"])
    for s in truth["pp_spend"]:
        if s["target"] is not None and not (1 <= s["target"] <= n):
            errs.append(f"pp_spend target {s['target']} out of range")
    return errs


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
    os.makedirs(out, exist_ok=True)
    for f in glob.glob(os.path.join(out, "zQ*")):
        # only generated outputs (zQNN-name-N.*); never the zQNN_name.py generators
        if os.path.isfile(f) and not f.endswith(".py"):
            os.remove(f)
    for gen in sorted(glob.glob(os.path.join(HERE, "zQ[0-9][0-9]_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(gen)[:-3], gen)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mod.build(out)
    bad = 0
    tfiles = sorted(glob.glob(os.path.join(out, "zQ*.truth.json")))
    for tf in tfiles:
        truth = json.load(open(tf))
        path = os.path.join(out, truth["file"])
        if not os.path.exists(path):
            print(f"FAIL {truth['file']}: file missing")
            bad += 1
            continue
        errs = check(path, truth)
        if errs:
            bad += 1
            print(f"FAIL {truth['file']}: " + "; ".join(errs))
        else:
            print(f"ok   {truth['file']}")
    print(f"{len(tfiles)} truth files, {bad} failing")
    sys.exit(1 if bad or not tfiles else 0)


if __name__ == "__main__":
    main()
