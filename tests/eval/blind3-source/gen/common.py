import json, copy
BASE = json.load(open('/work/sealed/brief/baseline.json'))
FR = []
def add(id_, patch, expect, note):
    FR.append({"id": id_, "patch": patch, "expect": expect, "split": "blind3", "note": note})

def T(n, area, text, actions, sc, who, by, term="short"):
    return {"number": n, "area": area, "text": text, "actions": actions, "success_criteria": sc,
            "who": who, "by_when": by, "term": term}
def S(n, desc, cost, ctext, ref, impact):
    return {"number": n, "description": desc, "cost": cost, "cost_text": ctext, "target_ref": ref, "intended_impact": impact}

MT = copy.deepcopy(BASE["targets"])   # Maya targets
MS = copy.deepcopy(BASE["pp_spend"])
def mt(): return copy.deepcopy(MT)
def ms(): return copy.deepcopy(MS)
def renum(lst):
    for i, t in enumerate(lst): t["number"] = i + 1
    return lst

def pv(text, attended=True, how=None, by=None, prev="__keep__"):
    p = {"pupil_voice.text": text}
    if how is not None: p["pupil_voice.captured_how"] = how
    if by is not None: p["pupil_voice.captured_by"] = by
    if not attended:
        p["pupil_voice.child_attended"] = False
        p["attendees[0].attended"] = False
    if prev != "__keep__": p["pupil_voice.previous_text"] = prev
    return p

def child(name, dob, yg, phase, ks, gender):
    first = name.split()[0]
    pron = "himself" if gender == "Male" else "herself"
    return {"child.name": name, "child.date_of_birth": dob, "child.year_group": yg, "child.phase": phase,
            "child.key_stage": ks, "child.gender": gender, "attendees[0].name": name,
            "pupil_voice.captured_how": f"{first} came to the meeting and spoke for {pron}"}

# ---------- contexts ----------
EYR_T = [
 T(1, "Literacy", "Alfie will say the sounds for all 23 Phase 2 letters (s, a, t, p, i, n ...) when shown the cards by February half-term.",
   "Daily 10-minute Read Write Inc. group with Mrs Khan; Gran Pat to play the sound-card game at bedtime three nights a week.",
   "Alfie says 23 of 23 Phase 2 sounds on the RWI check.", "Mrs Khan (Reception TA)", "February half-term 2026"),
 T(2, "Mathematics", "Alfie will count up to 10 objects accurately, touching each one, and say how many there are by the end of the spring term.",
   "Counting in the continuous provision (conkers, cars) with his key worker twice a week.",
   "Counts a set of 10 correctly in 4 of 5 tries, observed by Miss Owens.", "Miss Owens (Reception teacher)", "End of spring term 2026"),
 T(3, "Personal, social and emotional development", "Alfie will put on his coat and zip it up independently before outdoor play by Christmas.",
   "Key worker to model and use a picture sequence on his peg.", "Alfie does it without adult help on 4 of 5 days.",
   "Jo Platt (key worker)", "Christmas 2025"),
]
EYR_A = [
 {"subject": "Communication and language", "current": "Emerging", "expected": "Expected", "progress": "Below expected"},
 {"subject": "Literacy", "current": "Emerging", "expected": "Expected", "progress": "Below expected"},
 {"subject": "Mathematics", "current": "Developing", "expected": "Expected", "progress": "On track"},
 {"subject": "PSED", "current": "Emerging", "expected": "Expected", "progress": "Below expected"},
]
EYR_S = [S(1, "Extra small-group phonics with Mrs Khan, 3 x 15 minutes a week for 10 weeks", 150.0, "£5 x 30 sessions = £150", "Target 1",
           "Alfie knows all 23 Phase 2 sounds by February half-term (knows 9 now).")]
