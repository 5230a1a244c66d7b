"""Build every zoo P layout into OUT_DIR and check the truth files against the extracted text."""
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
    return re.sub(r"\s+", " ", s or "").strip()


def docx_text(path):
    from docx import Document
    d = Document(path)
    out = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    out.append(c.text)
                    tables(c.tables)

    out.extend(p.text for p in d.paragraphs)
    tables(d.tables)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            try:
                out.extend(p.text for p in part.paragraphs)
                tables(part.tables)
            except Exception:
                pass
    return "\n".join(out)


def pdf_text(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            out.append(page.extract_text() or "")
            for t in page.extract_tables():
                for row in t:
                    for c in row:
                        if c:
                            out.append(c)
    return "\n".join(out)


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    mon, mo3 = d.strftime("%B"), d.strftime("%b")
    day = d.day
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return [iso, d.strftime("%d/%m/%Y"), f"{day}/{d.month}/{d.year}", d.strftime("%d.%m.%Y"),
            d.strftime("%d-%m-%Y"), d.strftime("%d/%m/%y"), f"{day} {mon} {d.year}", f"{day}{suf} {mon} {d.year}",
            f"{day} {mo3} {d.year}", f"{day}{suf} {mo3} {d.year}", d.strftime("%d %B %Y"), d.strftime("%d %b %Y"),
            f"{mon} {day}, {d.year}", d.strftime("%d-%b-%Y"), d.strftime("%d-%b-%Y").upper()]


def att_forms(v):
    forms = [f"{v:.1f}%", f"{v:.1f} %", f"{v:.2f}%", f"{v:.1f}"]
    if float(v).is_integer():
        forms += [f"{int(v)}%", f"{int(v)} %"]
    return forms


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
    os.makedirs(out, exist_ok=True)
    for f in glob.glob(os.path.join(out, "zP[0-9][0-9]-*")):
        os.remove(f)
    gens = sorted(glob.glob(os.path.join(HERE, "zP[0-9][0-9]_*.py")))
    fails = 0
    for g in gens:
        spec = importlib.util.spec_from_file_location(os.path.basename(g)[:-3], g)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        m.build(out)
    truths = sorted(glob.glob(os.path.join(out, "zP*.truth.json")))
    for tp in truths:
        t = json.load(open(tp, encoding="utf-8"))
        fp = os.path.join(out, t["file"])
        problems = []
        if not os.path.exists(fp):
            print(f"FAIL {t['file']}: file missing")
            fails += 1
            continue
        raw = docx_text(fp) if fp.endswith(".docx") else pdf_text(fp)
        text = norm(raw)
        strings = []
        for k in ("child_name", "school"):
            if t.get(k):
                strings.append((k, t[k]))
        for v in t.get("pupil_voice", []):
            strings.append(("voice", v))
        for x in t.get("targets", []):
            strings.append(("target", x["text"]))
        for x in t.get("pp_spend", []):
            strings.append(("pp_spend", x["description"]))
        for k, s in strings:
            if norm(s) not in text:
                problems.append(f"{k} not found: {s[:70]!r}")
        for k in ("meeting_date", "completed_date"):
            if t.get(k):
                if not any(f in text for f in date_forms(t[k])):
                    problems.append(f"{k} {t[k]} not found in any form")
        if t.get("attendance_percent") is not None:
            if not any(f in text for f in att_forms(t["attendance_percent"])):
                problems.append(f"attendance {t['attendance_percent']} not found")
        for x in t.get("pp_spend", []):
            if x.get("target") is not None and not (1 <= x["target"] <= len(t["targets"])):
                problems.append(f"pp target index out of range: {x}")
        if problems:
            fails += 1
            print(f"FAIL {t['file']}: " + "; ".join(problems))
        else:
            print(f"ok   {t['file']} ({len(strings)} strings)")
    n_files = len(glob.glob(os.path.join(out, "zP[0-9][0-9]-*")))
    print(f"{len(truths)} truth files, {n_files} zP files, {fails} failing")
    if len(truths) == 0:
        sys.exit(2)
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
