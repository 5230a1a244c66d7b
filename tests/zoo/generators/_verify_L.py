"""Build every zoo L layout into tests/zoo/zooL/ (or the folder given) and check each truth file against its PEP."""
import glob, importlib, json, os, re, sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "zooL")
sys.path.insert(0, HERE)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    from docx import Document
    doc = Document(path)
    parts = []

    def do_tables(tables):
        for t in tables:
            for row in t.rows:
                seen = set()
                for c in row.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    parts.append("\n".join(p.text for p in c.paragraphs))
                    do_tables(c.tables)
    parts += [p.text for p in doc.paragraphs]
    do_tables(doc.tables)
    for s in doc.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            try:
                parts += [p.text for p in hf.paragraphs]
                do_tables(hf.tables)
            except Exception:
                pass
    return [norm(p) for p in parts if p.strip()]


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
            page.close()
    return [norm(p) for p in parts if p.strip()]


def date_forms(iso):
    d = date.fromisoformat(iso)
    m = MONTHS[d.month - 1]
    dd, mm, yy, yyyy = d.day, d.month, d.year % 100, d.year
    suf = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    forms = {iso, f"{dd:02d}/{mm:02d}/{yyyy}", f"{dd}/{mm}/{yyyy}", f"{dd:02d}/{mm:02d}/{yy:02d}",
             f"{dd}/{mm}/{yy:02d}", f"{dd:02d}.{mm:02d}.{yyyy}", f"{dd:02d}.{mm:02d}.{yy:02d}",
             f"{dd}.{mm}.{yy:02d}", f"{dd:02d}-{mm:02d}-{yyyy}",
             f"{dd} {m} {yyyy}", f"{dd}{suf} {m} {yyyy}", f"{dd} {m[:3]} {yyyy}", f"{dd}-{m[:3]}-{yyyy}",
             f"{dd:02d}-{m[:3]}-{yyyy}", f"{dd} {m[:3]} {yy:02d}", f"{m} {dd}, {yyyy}"}
    return forms


def num_forms(v):
    f = set()
    f.add(f"{v:.1f}")
    f.add(f"{v:.2f}")
    f.add(f"{v:,.2f}")
    if v == int(v):
        f.add(f"{int(v)}")
        f.add(f"{int(v):,}")
    return f


def year_forms(y):
    if y == -1:
        return {"Nursery", "nursery", "FS1", "Pre-school", "pre-school"}
    if y == 0:
        return {"Reception", "reception", "YR", "Year R"}
    return {f"Year {y}", f"Y{y}", f"NCY {y}", f"NCY: {y}", f"Yr {y}", f"year {y}", f"[{y}]", f"Year: {y}"}


def contains(text, s):
    return norm(s) in text


def check(truth_path):
    errs = []
    t = json.load(open(truth_path, encoding="utf-8"))
    fpath = os.path.join(os.path.dirname(truth_path), t["file"])
    if not os.path.exists(fpath):
        return [f"missing file {t['file']}"]
    if not t["file"].startswith(t["layout"] + "-"):
        errs.append("layout/file name mismatch")
    parts = docx_text(fpath) if fpath.endswith(".docx") else pdf_text(fpath)
    text = " \n ".join(parts)
    for k in ["child_name", "child_first_name", "school"]:
        if t[k] is not None and not contains(text, t[k]):
            errs.append(f"{k} not verbatim: {t[k]!r}")
    for v in t["pupil_voice"]:
        if not contains(text, v):
            errs.append(f"voice not verbatim: {v[:60]!r}")
    for tg in t["targets"]:
        if not contains(text, tg["text"]):
            errs.append(f"target not verbatim: {tg['text'][:60]!r}")
    for sp in t["pp_spend"]:
        if not contains(text, sp["description"]):
            errs.append(f"spend not verbatim: {sp['description'][:60]!r}")
        if sp["cost"] is not None and not any(x in text for x in num_forms(sp["cost"])):
            errs.append(f"spend cost not found: {sp['cost']}")
        if sp["target"] is not None and not (1 <= sp["target"] <= len(t["targets"])):
            errs.append(f"spend target index out of range: {sp['target']}")
    for k in ["meeting_date", "completed_date"]:
        if t[k] is not None and not any(x in text for x in date_forms(t[k])):
            errs.append(f"{k} not found in any form: {t[k]}")
    if t["attendance_percent"] is not None and not any(x in text for x in num_forms(t["attendance_percent"])):
        errs.append(f"attendance not found: {t['attendance_percent']}")
    if t["pp_requested"] is not None and not any(x in text for x in num_forms(t["pp_requested"])):
        errs.append(f"pp_requested not found: {t['pp_requested']}")
    if t["year_group"] is not None and not any(x in text for x in year_forms(t["year_group"])):
        errs.append(f"year group not found: {t['year_group']}")
    for k in ["english_target", "maths_target"]:
        if not isinstance(t[k], bool):
            errs.append(f"{k} must be true/false")
    for k in ["child_name", "child_first_name", "school", "year_group", "meeting_date", "completed_date",
              "attendance_percent", "pupil_voice", "targets", "english_target", "maths_target", "pp_spend",
              "pp_requested"]:
        if k not in t:
            errs.append(f"truth key missing: {k}")
    return errs


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in glob.glob(os.path.join(OUT, "zL*")):
        os.remove(f)
    mods = sorted(glob.glob(os.path.join(HERE, "zL[0-9][0-9]_*.py")))
    for m in mods:
        importlib.import_module(os.path.basename(m)[:-3]).build(OUT)
    truths = sorted(glob.glob(os.path.join(OUT, "zL*.truth.json")))
    files = [f for f in os.listdir(OUT) if not f.endswith(".json")]
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
    print(f"{len(files)} files, {len(truths)} truths, {bad} failing")
    if bad or len(truths) != len(files) or len(files) != 2 * len(mods):
        sys.exit(1)


if __name__ == "__main__":
    main()
