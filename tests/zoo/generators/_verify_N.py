"""Build every zoo-N layout into OUT_DIR and check every truth file against the extracted text."""
import glob, importlib, json, os, re, sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "zooN")


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    for s in d.sections:
        for hf in (s.header, s.footer):
            parts += [p.text for p in hf.paragraphs]
            for t in hf.tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.append(c.text)
    return [norm(p) for p in parts]


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        full = []
        for pg in pdf.pages:
            full.append(pg.extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    for c in row:
                        if c:
                            parts.append(c)
        parts.append("\n".join(full))
    return [norm(p) for p in parts]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def date_forms(iso):
    d = date.fromisoformat(iso)
    m = MONTHS[d.month - 1]
    return [iso, f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}", f"{d.day} {m} {d.year}",
            f"{d.day} {m[:3]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}/{d.month:02d}/{str(d.year)[2:]}",
            f"{d.day}.{d.month}.{str(d.year)[2:]}", f"{d.day:02d}-{m[:3]}-{d.year}", f"{d.day}{'th' if 11 <= d.day <= 13 else {1:'st',2:'nd',3:'rd'}.get(d.day % 10,'th')} {m} {d.year}"]


def num_forms(x):
    out = [f"{x:,.2f}", f"{x:.2f}", f"{x:g}", f"{x:,.0f}" if float(x).is_integer() else f"{x:.1f}", f"{x:.1f}"]
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in glob.glob(os.path.join(OUT, "zN*")):
        os.remove(f)
    gens = sorted(glob.glob(os.path.join(HERE, "zN[0-9][0-9]_*.py")))
    for g in gens:
        mod = importlib.import_module(os.path.basename(g)[:-3])
        mod.build(OUT)
    errors = []
    truths = sorted(glob.glob(os.path.join(OUT, "zN*.truth.json")))
    for tp in truths:
        try:
            t = json.load(open(tp))
        except Exception as e:
            errors.append(f"{tp}: bad JSON {e}")
            continue
        fpath = os.path.join(OUT, t["file"])
        if not os.path.exists(fpath):
            errors.append(f"{tp}: missing file {t['file']}")
            continue
        parts = docx_text(fpath) if fpath.endswith(".docx") else pdf_text(fpath)
        blob = " || ".join(parts)

        def has(s):
            s = norm(s)
            return any(s in p for p in parts) or s in blob

        def chk(label, s):
            if s and not has(s):
                errors.append(f"{t['file']}: {label} not found: {s!r}")
        for k in ("layout", "file", "inspired_by", "quirks", "child_name", "child_first_name", "school", "year_group",
                  "meeting_date", "completed_date", "attendance_percent", "pupil_voice", "targets", "english_target",
                  "maths_target", "pp_spend", "pp_requested"):
            if k not in t:
                errors.append(f"{t['file']}: key {k} missing")
        chk("child_name", t.get("child_name"))
        chk("child_first_name", t.get("child_first_name"))
        chk("school", t.get("school"))
        for v in t.get("pupil_voice", []):
            chk("pupil_voice", v)
        for tg in t.get("targets", []):
            chk("target", tg["text"])
        for ps in t.get("pp_spend", []):
            chk("pp_spend", ps["description"])
            if ps.get("cost") is not None and not any(has(f) for f in num_forms(ps["cost"])):
                errors.append(f"{t['file']}: cost {ps['cost']} not found")
            if ps.get("target") is not None and not (1 <= ps["target"] <= max(1, len(t["targets"]))):
                errors.append(f"{t['file']}: pp target index {ps['target']} out of range")
        for k in ("meeting_date", "completed_date"):
            if t.get(k) and not any(has(f) for f in date_forms(t[k])):
                errors.append(f"{t['file']}: {k} {t[k]} not found in any form")
        for k in ("attendance_percent", "pp_requested"):
            if t.get(k) is not None and not any(has(f) for f in num_forms(t[k])):
                errors.append(f"{t['file']}: {k} {t[k]} not found")
        if t.get("year_group") is not None and not (-1 <= t["year_group"] <= 14):
            errors.append(f"{t['file']}: year_group out of range")
    n_files = len(glob.glob(os.path.join(OUT, "zN*")))
    print(f"{len(gens)} generators, {len(truths)} truth files, {n_files} files in {OUT}")
    if errors:
        print("FAIL")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
