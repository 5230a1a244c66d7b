import sys, os, glob, json, re, importlib.util, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    def tables(ts):
        for t in ts:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
                    tables(c.tables)
    tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            parts += [x.text for x in hf.paragraphs]
            tables(hf.tables)
    return norm(" \n ".join(parts))

def text_pdf(p):
    import pdfplumber
    parts = []
    with pdfplumber.open(p) as pdf:
        for pg in pdf.pages:
            parts.append(pg.extract_text() or "")
            for t in pg.extract_tables():
                for r in t:
                    for c in r:
                        if c:
                            parts.append(c)
    return norm(" \n ".join(parts))

def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    m = d.strftime("%B"); mb = d.strftime("%b")
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    out = [iso, f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year%100:02d}",
           f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {m} {d.year}", f"{d.day}{suf} {m} {d.year}",
           f"{d.day} {mb} {d.year}", f"{d.day:02d} {mb} {d.year}", f"{d.day:02d}-{mb}-{d.year}", f"{d.day:02d} {m} {d.year}",
           f"{m} {d.day}, {d.year}", f"{d.day}{suf} {m}"]
    return out

def att_forms(a):
    f = [f"{a:.1f}%", f"{a:.1f} %", f"{a:.1f}", f"{a:.2f}%"]
    if float(a).is_integer():
        f += [f"{int(a)}%", f"{int(a)} %"]
    return f

def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for f in glob.glob(os.path.join(out, "zU*")):
        os.remove(f)
    for g in sorted(glob.glob(os.path.join(HERE, "zU[0-9][0-9]_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(g)[:-3], g)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        m.build(out)
    bad = 0
    for tf in sorted(glob.glob(os.path.join(out, "zU*.truth.json"))):
        t = json.load(open(tf))
        fp = os.path.join(out, t["file"])
        errs = []
        if not os.path.exists(fp):
            print("FAIL", t["file"], "missing"); bad += 1; continue
        txt = text_docx(fp) if fp.endswith(".docx") else text_pdf(fp)
        strs = [t["child_name"], t["school"]] + t["pupil_voice"] + [x["text"] for x in t["targets"]] + [x["description"] for x in t["pp_spend"]]
        for s in strs:
            if s and norm(s) not in txt:
                errs.append("missing verbatim: " + s[:70])
        for k in ("meeting_date", "completed_date"):
            if t[k] and not any(f in txt for f in date_forms(t[k])):
                errs.append(f"{k} {t[k]} not found")
        if t["attendance_percent"] is not None and not any(f in txt for f in att_forms(t["attendance_percent"])):
            errs.append(f"attendance {t['attendance_percent']} not found")
        if errs:
            bad += 1
            print("FAIL", t["file"], "; ".join(errs))
        else:
            print("OK  ", t["file"])
    n = len(glob.glob(os.path.join(out, "zU*.truth.json")))
    print(f"{n} truth files, {bad} failures")
    sys.exit(1 if bad or n == 0 else 0)

if __name__ == "__main__":
    main()
