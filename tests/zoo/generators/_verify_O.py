"""Build every zoo-O layout into OUT_DIR and check each truth file against the extracted text.
Usage: python _verify_O.py OUT_DIR"""
import glob, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append("\n".join(p.text for p in c.paragraphs))
                    walk_tables(c.tables)
    parts += [p.text for p in d.paragraphs]
    walk_tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            try:
                parts += [p.text for p in hf.paragraphs]
                walk_tables(hf.tables)
            except Exception:
                pass
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
    y, m, d = (int(x) for x in iso.split("-"))
    mon = MONTHS[m - 1]
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return [iso, f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
            f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d}{suf} {mon} {y}",
            f"{d} {mon[:3]} {y}", f"{mon} {d}, {y}", f"{d:02d}-{mon[:3]}-{y}", f"{d:02d} {mon} {y}",
            f"{d:02d} {mon[:3]} {y}"]


def check(path, truth):
    text = norm(docx_text(path) if path.endswith(".docx") else pdf_text(path))
    low = text.lower()
    errs = []

    def need(label, s):
        if s is None:
            return
        if norm(s) not in text:
            errs.append(f"{label} not found: {s!r}")
    need("child_name", truth["child_name"])
    need("child_first_name", truth["child_first_name"])
    need("school", truth["school"])
    for v in truth["pupil_voice"]:
        need("pupil_voice", v)
    for t in truth["targets"]:
        need("target", t["text"])
    for p in truth["pp_spend"]:
        need("pp_spend", p["description"])
    for key in ("meeting_date", "completed_date"):
        if truth[key] and not any(f.lower() in low for f in date_forms(truth[key])):
            errs.append(f"{key} {truth[key]} not found in any common form")
    a = truth["attendance_percent"]
    if a is not None:
        pats = {f"{a:g}", f"{a:.1f}"}
        if not any(re.search(r"(?<![\d.])" + re.escape(p) + r"(?![\d])", text) for p in pats):
            errs.append(f"attendance {a} not found")
    for p in truth["pp_spend"]:
        if p["target"] is not None and not (1 <= p["target"] <= len(truth["targets"])):
            errs.append(f"pp_spend target {p['target']} out of range")
    if truth["file"] != os.path.basename(path):
        errs.append("truth 'file' does not match")
    return errs


def main():
    if len(sys.argv) < 2:
        print("usage: _verify_O.py OUT_DIR")
        sys.exit(2)
    out = os.path.abspath(sys.argv[1])
    os.makedirs(out, exist_ok=True)
    # only built outputs (zO01-name-1.pdf, ...truth.json); never the zO01_name.py generators
    for f in glob.glob(os.path.join(out, "zO[0-9][0-9]-*")):
        if os.path.isfile(f) and not f.endswith(".py"):
            os.remove(f)
    fails = 0
    gens = sorted(glob.glob(os.path.join(HERE, "zO[0-9][0-9]_*.py")))
    for g in gens:
        name = os.path.splitext(os.path.basename(g))[0]
        spec = importlib.util.spec_from_file_location(name, g)
        mod = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(mod)
            mod.build(out)
        except Exception as e:  # noqa
            print(f"FAIL build {name}: {e!r}")
            fails += 1
    truths = sorted(glob.glob(os.path.join(out, "zO*.truth.json")))
    for tp in truths:
        truth = json.load(open(tp, encoding="utf-8"))
        path = os.path.join(out, truth["file"])
        if not os.path.exists(path):
            print(f"FAIL {truth['file']}: file missing")
            fails += 1
            continue
        errs = check(path, truth)
        if errs:
            fails += 1
            print(f"FAIL {truth['file']}: " + "; ".join(errs))
        else:
            print(f"ok   {truth['file']}")
    print(f"{len(gens)} generators, {len(truths)} truth files, {fails} failures")
    sys.exit(1 if fails or not truths else 0)


if __name__ == "__main__":
    main()
