"""Further fragments, written after a first count showed positives were thin for some checks.
Ids continue each group's numbering."""
from common import frag, absent, T, S, PT, MAYA_TARGETS, MAYA_SPEND
from profiles import profile
import copy, st, pp, pv

L1, L2 = [copy.deepcopy(x) for x in MAYA_SPEND]

# ---------------- spend: lines with more than one fault -----------------------------------
def P(prof, spend, expect, note, requested="sum", extra=None):
    pp.n[0] += 1
    over = {"pp_spend": spend}
    over["pp_requested"] = float(sum((x["cost"] or 0) for x in spend)) if requested == "sum" else requested
    if extra: over.update(extra)
    frag(f"b4-pp-{pp.n[0]:03d}", prof, over, expect, note)

P("maya", [L1, S(2, "Art therapy", None, "TBC", "", "")],
  {"PP001": True, "PP005": True, "PP012": True, "PP009": False}, "Unlinked, uncosted, no impact; art therapy itself is fundable.", requested=180.0)
P("maya", [L1, S(2, "Writing mentor, weekly", 160.0, "£20 x 8 = £120", "Target 6", "Persuasive pieces with topic sentences.")],
  {"PP002": True, "PP006": True, "PP005": False}, "Target 6 does not exist and 20 x 8 is not 160.")
P("maya", [L1, L2, S(3, "Drama group, weekly for 10 weeks", 270.0, "£27 x 10 = £270", "Target 3", "Maya answers aloud in 4 of 5 maths lessons.")],
  {"PP007": True, "PP008": True, "PP006": False}, "Lines add to £700; £600 requested.", requested=600.0)
P("maya", [S(1, "Times Tables Rock Stars licence and fractions tuition, 10 sessions", 160.0, "£15 x 10 = £150 + £10 licence = £160", "Target 1", "To support progress."), L2],
  {"PP004": True, "PP012": True, "PP005": False}, "Maths bought against the English target; impact is general words.")
P("maya", [L1, L2], {"PP011": True, "PP008": True}, "Independent special school; request also differs from the lines.", requested=600.0,
  extra={"school.type": "independent_special", "school.type_text": "Independent special school (residential, ASC)", "school.name": "Fernlea School"})
P("chloe", [S(1, "Study skills tutor, weekly", None, "", "Target 1", "All three units handed in on time.")],
  {"PP011": True, "PP005": True, "PP012": False}, "Post-16 request with no cost.", requested=300.0)
P("maya", [L1, S(2, "Year 9 theatre trip to see An Inspector Calls", None, "TBC", "", "")],
  {"PP009": True, "PP005": True, "PP001": True}, "Trip, no cost, no link.", requested=180.0)
P("maya", [L1, S(2, "Mobile phone and top-up so Maya can message her tutor", 80.0, "£60 + £20 = £80", "Target 2", "Maya contacts her tutor between sessions.")],
  {"PP009": True, "PP006": False}, "A phone is a personal item.")
P("jordan", [S(1, "1:1 English tuition with Ms Fowler, weekly for 15 weeks", 450.0, "£30 x 15 = £450", "Target 1", "Grade 4 on Paper 1 Q5."),
             S(2, "Maths revision tuition with Mr Rahman, 15 sessions", 450.0, "£30 x 15 = £450", "Target 2", "Grade 5 in the March mock.")],
  {"PP007": True, "PP008": False, "PP004": False}, "£900 requested and costed: over one term's amount.")
P("maya", [L1, S(2, "Writing mentor sessions, weekly for 10 weeks", 250.0, "£25 x 10 sessions = £250", "Target 1", "")],
  {"PP010": True, "PP012": True, "PP001": False}, "Review gives no outcome; a line has no impact.", extra={"pp_impact_review": "Maya liked her tutor and went to most sessions."})
P("maya", [L1, S(2, "Whole-school staff training on attachment and trauma (INSET)", 150.0, "£150 share of the trainer's fee", "General", "Staff understand Maya better.")],
  {"PP009": True, "PP001": True}, "Whole-school training with a 'General' reference.")
P("maya", [S(1, "1:1 maths tuition with Mr Ahmed, 10 hours", 400.0, "£40 per hour x 10 hours = £400", "Target 2", "8/10 on fractions."),
           S(2, "Writing mentor, 12 weeks", 300.0, "£25 x 12 = £300", "Target 1", "Three-paragraph persuasive pieces.")],
  {"PP007": True, "PP006": False, "PP008": False}, "Correct working; £700 over the termly amount.")
