from common import *
n = [0]
def P(patch, expect, note):
    n[0] += 1
    add("b3-st9-%03d" % n[0], patch, expect, note)
SPAN = T(1, "Spanish", "Maya will learn 40 new Spanish words on food and hobbies, scoring 32/40 on the vocab test by Christmas.", "Spanish teacher to set Quizlet sets weekly.", "32/40 on the test.", "Señora Ruiz (Spanish teacher)", "Christmas 2025")
NET = T(2, "Enrichment", "Maya will go to netball club every Thursday and play in two fixtures by the end of the spring term.", "PE teacher to put her in the squad.", "Club register and two fixtures played.", "Miss Cole (PE teacher)", "End of spring term 2026", "long")
ART = T(3, "Art", "Maya will finish six pieces for her art portfolio by February half-term.", "Art club on Wednesdays with Mr Lowe.", "Six finished pieces.", "Mr Lowe (art teacher)", "February half-term 2026")
ALL_OK = [{"subject": "English", "current": "Grade 5", "expected": "Grade 5", "progress": "On track"},
          {"subject": "Maths", "current": "Grade 5", "expected": "Grade 5", "progress": "On track"},
          {"subject": "Science", "current": "Grade 5", "expected": "Grade 5", "progress": "On track"}]
def c(x): return copy.deepcopy(x)
P({"targets": renum([c(SPAN), c(NET), c(ART)])}, {"ST009": True, "EM002": True}, "maths gap and fractions worry, targets on Spanish, netball, art")
P({"attainment": c(ALL_OK), "attendance_percent": 86.0,
   "pupil_voice.text": "I'm tired all the time cos I can't sleep and I miss loads of mornings. I like English and my friends."},
  {"ST009": True}, "only need is 86% attendance and tiredness; targets are writing, fractions, answering aloud")
ATT = T(3, "Attendance", "Maya's attendance will rise from 86% to at least 94% by Easter 2026.", "Attendance officer Mrs Cole to meet Maya and carer fortnightly; sleep plan with the school nurse.", "94%+ on the spring register.", "Mrs Cole (attendance officer)", "Easter 2026", "long")
t = mt(); t[2] = c(ATT)
P({"attainment": c(ALL_OK), "attendance_percent": 86.0, "targets": t,
   "pupil_voice.text": "I'm tired all the time cos I can't sleep and I miss loads of mornings. I like English and my friends."},
  {"ST009": False}, "attendance target answers the attendance need")
DYS_A = [{"subject": "English reading", "current": "Reading age 9.1", "expected": "Reading age 13.0", "progress": "Below expected"},
         {"subject": "Maths", "current": "Grade 5", "expected": "Grade 5", "progress": "On track"},
         {"subject": "Science", "current": "Grade 5", "expected": "Grade 5", "progress": "On track"}]
MATHX = T(1, "Maths", "Maya will solve two-step equations, scoring 9/10 on the algebra unit test by Christmas.", "Extension worksheet weekly from Mrs Lee.", "9/10 on the test.", "Mrs Lee (maths teacher)", "Christmas 2025")
MUS = T(3, "Music", "Maya will play three pieces on the keyboard at the spring concert in March 2026.", "Weekly keyboard lesson with Mr Pike.", "Performs three pieces.", "Mr Pike (music teacher)", "March 2026", "long")
PE = T(2, "PE", "Maya will swim 400 metres front crawl without stopping by the end of the spring term.", "Swimming club on Mondays.", "400m swum, timed by the coach.", "Mr Hayes (PE teacher)", "End of spring term 2026", "long")
P({"sen_status": "sen_support", "attainment": c(DYS_A), "targets": renum([c(MATHX), c(PE), c(MUS)]),
   "pupil_voice.text": "Reading is really hard for me, the words move about. I like swimming and music."},
  {"ST009": True, "EM001": True}, "dyslexia/reading gap unanswered; targets where no need is recorded")
