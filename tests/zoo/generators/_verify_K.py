"""Build every zoo K layout into tests/zoo/zooK/ (or the folder given) and check each truth file against its PEP.

Checks: every truth string is verbatim in the file's text (whitespace collapsed);
every date and number appears in some written form; structure of the truth file.
"""
import datetime as dt
import glob
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "zooK")
sys.path.insert(0, HERE)

KEYS = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name", "school",
        "year_group", "meeting_date", "completed_date", "attendance_percent", "pupil_voice",
        "targets", "english_target", "maths_target", "pp_spend", "pp_requested"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def docx_chunks(path):
    from docx import Document
    doc = Document(path)
    chunks = []

    def do_paras(paras):
        for p in paras:
            chunks.append(p.text)

    def do_tables(tables):
        for t in tables:
            seen = []
            for row in t.rows:
                rowtxt = []
                for c in row.cells:
                    if any(c._tc is x for x in seen):
                        continue
                    seen.append(c._tc)
                    chunks.append(" ".join(p.text for p in c.paragraphs))
                    rowtxt.append(c.text)
                    do_tables(c.tables)
                chunks.append(" ".join(rowtxt))

    do_paras(doc.paragraphs)
    do_tables(doc.tables)
    for s in doc.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            do_paras(hf.paragraphs)
            do_tables(hf.tables)
    return chunks


def pdf_chunks(path):
    import pdfplumber
    chunks = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            chunks.append(page.extract_text() or "")
            for t in page.extract_tables():
                for row in t:
                    for c in row:
                        if c:
                            chunks.append(c)
            page.close()
    return chunks


ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    days = {str(d.day), f"{d.day:02d}", f"{d.day}{ORD.get(d.day, 'th')}"}
    mnames = {d.strftime("%B"), d.strftime("%b"), d.strftime("%b") + "."}
    if d.month == 9:
        mnames.add("Sept")
    mnums = {str(d.month), f"{d.month:02d}"}
    years = {str(d.year), f"{d.year % 100:02d}"}
    out = {iso}
    for dy in days:
        for y in years:
            for m in mnames:
                for sep in (" ", "-"):
                    out.add(f"{dy}{sep}{m}{sep}{y}")
                out.add(f"{dy} {m}, {y}")
                out.add(f"{m} {dy}, {y}")
                out.add(f"{m} {dy} {y}")
            for m in mnums:
                for sep in ("/", ".", "-"):
                    out.add(f"{dy}{sep}{m}{sep}{y}")
    return {o.lower() for o in out}


def has_date(text_l, iso):
    for f in date_forms(iso):
        for m in re.finditer(re.escape(f), text_l):
            a, b = m.start(), m.end()
            if (a == 0 or not text_l[a - 1].isdigit()) and (b == len(text_l) or not text_l[b].isdigit()):
                return True
    return False


def num_forms(v):
    v = float(v)
    out = {f"{v:.2f}", f"{v:,.2f}", f"{v:.1f}", f"{v:,.1f}"}
    if v == int(v):
        out |= {str(int(v)), f"{int(v):,}"}
    return out


def has_num(text, v):
    for f in num_forms(v):
        for m in re.finditer(re.escape(f), text):
            a, b = m.start(), m.end()
            pre = text[a - 1] if a else " "
            post = text[b:b + 2]
            if pre.isdigit() or pre in ".,":
                continue
            if post[:1].isdigit() or (post[:1] in ".," and post[1:2].isdigit()):
                continue
            return True
    return False


def has_year(text_l, yg):
    if yg == -1:
        return bool(re.search(r"nursery|pre-school|preschool|fs1", text_l))
    if yg == 0:
        return bool(re.search(r"reception|\byear r\b|\byr\b|fs2", text_l))
    return bool(re.search(r"(year|yr|y|ncy)\s*:?\s*%d\b" % yg, text_l))


