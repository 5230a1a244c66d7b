"""Fifth batch: positive-heavy fragments to bring the set near the 40-50% positive rate."""
from common import frag, absent, T, S, PT, MAYA_TARGETS, MAYA_SPEND
from profiles import profile
import copy, st, pp, pv

L1, L2 = [copy.deepcopy(x) for x in MAYA_SPEND]
def V(prof, over, expect, note):
    pv.n[0] += 1
    frag(f"b4-pv-{pv.n[0]:03d}", prof, over, expect, note)
PVT = "pupil_voice.text"
V("chloe", dict(absent("chloe", how=""), **{PVT: "Chloe did not engage with the PEP process this term."}),
  {"PV002": True, "PV005": True, "PV004": True}, "Non-engagement recorded instead of views.")
V("tyler", dict(absent("tyler", how="See SW section"), **{PVT: "Tyler was at family time during the meeting. SW to update."}),
  {"PV002": True, "PV005": True}, "Deferred to the social worker; no method.")
V("leah", dict(absent("leah", how=""), **{PVT: "Leah is settled in class and happy."}),
  {"PV003": True, "PV004": True, "PV005": True}, "Absent child, generic adult summary, no method.")
V("kai", {PVT: "Kai is doing fine.", "pupil_voice.previous_text": "Kai is doing fine."},
  {"PV003": True, "PV007": True, "PV004": True}, "Generic summary copied from last term.")
V("jordan", {PVT: "Jordan said he is ok with school and didn't want to say more."},
  {"PV003": True, "PV004": True}, "Thin reported view.")
V("oscar", {PVT: "Oscar has a diagnosis of ASC and severe learning difficulties. He requires adult support for all tasks."},
  {"PV004": True, "PV002": False}, "Needs profile, not a record of what Oscar chose or showed.")

def P(prof, spend, expect, note, requested="sum", extra=None):
    pp.n[0] += 1
    over = {"pp_spend": spend}
    over["pp_requested"] = float(sum((x["cost"] or 0) for x in spend)) if requested == "sum" else requested
    if extra: over.update(extra)
    frag(f"b4-pp-{pp.n[0]:03d}", prof, over, expect, note)
P("tyler", [S(1, "School uniform and new school shoes for Year 7", 80.0, "£80", "", "")],
  {"PP009": True, "PP001": True, "PP012": True}, "Uniform, unlinked, no impact.")
P("jordan", [S(1, "Driving lessons", None, "TBC", "See targets", "Independence.")],
  {"PP001": True, "PP005": True, "PP012": True}, "Unlinked, uncosted; 'Independence.' names no checkable change.", requested=250.0)
P("maya", [L1, L2], {"PP010": True, "PP008": True}, "Review is only 'Ongoing'; request £450 against £430.", requested=450.0,
  extra={"pp_impact_review": "Ongoing."})
P("leah", [S(1, "Lego therapy group", 120.0, "£20 x 5 = £120", "Target 5", "")],
  {"PP002": True, "PP006": True, "PP012": True}, "Missing target, wrong sum, no impact.")
P("kai", [S(1, "Handwriting intervention", 160.0, "£10 x 16 sessions = £160", "Target 1", "To help."),
          S(2, "1:1 reading", 600.0, "£12 x 50 = £600", "Target 2", "Kai reads Phase 4 books at 90% accuracy.")],
  {"PP007": True, "PP012": True, "PP006": False}, "£760 requested; one impact is 'To help.'")

def TG(prof, slot, tg, expect, note):
    st.n[0] += 1
    frag(f"b4-st-{st.n[0]:03d}", prof, {"targets": st.tset(prof, slot, tg)}, expect, note)
t = st.t
TG("maya", 2, t("Maths", "Maths: improve.", "", "", "", ""), {"ST001": True, "ST002": True, "ST003": True, "ST004": True}, "One-word target.")
TG("jordan", 1, t("English", "To engage with English revision and try to get a pass.", "", "", "Jordan", "Ongoing"),
   {"ST003": True, "ST004": True, "ST002": True, "ST001": True}, "'Engage', 'try', child owner, ongoing; 'a pass' is undefined.")
TG("alfie", 1, t("Literacy", "Alfie will work on mark making.", "Mark making area.", "", "EYFS staff", "Ongoing"),
   {"ST001": True, "ST002": True, "ST003": True, "ST004": True}, "EY vague.")
TG("leah", 3, t("Wellbeing", "Leah will try to make more friends.", "Lunch club.", "", "Leah", ""),
   {"ST003": True, "ST001": True, "ST002": True, "ST004": True}, "'Try to', child owner.")
TG("chloe", 2, t("Careers", "Chloe to continue to think about university.", "", "", "PA", "Long-term"),
   {"ST001": True, "ST002": True, "ST003": True}, "'Continue to', no measure, 'Long-term'.")
TG("tyler", 2, t("Maths", "Tyler will go from working towards to greater depth in maths by Christmas.", "Boosters.", "GDS in December.", "Mrs Grant (maths lead)", "December 2025"),
   {"ST005": True, "ST002": False}, "Two steps in one term.")

def PR(prof, items, expect, note):
    st.n[0] += 1
    frag(f"b4-st-{st.n[0]:03d}", prof, {"previous_targets": items}, expect, note)
PR("oscar", [PT(1, "Communication", "Oscar will use PECS phase 2 across three settings by July.", "", "achieved"),
             PT(2, "Maths", "Oscar will match numerals to 3.", "", "")],
   {"ST006": True, "ST008": False}, "Two outcomes empty.")
PR("chloe", [PT(1, "Study skills", "Chloe will submit her Year 11 coursework by May.", "Completed", "achieved")],
   {"ST008": True, "ST006": False}, "'Completed' alone.")
