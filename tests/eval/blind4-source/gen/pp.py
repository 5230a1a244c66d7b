"""PP+ spend fragments (PP001-PP012)."""
from common import frag, S, T, MAYA_SPEND, MAYA_TARGETS
from profiles import profile
import copy

n = [0]
def P(prof, spend, expect, note, requested="sum", extra=None):
    n[0] += 1
    over = {"pp_spend": spend}
    if requested == "sum":
        over["pp_requested"] = float(sum((x["cost"] or 0) for x in spend))
    elif requested is not None:
        over["pp_requested"] = requested
    if extra: over.update(extra)
    frag(f"b4-pp-{n[0]:03d}", prof, over, expect, note)

L1, L2 = [copy.deepcopy(x) for x in MAYA_SPEND]
def line(num, desc, cost, ct, ref, imp):
    return S(num, desc, cost, ct, ref, imp)

# ---- linking -----------------------------------------------------------------------
P("maya", [L1, line(2, "Forest school sessions at Brook Farm, weekly for 6 weeks", 120.0, "£20 x 6 = £120", "", "Maya is calmer after weekends.")],
  {"PP001": True, "PP003": False, "PP002": False}, "No reference and nothing in common with any target.")
P("maya", [L1, line(2, "Guitar lessons with the peripatetic music teacher, weekly for 10 weeks", 200.0, "£20 x 10 = £200", "See targets", "Maya learns three chords.")],
  {"PP001": True, "PP002": False}, "'See targets' points at no target; guitar matches none.")
P("maya", [line(1, "1:1 fractions tuition with Mr Ahmed, 2 x 30 minutes a week for 6 weeks", 180.0, "£15 per session x 12 sessions = £180", "Various", "8/10 on the fractions unit test."), L2],
  {"PP001": False, "PP003": True}, "'Various' names nothing, but the line plainly buys the fractions target's tuition.")
P("maya", [line(1, "Fractions tuition with Mr Ahmed, 6 x 1 hour after school", 180.0, "£30 x 6 = £180", "", "Scores 8/10 on the fractions test."), L2],
  {"PP003": True, "PP001": False, "PP004": False}, "No reference; shares fractions/tuition words with Target 2.")
P("maya", [L1, line(2, "Writing mentor sessions, weekly for 10 weeks", 250.0, "£25 x 10 sessions = £250", "Target 4", "Three-paragraph persuasive pieces.")],
  {"PP002": True, "PP001": False}, "Target 4 does not exist (three targets).")
P("maya", [line(1, "Maths tutor 1:1", 180.0, "£15 x 12 = £180", "T5", "8/10 on fractions."), L2],
  {"PP002": True}, "'T5' in a three-target PEP.")
P("maya", [L1, L2, line(3, "Drama-based confidence group with Ms Hart, weekly for 6 weeks, practising speaking to a group", 90.0, "£15 x 6 = £90", "Target 3", "Maya answers aloud in 4 of 5 maths lessons.")],
  {"PP002": False, "PP004": False, "PP001": False}, "Target 3 exists and the confidence group serves it.")
P("maya", [line(1, "1:1 maths tuition (fractions) with Mr Ahmed, 12 sessions", 180.0, "£15 x 12 = £180", "Target 1", "8/10 on the fractions test."), L2],
  {"PP004": True, "PP002": False}, "Maths tuition entered against the English target.")
P("maya", [L1, line(2, "Writing mentor sessions (planning frames and feedback), weekly for 10 weeks", 250.0, "£25 x 10 sessions = £250", "Target 2", "Persuasive pieces with topic sentences.")],
  {"PP004": True, "PP001": False}, "Writing mentor against the maths target.")
P("maya", [L1, L2], {"PP004": False, "PP001": False, "PP003": False, "PP002": False}, "Baseline spend: each line names the right target.")
P("maya", [L1, line(2, "Reading Plus licence for home and school, one year", 40.0, "£40 licence", "", "Reading fluency and comprehension improve.")],
  {"PP001": True, "PP003": False}, "A reading programme does not serve the writing target; no target is named.")
