"""Verify zoo H: every truth string is present in the file text; dates/numbers appear in some form."""
import datetime, glob, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_H import TRUTH_KEYS


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                seen = set()
                for c in row.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    parts.append(" ".join(p.text for p in c.paragraphs))
                    tables(c.tables)
    for p in d.paragraphs:
        parts.append(p.text)
    tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            for p in hf.paragraphs:
                parts.append(p.text)
            tables(hf.tables)
    return "\n".join(parts)


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(pg.extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    for c in row:
                        if c:
                            parts.append(c)
    return "\n".join(parts)


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    m, ms = d.strftime("%B"), d.strftime("%b")
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    out = {iso, f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
           f"{d.day}/{d.month}/{d.year % 100:02d}", f"{d.day} {m} {d.year}", f"{d.day}{suf} {m} {d.year}", f"{d.day} {ms} {d.year}",
           f"{d.day:02d} {ms} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", f"{d.day:02d}.{d.month:02d}.{d.year}",
           f"{d.day}.{d.month}.{d.year % 100:02d}", f"{d.day:02d}-{ms}-{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
           f"{m} {d.day}, {d.year}", f"{d.day}{suf} {ms} {d.year}", f"{d.day}-{d.month}-{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"}
    return out


def num_forms(x):
    out = {f"{x:g}", f"{x:.1f}", f"{x:.2f}", f"{x:,.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}", f"{x:,g}"}
    return out


def year_forms(y):
    if y == -1:
        return ["Nursery", "nursery", "Pre-School", "pre-school", "Pre-school", "EYFS", "early years", "Early Years", "age 3", "3 years"]
    if y == 0:
        return ["Reception", "Year R", "YR"]
    return [f"Year {y}", f"Y{y}", f"NCY {y}", f"NCY: {y}", f"Yr {y}", f"Year group {y}", f"Yr{y}", f"NC Year {y}", f"Year: {y}", f"year {y}", f"NCY {y}"]


def check(path, truth):
    errs = []
    missing = [k for k in TRUTH_KEYS if k not in truth]
    if missing:
        errs.append(f"missing keys {missing}")
    raw = docx_text(path) if path.endswith(".docx") else pdf_text(path)
    txt = norm(raw)
    flat = txt.replace(" ", "")

    def has(s):
        s = norm(s)
        return s in txt or s.replace(" ", "") in flat if s else True

    def strict(s, what):
        if s is not None and norm(s) not in txt:
            errs.append(f"{what} not verbatim: {s!r}")
    strict(truth.get("child_name"), "child_name")
    strict(truth.get("child_first_name"), "child_first_name")
    strict(truth.get("school"), "school")
    for v in truth.get("pupil_voice", []):
        strict(v, "voice")
    for t in truth.get("targets", []):
        strict(t["text"], "target")
    for p in truth.get("pp_spend", []):
        strict(p["description"], "spend")
        if p.get("cost") is not None and not any(has(f) for f in num_forms(p["cost"])):
            errs.append(f"cost {p['cost']} not found")
    for k in ("meeting_date", "completed_date"):
        if truth.get(k) and not any(has(f) for f in date_forms(truth[k])):
            errs.append(f"{k} {truth[k]} not found in any form")
    if truth.get("attendance_percent") is not None and not any(has(f) for f in num_forms(truth["attendance_percent"])):
        errs.append("attendance not found")
    if truth.get("pp_requested") is not None and not any(has(f) for f in num_forms(truth["pp_requested"])):
        errs.append("pp_requested not found")
    low = txt.lower()
    if truth.get("year_group") is not None and not any(norm(f).lower() in low for f in year_forms(truth["year_group"])):
        errs.append(f"year_group {truth['year_group']} not evidenced")
    if truth.get("file") != os.path.basename(path):
        errs.append("file field mismatch")
    return errs


def main(out_dir):
    files = sorted(f for f in glob.glob(os.path.join(out_dir, "zH*")) if f.endswith((".docx", ".pdf")))
    bad = 0
    for f in files:
        tp = os.path.splitext(f)[0] + ".truth.json"
        if not os.path.exists(tp):
            print("NO TRUTH", f); bad += 1; continue
        errs = check(f, json.load(open(tp, encoding="utf-8")))
        print(("OK   " if not errs else "FAIL ") + os.path.basename(f))
        for e_ in errs:
            print("     ", e_)
        bad += bool(errs)
    print(f"{len(files)} files, {bad} failing")
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
