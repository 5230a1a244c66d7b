"""Verify zoo C: every verbatim string in each truth file is present in the extracted text of its PEP.

Usage: python _verify_C.py OUT_DIR
Text extraction: python-docx (body paragraphs and tables in order, nested tables, headers/footers) for .docx;
pdfplumber (page text plus table cells) for .pdf. Matching is whitespace-normalised.
"""
import datetime
import glob
import json
import os
import re
import sys

KEYS = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name", "school", "year_group",
        "meeting_date", "completed_date", "attendance_percent", "pupil_voice", "targets", "english_target",
        "maths_target", "pp_spend", "pp_requested"]


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def _docx_block_texts(parent, out):
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    body = parent.element.body if hasattr(parent, "element") and hasattr(parent.element, "body") else parent._element
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(child, parent).text)
        elif tag == "tbl":
            t = Table(child, parent)
            for row in t.rows:
                cells = []
                for cell in row.cells:
                    sub = []
                    _docx_block_texts(cell, sub)
                    cells.append("\n".join(sub))
                out.append(" | ".join(cells))
                out.extend(cells)


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = []
    _docx_block_texts(d, out)
    for s in d.sections:
        for hf in (s.header, s.footer):
            for p in hf.paragraphs:
                out.append(p.text)
            for t in hf.tables:
                for row in t.rows:
                    for c in row.cells:
                        out.append(c.text)
    return out


def pdf_text(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            out.append(page.extract_text() or "")
            for tbl in page.extract_tables():
                for row in tbl:
                    cells = [c or "" for c in row]
                    out.extend(cells)
    return out


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    day = d.day
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    forms = {
        d.strftime("%d/%m/%Y"), f"{day}/{d.month}/{d.year}", d.strftime("%d/%m/%y"),
        d.strftime("%d.%m.%Y"), d.strftime("%d.%m.%y"), d.strftime("%Y-%m-%d"), d.strftime("%d-%m-%Y"),
        f"{day} {d.strftime('%B %Y')}", f"{day}{suf} {d.strftime('%B %Y')}", f"{day} {d.strftime('%b %Y')}",
        d.strftime("%d %B %Y"), d.strftime("%d %b %Y"), f"{day}{suf} of {d.strftime('%B %Y')}",
    }
    return forms


def num_present(v, text):
    cands = {f"{v:g}", f"{v:.1f}", f"{v:.2f}", f"{v:,.2f}", f"{v:,.0f}" if float(v).is_integer() else f"{v:g}"}
    for c in cands:
        if re.search(r"(?<![\d.])" + re.escape(c) + r"(?![\d])", text):
            return True
    return False


def check(truth_path):
    errs = []
    truth = json.load(open(truth_path, encoding="utf-8"))
    if list(truth.keys()) != KEYS:
        errs.append(f"keys differ: {list(truth.keys())}")
    folder = os.path.dirname(truth_path)
    fpath = os.path.join(folder, truth["file"])
    stem = os.path.basename(truth_path)[: -len(".truth.json")]
    if os.path.splitext(truth["file"])[0] != stem:
        errs.append("file field does not match truth stem")
    if re.sub(r"-\d+$", "", stem) != truth["layout"]:
        errs.append("layout field does not match stem")
    if not os.path.exists(fpath):
        return [f"missing file {fpath}"]
    chunks = docx_text(fpath) if fpath.endswith(".docx") else pdf_text(fpath)
    chunks = [norm(c) for c in chunks]
    full = " ".join(chunks)

    def present(s):
        s = norm(s)
        return any(s in c for c in chunks) or s in full

    def need(s, what):
        if not present(s):
            errs.append(f"{what} not found: {s!r}")

    if truth["child_name"]:
        if not present(truth["child_name"]):
            parts = truth["child_name"].split()
            if not all(present(p) for p in parts):
                errs.append(f"child_name not found: {truth['child_name']!r}")
    if truth["child_first_name"]:
        need(truth["child_first_name"], "child_first_name")
    if truth["school"]:
        need(truth["school"], "school")
    for v in truth["pupil_voice"]:
        need(v, "pupil_voice")
    for t in truth["targets"]:
        need(t["text"], "target")
    for s in truth["pp_spend"]:
        need(s["description"], "spend")
        if s["cost"] is not None and not num_present(s["cost"], full):
            errs.append(f"spend cost not found: {s['cost']}")
        if s["target"] is not None and not (1 <= s["target"] <= len(truth["targets"])):
            errs.append(f"spend target out of range: {s['target']}")
    for k in ("meeting_date", "completed_date"):
        if truth[k]:
            if not any(f in full for f in date_forms(truth[k])):
                errs.append(f"{k} {truth[k]} not found in any usual format")
    if truth["attendance_percent"] is not None and not num_present(truth["attendance_percent"], full):
        errs.append(f"attendance {truth['attendance_percent']} not found")
    if truth["pp_requested"] is not None and not num_present(truth["pp_requested"], full):
        errs.append(f"pp_requested {truth['pp_requested']} not found")
    if truth["year_group"] is not None and not (-1 <= truth["year_group"] <= 14):
        errs.append("year_group out of range")
    areas = " ".join(t["area"].lower() for t in truth["targets"])
    if truth["maths_target"] != any(a in areas for a in ("math",)):
        errs.append("maths_target flag disagrees with target areas")
    return errs


def main(out_dir):
    truths = sorted(glob.glob(os.path.join(out_dir, "*.truth.json")))
    bad = 0
    for tp in truths:
        errs = check(tp)
        name = os.path.basename(tp)
        if errs:
            bad += 1
            print(f"FAIL {name}")
            for e in errs:
                print("   ", e)
        else:
            print(f"ok   {name}")
    docs = [p for p in glob.glob(os.path.join(out_dir, "zC*")) if not p.endswith(".truth.json")]
    print(f"{len(truths)} truth files, {len(docs)} documents, {bad} failing")
    return 1 if bad or len(truths) != len(docs) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