P("maya", [line(1, "Sparx Maths home licence and weekly check-in with Mrs Lee", 30.0, "£30 per year", "the maths target", "8/10 on the fractions unit test."), L2],
  {"PP001": False, "PP003": False, "PP002": False}, "'The maths target' is an explicit reference.")
P("maya", [L1, line(2, "Homework club place with a subject tutor, 2 evenings a week for 10 weeks", 200.0, "£10 x 20 sessions = £200", "Targets 1 and 2", "Maya completes her writing drafts and fractions homework.")],
  {"PP001": False, "PP002": False, "PP004": False}, "Two targets named, both exist.")
P("leah", [line(1, "ELSA sessions with Mrs Booth, weekly for 10 weeks", 150.0, "£15 x 10 sessions = £150", "", "Leah tells an adult when she is worried, using her feelings fan.")],
  {"PP003": True, "PP001": False}, "ELSA line with no reference, sharing words with the wellbeing target.")

# ---- cost -----------------------------------------------------------------------------
P("maya", [L1, line(2, "Writing mentor sessions, weekly for 10 weeks", None, "TBC", "Target 1", "Three-paragraph persuasive pieces.")],
  {"PP005": True, "PP006": False}, "Cost TBC.", requested=180.0)
P("maya", [L1, line(2, "Writing mentor sessions, weekly for 10 weeks", None, "", "Target 1", "Three-paragraph persuasive pieces.")],
  {"PP005": True}, "Cost cell empty.", requested=180.0)
P("tyler", [profile("tyler")["pp_spend"][0], line(2, "Transition visits to Northgate with learning mentor", 0.0, "No PP+ needed - funded from school budget and Virtual School staff", "Target 3", "Two visits completed before the summer term.")],
  {"PP005": False, "PP001": False}, "Walsall-style line: no PP+ needed.")
P("maya", [line(1, "1:1 maths tuition with Mr Ahmed", 200.0, "£15 x 12 = £200", "Target 2", "8/10 on fractions."), L2],
  {"PP006": True, "PP005": False}, "15 x 12 is 180, not 200.")
P("leah", [line(1, "ELSA group, weekly", 150.0, "£25 per hour x 6 weeks £150", "Target 3", "Leah uses her feelings fan weekly.")],
  {"PP006": False, "PP005": False}, "Walsall's own worked example.")
P("kai", [line(1, "Small group phonics intervention, 3 x a week", 270.0, "£15 per hour x 3 £45 x 6 weeks £270", "Target 2", "Kai reads Phase 4 books at 90% accuracy.")],
  {"PP006": False}, "Walsall's chained working adds up.")
P("tyler", [line(1, "Reading intervention", 180.0, "£20 per hour x 1.5 hours per week x 6 weeks £180.00", "Target 1", "20/50 on the March paper.")],
  {"PP006": False, "PP001": False}, "Three factors, correct.")
P("maya", [line(1, "1:1 maths tuition with Mr Ahmed, weekly", 280.0, "£30 x 6 = £180", "Target 2", "8/10 on fractions."), L2],
  {"PP006": True}, "Working gives £180 but the cost column says £280.")
P("maya", [line(1, "Fractions tuition, 2 sessions a week for 6 weeks", 90.0, "£15 per session, 2 sessions a week x 6 weeks = £90", "Target 2", "8/10 on fractions."), L2],
  {"PP006": True}, "Missing factor: 15 x 2 x 6 = 180.")
P("maya", [line(1, "Maths tuition, about 10 hours", 200.0, "approx. £200 (depends on tutor availability)", "Target 2", "8/10 on fractions."), L2],
  {"PP006": False, "PP005": False}, "No working to check; a cost is given.")

# ---- totals -------------------------------------------------------------------------
P("maya", [L1, L2, line(3, "Counselling top-up sessions, weekly for 10 weeks", 320.0, "£32 x 10 = £320", "Target 3", "Maya answers aloud in 4 of 5 maths lessons.")],
  {"PP007": True, "PP008": False}, "£750 requested against a £600 termly amount.")
