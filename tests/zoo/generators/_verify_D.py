"""Verify zoo D truth files against the text really present in each generated file.

Usage: python _verify_D.py OUT_DIR
"""
import datetime as dt, glob, json, os, re, sys

import docx
import pdfplumber


def docx_text(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]

    def walk(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append("\n".join(p.text for p in cell.paragraphs))
                    walk(cell.tables)
    walk(d.tables)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return parts


def pdf_text(path):
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(pg.extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    for cell in row:
                        if cell:
                            parts.append(cell)
    return parts


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    day = d.day
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    M, m3 = d.strftime("%B"), d.strftime("%b")
    return [d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%Y"), f"{day} {M} {d.year}", f"{day}{suf} {M} {d.year}",
            d.strftime(f"%d-{m3}-%Y"), iso, d.strftime("%d/%m/%y")]


def num_present(v, text, money=False):
    s = f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    pat = re.escape(s) + (r"(\.0+)?" if v == int(v) else r"0*")
    pre = r"(?<![\d.,])"
    if money:
        return re.search(r"£\s?" + pat + r"(?![\d])", text) or re.search(pre + pat + r"(?![\d%])", text)
    return re.search(pre + pat + r"(?![\d])", text)


def check(truth_path):
    t = json.load(open(truth_path))
    f = os.path.join(os.path.dirname(truth_path), t["file"])
    errs = []
    if not os.path.exists(f):
        return [f"missing file {t['file']}"]
    parts = docx_text(f) if f.endswith(".docx") else pdf_text(f)
    text = norm(" \n ".join(norm(p) for p in parts))
    joined = " | ".join(norm(p) for p in parts)

    def need(label, s):
        if s is None:
            return
        if norm(s) not in text and norm(s) not in joined:
            errs.append(f"{label} not verbatim: {s!r}")

    need("child_name", t["child_name"])
    need("child_first_name", t["child_first_name"])
    need("school", t["school"])
    for v in t["pupil_voice"]:
        need("pupil_voice", v)
    for i, tg in enumerate(t["targets"], 1):
        need(f"target {i}", tg["text"])
    for sp in t["pp_spend"]:
        need("spend", sp["description"])
        if sp["cost"] is not None and not num_present(sp["cost"], text, money=True):
            errs.append(f"cost {sp['cost']} not found")
        if sp["target"] is not None and not (1 <= sp["target"] <= len(t["targets"])):
            errs.append(f"spend target {sp['target']} out of range")
    if t["pp_requested"] is not None and not num_present(t["pp_requested"], text, money=True):
        errs.append(f"pp_requested {t['pp_requested']} not found")
    for k in ("meeting_date", "completed_date"):
        if t[k] and not any(df in text for df in date_forms(t[k])):
            errs.append(f"{k} {t[k]} not found in any date form")
    if t["attendance_percent"] is not None and not num_present(t["attendance_percent"], text):
        errs.append(f"attendance {t['attendance_percent']} not found")
    areas = [x["area"] for x in t["targets"]]
    if t["english_target"] != any(a in ("English", "Communication and language", "Literacy") for a in areas):
        errs.append("english_target disagrees with target areas")
    if t["maths_target"] != any(a in ("Maths", "Mathematics") for a in areas):
        errs.append("maths_target disagrees with target areas")
    yg = t["year_group"]
    if yg is not None and not (-1 <= yg <= 14):
        errs.append("year_group out of range")
    want = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name", "school", "year_group",
            "meeting_date", "completed_date", "attendance_percent", "pupil_voice", "targets", "english_target",
            "maths_target", "pp_spend", "pp_requested"]
    if list(t.keys()) != want:
        errs.append("truth keys differ from format")
    if not t["file"].startswith(t["layout"] + "-"):
        errs.append("layout/file mismatch")
    return errs


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    truths = sorted(glob.glob(os.path.join(out, "*.truth.json")))
    bad = 0
    for tp in truths:
        e = check(tp)
        print(("PASS " if not e else "FAIL ") + os.path.basename(tp))
        for x in e:
            print("   - " + x)
        bad += bool(e)
    print(f"{len(truths) - bad}/{len(truths)} truth files pass")
    sys.exit(1 if bad or not truths else 0)


if __name__ == "__main__":
    main()
