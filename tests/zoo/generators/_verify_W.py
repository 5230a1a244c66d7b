"""Build every zW layout into OUT_DIR and check truth strings against extracted text."""
import sys, os, glob, json, re, importlib.util, datetime
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)

def norm(s): return re.sub(r"\s+", " ", s or "").strip()

def text_of(path):
    parts = []
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells: parts.append(c.text)
        for s in d.sections:
            for hf in (s.header, s.footer):
                parts += [p.text for p in hf.paragraphs]
                for t in hf.tables:
                    for r in t.rows:
                        for c in r.cells: parts.append(c.text)
    else:
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            for pg in pdf.pages:
                parts.append(pg.extract_text() or "")
                for tb in pg.extract_tables():
                    for row in tb:
                        parts += [c or "" for c in row]
    return norm(" \n ".join(parts))

def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    m, mm = d.strftime("%B"), d.strftime("%b")
    return {d.strftime("%d/%m/%Y"), f"{d.day}/{d.month}/{d.year}", d.strftime("%d.%m.%Y"), iso,
            f"{d.day} {m} {d.year}", f"{d.day:02d} {m} {d.year}", f"{d.day} {mm} {d.year}", d.strftime("%d-%b-%Y"),
            f"{d.day}{'th' if 11 <= d.day <= 13 else {1:'st',2:'nd',3:'rd'}.get(d.day % 10, 'th')} {m} {d.year}",
            d.strftime("%d/%m/%y")}

def main(out):
    os.makedirs(out, exist_ok=True)
    for f in glob.glob(os.path.join(out, "zW*")): os.remove(f)
    for g in sorted(glob.glob(os.path.join(HERE, "zW[0-9][0-9]_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(g)[:-3], g)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod); mod.build(out)
    bad = 0
    for tf in sorted(glob.glob(os.path.join(out, "zW*.truth.json"))):
        t = json.load(open(tf)); doc = os.path.join(out, t["file"]); txt = text_of(doc); errs = []
        strs = [t["child_name"], t["school"]] + t["pupil_voice"] + [x["text"] for x in t["targets"]] + [x["description"] for x in t["pp_spend"]]
        for s in strs:
            if s and norm(s) not in txt: errs.append("missing: " + s[:60])
        for k in ("meeting_date", "completed_date"):
            if t[k] and not any(f in txt for f in date_forms(t[k])): errs.append(f"{k} {t[k]} not found")
        a = t["attendance_percent"]
        if a is not None and not any(f in txt for f in {f"{a:.1f}", f"{a:g}", f"{a:.0f}%"}): errs.append(f"attendance {a} not found")
        print(("OK   " if not errs else "FAIL ") + t["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main(sys.argv[1])
