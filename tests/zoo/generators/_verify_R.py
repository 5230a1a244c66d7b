"""Build every zoo-R layout into OUT_DIR and check each truth file against the generated file."""
import glob, importlib.util, json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def norm(s):
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    from docx import Document
    doc = Document(path)
    parts = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
                    tables(c.tables)

    parts += [p.text for p in doc.paragraphs]
    tables(doc.tables)
    for s in doc.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            parts += [p.text for p in hf.paragraphs]
            tables(hf.tables)
    return [norm(x) for x in parts]


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
    return [norm(x) for x in parts]


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    m = MONTHS[d.month - 1]
    return [iso, f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", f"{d.day} {m} {d.year}",
            f"{d.day}{suf} {m} {d.year}", f"{d.day} {m[:3]} {d.year}", f"{m} {d.day}, {d.year}"]


def att_forms(a):
    out = [f"{a}%", f"{a} %", f"{a:.1f}%", f"{a:.1f} %", f"{a:.1f} per cent"]
    if float(a).is_integer():
        out += [f"{int(a)}%", f"{int(a)} %", f"{int(a)} per cent"]
    return out


def check(truth_path):
    t = json.load(open(truth_path, encoding="utf-8"))
    fpath = os.path.join(os.path.dirname(truth_path), t["file"])
    errs = []
    if not os.path.exists(fpath):
        return [f"missing file {t['file']}"]
    parts = docx_text(fpath) if fpath.endswith(".docx") else pdf_text(fpath)
    blob = "\n".join(parts)

    def has(s):
        s = norm(s)
        return any(s in p for p in parts)

    keys = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name", "school", "year_group",
            "meeting_date", "completed_date", "attendance_percent", "pupil_voice", "targets", "english_target",
            "maths_target", "pp_spend", "pp_requested"]
    for k in keys:
        if k not in t:
            errs.append(f"truth lacks key {k}")
    for k in ("child_name", "school"):
        if t.get(k) and not has(t[k]):
            errs.append(f"{k} not found: {t[k]!r}")
    for v in t.get("pupil_voice", []):
        if not has(v):
            errs.append(f"voice not found: {v!r}")
    for tg in t.get("targets", []):
        if not has(tg["text"]):
            errs.append(f"target not found: {tg['text']!r}")
    for p in t.get("pp_spend", []):
        if not has(p["description"]):
            errs.append(f"pp_spend not found: {p['description']!r}")
        if p.get("target") is not None and not (1 <= p["target"] <= len(t["targets"])):
            errs.append(f"pp_spend target out of range: {p}")
    for k in ("meeting_date", "completed_date"):
        if t.get(k) and not any(f in blob for f in date_forms(t[k])):
            errs.append(f"{k} {t[k]} not found in any written form")
    if t.get("attendance_percent") is not None and not any(f in blob for f in att_forms(t["attendance_percent"])):
        errs.append(f"attendance {t['attendance_percent']} not found")
    return errs


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out"))
    os.makedirs(out, exist_ok=True)
    # only generated zR files (stems use hyphens: zR01-name-1.pdf); never the zR01_name.py generators
    for f in glob.glob(os.path.join(out, "zR[0-9][0-9]-*")):
        if os.path.isfile(f):
            os.remove(f)
    for g in sorted(glob.glob(os.path.join(HERE, "zR[0-9][0-9]_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(g)[:-3], g)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mod.build(out)
    bad = 0
    for tp in sorted(glob.glob(os.path.join(out, "zR*.truth.json"))):
        errs = check(tp)
        name = os.path.basename(tp).replace(".truth.json", "")
        if errs:
            bad += 1
            print(f"FAIL {name}: " + "; ".join(errs))
        else:
            print(f"ok   {name}")
    n = len(glob.glob(os.path.join(out, "zR*.truth.json")))
    print(f"{n} truth files, {bad} failing")
    sys.exit(1 if bad or n == 0 else 0)


if __name__ == "__main__":
    main()
