"""Build every zS layout into OUT_DIR and check the truth files against the extracted text.

Usage: python _verify_S.py OUT_DIR
"""
import glob
import importlib.util
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def norm(s):
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def text_docx(path):
    from docx import Document
    doc = Document(path)
    parts = [p.text for p in doc.paragraphs]

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
                    tables(c.tables)
    tables(doc.tables)
    for sec in doc.sections:
        for hf in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer):
            parts.extend(p.text for p in hf.paragraphs)
            tables(hf.tables)
    return norm("\n".join(parts))


def text_pdf(path):
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


def date_forms(iso):
    d = date.fromisoformat(iso)
    m = MONTHS[d.month - 1]
    day = d.day
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return [
        d.strftime("%d/%m/%Y"), f"{day}/{d.month}/{d.year}", d.strftime("%d.%m.%Y"),
        d.strftime("%d-%m-%Y"), iso, f"{day} {m} {d.year}", f"{day}{suf} {m} {d.year}",
        f"{day} {m[:3]} {d.year}", f"{day}{suf} {m[:3]} {d.year}", f"{m} {day}, {d.year}",
        d.strftime("%d/%m/%y"), f"{day} {m}, {d.year}", f"{day}{suf} of {m} {d.year}",
    ]


def att_forms(v):
    s = [f"{v:.1f}", f"{v:.2f}"]
    if float(v).is_integer():
        s.append(str(int(v)))
    out = []
    for x in s:
        out += [x + "%", x + " %", x + " per cent"]
    return out


def check(path, tr, text):
    fails = []

    def need(label, s):
        if s is None:
            return
        if norm(s) not in text:
            fails.append(f"{label} not found: {s!r}")

    need("child_name", tr.get("child_name"))
    need("school", tr.get("school"))
    for v in tr.get("pupil_voice") or []:
        need("pupil_voice", v)
    for t in tr.get("targets") or []:
        need("target", t["text"])
    for p in tr.get("pp_spend") or []:
        need("pp_spend", p["description"])
    for k in ("meeting_date", "completed_date"):
        if tr.get(k):
            if not any(f in text for f in date_forms(tr[k])):
                fails.append(f"{k} {tr[k]} not found in any written form")
    if tr.get("attendance_percent") is not None:
        v = tr["attendance_percent"]
        bare = re.search(r"(?<![\d.])" + re.escape(f"{v:.1f}") + r"(?![\d])", text)
        if not any(f in text for f in att_forms(v)) and not bare:
            fails.append(f"attendance {tr['attendance_percent']} not found")
    if tr.get("pp_requested") is not None:
        v = tr["pp_requested"]
        forms = [f"£{v:,.2f}", f"£{v:,.0f}", f"£{v:.2f}", f"£{v:.0f}"]
        if not any(f in text for f in forms):
            fails.append(f"pp_requested {v} not found")
    exp = os.path.basename(path)
    if tr.get("file") != exp:
        fails.append(f"truth 'file' is {tr.get('file')!r}, expected {exp!r}")
    return fails


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = os.path.abspath(sys.argv[1])
    os.makedirs(out, exist_ok=True)
    for f in glob.glob(os.path.join(out, "zS*")):
        if os.path.isfile(f):
            os.remove(f)
    gens = sorted(glob.glob(os.path.join(HERE, "zS[0-9][0-9]_*.py")))
    bad = 0
    for g in gens:
        name = os.path.splitext(os.path.basename(g))[0]
        spec = importlib.util.spec_from_file_location(name, g)
        mod = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(mod)
            mod.build(out)
        except Exception as e:  # noqa
            print(f"FAIL build {name}: {e!r}")
            bad += 1
    truths = sorted(glob.glob(os.path.join(out, "zS*.truth.json")))
    for tp in truths:
        tr = json.load(open(tp, encoding="utf-8"))
        doc = os.path.join(out, tr["file"])
        if not os.path.exists(doc):
            print(f"FAIL {tr['file']}: file missing")
            bad += 1
            continue
        text = text_docx(doc) if doc.endswith(".docx") else text_pdf(doc)
        fails = check(doc, tr, text)
        if fails:
            bad += 1
            print(f"FAIL {tr['file']}")
            for f in fails:
                print("    " + f)
        else:
            print(f"ok   {tr['file']}  (voice {len(tr['pupil_voice'])}, targets "
                  f"{len(tr['targets'])}, pp {len(tr['pp_spend'])})")
    print(f"{len(gens)} generators, {len(truths)} truth files, {bad} failures")
    sys.exit(1 if bad or not truths else 0)


if __name__ == "__main__":
    main()
