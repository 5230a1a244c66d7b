"""zR01: EY 'My 2-4 years Learning Plan' (no 'PEP' in the title), three described parts, a transposed
EYFS grid (areas as columns, 'Comments' / 'Next steps' as rows) and an EYPP request block whose
'Target details' column points at numbered next steps. Entries 16, 17."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_R import dt, write_truth, docx_table, docx_label_para

LAYOUT = "zR01-two-four-plan-transposed-eypp"
INSPIRED = "real-forms.md entries 16, 17 (label variants: age in years and months, 'My setting', 'Cared for Children')"
QUIRKS = [
    "EY plan titled 'My 2-4 years Learning Plan', never called a PEP in the title",
    "three parts introduced by the described sentences ('The first part records...')",
    "health, setting, attendance and EYPP impact in one four-column block",
    "EYFS progress grid transposed: areas are columns, rows are 'Comments' and 'Next steps'",
    "next steps numbered NS1.. inside the grid; EYPP 'Target details' cites NS numbers",
    "age in years and months instead of a date of birth",
    "header carries 'Cared for Children' and a protective marking",
]

AREAS = ["Communication and Language", "Personal, Social and Emotional Development",
         "Physical Development", "Literacy", "Mathematics"]


def data(n):
    d = dict(name="Maisie Harcourt", first="Maisie", school="Little Acorns Day Nursery", year=-1,
             meeting="2026-10-13", completed="2026-10-21", att=93.5, pp_total=195.0)
    d["voice"] = ["I like the sand and the big digger.", "Me do it by myself!"]
    d["comments"] = {
        AREAS[0]: "Maisie uses single words and is starting to join two words. She points to ask for things.",
        AREAS[1]: "Settling well with her key person Jess. Upset at drop-off on Mondays.",
        AREAS[2]: "Climbs confidently on the low frame; holds a chunky crayon in a fist grip.",
        AREAS[3]: "Enjoys 'Dear Zoo' and lifts the flaps herself.",
        AREAS[4]: "Says 'one, two' when lining up cars; not yet matching number to objects.",
    }
    ns = {
        AREAS[0]: "Maisie will use two-word phrases such as 'more juice' at snack time on most days by the end of January 2027",
        AREAS[1]: "Maisie will separate from her carer at the nursery door with her key person within five minutes by February half-term",
        AREAS[3]: "Maisie will join in with the repeated refrain in two familiar stories at group time by Easter 2027",
        AREAS[4]: "Maisie will count out three objects accurately when asked during play by the spring review",
    }
    area_names = {AREAS[0]: "Communication and Language", AREAS[1]: "PSED", AREAS[3]: "Literacy", AREAS[4]: "Mathematics"}
    pp = [
        dict(kind="Learning", desc="Small-group Talk Boost sessions with key person, 3 x 15 minutes weekly",
             tgt="NS1", impact="Two-word phrases used at snack and in play", cost=150.0, target=1),
        dict(kind="Pastoral", desc="Transition photo book and visual timetable for arrival",
             tgt="NS2", impact="Calmer Monday drop-off", cost=45.0, target=2),
    ]
    if n == 2:
        d["voice"] = []
        del ns[AREAS[4]]
        pp[1]["tgt"] = ""
        pp[1]["target"] = None
    d["ns"] = ns
    targets, k = [], 0
    for a in AREAS:
        if a in ns:
            k += 1
            targets.append(dict(text=ns[a], area=area_names[a], num=k))
    d["targets"] = targets
    d["pp"] = pp
    return d


def render(d, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.header.paragraphs[0].text = "Cared for Children – Early Years        OFFICIAL-SENSITIVE when completed"
    sec.footer.paragraphs[0].text = "My 2-4 years Learning Plan v3.1 – Virtual School Early Years Team"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("My 2-4 years Learning Plan", 0)
    doc.add_paragraph("Autumn term 2026 – plan meeting held " + dt(d["meeting"], "longday"))

    doc.add_heading("Part 1", 1)
    doc.add_paragraph("The first part records the child's personal information, legal status and a brief summary of their care plan.").italic = True
    docx_table(doc, [
        ["My name", d["name"]],
        ["My age", "3 years 5 months"],
        ["Legal status", "Interim Care Order (s.38)"],
        ["Placement", "Foster placement (in-house), since March 2026"],
        ["Brief summary of care plan", "Care plan is for Maisie to remain with her foster carers while assessments of her birth family are completed. Final hearing listed for January 2027."],
        ["Social worker", "Ruth Okonkwo (Crewe North Team)"],
    ], widths=[6, 19], bold_first_col=True)

    doc.add_heading("Part 2", 1)
    doc.add_paragraph("The next part records any health concerns, the name of the setting they attend, attendance and the impact of any Early Years Pupil Premium (EYPP) funding.")
    docx_table(doc, [
        ["Health concerns", "My setting", "Attendance", "Impact of EYPP"],
        ["Awaiting a hearing test (referred by health visitor). Eczema – cream applied by staff at lunch.",
         d["school"] + "\nPark Lane, Brereton Heath\n15 funded hours (Mon, Tue, Thu)",
         "Attends 15 funded hours. " + f"{d['att']}% of offered sessions since September",
         "Summer EYPP bought a key-person 'settling' session each Monday; drop-off crying now shorter."],
    ], bold_first_row=True)

    doc.add_heading("Part 3", 1)
    doc.add_paragraph("The next section asks for information about the child's progress against the EYFS. Please provide comments for each area. Next steps are numbered NS1, NS2… so that the EYPP request can refer to them.")
    hdr = [""] + AREAS
    com = ["Comments"] + [d["comments"][a] for a in AREAS]
    nsr = ["Next steps"]
    for a in AREAS:
        t = next((t for t in d["targets"] if t["text"] == d["ns"].get(a)), None)
        nsr.append(f"NS{t['num']}: {t['text']}" if t else "")
    docx_table(doc, [hdr, com, nsr], bold_first_row=True, bold_first_col=True)

    doc.add_heading("Maisie's voice", 2)
    doc.add_paragraph("What has Maisie told us or shown us? (her own words in quotation marks; key person observations below)")
    docx_table(doc, [["Child's own words", " ".join(f"\u201c{v}\u201d" for v in d["voice"])],
                     ["Key person observation", "Maisie brings the digger to the sand tray every morning and asks staff to watch."]],
               widths=[6, 19], bold_first_col=True)

    doc.add_heading("EYPP request", 2)
    doc.add_paragraph("Any request for EYPP must be linked to 'next steps' targets on the PEP.")
    rows = [["Type of intervention (pastoral or learning)", "Description of intervention", "Target details",
             "Expected impact", "Cost of the support"]]
    for p in d["pp"]:
        rows.append([p["kind"], p["desc"], p["tgt"], p["impact"], f"£{p['cost']:.2f}"])
    rows.append(["", "", "", "Total EYPP requested", f"£{d['pp_total']:.2f}"])
    docx_table(doc, rows, bold_first_row=True)

    doc.add_heading("Agreement", 2)
    docx_table(doc, [
        ["Key person", "Jess Marlow", "Setting manager", "Anita Coles"],
        ["Plan agreed by EY Virtual School Officer", "Paul Drinkwater", "Date agreed", dt(d["completed"], "dmy/")],
    ], bold_first_col=True)
    doc.save(path)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    out = []
    for n in (1, 2):
        d = data(n)
        p = os.path.join(out_dir, f"{LAYOUT}-{n}.docx")
        render(d, p)
        write_truth(out_dir, LAYOUT, n, "docx", INSPIRED,
                    QUIRKS + (["-2 gaps: child's-words box empty (prompt only), no Mathematics next step, second EYPP line has blank 'Target details'"] if n == 2 else []), d)
        out.append(p)
    return out


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
