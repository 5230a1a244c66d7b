"""Verify zoo G: every truth string is really in its file.

Usage: python _verify_G.py OUT_DIR
Extracts text from each .docx (paragraphs, tables, nested tables, headers/footers, all w:t runs) and
each .pdf (pdfplumber page text and table cells), then checks the truth JSON against it.
"""
import datetime as dt
import glob
import json
import os
import re
import sys

KEYS = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name", "school",
        "year_group", "meeting_date", "completed_date", "attendance_percent", "pupil_voice",
        "targets", "english_target", "maths_target", "pp_spend", "pp_requested"]


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def docx_texts(path):
    from docx import Document
    from docx.oxml.ns import qn
    doc = Document(path)
    parts = [doc.part.element]
    for s in doc.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                   s.even_page_header, s.even_page_footer):
            try:
                parts.append(hf._element)
            except Exception:
                pass
    out = []
    for el in parts:
        body_paras = []
        for p in el.iter(qn("w:p")):
            txt = "".join((t.text or "") if t.tag == qn("w:t") else " "
                          for t in p.iter() if t.tag in (qn("w:t"), qn("w:tab"), qn("w:br")))
            body_paras.append(txt)
        out.extend(body_paras)
        out.append(" ".join(body_paras))
        for tc in el.iter(qn("w:tc")):
            paras = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))]
            out.append(" ".join(paras))
    # python-docx API view as well (paragraphs and tables)
    out.extend(p.text for p in doc.paragraphs)
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                out.append(c.text)
    return out


def pdf_texts(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        pages = []
        for page in pdf.pages:
            txt = page.extract_text() or ""
            pages.append(txt)
            out.append(txt)
            for tb in page.extract_tables():
                for row in tb:
                    for cell in row:
                        if cell:
                            out.append(cell)
        out.append("\n".join(pages))
    return out


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    months = d.strftime("%B")
    mon = d.strftime("%b")
    day = d.day
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    forms = set()
    for dd in (f"{day:02d}", str(day)):
        for mm in (f"{d.month:02d}", str(d.month)):
            for yy in (str(d.year), str(d.year)[2:]):
                for sep in "/.-":
                    forms.add(f"{dd}{sep}{mm}{sep}{yy}")
    forms |= {iso, f"{day} {months} {d.year}", f"{day}{suffix} {months} {d.year}", f"{day} {mon} {d.year}",
              f"{months} {day}, {d.year}", f"{day}-{mon}-{d.year}", f"{day:02d} {mon} {d.year}",
              f"{day:02d} {months} {d.year}", f"{day}{suffix} {mon} {d.year}"}
    return {f.lower() for f in forms}


def number_forms(x):
    forms = {f"{x:.1f}", f"{x:.2f}", f"{x:,.2f}", f"{x:,.1f}"}
    if float(x).is_integer():
        forms |= {str(int(x)), f"{int(x):,}"}
    else:
        forms.add(repr(float(x)))
    return forms


def has_num(blob, x):
    for f in number_forms(x):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", blob):
            return True
    return False


def check(path, truth):
    errs = []
    miss = [k for k in KEYS if k not in truth]
    if miss:
        errs.append(f"missing keys {miss}")
    if truth.get("file") != os.path.basename(path):
        errs.append(f"file key {truth.get('file')!r} != {os.path.basename(path)!r}")
    raw = docx_texts(path) if path.endswith(".docx") else pdf_texts(path)
    texts = [norm(t) for t in raw if t]
    blob = " \n ".join(texts)
    low = blob.lower()

    def present(s, what):
        if not any(norm(s) in t for t in texts):
            errs.append(f"{what} not verbatim: {s!r}")

    for key in ("child_name", "child_first_name", "school"):
        if truth.get(key) is not None:
            present(truth[key], key)
    for v in truth.get("pupil_voice", []):
        present(v, "voice")
    for i, t in enumerate(truth.get("targets", []), 1):
        if not isinstance(t, dict) or "text" not in t or "area" not in t:
            errs.append(f"target {i} malformed")
            continue
        present(t["text"], f"target {i}")
    for i, s in enumerate(truth.get("pp_spend", []), 1):
        if not isinstance(s, dict) or not {"description", "cost", "target"} <= set(s):
            errs.append(f"spend {i} malformed")
            continue
        present(s["description"], f"spend {i}")
        if s["cost"] is not None and not has_num(blob, s["cost"]):
            errs.append(f"spend {i} cost {s['cost']} not found")
        if s["target"] is not None and not (1 <= s["target"] <= max(1, len(truth.get("targets", [])))):
            errs.append(f"spend {i} target {s['target']} out of range")
    for key in ("meeting_date", "completed_date"):
        if truth.get(key):
            if not any(f in low for f in date_forms(truth[key])):
                errs.append(f"{key} {truth[key]} not found in any written form")
    for key in ("attendance_percent", "pp_requested"):
        if truth.get(key) is not None and not has_num(blob, truth[key]):
            errs.append(f"{key} {truth[key]} not found")
    yg = truth.get("year_group")
    if yg is not None and not (-1 <= yg <= 14):
        errs.append(f"year_group {yg} out of range")
    if truth.get("english_target") or truth.get("maths_target"):
        if not truth.get("targets"):
            errs.append("english/maths target flagged but no targets")
    return errs


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    files = sorted(glob.glob(os.path.join(out, "zG0*-[12].docx")) + glob.glob(os.path.join(out, "zG0*-[12].pdf")))
    bad = 0
    for f in files:
        stem = os.path.splitext(f)[0]
        tp = stem + ".truth.json"
        if not os.path.exists(tp):
            print(f"FAIL {os.path.basename(f)}: no truth file")
            bad += 1
            continue
        with open(tp, encoding="utf-8") as fh:
            truth = json.load(fh)
        errs = check(f, truth)
        if errs:
            bad += 1
            print(f"FAIL {os.path.basename(f)}")
            for e in errs:
                print("   ", e)
        else:
            print(f"ok   {os.path.basename(f)}")
    print(f"{len(files)} files, {bad} failing")
    sys.exit(1 if bad or not files else 0)


if __name__ == "__main__":
    main()
