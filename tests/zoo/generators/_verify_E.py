"""Verify zoo E: every truth string is really in its file.

usage: python _verify_E.py OUT_DIR
Extracts text from each DOCX (python-docx paragraphs, tables, nested tables,
headers/footers, plus every w:p in the XML so content controls count) and each PDF
(pdfplumber page text, half-page crops for two-column pages, table cells, pdfminer
text), then checks verbatim strings, dates, numbers and the truth keys."""
import datetime as dt
import glob
import json
import os
import re
import sys

TRUTH_KEYS = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name",
              "school", "year_group", "meeting_date", "completed_date", "attendance_percent",
              "pupil_voice", "targets", "english_target", "maths_target", "pp_spend",
              "pp_requested"]
ENGLISH = ("english", "literacy", "reading", "writing", "phonics", "spelling", "esol", "communication")
MATHS = ("maths", "mathematics", "number", "numeracy")


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "").replace("\u2002", " ")
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ extraction
def docx_views(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(path)
    out = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    out.append(cell.text)
                    for p in cell.paragraphs:
                        out.append(p.text)
                    walk_tables(cell.tables)

    def xml_paras(el):
        for p in el.iter(qn("w:p")):
            out.append("".join(t.text or "" for t in p.iter(qn("w:t"))))

    for p in d.paragraphs:
        out.append(p.text)
    walk_tables(d.tables)
    xml_paras(d.element.body)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                   s.even_page_header, s.even_page_footer):
            for p in hf.paragraphs:
                out.append(p.text)
            walk_tables(hf.tables)
            xml_paras(hf._element)
    return [norm(x) for x in out if x and x.strip()]


def pdf_views(path):
    import pdfplumber
    from pdfminer.high_level import extract_text
    out = []
    pages = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            txt = pg.extract_text() or ""
            pages.append(txt)
            w = pg.width
            for box in ((0, 0, w / 2, pg.height), (w / 2, 0, w, pg.height)):
                out.append(pg.crop(box).extract_text() or "")
            for tb in pg.extract_tables():
                for row in tb:
                    for c in row:
                        if c:
                            out.append(c)
    out.append("\n".join(pages))
    out.append(extract_text(path))
    return [norm(x) for x in out if x and x.strip()]


def views(path):
    return docx_views(path) if path.endswith(".docx") else pdf_views(path)


# ------------------------------------------------------------------ forms of values
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    day, mon, yr = d.day, d.month, d.year
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    M, m3 = MONTHS[mon - 1], MONTHS[mon - 1][:3]
    f = {iso, "%02d/%02d/%d" % (day, mon, yr), "%d/%d/%d" % (day, mon, yr),
         "%02d/%02d/%02d" % (day, mon, yr % 100), "%d/%d/%02d" % (day, mon, yr % 100),
         "%02d.%02d.%d" % (day, mon, yr), "%02d.%02d.%02d" % (day, mon, yr % 100),
         "%02d-%02d-%d" % (day, mon, yr), "%02d-%s-%d" % (day, m3, yr), "%d-%s-%d" % (day, m3, yr),
         "%d %s %d" % (day, M, yr), "%d%s %s %d" % (day, suf, M, yr), "%d %s %d" % (day, m3, yr),
         "%d%s %s %d" % (day, suf, m3, yr), "%s %d, %d" % (M, day, yr), "%02d %s %d" % (day, M, yr),
         "%02d %s %d" % (day, m3.upper(), yr), "%d %s %d" % (day, m3.upper(), yr)}
    return f


def num_forms(x):
    f = set()
    if float(x).is_integer():
        i = int(x)
        f |= {str(i), "{:,}".format(i), "%d.00" % i, "{:,}.00".format(i), "%d.0" % i}
    f |= {"%.1f" % x, "%.2f" % x, "{:,.2f}".format(x)}
    return f


def present(needle, hay):
    n = norm(needle)
    return any(n in h for h in hay)


def any_form(forms, hay):
    return any(any(fm in h for h in hay) for fm in forms)


