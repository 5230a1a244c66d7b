"""Third batch: positives for the checks that were still thin after the second count."""
from common import frag, absent, T, S, PT, MAYA_TARGETS, MAYA_SPEND
from profiles import profile
import copy, st, pp, pv, em, rel

L1, L2 = [copy.deepcopy(x) for x in MAYA_SPEND]
def renum(ts):
    ts = copy.deepcopy(ts)
    for i, x in enumerate(ts, 1): x["number"] = i
    return ts

# ---------------- relevance: writing below expected in KS1/KS2 --------------------------------
def R(prof, over, expect, note):
    rel.n[0] += 1
    frag(f"b4-rel-{rel.n[0]:03d}", prof, over, expect, note)
lea = profile("leah"); ty = profile("tyler"); ka = profile("kai")
WT = {"subject": "Writing", "current": "Working towards", "expected": "Expected standard", "progress": "Below expected"}
R("leah", {"attainment": [lea["attainment"][0], WT, lea["attainment"][2]],
           "targets": renum([T(1, "Reading", "Leah will answer 4 of 5 inference questions on a Year 4 text in the half-termly reading assessment by February half-term.",
                               "Guided reading twice a week with Mr Walton.", "4/5 inference questions.", "Mr Walton (class teacher)", "February half-term 2026"),
                             lea["targets"][1], lea["targets"][2]])},
  {"EM003": True, "EM001": False}, "Year 4, writing working towards; the only English target is reading inference.")
R("kai", {"targets": renum([T(1, "Phonics", "Kai will blend and read 20 Phase 4 words with adjacent consonants on the school check by Christmas.",
                              "Daily RWI group with Mr Dale.", "18/20 on the check.", "Mr Dale (teaching assistant)", "19 December 2025"),
                            ka["targets"][2],
                            T(3, "PSED", "Kai will use the worry box at least once a week and talk to Mrs Pike about what he put in it, by February half-term.",
                              "Daily check-in with Mrs Pike.", "Weekly worry-box chats logged.", "Mrs Pike (class teacher)", "February half-term 2026")])},
  {"EM003": True, "EM001": False, "EM002": False}, "Year 2, writing working towards; phonics, maths and PSED targets only.")
R("tyler", {"attainment": [ty["attainment"][0], WT, ty["attainment"][2]],
            "targets": renum([ty["targets"][1], ty["targets"][2],
                              T(3, "Wellbeing", "Tyler will meet the learning mentor every Monday and rate his week on a 1-5 scale, with at least 3 'good' weeks by Christmas.",
                                "Monday mentor slot.", "3 weeks rated 4 or 5.", "Ms Evans (learning mentor)", "19 December 2025")])},
  {"EM003": True, "EM001": True, "EM002": False}, "Year 6: no English target at all, and writing below expected.")
R("leah", {"child.year_group": 3, "child.date_of_birth": "2017-10-09",
           "attainment": [{"subject": "Reading", "current": "ARE", "expected": "ARE", "progress": "On track"},
                          {"subject": "Writing", "current": "Below ARE", "expected": "ARE", "progress": "Below"},
                          {"subject": "Maths", "current": "Below ARE", "expected": "ARE", "progress": "Below"}],
           "targets": renum([lea["targets"][1], lea["targets"][2],
                             T(3, "English", "Leah will read 4 books from the Year 3 reading spine and talk about her favourite with Mr Walton by Easter.",
                               "Weekly library visit.", "4 books logged and discussed.", "Mr Walton (class teacher)", "Easter 2026")])},
  {"EM003": True, "EM001": False}, "Year 3, writing 'Below ARE'; the English target is reading for pleasure.")
R("leah", {"child.year_group": 3, "child.date_of_birth": "2017-10-09",
           "attainment": [{"subject": "Reading", "current": "ARE", "expected": "ARE", "progress": "On track"},
                          {"subject": "Writing", "current": "Below ARE", "expected": "ARE", "progress": "Below"},
                          {"subject": "Maths", "current": "Below ARE", "expected": "ARE", "progress": "Below"}]},
  {"EM003": False, "EM001": False}, "Year 3, writing below ARE, and the English target is a written recount.")

# ---------------- spend ----------------------------------------------------------------------
def P(prof, spend, expect, note, requested="sum", extra=None):
    pp.n[0] += 1
    over = {"pp_spend": spend}
    over["pp_requested"] = float(sum((x["cost"] or 0) for x in spend)) if requested == "sum" else requested
    if extra: over.update(extra)
    frag(f"b4-pp-{pp.n[0]:03d}", prof, over, expect, note)
P("maya", [L1, S(2, "Confidence coaching, weekly for 6 weeks", 120.0, "£20 x 6 = £120", "Target 3", "Maya answers aloud in maths lessons.")],
  {"PP002": True, "ST007": True}, "Only two targets, so 'Target 3' points at nothing.",
  extra={"targets": copy.deepcopy(MAYA_TARGETS[:2])})
P("maya", [S(1, "Homework club with subject tutor", 200.0, "£10 x 20 = £200", "Targets 2 and 5", "Fractions homework completed."), L2],
  {"PP002": True, "PP001": False}, "One of the two named targets (5) does not exist; Target 2 is named, so the line is not unlinked.")
P("maya", [L1, S(2, "Reading mentor (copied from spring PEP)", 300.0, "£30 x 10 = £300", "T4 (spring)", "Reading age up 6 months.")],
  {"PP002": True, "PP004": False}, "Reference carried over from last term's PEP.")
P("jordan", [S(1, "Paper 1 Question 5 writing tuition with Ms Fowler, weekly", 300.0, "£30 x 10 = £300", "", "Grade 4 on Paper 1 Q5 in the mock.")],
  {"PP003": True, "PP001": False}, "No reference; plainly the English Paper 1 Q5 target.")