def EYR():
    d = child("Alfie Dunn", "2021-02-11", 0, "early_years", "EYFS", "Male")
    d.update({"school.name": "St Mark's C of E Primary", "school.type_text": "Maintained primary school",
      "attainment": copy.deepcopy(EYR_A), "targets": copy.deepcopy(EYR_T), "pp_spend": copy.deepcopy(EYR_S),
      "pp_requested": 150.0, "pp_impact_review": "Last term's EYPP paid for Talk Boost sessions at nursery (£120): Alfie now joins in with two-word phrases at snack time, up from pointing only.",
      "previous_targets": [{"number": 1, "area": "Communication and language", "text": "Alfie will say his name and age when a familiar adult asks by July.",
                            "outcome": "Achieved: he now tells new staff 'I'm Alfie, I'm four'.", "status": "achieved"}],
      "aspirations": "Alfie loves vehicles; Gran Pat takes him to the bus museum.", "roni": None,
      "wellbeing": "Alfie is in a kinship placement with his gran; family time with mum is fortnightly."})
    return d

NUR_T = [
 T(1, "Communication and language", "Ruby-Mae will use two-word phrases such as 'more juice' or 'my coat' at snack time and home time by February half-term.",
   "Key person to model two-word phrases at snack time daily; Talk Boost Early Years group twice a week.",
   "Ruby-Mae uses at least 5 different two-word phrases in a week, noted on the tracker.", "Shannon Reid (key person)", "February half-term 2026"),
 T(2, "Mathematics", "Ruby-Mae will join in with number rhymes and show 1, 2 and 3 on her fingers when asked by the end of the spring term.",
   "Number rhyme session every morning; carer to sing 'Five Little Ducks' at bath time.", "Shows 1, 2 and 3 correctly in 4 of 5 tries.",
   "Shannon Reid (key person)", "End of spring term 2026"),
 T(3, "Physical development", "Ruby-Mae will climb the steps and come down the small slide on her own by Christmas.",
   "Outdoor play with key person alongside, daily.", "Does it without a hand held on 3 days running.", "Shannon Reid (key person)", "Christmas 2025"),
]
def NUR():
    d = child("Ruby-Mae Clarke", "2022-05-30", -1, "early_years", "EYFS", "Female")
    d.update({"school.name": "Little Acorns Nursery", "school.type_text": "Private day nursery",
      "attainment": [{"subject": "Communication and language", "current": "Emerging", "expected": "Expected", "progress": "Below expected"},
                     {"subject": "Mathematics", "current": "Emerging", "expected": "Expected", "progress": "On track"},
                     {"subject": "Physical development", "current": "Developing", "expected": "Expected", "progress": "On track"}],
      "targets": copy.deepcopy(NUR_T),
      "pp_spend": [S(1, "Talk Boost Early Years small group with the nursery SENCo, 2 x 20 minutes a week for 10 weeks", 120.0, "£6 x 20 sessions = £120",
                     "Target 1", "Ruby-Mae uses 5 or more two-word phrases a week (now uses single words).")],
      "pp_requested": 120.0, "pp_impact_review": "This is Ruby-Mae's first PEP: no EYPP was spent last term.",
      "previous_targets": [], "roni": None, "aspirations": "Ruby-Mae loves the water tray and the nursery chickens.",
      "wellbeing": "Ruby-Mae came into care in July and is settling with her foster carers."})
    return d