P("maya", [L1, line(2, "Writing mentor, weekly for 10 weeks, plus planning frames", 420.0, "£42 x 10 = £420", "Target 1", "Three-paragraph persuasive pieces.")],
  {"PP007": False, "PP008": False}, "Exactly £600.")
P("maya", [L1, L2], {"PP008": True, "PP007": False}, "£500 requested, lines add to £430.", requested=500.0)
P("maya", [], {"PP008": True}, "£300 requested with no spend lines.", requested=300.0)
P("jordan", profile("jordan")["pp_spend"], {"PP008": False, "PP007": False}, "Year 11 lines and request agree (£315).")

# ---- not fundable -------------------------------------------------------------------
P("maya", [L1, line(2, "New school blazer and PE kit", 65.0, "£45 + £20 = £65", "Target 3", "Maya feels she fits in.")],
  {"PP009": True}, "Uniform.")
P("maya", [L1, line(2, "Year 9 trip to Alton Towers", 55.0, "£55", "", "Reward for good behaviour.")],
  {"PP009": True}, "A trip / day out.")
P("jordan", [profile("jordan")["pp_spend"][0], line(2, "Year 11 prom ticket", 45.0, "£45", "Target 3", "Jordan feels included.")],
  {"PP009": True, "PP005": False}, "Social event.")
P("maya", [L1, line(2, "Taxi to school on Mondays after weekend family time", 160.0, "£16 x 10 = £160", "", "Maya arrives on time.")],
  {"PP009": True}, "Home-to-school transport.")
P("maya", [L1, line(2, "Transport to the tutor's centre for the maths tuition (Target 2)", 60.0, "£6 x 10 = £60", "Target 2", "Maya attends all tuition sessions.")],
  {"PP009": True, "PP001": False}, "Transport to reach an intervention: questionable, still flagged.")
P("maya", [L1, line(2, "Breakfast club place, 5 mornings a week for 10 weeks", 100.0, "£2 x 50 = £100", "", "Maya starts the day settled.")],
  {"PP009": True}, "Breakfast club: questionable.")
P("maya", [L1, L2, line(3, "Cover for the DT to attend the PEP meeting (half day)", 90.0, "£90", "", "")],
  {"PP009": True}, "Meeting / cover time.")
P("oscar", [line(1, "1:1 TA support as specified in Section F of Oscar's EHCP", 500.0, "£12.50 x 40 hours = £500", "Target 1", "Oscar exchanges PECS cards without prompts.")],
  {"PP009": True}, "Statutory EHCP provision.")
P("maya", [L1, line(2, "Class set of Year 9 English revision guides", 240.0, "£8 x 30 = £240", "Target 1", "Revision for the whole class.")],
  {"PP009": True}, "Resource every pupil in the class receives.")
P("jordan", [profile("jordan")["pp_spend"][0], line(2, "His own copy of the CGP GCSE maths higher revision guide and workbook", 15.0, "£7.50 x 2 = £15", "Target 2", "Grade 5 in the March mock.")],
  {"PP009": False}, "Her/his own revision guides are fundable.")
P("maya", [L1, L2, line(3, "Visit to the Natural History Museum with the science department to see the Darwin exhibit, linked to Target 4 (science)", 35.0, "£35", "Target 4", "Maya writes up the evolution fieldwork.")],
  {"PP009": True}, "Curricular trip naming a target: should-fix, still a flag.",
  extra={"targets": MAYA_TARGETS + [T(4, "Science", "Maya will explain natural selection in a 6-mark exam answer, scoring 4/6, by February half-term.", "Revision with Mr Osei.", "4/6 on the practice question.", "Mr Osei (science teacher)", "February half-term 2026")]})
P("leah", [line(1, "ELSA sessions with Mrs Booth, weekly for 10 weeks", 150.0, "£15 x 10 = £150", "Target 3", "Leah uses her feelings fan at least weekly.")],
  {"PP009": False, "PP001": False}, "ELSA is fundable.")
P("chloe", [line(1, "Haircut and new trainers for her college interview", 60.0, "£25 + £35 = £60", "", "Chloe feels confident.")],
  {"PP009": True}, "Personal items.", extra={"school.type_text": "Sixth form (school)"})
