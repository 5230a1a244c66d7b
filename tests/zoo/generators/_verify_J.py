"""Build every zoo J layout into tests/zoo/zooJ/ (or the folder given) and check the truth files.

Checks: every truth string is verbatim in the file's text (python-docx: body paragraphs,
tables incl. nested, headers/footers; pdfplumber: page text and table cells), whitespace
collapsed; every date and number appears in some written form.
"""
import glob
import importlib.util
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "zooJ")
sys.path.insert(0, HERE)

ENGLISH_AREAS = {"english", "reading", "writing", "phonics", "spelling", "literacy",
                 "communication and language", "english (reading)", "english (writing)"}
MATHS_AREAS = {"maths", "mathematics", "number", "numeracy"}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


# ------------------------------------------------------------------ text extraction
def docx_chunks(path):
    import docx
    d = docx.Document(path)
    chunks = []

    def walk_tables(tables):
        for t in tables:
            seen = set()
            for row in t.rows:
                for c in row.cells:
                    if c._tc in seen:
                        continue
                    seen.add(c._tc)
                    chunks.append(c.text)
                    walk_tables(c.tables)

    chunks.extend(p.text for p in d.paragraphs)
    walk_tables(d.tables)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            try:
                chunks.extend(p.text for p in part.paragraphs)
                walk_tables(part.tables)
            except Exception:
                pass
    full = "\n".join(chunks)
    return [norm(full)] + [norm(c) for c in chunks]


def pdf_chunks(path):
    import pdfplumber
    chunks = []
    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            txt = page.extract_text() or ""
            pages.append(txt)
            for tb in page.extract_tables():
                for row in tb:
                    for c in row:
                        if c:
                            chunks.append(c)
            page.close()
    raw = ["\n".join(pages)] + chunks
    # a line broken right after a hyphen inside a word is rendering, not text: keep the hyphen
    dehy = [re.sub(r"(?<=\w)-\n(?=\w)", "-", c) for c in raw]
    return [norm(c) for c in raw] + [norm(c) for c in dehy]


def contains(chunks, s):
    s = norm(s)
    return any(s in c for c in chunks)


# ------------------------------------------------------------------ written forms
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def date_forms(iso):
    d = date.fromisoformat(iso)
    dd, mm, yy = d.day, d.month, d.year
    suf = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    M, m3 = MONTHS[mm - 1], MONTHS[mm - 1][:3]
    forms = set()
    for D in ("%d" % dd, "%02d" % dd):
        for Mo in ("%d" % mm, "%02d" % mm):
            for Y in ("%d" % yy, "%02d" % (yy % 100)):
                for sep in "/.-":
                    forms.add(D + sep + Mo + sep + Y)
    for D in ("%d" % dd, "%d%s" % (dd, suf), "%02d" % dd):
        for Mn in (M, m3, m3 + "."):
            for Y in (str(yy), "'%02d" % (yy % 100)):
                forms.add("%s %s %s" % (D, Mn, Y))
                forms.add("%s %s, %s" % (D, Mn, Y))
            forms.add("%s %s %s" % (Mn, D, yy))
            forms.add("%s %s, %s" % (Mn, D, yy))
    forms.add(iso)
    return forms


def date_present(text, iso):
    low = text.lower()
    for f in date_forms(iso):
        i = low.find(f.lower())
        while i >= 0:
            before = low[i - 1] if i > 0 else " "
            after = low[i + len(f)] if i + len(f) < len(low) else " "
            if not before.isdigit() and not after.isdigit():
                return True
            i = low.find(f.lower(), i + 1)
    return False


def number_forms(x):
    forms = set()
    if float(x).is_integer():
        n = int(x)
        forms |= {str(n), "{:,}".format(n), "%d.0" % n, "%d.00" % n, "{:,}.00".format(n)}
    else:
        forms |= {("%.2f" % x).rstrip("0"), "%.2f" % x, "{:,.2f}".format(x), "%.1f" % x}
    return forms


def number_present(text, x):
    for f in number_forms(x):
        for m in re.finditer(re.escape(f), text):
            b = text[m.start() - 1] if m.start() > 0 else " "
            a = text[m.end()] if m.end() < len(text) else " "
            a2 = text[m.end():m.end() + 2]
            if b.isdigit() or b in ",." and m.start() > 1 and text[m.start() - 2].isdigit():
                continue
            if a.isdigit() or (a in ".," and len(a2) > 1 and a2[1].isdigit()):
                continue
            return True
    return False