def check(truth_path, out_dir):
    errs = []
    with open(truth_path, encoding="utf-8") as fh:
        t = json.load(fh)
    for k in TRUTH_KEYS:
        if k not in t:
            errs.append("missing key %s" % k)
    if errs:
        return errs
    path = os.path.join(out_dir, t["file"])
    if not os.path.exists(path):
        return ["file %s not found" % t["file"]]
    stem = os.path.splitext(t["file"])[0]
    if re.sub(r"-\d+$", "", stem) != t["layout"]:
        errs.append("layout id %s does not match file %s" % (t["layout"], t["file"]))
    hay = views(path)
    verbatim = []
    for k in ("child_name", "child_first_name", "school"):
        if t[k] is not None:
            verbatim.append((k, t[k]))
    if not isinstance(t["pupil_voice"], list) or not isinstance(t["targets"], list) \
            or not isinstance(t["pp_spend"], list):
        errs.append("pupil_voice/targets/pp_spend must be lists")
        return errs
    verbatim += [("voice", v) for v in t["pupil_voice"]]
    verbatim += [("target", x["text"]) for x in t["targets"]]
    verbatim += [("spend", x["description"]) for x in t["pp_spend"]]
    for k, s in verbatim:
        if not present(s, hay):
            errs.append("%s not found verbatim: %r" % (k, s))
    for k in ("meeting_date", "completed_date"):
        if t[k] is not None and not any_form(date_forms(t[k]), hay):
            errs.append("%s %s not written in any known form" % (k, t[k]))
    if t["attendance_percent"] is not None and not any_form(num_forms(t["attendance_percent"]), hay):
        errs.append("attendance %s not found" % t["attendance_percent"])
    for x in t["pp_spend"]:
        if set(x) != {"description", "cost", "target"}:
            errs.append("spend keys wrong: %s" % x)
        if x["cost"] is not None and not any_form(num_forms(x["cost"]), hay):
            errs.append("cost %s not found" % x["cost"])
        if x["target"] is not None and not (1 <= x["target"] <= len(t["targets"])):
            errs.append("spend target %s out of range" % x["target"])
    if t["pp_requested"] is not None and not any_form(num_forms(t["pp_requested"]), hay):
        errs.append("pp_requested %s not found" % t["pp_requested"])
    yg = t["year_group"]
    if yg is not None:
        forms = {-1: ["Nursery", "nursery", "Pre-school", "pre-school", "FS1"],
                 0: ["Reception", "reception", "YR", "Year R"]}.get(
            yg, ["Year %d" % yg, "Y%d" % yg, "NCY %d" % yg, "NCY: %d" % yg, "Yr %d" % yg, "year %d" % yg])
        if not any_form(forms, hay):
            errs.append("year group %s not written" % yg)
    for x in t["targets"]:
        if set(x) != {"text", "area"}:
            errs.append("target keys wrong: %s" % x)
    areas = " ".join(x["area"].lower() for x in t["targets"])
    if t["english_target"] != any(w in areas for w in ENGLISH):
        errs.append("english_target inconsistent with target areas")
    if t["maths_target"] != any(w in areas for w in MATHS):
        errs.append("maths_target inconsistent with target areas")
    if t["child_name"] and t["child_first_name"] and not t["child_name"].startswith(t["child_first_name"]):
        errs.append("first name is not the start of the full name")
    return errs


def run(out_dir):
    truths = sorted(glob.glob(os.path.join(out_dir, "*.truth.json")))
    docs = sorted(f for f in os.listdir(out_dir) if f.endswith((".docx", ".pdf")))
    failed = 0
    for tp in truths:
        errs = check(tp, out_dir)
        name = os.path.basename(tp)
        if errs:
            failed += 1
            print("FAIL", name)
            for e in errs:
                print("   ", e)
        else:
            print("ok  ", name)
    stems = {os.path.basename(t)[:-len(".truth.json")] for t in truths}
    orphans = [d for d in docs if os.path.splitext(d)[0] not in stems]
    for o in orphans:
        print("FAIL no truth for", o)
    n = len(truths)
    print("%d files, %d truth files checked, %d failed" % (len(docs), n, failed + len(orphans)))
    return 1 if failed or orphans or n == 0 else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else "."))
