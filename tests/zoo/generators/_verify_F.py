"""Verify zoo F: every truth value is really present in its file.

Usage: python _verify_F.py OUT_DIR
Text is pulled the way a careful reader would: python-docx body paragraphs and tables
(nested tables too), headers and footers; pdfplumber page text and table cells.
Whitespace is collapsed, so a line break inside a cell counts as one space.
"""
import calendar
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common_F import TRUTH_KEYS  # noqa: E402


def _docx_text(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(str(path))
    out = []

    def walk_table(t):
        seen = []  # keep the elements alive so identity checks are sound
        for row in t.rows:
            cells = []
            for cell in row.cells:
                if any(cell._tc is s for s in seen):
                    continue
                seen.append(cell._tc)
                walk_block(cell)
                cells.append(cell.text)
            out.append(" | ".join(cells))

    def walk_block(parent):
        el = parent._tc if hasattr(parent, "_tc") else parent.element.body
        for child in el.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append(Paragraph(child, parent).text)
            elif tag == "tbl":
                walk_table(Table(child, parent))

    walk_block(doc)
    for sec in doc.sections:
        for part in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer):
            try:
                for p in part.paragraphs:
                    out.append(p.text)
                for t in part.tables:
                    walk_table(t)
            except Exception:
                pass
    return "\n".join(out)


def _pdf_text(path):
    import pdfplumber
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            out.append(page.extract_text() or "")
            for t in page.extract_tables():
                for row in t:
                    for cell in row:
                        if cell:
                            out.append(cell)
            page.close()
    return "\n".join(out)


def extract(path):
    path = Path(path)
    txt = _docx_text(path) if path.suffix == ".docx" else _pdf_text(path)
    return txt


def norm(s):
    # a hyphenated word wrapped at its hyphen ("small-\ngroup") is still one word
    s = re.sub(r"(?<=\w)-[ \t]*\n\s*(?=\w)", "-", s)
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    mon, mab = calendar.month_name[m], calendar.month_abbr[m]
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    forms = set()
    for dd in (f"{d:02d}", str(d)):
        for mm in (f"{m:02d}", str(m)):
            for sep in "/.-":
                forms.add(f"{dd}{sep}{mm}{sep}{y}")
                forms.add(f"{dd}{sep}{mm}{sep}{y % 100:02d}")
        for dname in (dd, f"{d}{suf}"):
            for mname in (mon, mab, mab.upper()):
                for sep in (" ", "-", " of "):
                    forms.add(f"{dname}{sep}{mname}{sep if sep != ' of ' else ' '}{y}")
                    forms.add(f"{dname}{sep}{mname}{sep if sep != ' of ' else ' '}{y % 100:02d}")
    forms.add(iso)
    forms.add(f"{mon} {d}, {y}")
    return forms


def number_forms(x):
    forms = {f"{x:,.2f}", f"{x:.2f}", f"{x:.1f}", f"{x:,.1f}"}
    if float(x).is_integer():
        forms |= {f"{int(x)}", f"{int(x):,}"}
    return forms


def has_number(text, x):
    for f in number_forms(x):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def year_ok(text, yg):
    low = text.lower()
    if yg == -1:
        return any(w in low for w in ("nursery", "pre-school", "preschool", "fs1"))
    if yg == 0:
        return any(w in low for w in ("reception", "fs2", "year r"))
    return re.search(rf"\b(year|yr|y|ncy|ncy:)\s*{yg}\b", low) is not None or f"year {yg}" in low


def check(out_dir):
    out_dir = Path(out_dir)
    truths = sorted(out_dir.glob("*.truth.json"))
    problems, nfiles = [], 0
    for tp in truths:
        t = json.loads(tp.read_text(encoding="utf-8"))
        name = tp.name
        miss = [k for k in TRUTH_KEYS if k not in t]
        if miss:
            problems.append(f"{name}: missing keys {miss}")
            continue
        f = out_dir / t["file"]
        if not f.exists():
            problems.append(f"{name}: file {t['file']} not found")
            continue
        if not t["file"].startswith(t["layout"] + "-"):
            problems.append(f"{name}: layout/file mismatch")
        nfiles += 1
        text = norm(extract(f))

        def need(label, s):
            if s is not None and norm(s) not in text:
                problems.append(f"{t['file']}: {label} not verbatim: {s!r}")

        need("child_name", t["child_name"])
        need("child_first_name", t["child_first_name"])
        need("school", t["school"])
        for v in t["pupil_voice"]:
            need("pupil_voice", v)
        for tg in t["targets"]:
            need("target", tg["text"])
            if "area" not in tg:
                problems.append(f"{t['file']}: target lacks area")
        for sp in t["pp_spend"]:
            need("pp_spend", sp["description"])
            if sp["cost"] is not None and not has_number(text, sp["cost"]):
                problems.append(f"{t['file']}: cost {sp['cost']} not found")
            if sp["target"] is not None and not (1 <= sp["target"] <= len(t["targets"])):
                problems.append(f"{t['file']}: spend target {sp['target']} out of range")
        for key in ("meeting_date", "completed_date"):
            if t[key] is not None and not any(fm in text for fm in date_forms(t[key])):
                problems.append(f"{t['file']}: {key} {t[key]} not found in any written form")
        if t["attendance_percent"] is not None and not has_number(text, t["attendance_percent"]):
            problems.append(f"{t['file']}: attendance {t['attendance_percent']} not found")
        if t["pp_requested"] is not None and not has_number(text, t["pp_requested"]):
            problems.append(f"{t['file']}: pp_requested {t['pp_requested']} not found")
        if t["year_group"] is not None and not year_ok(text, t["year_group"]):
            problems.append(f"{t['file']}: year group {t['year_group']} not found")
        eng = t["english_target"]
        mat = t["maths_target"]
        if not isinstance(eng, bool) or not isinstance(mat, bool):
            problems.append(f"{t['file']}: english/maths flags must be booleans")
    return nfiles, problems


if __name__ == "__main__":
    n, probs = check(sys.argv[1] if len(sys.argv) > 1 else ".")
    for p in probs:
        print("FAIL", p)
    print(f"{n} files checked, {len(probs)} problems")
    sys.exit(1 if probs or n == 0 else 0)
