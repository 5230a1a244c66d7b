"""zO06: PEP written up by the Virtual School Teacher as a narrative report (PDF): numbered paragraphs
like minutes, targets and PP+ inside the prose, child's words quoted in the text, case-system episode
header with codes, report date within 20 working days."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_O import *

LAYOUT = "zO06-vs-teacher-report"
INSPIRED = "real-forms.md entries 29, 21"
QUIRKS = ["narrative PEP report written by the Virtual School Teacher (chair), numbered paragraphs 1.1, 1.2 ... like minutes",
          "targets and PP+ spend stated inside prose paragraphs, not in a table",
          "child's own words quoted inside the narrative among adult comments",
          "case-system episode header with codes (episode id, form code, part letters A-D, status)",
          "meeting date written long with weekday; report date within 20 working days"]


def render(d, path):
    s = [tbl([[f"Episode: {d['episode']}", "Form: PEP-RPT (Parts A, B, C and D)", f"Status: {d['status']}"],
              [f"Subject: {d['name']} ({d['cid']})", f"Worker: {d['vst']}", f"Team: VS-{d['team']}"]],
             [60 * mm, 65 * mm, 55 * mm], style="small"),
         Spacer(1, 8),
         P(f"{d['vs']}", "serifh"),
         P("Personal Education Plan Report", "serifh")]
    for sec, paras in d["sections"]:
        s.append(P(sec, "serifh"))
        for n, txt in paras:
            s.append(P(f"<b>{n}</b>&nbsp;&nbsp;{esc(txt)}", "serif", raw=True))
            s.append(Spacer(1, 3))
    pdf_doc(path, s, header=f"{d['vs']} – PEP report – {d['name']}", footer="RESTRICTED – page {page}", font="DVS")


def d1():
    v = ["I like times tables now because I beat my score.", "I don't like it when people shout in the dinner hall.",
         "I want to be a vet when I'm older."]
    tg = ["By February half-term Kai will read aloud from a book at his level for ten minutes with no more than five errors, checked weekly by his class teacher",
          "By 12 February 2027 Kai will use written column subtraction with exchanging to solve word problems, getting 8 out of 10 right",
          "Kai will eat lunch in the small dining room with two friends of his choice three times a week until Christmas"]
    pp = ["Reading Recovery sessions with Mrs Dyer, four times a week for ten weeks",
          "Maths small-group tuition after school on Thursdays for ten weeks"]
    secs = [("1. Introductions and purpose", [
        ("1.1", "The PEP meeting was held at Oakhurst Primary School on Tuesday 13th October 2026 and was chaired by me as Kai's Virtual School Teacher."),
        ("1.2", "Present: Kai Brennan-Solis (for the first part), Mrs Laura Finch (Designated Teacher), Mr Sam Ojo (social worker), Ms Dee Hartley (foster carer).")]),
        ("2. Kai's views", [
        ("2.1", f"Kai joined us for the first ten minutes. He told us: \"{v[0]}\" He also said, \"{v[1]}\""),
        ("2.2", f"When asked what he would like to do when he leaves school, Kai said \"{v[2]}\" Ms Hartley added that he talks about animals every day.")]),
        ("3. Attendance and progress", [
        ("3.1", "Attendance this year is 96.4% with no exclusions. Mrs Finch reported that Kai is working towards the expected standard in reading and writing and at the expected standard in maths."),
        ("3.2", "The previous targets (Kai to learn his 3 and 4 times tables; Kai to join a lunchtime club) were both achieved.")]),
        ("4. Targets agreed", [
        ("4.1", f"For English the meeting agreed: {tg[0]}."),
        ("4.2", f"For maths: {tg[1]}."),
        ("4.3", f"Because Kai finds the hall noisy, the third target is: {tg[2]}.")]),
        ("5. Pupil Premium Plus", [
        ("5.1", f"The Virtual School agreed PP+ for {pp[0]}, costing £240.00, to support target 1 (4.1)."),
        ("5.2", f"It also agreed {pp[1]}, costing £150.00, for target 2 (4.2). Total PP+ agreed this term: £390.00.")]),
        ("6. Next steps", [
        ("6.1", "The next PEP will be held in the spring term. This report was written on 3 November 2026, within 20 working days of the PEP being held."),
        ("6.2", "Signed: Ms Alys Peverell, Virtual School Teacher.")])]
    d = dict(vs="Thamesreach Virtual School", episode="EP-4471902", status="Finalised", name="Kai Brennan-Solis", cid="CID 220913",
             vst="A. Peverell", team="West 2", sections=secs)
    t = dict(child_name="Kai Brennan-Solis", child_first_name="Kai", school="Oakhurst Primary School", year_group=None,
             meeting_date="2026-10-13", completed_date="2026-11-03", attendance_percent=96.4, pupil_voice=v,
             targets=[{"text": tg[0], "area": "English"}, {"text": tg[1], "area": "Maths"}, {"text": tg[2], "area": "SEMH"}],
             english_target=True, maths_target=True,
             pp_spend=[{"description": pp[0], "cost": 240.0, "target": 1}, {"description": pp[1], "cost": 150.0, "target": 2}],
             pp_requested=390.0)
    return d, t


def d2():
    tg = ["By the spring PEP Lily-Mae will write a one-page recount using paragraphs and past-tense verbs correctly, marked against the Year 4 checklist",
          "Lily-Mae will attend the Monday friendship group with the learning mentor for six weeks"]
    pp = "a tablet for home learning"
    secs = [("1. Introductions and purpose", [
        ("1.1", "The PEP meeting was held at St Aldhelm's Catholic Primary School on Friday 6th November 2026. I chaired the meeting as Lily-Mae's Virtual School Teacher."),
        ("1.2", "Present: Mr Peter Quinn (Designated Teacher), Ms Farah Iqbal (social worker). Lily-Mae's carer sent apologies.")]),
        ("2. Lily-Mae's views", [
        ("2.1", "Lily-Mae was on a class trip and did not take part. Her views were not gathered before the meeting.")]),
        ("3. Attendance and progress", [
        ("3.1", "Mr Quinn reported that Lily-Mae, who is in Year 4, has settled well. Attendance figures were not available at the meeting.")]),
        ("4. Targets agreed", [
        ("4.1", f"For writing the meeting agreed: {tg[0]}."),
        ("4.2", f"The second target is: {tg[1]}.")]),
        ("5. Pupil Premium Plus", [
        ("5.1", f"The school asked for PP+ towards {pp}, at £180.00. Total requested: £180.00.")]),
        ("6. Next steps", [
        ("6.1", "This report was written on 27 November 2026, within 20 working days of the PEP being held.")])]
    d = dict(vs="Thamesreach Virtual School", episode="EP-4480577", status="Finalised", name="Lily-Mae Harrow", cid="CID 224471",
             vst="A. Peverell", team="West 2", sections=secs)
    t = dict(child_name="Lily-Mae Harrow", child_first_name="Lily-Mae", school="St Aldhelm's Catholic Primary School", year_group=4,
             meeting_date="2026-11-06", completed_date="2026-11-27", attendance_percent=None, pupil_voice=[],
             targets=[{"text": tg[0], "area": "English"}, {"text": tg[1], "area": "SEMH"}],
             english_target=True, maths_target=False,
             pp_spend=[{"description": pp, "cost": 180.0, "target": None}], pp_requested=180.0)
    return d, t


def build(out_dir):
    gaps = ["-2 gaps: child's views not gathered, no attendance figure, no maths target, PP+ request not linked to a target"]
    for i, (d, t) in enumerate([d1(), d2()], 1):
        fname = f"{LAYOUT}-{i}.pdf"
        render(d, os.path.join(out_dir, fname))
        write_truth(out_dir, LAYOUT, fname, INSPIRED, QUIRKS + (gaps if i == 2 else []), **t)


if __name__ == "__main__":
    run_main(build)