P("kai", [S(1, "Read Write Inc 1:1 phonics catch-up, daily for 8 weeks", 200.0, "£5 x 40 = £200", "Target 1", "Kai reads Phase 4 decodable books at 90% accuracy.")],
  {"PP004": True, "PP002": False}, "Phonics/reading line against the writing target; it matches the reading target (Target 2).")
P("leah", [S(1, "Times tables tuition with Mrs Booth, 2 x 15 minutes a week", 200.0, "£10 x 20 = £200", "", "Leah scores 25/25 on the practice MTC.")],
  {"PP003": True, "PP001": False}, "No reference; plainly the times tables target.")
P("jordan", [S(1, "Higher maths revision tuition, 10 weeks", 300.0, "£30 x 10 = £300", "Target 1", "Grade 5 in the March maths mock.")],
  {"PP004": True, "PP001": False}, "Maths tuition against the English target.")
P("tyler", [S(1, "Reading practice tutor", 300.0, "£15 x 20 = £300", "Target 4", "20/50 on the March reading paper.")],
  {"PP002": True, "PP003": False}, "Target 4 in a three-target PEP.")
P("maya", [L1, S(2, "Counselling sessions", 200.0, "", "Target 3", "Maya's SDQ falls from 12 to 9.")],
  {"PP005": False, "PP006": False}, "Cost in the cost column; no working given.")
P("maya", [L1, S(2, "Forest School, 6 weeks", 150.0, "£25 x 6 = £150", "", "")],
  {"PP001": True, "PP012": True, "PP006": False}, "No link, no impact.")

# ---------------- pupil voice: more positives ----------------------------------------------
def V(prof, over, expect, note):
    pv.n[0] += 1
    frag(f"b4-pv-{pv.n[0]:03d}", prof, over, expect, note)
PVT = "pupil_voice.text"
V("maya", {PVT: "-"}, {"PV001": True, "PV003": False}, "A dash is an empty box.")
V("jordan", {PVT: "Young person's views:"}, {"PV001": True, "PV004": False}, "Only the heading.")
V("maya", {PVT: "I want to go to university and study law."}, {"PV006": True, "PV003": False, "PV004": False}, "Aspiration only.")
V("maya", {PVT: "I love Lorraine's dog Biscuit and walking him after tea."}, {"PV006": True, "PV004": False}, "Heartfelt but about home, no school theme.")
V("maya", dict(absent("maya", how=""), **{PVT: "Did not want to attend. No views."}), {"PV002": True, "PV005": True, "PV001": False}, "Non-answer, no method.")
V("maya", {PVT: "Maya is doing well in all her subjects."}, {"PV003": True, "PV004": True, "PV006": True}, "Generic, adult, one theme.")
V("leah", {PVT: "Leah is fine."}, {"PV003": True, "PV004": True, "PV002": False}, "Three words of summary.")
V("jordan", dict(absent("jordan", how="Not known"), **{PVT: "Jordan wasn't around to do this. Everything seems fine."}),
  {"PV005": True, "PV003": True, "PV004": True}, "Absent, generic, no method.")
V("kai", {PVT: "Kai did not want to talk about school today.", "pupil_voice.previous_text": "Kai did not want to talk about school today."},
  {"PV002": True, "PV007": True}, "Refusal recorded two terms running.")
V("chloe", {PVT: "I like my course.", "pupil_voice.previous_text": "I like my course."},
  {"PV007": True, "PV003": True, "PV004": False}, "Short generic first person, copied.")
V("tyler", {PVT: "Tyler says he likes football."}, {"PV004": True, "PV006": True, "PV003": False}, "Third person, one theme.")

# ---------------- targets: more non-SMART variety ------------------------------------------
def TG(prof, slot, t, expect, note, extra=None):
    st.n[0] += 1
    over = {"targets": st.tset(prof, slot, t)}
    if extra: over.update(extra)
    frag(f"b4-st-{st.n[0]:03d}", prof, over, expect, note)
t = st.t
TG("tyler", 1, t("Reading", "Tyler to continue with Lexia.", "", "", "", ""),
   {"ST001": True, "ST002": True, "ST003": True, "ST004": True}, "'Continue to' with nothing else.")