KS1_T = [
 T(1, "English", "Kai, now secure in Phase 4, will read words with the Phase 5 sounds ai, ay and a-e correctly in 8 of 10 words on the phonics check by February half-term.",
   "Daily 10-minute phonics keep-up with Mrs Hall (TA); foster carer to hear him read his book-bag book 4 nights a week.",
   "8/10 on the Phase 5 check (currently 3/10).", "Mrs Hall (Year 2 TA)", "February half-term 2026"),
 T(2, "English", "Kai will write three sentences about his weekend using capital letters and full stops correctly in at least 2 of them by Christmas.",
   "Weekly Monday 'weekend news' writing with Mr Dean using a sentence checklist.", "2 of 3 sentences correctly punctuated in 3 news pieces running.",
   "Mr Dean (class teacher)", "Christmas 2025"),
 T(3, "Maths", "Kai will know his number bonds to 10 and use them to make 20, scoring 18/20 on the class quick-fire quiz by Easter.",
   "Numicon games with Mrs Hall twice a week; bonds-to-10 song at home.", "18/20 on the quiz (currently 9/20).", "Mr Dean (class teacher)", "Easter 2026", "long"),
]
def KS1():
    d = child("Kai Walker", "2018-12-02", 2, "primary", "KS1", "Male")
    d.update({"school.name": "Greenfield Infant School", "school.type_text": "Maintained infant school",
      "attainment": [{"subject": "Reading", "current": "Working towards", "expected": "Expected standard", "progress": "Below expected"},
                     {"subject": "Writing", "current": "Working towards", "expected": "Expected standard", "progress": "Below expected"},
                     {"subject": "Maths", "current": "Working towards", "expected": "Expected standard", "progress": "Below expected"}],
      "targets": copy.deepcopy(KS1_T),
      "pp_spend": [S(1, "Daily 10-minute phonics keep-up with Mrs Hall for 12 weeks", 180.0, "£3 x 60 sessions = £180", "Target 1",
                     "Kai reads 8/10 Phase 5 words by February half-term.")],
      "pp_requested": 180.0, "pp_impact_review": "Last term's PP+ paid for Numicon sessions (£150): Kai's bonds-to-10 quiz score went from 4/20 to 9/20.",
      "previous_targets": [{"number": 1, "area": "Maths", "text": "Kai will count to 50 and back by July.", "outcome": "Achieved: he counts to 60 and back from 30.", "status": "achieved"}],
      "roni": None, "aspirations": "Kai says he wants to be a fireman like in his book.", "wellbeing": "Kai has settled with his foster carers since May."})
    return d

KS2_T = [
 T(1, "English", "Tyler will use capital letters, full stops and commas in lists correctly in 4 of 5 sentences in his independent writing by Christmas.",
   "Daily proofreading checklist; 2 x 20-minute writing boosters a week with Mrs Kaur (TA).", "4 of 5 sentences correct in three pieces of independent writing.",
   "Mrs Kaur (TA) and Mr Evans (class teacher)", "Christmas 2025"),
 T(2, "Maths", "Tyler will recall the 3, 4 and 8 times tables with 90% accuracy on the weekly Times Tables Rock Stars check by Easter 2026.",
   "Small-group tables booster with Mrs Kaur, 3 x 20 minutes a week; TTRS at home 10 minutes a night with his carer.",
   "90% on the weekly check (currently 45%).", "Mrs Kaur (TA)", "Easter 2026", "long"),
 T(3, "Wellbeing", "Tyler will use his calm-down card and go to the quiet corner instead of leaving the classroom, with no more than one walk-out a week by February half-term.",
   "Weekly ELSA session with Mrs Grant; calm-down card agreed with Tyler.", "No more than one walk-out a week on the behaviour log (currently 4).",
   "Mrs Grant (ELSA)", "February half-term 2026"),
]
KS2_S = [S(1, "Small-group times tables booster with Mrs Kaur, 3 x 20 minutes a week for 10 weeks", 200.0, "£20 per hour x 10 hours = £200", "Target 2",
           "Tyler reaches 90% on the TTRS weekly check."),
         S(2, "ELSA sessions with Mrs Grant, weekly for 8 weeks", 160.0, "£20 x 8 sessions = £160", "Target 3", "No more than one walk-out a week (currently 4).")]
def KS2():
    d = child("Tyler Brooks", "2015-07-19", 5, "primary", "KS2", "Male")
    d.update({"school.name": "Hillside Primary School", "school.type_text": "Primary academy",
      "attainment": [{"subject": "Reading", "current": "Expected standard", "expected": "Expected standard", "progress": "On track"},
                     {"subject": "Writing", "current": "Working towards", "expected": "Expected standard", "progress": "Below expected"},
                     {"subject": "Maths", "current": "Working towards", "expected": "Expected standard", "progress": "Below expected"}],
      "targets": copy.deepcopy(KS2_T), "pp_spend": copy.deepcopy(KS2_S), "pp_requested": 360.0,
      "pp_impact_review": "Last term's PP+ paid for Lexia (£90) and reading mentor (£200): Tyler moved from working towards to the expected standard in reading.",
      "previous_targets": [{"number": 1, "area": "English", "text": "Tyler will read 20 minutes a day with his carer.", "outcome": "Achieved: reading log signed 5 nights a week all term; now at the expected standard in reading.", "status": "achieved"}],
      "roni": None, "aspirations": "Tyler wants to be a footballer and plays for the Hillside Hawks.", "wellbeing": "Tyler has weekly ELSA and his SDQ has dropped from 22 to 18."})
    return d