def check(truth_path):
    errs = []
    tr = json.load(open(truth_path, encoding="utf-8"))
    if list(tr.keys()) != KEYS:
        errs.append(f"keys differ: {list(tr.keys())}")
    fpath = os.path.join(os.path.dirname(truth_path), tr["file"])
    if not os.path.exists(fpath):
        return [f"missing file {tr['file']}"]
    stem = os.path.splitext(tr["file"])[0]
    if tr["layout"] != stem.rsplit("-", 1)[0]:
        errs.append("layout id does not match file stem")
    if os.path.splitext(os.path.basename(truth_path))[0] != stem + ".truth":
        errs.append("truth file name does not match")
    chunks = docx_chunks(fpath) if fpath.endswith(".docx") else pdf_chunks(fpath)
    normed = [norm(c) for c in chunks]
    text = "\n".join(normed)
    text_l = text.lower()

    def verbatim(label, s):
        if s is None:
            return
        s2 = norm(s)
        if not s2:
            errs.append(f"{label}: empty string")
        elif not any(s2 in c for c in normed) and s2 not in text:
            errs.append(f"{label} not verbatim: {s!r}")

    for k in ("child_name", "child_first_name", "school"):
        verbatim(k, tr[k])
    for i, v in enumerate(tr["pupil_voice"]):
        verbatim(f"pupil_voice[{i}]", v)
    for i, t in enumerate(tr["targets"]):
        verbatim(f"targets[{i}]", t["text"])
        if not t.get("area"):
            errs.append(f"targets[{i}] no area")
    for i, s in enumerate(tr["pp_spend"]):
        verbatim(f"pp_spend[{i}]", s["description"])
        if s["cost"] is not None and not has_num(text, s["cost"]):
            errs.append(f"pp_spend[{i}] cost {s['cost']} not in file")
        if s["target"] is not None and not (1 <= s["target"] <= max(1, len(tr["targets"]))):
            errs.append(f"pp_spend[{i}] target {s['target']} out of range")
    for k in ("meeting_date", "completed_date"):
        if tr[k] is not None and not has_date(text_l, tr[k]):
            errs.append(f"{k} {tr[k]} not in any written form")
    for k in ("attendance_percent", "pp_requested"):
        if tr[k] is not None and not has_num(text, tr[k]):
            errs.append(f"{k} {tr[k]} not in file")
    if tr["year_group"] is not None and not has_year(text_l, tr["year_group"]):
        errs.append(f"year_group {tr['year_group']} not in file")
    if tr["child_name"] and tr["child_first_name"] and not tr["child_name"].startswith(tr["child_first_name"]):
        errs.append("first name does not start child_name")
    for k in ("english_target", "maths_target"):
        if not isinstance(tr[k], bool):
            errs.append(f"{k} not bool")
    return errs


def main():
    for old in glob.glob(os.path.join(OUT, "zK*")):
        os.remove(old)
    os.makedirs(OUT, exist_ok=True)
    mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "zK[0-9][0-9]_*.py")))
    for m in mods:
        importlib.import_module(m).build(OUT)
    truths = sorted(glob.glob(os.path.join(OUT, "zK*.truth.json")))
    files = [p for p in glob.glob(os.path.join(OUT, "zK*")) if not p.endswith(".json")]
    bad = 0
    for tp in truths:
        errs = check(tp)
        name = os.path.basename(tp)
        if errs:
            bad += 1
            print("FAIL", name)
            for e in errs:
                print("   ", e)
        else:
            print("ok  ", name)
    fmts = {}
    for f in files:
        fmts[os.path.splitext(f)[1]] = fmts.get(os.path.splitext(f)[1], 0) + 1
    print(f"{len(mods)} generators, {len(files)} files {fmts}, {len(truths)} truths, {bad} failing")
    if bad or len(files) != len(truths) or len(files) != 2 * len(mods):
        sys.exit(1)


if __name__ == "__main__":
    main()
