"""Build every zoo V layout into OUT_DIR and check truth strings against extracted text."""
import sys, os, glob, json, re, importlib.util, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
                    tables(c.tables)
    tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            parts.extend(p.text for p in hf.paragraphs)
            tables(hf.tables)
    return norm("\n".join(parts))


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
    return norm("\n".join(parts))


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    m = d.strftime("%B")
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {iso, d.strftime("%d/%m/%Y"), f"{d.day}/{d.month}/{d.year}", d.strftime("%d.%m.%Y"),
            d.strftime("%d-%m-%Y"), f"{d.day} {m} {d.year}", f"{d.day}{suf} {m} {d.year}",
            f"{d.day} {d.strftime('%b')} {d.year}", d.strftime("%d/%m/%y"), f"{m} {d.day}, {d.year}",
            d.strftime("%d %B %Y"), d.strftime("%d %b %Y")}


def main(out):
    os.makedirs(out, exist_ok=True)
    for f in glob.glob(os.path.join(out, "zV*")):
        if os.path.isfile(f):
            os.remove(f)
    for g in sorted(glob.glob(os.path.join(HERE, "zV[0-9][0-9]_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(g)[:-3], g)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mod.build(out)
    fails = 0
    truths = sorted(glob.glob(os.path.join(out, "zV*.truth.json")))
    for tf in truths:
        t = json.load(open(tf))
        path = os.path.join(out, t["file"])
        errs = []
        if not os.path.exists(path):
            errs.append("file missing")
        else:
            text = docx_text(path) if path.endswith(".docx") else pdf_text(path)
            checks = [("child_name", t["child_name"]), ("school", t["school"])]
            checks += [("voice", v) for v in t["pupil_voice"]]
            checks += [("target", x["text"]) for x in t["targets"]]
            checks += [("pp", x["description"]) for x in t["pp_spend"]]
            for k, v in checks:
                if v is not None and norm(v) not in text:
                    errs.append(f"{k} not found: {v[:60]!r}")
            for k in ("meeting_date", "completed_date"):
                if t[k] and not any(f in text for f in date_forms(t[k])):
                    errs.append(f"{k} {t[k]} not found")
            a = t["attendance_percent"]
            if a is not None:
                forms = {f"{a:g}%", f"{a:.1f}%", f"{a:g} %", f"{a:.1f} %", f"{a:g} per cent"}
                if not any(f in text for f in forms):
                    errs.append(f"attendance {a} not found")
            if t["pp_requested"] is not None:
                r = t["pp_requested"]
                if not any(f in text for f in (f"£{r:,.2f}", f"£{r:,.0f}", f"£{r:.2f}", f"£{r:.0f}")):
                    errs.append(f"pp_requested {r} not found")
        print(("OK   " if not errs else "FAIL ") + t["file"] + ("" if not errs else ": " + "; ".join(errs)))
        fails += bool(errs)
    n = len(truths)
    print(f"{n} truth files, {fails} failing")
    if n == 0 or fails:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out"))