TG("kai", 3, t("PSED", "Kai will engage positively with adults and peers.", "Circle time.", "", "Mrs Pike", ""),
   {"ST001": True, "ST002": True, "ST003": True, "ST004": False}, "Vague social target.")
TG("jordan", 3, t("Wellbeing", "Jordan will develop his resilience.", "Mentoring.", "Jordan is more resilient.", "Mr Jones (mentor)", "Ongoing"),
   {"ST001": True, "ST003": True, "ST002": True}, "Success criteria restate the aim.")
TG("chloe", 3, t("Attendance", "Chloe will try to attend more of her lessons.", "Text reminders.", "", "Chloe", "Spring term 2026"),
   {"ST003": True, "ST001": True, "ST004": True, "ST002": False}, "'Try to', 'more', child-only owner.")
TG("alfie", 1, t("Communication and language", "Alfie to develop his language.", "Talk time.", "", "Staff", ""),
   {"ST001": True, "ST003": True, "ST004": True, "ST002": True}, "EYFS vague target.")
TG("oscar", 3, t("Wellbeing", "Oscar will be more tolerant of changes to his routine.", "Social stories.", "", "Mr Frost (class teacher)", "July 2026", "long"),
   {"ST001": True, "ST003": True, "ST002": False}, "'Be more' without a measure.")
TG("tyler", 1, t("Reading", "Tyler will improve his reading age from 9.3 to 13.0 by Easter.", "Lexia daily.", "NGRT reading age.", "Mr Qureshi (Year 6 teacher)", "Easter 2026"),
   {"ST005": True, "ST003": False, "ST001": False}, "Nearly four years of reading age in six months.")
TG("kai", 3, t("Maths", "Kai's maths age will go from 5.6 to 8.0 by February half-term.", "Numicon group.", "Maths age 8.0.", "Mrs Pike (class teacher)", "February half-term 2026"),
   {"ST005": True, "ST001": False, "ST002": False}, "Maths age +2.4 years in four months.")
TG("leah", 1, t("English", "Leah will be a better reader.", "Reading at home.", "", "", "End of Year 4", "long"),
   {"ST001": True, "ST003": True, "ST004": True, "ST002": False}, "Vague, no owner.")
TG("jordan", 2, t("Maths", "Jordan will work harder in maths and complete homework.", "Homework club.", "", "Maths department", "By Christmas"),
   {"ST003": True, "ST004": True, "ST001": True}, "'Work harder', department as owner.")
TG("maya", 2, t("Maths", "Maya will get at least 7/10 in each weekly fractions quiz for four weeks in a row.", "Mr Ahmed tuition.", "7/10 in four consecutive quizzes.", "Mr Ahmed (maths tutor)", "Weekly"),
   {"ST002": True, "ST001": False, "ST003": False}, "Measured, but only a frequency for timing.")

def PR(prof, items, expect, note):
    st.n[0] += 1
    frag(f"b4-st-{st.n[0]:03d}", prof, {"previous_targets": items}, expect, note)
PR("leah", [PT(1, "Maths", "Leah will know the 2, 5 and 10 times tables with 90% accuracy by July.", "", "ongoing"),
            PT(2, "Wellbeing", "Leah will go to Lego club weekly.", "Achieved", "achieved")],
   {"ST006": True, "ST008": True}, "One outcome empty, one status word only.")
PR("tyler", [PT(1, "Reading", "Tyler will raise his reading age from 9.0 to 9.5 by July.", "Ongoing - continue", "ongoing")],
   {"ST008": True, "ST006": False}, "Status plus 'continue', no evidence.")
PR("jordan", [PT(1, "English", "Jordan will complete all five English coursework tasks on time by July.", " ", "")],
   {"ST006": True, "ST008": False}, "Whitespace outcome.")

# ---------------- too few targets ----------------------------------------------------------
def E(prof, targets, expect, note):
    import em
    em.n[0] += 1
    frag(f"b4-em-{em.n[0]:03d}", prof, {"targets": targets}, expect, note)
kt = copy.deepcopy(profile("kai")["targets"][:2])
E("kai", kt, {"ST007": True, "EM002": True, "EM001": False}, "Kai with writing and reading targets only.")
at = copy.deepcopy(profile("alfie")["targets"][:1])
E("alfie", at, {"ST007": True, "EM002": True, "EM001": False}, "Reception with a single literacy target.")