KS4_T = [
 T(1, "English", "Jordan will write a full answer to Language Paper 1 Question 5 (descriptive writing) in 45 minutes, scoring at least 24/40 in the December mock.",
   "Fortnightly timed-writing practice with Ms Byrne; feedback on paragraphing and openings.", "24/40 on Q5 in the December mock (currently 16/40).",
   "Ms Byrne (English teacher)", "December 2025 mocks"),
 T(2, "Maths", "Jordan will move from a grade 3 to a secure grade 4 in the March maths mock, scoring at least 45% on the Foundation paper.",
   "1:1 maths tuition with Mr Patel, 1 hour a week for 8 weeks; Sparx homework 3 times a week.", "45% or more on the March Foundation mock (currently 34%).",
   "Mr Patel (maths tutor)", "March 2026 mocks", "long"),
 T(3, "Careers", "Jordan will complete and submit his application for the Level 2 Motor Vehicle course at City College by 12 December 2025.",
   "Two careers meetings with Mrs Shaw; carer to take him to the college open evening on 20 November.", "Application submitted and confirmation email received.",
   "Mrs Shaw (careers adviser)", "12 December 2025"),
]
KS4_S = [S(1, "1:1 maths tuition with Mr Patel, 1 hour a week for 8 weeks", 240.0, "£30 x 8 hours = £240", "Target 2", "Jordan scores 45% on the March Foundation mock."),
         S(2, "CGP revision guide and workbook for GCSE English Language", 18.0, "£9 x 2 = £18", "Target 1", "Jordan uses the workbook for timed Q5 practice and reaches 24/40.")]
def KS4():
    d = child("Jordan Hughes", "2010-01-25", 11, "secondary", "KS4", "Male")
    d.update({"school.name": "Oakwood School", "school.type_text": "Academy",
      "attainment": [{"subject": "English Language", "current": "Grade 4", "expected": "Grade 5", "progress": "On track"},
                     {"subject": "Maths", "current": "Grade 3", "expected": "Grade 4", "progress": "Below expected"},
                     {"subject": "BTEC Sport", "current": "Pass", "expected": "Merit", "progress": "On track"}],
      "targets": copy.deepcopy(KS4_T), "pp_spend": copy.deepcopy(KS4_S), "pp_requested": 258.0,
      "pp_impact_review": "Last term's PP+ paid for maths tuition (£240): Jordan's mock score rose from 22% to 34%.",
      "previous_targets": [{"number": 1, "area": "Maths", "text": "Jordan will score 30% on the summer Foundation paper.", "outcome": "Achieved: 34% in the summer exam.", "status": "achieved"}],
      "aspirations": "Jordan wants to be a mechanic and has applied for work experience at a garage.", "roni": "Medium risk (score 4)",
      "wellbeing": "Jordan sees the school mentor weekly."})
    return d

