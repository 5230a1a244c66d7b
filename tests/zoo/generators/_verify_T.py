"""Build every zoo-T layout into OUT_DIR and check the truth files against the extracted text."""
import sys, os, glob, json, re, importlib.util, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
                    tables(c.tables)
    parts += [p.text for p in d.paragraphs]
    tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            parts += [p.text for p in hf.paragraphs]
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
    d = dt.date.fromisoformat(iso)
    n = d.day
    suf = "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    B, b, Y, y = d.strftime("%B"), d.strftime("%b"), d.year, d.strftime("%y")
    return {iso, f"{n} {B} {Y}", f"{n}{suf} {B} {Y}", f"{n:02d} {B} {Y}", f"{n} {b} {Y}", f"{n:02d} {b} {Y}",
            f"{n:02d}-{b}-{Y}", f"{n}-{b}-{Y}", d.strftime("%d/%m/%Y"), f"{n}/{d.month}/{Y}", d.strftime("%d/%m/%y"),
            d.strftime("%d.%m.%Y"), d.strftime("%d.%m.%y"), d.strftime("%d-%m-%Y"), f"{B} {n}, {Y}"}


def check(truth_path, out_dir):
    t = json.load(open(truth_path))
    fpath = os.path.join(out_dir, t["file"])
    errs = []
    if not os.path.exists(fpath):
        return [f"missing file {t['file']}"]
    raw = docx_text(fpath) if fpath.endswith(".docx") else pdf_text(fpath)
    text = norm(raw)
    verb = []
    for k in ("child_name", "school"):
        if t.get(k):
            verb.append((k, t[k]))
    verb += [("pupil_voice", v) for v in t.get("pupil_voice", [])]
    verb += [("target", x["text"]) for x in t.get("targets", [])]
    verb += [("pp_spend", x["description"]) for x in t.get("pp_spend", [])]
    for k, s in verb:
        if norm(s) not in text:
            errs.append(f"{k} not verbatim: {s[:70]!r}")
    for k in ("meeting_date", "completed_date"):
        if t.get(k):
            if not any(f in text for f in date_forms(t[k])):
                errs.append(f"{k} {t[k]} not found in any written form")
    a = t.get("attendance_percent")
    if a is not None:
        forms = {f"{a:g}", f"{a:.1f}", f"{a:.2f}", f"{a:.0f}"} if float(a).is_integer() else {f"{a:g}", f"{a:.1f}", f"{a:.2f}"}
        if not any(re.search(r"(?<![\d.])" + re.escape(f) + r"\s?%", text) for f in forms):
            errs.append(f"attendance {a} not found as a percentage")
    for x in t.get("targets", []):
        if x.get("area") is None:
            errs.append("target without area")
    return errs


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
    os.makedirs(out, exist_ok=True)
    for f in glob.glob(os.path.join(out, "zT*")):
        os.remove(f)
    gens = sorted(glob.glob(os.path.join(HERE, "zT[0-9][0-9]_*.py")))
    fails = 0
    for g in gens:
        spec = importlib.util.spec_from_file_location(os.path.basename(g)[:-3], g)
        m = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(m)
            m.build(out)
        except Exception as e:
            import traceback; traceback.print_exc()
            print(f"FAIL build {os.path.basename(g)}: {e}")
            fails += 1
    truths = sorted(glob.glob(os.path.join(out, "zT*.truth.json")))
    for tp in truths:
        errs = check(tp, out)
        name = os.path.basename(tp).replace(".truth.json", "")
        if errs:
            fails += 1
            print(f"FAIL {name}: " + "; ".join(errs))
        else:
            print(f"ok   {name}")
    n_files = len([f for f in glob.glob(os.path.join(out, "zT*")) if not f.endswith(".json")])
    print(f"{len(gens)} layouts, {n_files} PEP files, {len(truths)} truth files, {fails} failure(s)")
    if len(truths) != 2 * len(gens) or n_files != 2 * len(gens):
        print("FAIL: expected two PEPs and two truth files per layout")
        fails += 1
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