READ = T(2, "English", "Maya will raise her reading age from 9.1 to 9.7 years on the NGRT by February half-term using coloured overlays and the Toe by Toe programme.", "Toe by Toe 4 x 20 minutes a week with Mrs Dale.", "Reading age 9.7 on the NGRT.", "Mrs Dale (SEN TA)", "February half-term 2026")
P({"sen_status": "sen_support", "attainment": c(DYS_A), "targets": renum([c(MATHX), c(READ), c(MUS)]),
   "pupil_voice.text": "Reading is really hard for me, the words move about. I like swimming and music."},
  {"ST009": False}, "reading target answers the SEN need")
d = KS2(); d["targets"] = renum([T(1, "History", "Tyler will make a Roman shield model and present it to his class by Christmas.", "Mr Evans to give him time in the DT room.", "Shield made and presented.", "Mr Evans (class teacher)", "Christmas 2025"),
    T(2, "PE", "Tyler will swim 25 metres unaided by Easter.", "Weekly swimming lessons with the school.", "25 m swum.", "Mr Evans (class teacher)", "Easter 2026", "long"),
    T(3, "Music", "Tyler will play four notes on the recorder in the Christmas assembly.", "Recorder group on Fridays.", "Plays in the assembly.", "Mrs Bell (music lead)", "Christmas 2025")])
d["pupil_voice.text"] = "I get told off at dinner time and then im in a bad mood all afternoon. I'm rubbish at my times tables."
P(d, {"ST009": True, "EM002": True}, "writing and maths gaps and dinner-time worry, no target answers any")
P(KS2(), {"ST009": False}, "KS2 targets answer writing and maths gaps")
d = EYR(); d["targets"] = renum([T(1, "Expressive arts and design", "Alfie will paint a picture of his family and talk about it by Christmas.", "Painting table weekly.", "Painting finished.", "Jo Platt (key worker)", "Christmas 2025"),
    T(2, "Understanding the world", "Alfie will name five farm animals from pictures by February half-term.", "Farm topic.", "Names 5 animals.", "Miss Owens (Reception teacher)", "February half-term 2026"),
    T(3, "Expressive arts and design", "Alfie will join in with three songs in the nativity by Christmas.", "Rehearsals with the class.", "Sings in the nativity.", "Miss Owens (Reception teacher)", "Christmas 2025")])
P(d, {"ST009": True, "EM001": True}, "Reception gaps in C&L, literacy, PSED; none targeted")
P(EYR(), {"ST009": False}, "Reception targets answer literacy and PSED gaps")
d = KS4(); d["attendance_percent"] = 89.0
d["targets"] = renum([T(1, "BTEC Sport", "Jordan will complete and hand in BTEC Sport Unit 3 (fitness training) by 30 January 2026, at Merit standard.", "Mr Ward to check progress weekly in coursework catch-up.", "Unit 3 submitted and marked Merit.", "Mr Ward (PE teacher)", "30 January 2026"),
    T(2, "Enrichment", "Jordan will complete the Duke of Edinburgh Bronze expedition by June 2026.", "DofE club Thursdays.", "Expedition signed off.", "Mr Ward (DofE lead)", "June 2026", "long"),
    T(3, "Spanish", "Jordan will learn 30 Spanish words for his speaking exam by the mocks.", "Quizlet weekly.", "27/30 on the vocab test.", "Sra Ruiz (Spanish teacher)", "December 2025 mocks")])