P("kai", [S(1, "Phase 4 decodable books for Kai to keep at home", 40.0, "8 books x £5 = £40", "", "Kai reads Phase 4 books at 90% accuracy.")],
  {"PP003": True, "PP009": False, "PP001": False}, "His own books; implicit link to the reading target.")
P("leah", [S(1, "Times Tables Rock Stars home licence", 10.0, "£10 per year", "Target 3", "25/25 on the practice MTC.")],
  {"PP004": True, "PP002": False}, "Times tables licence against the ELSA target.")
P("tyler", [S(1, "Timed reading practice with Mr Qureshi, 20 sessions", 300.0, "£15 x 20 = £300", "Target 2", "20/50 on the March reading paper.")],
  {"PP004": True, "PP001": False}, "Reading spend against the maths target.")
P("jordan", [S(1, "1:1 English tuition with Ms Fowler", None, "To be confirmed", "Target 1", "Grade 4 on Paper 1 Q5.")],
  {"PP005": True, "PP004": False}, "Cost to be confirmed.", requested=300.0)
P("leah", [S(1, "ELSA sessions", None, "£", "Target 3", "Leah uses her feelings fan weekly.")],
  {"PP005": True, "PP006": False}, "Only a £ sign.", requested=150.0)
P("kai", [S(1, "1:1 reading with Mr Dale", None, "?", "Target 2", "Kai reads Phase 4 books at 90% accuracy.")],
  {"PP005": True, "PP003": False}, "Cost '?'.", requested=200.0)
P("maya", [L1, S(2, "Writing workshops, 3 sessions", 160.0, "3 x £60 = £160", "Target 1", "Persuasive pieces with topic sentences.")],
  {"PP006": True, "PP005": False}, "3 x 60 is 180.")
P("maya", [L1, S(2, "Writing mentor, 10 sessions", 150.0, "£12 per session x 10 sessions = £120", "Target 1", "Persuasive pieces with topic sentences.")],
  {"PP006": True, "PP005": False}, "Working says £120, cost column £150.")
P("leah", [S(1, "1:1 times tables with Mrs Booth, 2 x 15 minutes a week for 12 weeks", 360.0, "£15 x 24 sessions = £360", "Target 2", "25/25 on the practice MTC."),
           S(2, "ELSA sessions with Mrs Booth, weekly for 12 weeks", 290.0, "£24.17 x 12 = £290", "Target 3", "Leah uses her feelings fan weekly.")],
  {"PP007": True, "PP008": False}, "£650 requested: over one term's £600.")
P("leah", profile("leah")["pp_spend"], {"PP008": True, "PP007": False}, "£600 requested; lines add up to £350.", requested=600.0)
P("maya", [L1, L2], {"PP008": True, "PP007": False}, "Lines costed at £430 but the request says £0.", requested=0.0)
P("kai", profile("kai")["pp_spend"], {"PP011": True, "PP009": False}, "Independent special school with a request.",
  extra={"school.type": "independent_special", "school.type_text": "Independent special school (SEMH, primary)", "school.name": "The Willows School"})
P("maya", [L1, S(2, "Writing mentor sessions, weekly for 10 weeks", 250.0, "£25 x 10 = £250", "Target 1", "Progress")],
  {"PP012": True, "PP006": False}, "One general word.")
P("maya", [L1, S(2, "Writing mentor sessions, weekly for 10 weeks", 250.0, "£25 x 10 = £250", "Target 1", "N/A")],
  {"PP012": True, "PP001": False}, "'N/A' as the impact.")

# ---------------- voice ------------------------------------------------------------------
def V(prof, over, expect, note):
    pv.n[0] += 1
    frag(f"b4-pv-{pv.n[0]:03d}", prof, over, expect, note)
V("tyler", {"pupil_voice.text": "[Enter the young person's views]"}, {"PV001": True, "PV002": False}, "Form placeholder.")
V("leah", {"pupil_voice.previous_text": profile("leah")["pupil_voice.text"]}, {"PV007": True, "PV004": False}, "Year 4 voice identical to last term.")
V("tyler", {"pupil_voice.previous_text": profile("tyler")["pupil_voice.text"]}, {"PV007": True, "PV003": False}, "Year 6 voice identical to last term.")
V("oscar", {"pupil_voice.text": "Oscar's views were not obtained as he is non-verbal."}, {"PV002": True, "PV004": True}, "Non-answer; also no record of what he chose or showed.")

# ---------------- previous targets / target count -------------------------------------
def PR(prof, items, expect, note):
    st.n[0] += 1
    frag(f"b4-st-{st.n[0]:03d}", prof, {"previous_targets": items}, expect, note)
PR("kai", [PT(1, "Reading", "Kai will read Phase 3 decodable books with 90% accuracy by July.", "To be reviewed", "")],
   {"ST006": True, "ST008": False}, "'To be reviewed' is not a review.")
PR("jordan", [PT(1, "English", "Jordan will complete all five English coursework tasks on time by July.", "TBC", "")],
   {"ST006": True, "ST008": False}, "Outcome TBC.")
def E(prof, targets, expect, note):
    em.n[0] += 1
    frag(f"b4-em-{em.n[0]:03d}", prof, {"targets": targets}, expect, note)
E("jordan", renum(profile("jordan")["targets"][:2]), {"ST007": True, "EM001": False, "EM002": False}, "Year 11 with English and maths but no third target.")
E("chloe", renum(profile("chloe")["targets"][:1]), {"ST007": True, "EM001": False, "EM002": False}, "Post-16 with one study target; GCSEs passed.")