P16_T = [
 T(1, "English", "Chantelle will pass her GCSE English Language resit at grade 4 in June 2026, scoring at least 50% in the March college mock first.",
   "2 hours a week GCSE English resit class plus 1 hour drop-in with Ms Ali.", "50% in the March mock; grade 4 in June.", "Ms Ali (English resit tutor)", "June 2026", "long"),
 T(2, "Health and Social Care", "Chantelle will hand in all four Unit 2 assignments for her Level 2 Health and Social Care diploma by their deadlines, the last on 13 February 2026.",
   "Weekly tutorial with her course tutor Mr Fenton to check the assignment tracker.", "4 of 4 assignments submitted on time on the tracker.", "Mr Fenton (course tutor)", "13 February 2026"),
 T(3, "Attendance", "Chantelle will raise her college attendance from 88% to at least 95% each half term by Easter 2026.",
   "Personal adviser to text her the evening before early starts; attendance checked weekly by Mr Fenton.", "95% on the college register for each half term.",
   "Sarah Nolan (personal adviser)", "Easter 2026"),
]
def P16():
    d = child("Chantelle Morris", "2009-04-09", 12, "post16", "KS5", "Female")
    d.update({"school.name": "City College", "school.type_text": "Further education college",
      "attainment": [{"subject": "GCSE English Language", "current": "Grade 3", "expected": "Grade 4", "progress": "Below expected"},
                     {"subject": "GCSE Maths", "current": "Grade 4", "expected": "Grade 4", "progress": "Achieved"},
                     {"subject": "Level 2 Health and Social Care", "current": "Merit predicted", "expected": "Merit", "progress": "On track"}],
      "attendance_percent": 88.0,
      "targets": copy.deepcopy(P16_T), "pp_spend": [], "pp_requested": 0.0,
      "pp_impact_review": "No PP+ was requested last term: Chantelle is post-16; her travel pass is paid from the 16-19 Bursary.",
      "previous_targets": [{"number": 1, "area": "Careers", "text": "Chantelle will enrol on a Level 2 course by September.", "outcome": "Achieved: enrolled on Level 2 Health and Social Care at City College on 3 September.", "status": "achieved"}],
      "roni": None, "aspirations": "Chantelle wants to train as a children's nurse.", "wellbeing": "Chantelle lives in supported lodgings and sees her PA fortnightly."})
    return d

NV_T = [
 T(1, "English", "Daniel will choose and put in order three symbols to make a sentence (e.g. 'I want computer') in his communication book at least 5 times a day by February half-term.",
   "Mrs Akhtar (TA) to model symbol sentences at each transition; SaLT to review in January.", "5 symbol sentences a day on 4 of 5 days, on the tally sheet.",
   "Mrs Akhtar (TA) and Ms Lowe (SaLT)", "February half-term 2026"),
 T(2, "Maths", "Daniel will count out up to 10 objects to match a numeral card in 4 of 5 trials by Christmas.",
   "Daily TEACCH work-station task set by Mr Hunt.", "4 of 5 trials correct on three days in a row.", "Mr Hunt (class teacher)", "Christmas 2025"),
 T(3, "EHCP outcome: social interaction", "By the end of Key Stage 3, Daniel will eat his lunch in the dining hall with his class for the whole lunchtime on 4 days a week.",
   "Graded steps starting in the library with one peer; Mrs Akhtar to record minutes in the hall each day.", "Whole lunchtime in the hall on 4 of 5 days.",
   "Mrs Akhtar (TA)", "End of Key Stage 3 (July 2027)", "long"),
]
def NV():
    d = child("Daniel Osei", "2012-11-05", 8, "secondary", "KS3", "Male")
    d.update({"sen_status": "ehcp", "school.type_text": "Mainstream academy with resource base",
      "attainment": [{"subject": "English", "current": "Pre-Key Stage 1 standard 2", "expected": "Pre-Key Stage 1 standard 3", "progress": "Below expected"},
                     {"subject": "Maths", "current": "Pre-Key Stage 1 standard 3", "expected": "Pre-Key Stage 1 standard 3", "progress": "On track"}],
      "targets": copy.deepcopy(NV_T),
      "pp_spend": [S(1, "Widgit Online symbol licence so his carer can make the same symbol cards at home", 70.0, "£70 annual licence", "Target 1",
                     "Daniel uses the same symbols at home and school and makes 5 symbol sentences a day.")],
      "pp_requested": 70.0, "pp_impact_review": "Last term's PP+ paid for a sensory circuit kit (£110): Daniel now stays in his maths lesson for the full 50 minutes on 4 days a week (was 2).",
      "previous_targets": [{"number": 1, "area": "Maths", "text": "Daniel will match numerals 1-5 by July.", "outcome": "Achieved: matches 1-5 every time and 6-8 most days.", "status": "achieved"}],
      "aspirations": "Daniel loves trains and swimming; his carer hopes he will go on to the college's independent living course.",
      "wellbeing": "Daniel is autistic and non-verbal; he uses PECS and some Makaton."})
    return d