P(d, {"ST009": False}, "BTEC target answers the Pass-to-Merit gap even though maths and attendance are left out")
d2 = copy.deepcopy(d); d2["attainment"][2] = {"subject": "BTEC Sport", "current": "Merit", "expected": "Merit", "progress": "On track"}
P(d2, {"ST009": True, "EM001": True, "EM002": True}, "maths gap and 89% attendance, targets on BTEC (on track), DofE, Spanish")
d = P16(); d["targets"] = renum([T(1, "Independence", "Chantelle will pass her driving theory test by March 2026.", "PA to book the test.", "Pass certificate.", "Sarah Nolan (personal adviser)", "March 2026", "long"),
    T(2, "Volunteering", "Chantelle will volunteer at the charity shop for 4 hours a week until Easter.", "PA to set up the placement.", "Hours log signed.", "Sarah Nolan (personal adviser)", "Easter 2026"),
    T(3, "Health and Social Care", "Chantelle will achieve a Merit on Unit 1 by 13 February 2026.", "Mr Fenton to check drafts.", "Merit on Unit 1.", "Mr Fenton (course tutor)", "13 February 2026")])
P(d, {"ST009": True, "EM001": True}, "English grade 3 and 88% attendance, no target on either; course already on track")
P(P16(), {"ST009": False}, "English resit and attendance targets answer the needs")
d = NV(); d["targets"] = renum([T(1, "Swimming", "Daniel will swim a width with a float by Easter.", "Swimming on Fridays with Mr Hunt.", "Swims a width.", "Mr Hunt (class teacher)", "Easter 2026", "long"),
    T(2, "Art", "Daniel will finish a clay model train by Christmas.", "Art on Tuesdays.", "Model finished.", "Mrs Akhtar (TA)", "Christmas 2025"),
    T(3, "Enrichment", "Daniel will go to the railway club every Wednesday until February.", "Carer takes him.", "Register.", "Mr Osei (foster carer)", "February 2026")])
P(d, {"ST009": True, "EM001": True, "EM002": True}, "EHCP communication need and English gap, targets on swimming, art, railway club")
P(NV(), {"ST009": False}, "EHCP-linked communication and lunch-hall targets")
P({"child.name": "Maya Thompson"}, {"ST009": False}, "baseline targets answer maths gap and worries")
P({"attainment": c(ALL_OK), "pupil_voice.text": "Some of the Year 11s are horrible to me on the bus and I don't want to come in on Mondays. I like English.",
   "targets": [T(1, "English", "Maya will write a 600-word Grade 6 narrative with varied sentence openers by February half-term.", "Extension group with Miss Price.", "Grade 6 on the writing rubric.", "Miss Price (English teacher)", "February half-term 2026"),
               T(2, "Maths", "Maya will solve simultaneous equations, 9/10 on the algebra test by Christmas.", "Extension worksheet weekly.", "9/10.", "Mrs Lee (maths teacher)", "Christmas 2025"),
               T(3, "Science", "Maya will complete the Year 9 STEM badge by Easter.", "STEM club.", "Badge awarded.", "Mr Khan (science teacher)", "Easter 2026", "long")]},
  {"ST009": True, "PV008": True}, "no gaps; only need is the bus worry, which no target answers")
P({"attainment": c(ALL_OK), "pupil_voice.text": "Some of the Year 11s are horrible to me on the bus and I don't want to come in on Mondays. I like English.",
   "targets": [mt()[0], mt()[1], T(3, "Wellbeing", "Maya will travel on the school bus with a named Year 10 buddy and report no incidents to Mr Green for 4 weeks running by Christmas.", "Head of year to speak to the Year 11s and seat Maya near the driver.", "No incidents reported for 4 weeks.", "Mr Green (head of year)", "Christmas 2025")]},
  {"ST009": False, "PV008": False}, "bus worry answered by target 3")
P({"targets": renum([c(SPAN), c(NET), c(mt()[1])])}, {"ST009": False, "EM001": True}, "fractions target answers the maths gap")
P({"pupil_voice.text": "I miss my brother and think about him in lessons. Fractions are hard."}, {"ST009": False}, "fractions target answers a need even if brother worry is not")
P({"sen_status": "sen_support", "attendance_percent": 93.0, "targets": renum([c(NET), c(ART), c(MUS)])}, {"ST009": True, "EM001": True, "EM002": True}, "maths gap, SEN support, 93% attendance, worries: none answered")
