"""Build every zoo M layout and check truth files against extracted text."""
import glob, importlib, json, os, re, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def docx_text(path):
    from docx import Document
    d = Document(path); parts = [p.text for p in d.paragraphs]
    def tbl(t):
        for r in t.rows:
            for c in r.cells:
                parts.append(c.text)
                for t2 in c.tables: tbl(t2)
    for t in d.tables: tbl(t)
    for s in d.sections:
        for hf in (s.header, s.footer):
            parts += [p.text for p in hf.paragraphs]
            for t in hf.tables: tbl(t)
    return [norm(x) for x in parts]


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(pg.extract_text() or "")
            for t in pg.extract_tables():
                for r in t:
                    for c in r:
                        if c: parts.append(c)
    return [norm(x) for x in parts]


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    m = d.strftime("%B"); ma = d.strftime("%b")
    return {f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day} {m} {d.year}", f"{d.day} {ma} {d.year}", f"{d.day:02d} {m} {d.year}", iso,
            f"{d.day:02d}/{d.month:02d}/{str(d.year)[2:]}", f"{d.day}/{d.month}/{str(d.year)[2:]}",
            f"{d.day}{'th' if 11<=d.day<=13 else {1:'st',2:'nd',3:'rd'}.get(d.day%10,'th')} {m} {d.year}",
            f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}-{ma}-{d.year}", f"{d.day:02d}-{ma}-{d.year}"}


def num_forms(x):
    out = {f"{x:g}", f"{x:.1f}", f"{x:.2f}", f"{x:,.2f}", f"{x:,.0f}"}
    if float(x).is_integer(): out.add(str(int(x)))
    return out


def check(truth_path, errs):
    t = json.load(open(truth_path))
    f = os.path.join(os.path.dirname(truth_path), t["file"])
    if not os.path.exists(f): errs.append(f"{t['file']}: missing file"); return
    parts = docx_text(f) if f.endswith(".docx") else pdf_text(f)
    blob = " \n ".join(parts)
    def has(s): return norm(s) in blob
    vb = [t["child_name"], t["child_first_name"], t["school"]] + t["pupil_voice"] + [x["text"] for x in t["targets"]] + \
         [x["description"] for x in t["pp_spend"]]
    for s in vb:
        if s is not None and not has(s): errs.append(f"{t['file']}: verbatim not found: {s!r}")
    for k in ("meeting_date", "completed_date"):
        if t[k] and not any(has(x) for x in date_forms(t[k])): errs.append(f"{t['file']}: {k} {t[k]} not found")
    nums = [t["attendance_percent"], t["pp_requested"]] + [x["cost"] for x in t["pp_spend"]]
    for n in nums:
        if n is not None and not any(has(x) for x in num_forms(n)): errs.append(f"{t['file']}: number {n} not found")
    for x in t["pp_spend"]:
        if x["target"] is not None and not (1 <= x["target"] <= len(t["targets"])): errs.append(f"{t['file']}: bad pp target link")
    if t["layout"] != t["file"].rsplit("-", 1)[0]: errs.append(f"{t['file']}: layout mismatch")
    for k in ("year_group",):
        if t[k] is not None and not (-1 <= t[k] <= 14): errs.append(f"{t['file']}: bad year_group")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "zooM")
    os.makedirs(out, exist_ok=True)
    for p in glob.glob(os.path.join(out, "zM*")):
        os.remove(p)
    gens = sorted(glob.glob(os.path.join(HERE, "zM[0-9][0-9]_*.py")))
    for g in gens:
        importlib.import_module(os.path.basename(g)[:-3]).build(out)
    errs = []; truths = sorted(glob.glob(os.path.join(out, "zM*.truth.json")))
    for tp in truths:
        try: check(tp, errs)
        except Exception as e: errs.append(f"{tp}: {e!r}")
    print(f"{len(gens)} generators, {len(truths)} truth files, {len(glob.glob(os.path.join(out, 'zM*')))} files")
    for e in errs: print("ERR", e)
    print("PASS" if not errs and truths else "FAIL")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
