"""Fourth batch: weak targets in the voices of different writers (social worker notes, DT
shorthand, carer-led targets), mostly positives."""
from common import frag
import st
t = st.t
def TG(prof, slot, tg, expect, note):
    st.n[0] += 1
    frag(f"b4-st-{st.n[0]:03d}", prof, {"targets": st.tset(prof, slot, tg)}, expect, note)

TG("maya", 3, t("Wellbeing", "SW to look into Maya doing a club.", "", "", "SW", ""),
   {"ST001": True, "ST002": True, "ST004": False}, "Social worker shorthand; 'SW' is an adult role-holder for this child.")
TG("jordan", 2, t("Maths", "J - maths - keep going with revision, aim high!!", "", "", "", "Summer"),
   {"ST001": True, "ST003": True, "ST004": True, "ST002": False}, "Exclamation-mark target, no measure, no owner.")
TG("leah", 3, t("Wellbeing", "Leah to feel safe and happy in school.", "Key adult.", "", "", ""),
   {"ST001": True, "ST002": True, "ST004": True}, "Feeling target, 'key adult' unnamed in actions.")
TG("tyler", 2, t("Maths", "Maths - see maths teacher's plan.", "", "", "Maths teacher", ""),
   {"ST001": True, "ST002": True}, "Points elsewhere instead of stating a target.")
TG("kai", 1, t("Writing", "Kai will make good progress in writing this year.", "Class teaching.", "Good progress.", "Mrs Pike (class teacher)", "July 2026", "long"),
   {"ST001": True, "ST002": False, "ST004": False}, "'Good progress' is not a measure.")
TG("chloe", 1, t("Study skills", "Chloe needs to be more organised with deadlines and stop leaving things to the last minute.", "", "", "Chloe", "ASAP"),
   {"ST001": True, "ST002": True, "ST003": True, "ST004": True}, "Adult's complaint written as a target.")
TG("maya", 1, t("English", "Maya to try her best in English.", "Support in lessons.", "", "English teacher", "Next PEP"),
   {"ST003": True, "ST001": True, "ST002": False}, "'Try' and no measure.")
TG("oscar", 1, t("English", "To continue to work towards EHCP outcomes.", "As per EHCP.", "", "School", "Annual review"),
   {"ST001": True, "ST003": True, "ST004": True}, "Defers to the EHCP; 'continue to'.")
TG("alfie", 2, t("Mathematics", "Alfie to be exposed to number in continuous provision.", "", "", "EYFS team", ""),
   {"ST001": True, "ST002": True, "ST004": True}, "Describes provision, not an outcome for Alfie.")
TG("jordan", 1, t("English", "Jordan will raise his English grade from 3 to 4.", "Tuition.", "", "Ms Fowler (English tutor)", ""),
   {"ST002": True, "ST001": False, "ST005": False}, "Measured and plausible, but no date.")
TG("leah", 2, t("Maths", "Leah to practise times tables 3x weekly on TTRS at home with carers.", "", "TTRS minutes logged.", "Sue and Derek Amos (foster carers)", "Weekly"),
   {"ST002": True, "ST001": False, "ST004": False}, "Frequency only, carers own it.")
TG("tyler", 3, t("Transition", "Tyler will be supported with transition.", "Extra visits.", "", "Year 6 team", "Summer term 2026"),
   {"ST001": True, "ST004": True, "ST002": False}, "Passive, team as owner.")