P("kai", [profile("kai")["pp_spend"][0], line(2, "Contribution to the Year 2 residential at Whitby", 120.0, "£120", "", "Kai builds friendships.")],
  {"PP009": True}, "Residential trip.")
P("maya", [L1, line(2, "Half-term activity holiday at the coast with foster family", 300.0, "£300", "Target 3", "Maya's confidence grows.")],
  {"PP009": True}, "Holiday: must-fix whatever it is linked to.")

# ---- impact review of last term ----------------------------------------------------------
def R(text, expect, note, prof="maya"):
    P(prof, copy.deepcopy(profile(prof).get("pp_spend", MAYA_SPEND)), expect, note, extra={"pp_impact_review": text})
R("", {"PP010": True}, "Empty review.")
R("Tuition went well.", {"PP010": True}, "What happened, no outcome.")
R("Maya enjoyed the sessions and looked forward to them.", {"PP010": True}, "Enjoyment only.")
R("Maya now enjoys reading.", {"PP010": True}, "'Now' followed by a feeling.")
R("First PEP - no previous PP+ spend to review.", {"PP010": False}, "First PEP.")
R("No PP+ was spent last term (Maya moved school in July).", {"PP010": False}, "Nothing spent.")
R("PP+ funded the homework club place: Maya now attends every Tuesday and Thursday and has had no homework detentions since September (5 last term).", {"PP010": False}, "Observable change with numbers.")
R("Lexia was used 3 times a week. Good engagement overall.", {"PP010": True}, "Activity and engagement, no outcome.")
R("Summer tuition (£180): times tables score up from 55% to 80% on the weekly check.", {"PP010": False}, "Measured outcome.")
R("See previous PEP.", {"PP010": True}, "Points elsewhere; no review.")

# ---- eligibility ----------------------------------------------------------------------
IND = {"school.type": "independent_special", "school.type_text": "Independent special school (day, SEMH)", "school.name": "Hawthorn House School"}
P("maya", [L1, L2], {"PP011": True}, "Independent special school with a PP+ request.", extra=IND)
P("chloe", [line(1, "1:1 study skills tutor, weekly for 10 weeks", 300.0, "£30 x 10 = £300", "Target 1", "All three units submitted on time.")],
  {"PP011": True, "PP001": False}, "Post-16 PP+ request (not funded by default).")
P("maya", [], {"PP011": False, "PP008": False}, "Independent special school, no request; funded within the placement.",
  requested=0.0, extra=dict(IND, pp_impact_review="No PP+: independent special school - support funded within the placement fee."))
P("maya", [L1, L2], {"PP011": False}, "Mainstream academy.")
P("oscar", profile("oscar")["pp_spend"], {"PP011": False, "PP009": False}, "Maintained special school is funded.")

# ---- intended impact ------------------------------------------------------------------
P("maya", [L1, line(2, "Writing mentor sessions, weekly for 10 weeks", 250.0, "£25 x 10 = £250", "Target 1", "")],
  {"PP012": True}, "No intended impact.")
P("maya", [L1, line(2, "Writing mentor sessions, weekly for 10 weeks", 250.0, "£25 x 10 = £250", "Target 1", "To support her learning.")],
  {"PP012": True}, "General words only.")
P("maya", [line(1, "1:1 maths tuition with Mr Ahmed", 180.0, "£15 x 12 = £180", "Target 2", "To improve progress in maths."), L2],
  {"PP012": True}, "'Improve progress' names no change.")
P("maya", [line(1, "1:1 maths tuition with Mr Ahmed, 12 sessions, so that Maya scores 8/10 on the fractions unit test", 180.0, "£15 x 12 = £180", "Target 2", ""), L2],
  {"PP012": False}, "Impact stated in the description.")
P("tyler", [line(1, "Lexia Core5 licence and 4 x 20 minutes a week with Mr Qureshi", 120.0, "£120 licence", "Target 1", "Impact: Tyler reads 90 words per minute on the fluency check (currently 70).")],
  {"PP012": False, "PP001": False}, "Measurable impact.")