def year_present(text, y):
    if y == -1:
        return re.search(r"nursery|pre-school|preschool|FS1|early years", text, re.I) is not None
    if y == 0:
        return re.search(r"reception|\bYR\b|FS2|Year R\b", text, re.I) is not None
    return re.search(r"(year|yr|y|ncy|year group)\s*[:()]*\s*%d\b" % y, text, re.I) is not None


# ------------------------------------------------------------------ checks
def any_chunk(fn, chunks, v):
    return any(fn(c, v) for c in chunks)


def check(path, truth):
    errs = []
    chunks = docx_chunks(path) if path.endswith(".docx") else pdf_chunks(path)
    full = chunks[0]
    stem = os.path.basename(path).rsplit(".", 1)[0]
    if truth["file"] != os.path.basename(path):
        errs.append("file field %r" % truth["file"])
    if truth["layout"] != stem[:-2]:
        errs.append("layout field %r != %r" % (truth["layout"], stem[:-2]))
    for k in ("child_name", "child_first_name", "school"):
        v = truth[k]
        if v is not None and not contains(chunks, v):
            errs.append("%s not verbatim: %r" % (k, v))
    for v in truth["pupil_voice"]:
        if not contains(chunks, v):
            errs.append("voice not verbatim: %r" % v)
    for t in truth["targets"]:
        if not contains(chunks, t["text"]):
            errs.append("target not verbatim: %r" % t["text"])
    for s in truth["pp_spend"]:
        if not contains(chunks, s["description"]):
            errs.append("spend not verbatim: %r" % s["description"])
        if s["cost"] is not None and not any_chunk(number_present, chunks, s["cost"]):
            errs.append("spend cost not written: %r" % s["cost"])
        if s["target"] is not None and not (1 <= s["target"] <= len(truth["targets"])):
            errs.append("spend target out of range: %r" % s["target"])
    for k in ("meeting_date", "completed_date"):
        if truth[k] is not None and not any_chunk(date_present, chunks, truth[k]):
            errs.append("%s not written: %s" % (k, truth[k]))
        if truth[k] is not None:
            d = date.fromisoformat(truth[k])
            if not (date(2025, 9, 1) <= d <= date(2027, 8, 31)):
                errs.append("%s outside 2025-27: %s" % (k, truth[k]))
    for k in ("attendance_percent", "pp_requested"):
        if truth[k] is not None and not any_chunk(number_present, chunks, truth[k]):
            errs.append("%s not written: %r" % (k, truth[k]))
    if truth["year_group"] is not None and not year_present(full, truth["year_group"]):
        errs.append("year group not written: %r" % truth["year_group"])
    areas = [t["area"].lower() for t in truth["targets"]]
    eng = any(a in ENGLISH_AREAS for a in areas)
    mat = any(a in MATHS_AREAS for a in areas)
    if eng != truth["english_target"]:
        errs.append("english_target flag %r vs areas %r" % (truth["english_target"], areas))
    if mat != truth["maths_target"]:
        errs.append("maths_target flag %r vs areas %r" % (truth["maths_target"], areas))
    return errs


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in glob.glob(os.path.join(OUT, "zJ*")):
        os.remove(f)
    gens = sorted(glob.glob(os.path.join(HERE, "zJ[0-9][0-9]_*.py")))
    for g in gens:
        spec = importlib.util.spec_from_file_location(os.path.basename(g)[:-3], g)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mod.build(OUT)
    files = sorted(f for f in glob.glob(os.path.join(OUT, "zJ*"))
                   if not f.endswith(".truth.json"))
    bad = 0
    fmts = {"pdf": 0, "docx": 0}
    for f in files:
        stem = f.rsplit(".", 1)[0]
        tp = stem + ".truth.json"
        if not os.path.exists(tp):
            print("FAIL", os.path.basename(f), "no truth file")
            bad += 1
            continue
        with open(tp, encoding="utf-8") as fh:
            truth = json.load(fh)
        fmts[f.rsplit(".", 1)[1]] += 1
        errs = check(f, truth)
        if errs:
            bad += 1
            print("FAIL", os.path.basename(f))
            for e in errs:
                print("   ", e)
        else:
            print("ok  ", os.path.basename(f))
    print("%d generators, %d files (%d pdf, %d docx), %d failing" %
          (len(gens), len(files), fmts["pdf"], fmts["docx"], bad))
    if bad or len(files) != 2 * len(gens):
        sys.exit(1)


if __name__ == "__main__":
    main()
