from common import *
n = [0]
def P(patch, expect, note):
    n[0] += 1
    add("b3-st-%03d" % n[0], patch, expect, note)
def rowM(i, row):
    t = mt(); row["number"] = i + 1; t[i] = row; return {"targets": t}
def rowC(ctx, i, row=None, **fields):
    d = ctx(); t = d["targets"]
    if row is not None:
        row["number"] = i + 1; t[i] = row
    for k, v in fields.items(): t[i][k] = v
    return d

# ---------- ST001 measurable ----------
P(rowM(0, T(0, "English", "Maya will feel more confident about her writing.", "Support in English lessons.", "Maya feels more confident when writing.", "Miss Price (English teacher)", "February half-term 2026")),
  {"ST001": True, "ST002": False, "ST004": False}, "no measure in target or criteria")
P(rowM(1, T(0, "Maths", "To improve her maths.", "Tuition.", "Better marks in maths.", "Mr Ahmed (maths tutor)", "Christmas 2025")),
  {"ST001": True, "ST003": True, "ST002": False, "ST004": False}, "vague and unmeasurable")
P(rowM(0, T(0, "English", "Maya to work harder in English.", "Teacher to encourage Maya.", "Teachers see more effort in her books.", "Miss Price", "End of spring term 2026")),
  {"ST001": True, "ST003": True}, "work harder, no measure")
P(rowM(0, T(0, "English", "Continue to make progress in reading.", "Reading for pleasure at home.", "Progress seen in all subjects.", "Miss Price (English teacher)", "July 2026", "long")),
  {"ST001": True, "ST003": True, "ST002": False}, "scope words are not a measure")
P(rowM(2, T(0, "Wellbeing", "Maya will engage with her mentor sessions.", "Weekly mentoring with Mr Daly.", "Mentor reports positive engagement.", "Mr Daly (learning mentor)", "Christmas 2025")),
  {"ST001": True, "ST003": True, "ST004": False}, "engage with, no measure")
P(rowM(2, T(0, "Wellbeing", "Maya will have a positive attitude to learning in all her lessons.", "Praise and rewards.", "Good reports from teachers.", "Mrs Lee (head of year)", "End of spring term 2026", "long")),
  {"ST001": True, "ST002": False}, "attitude, nothing countable")
P({"targets[0].text": "To improve her writing."}, {"ST001": False, "ST003": True, "ST002": False}, "row's success criteria (12/20 rubric) and date still make it measurable and timed; wording vague")
P({"targets[1].text": "Maya will get better at fractions."}, {"ST001": False, "ST003": True, "ST002": False}, "criteria 8/10 and by_when carry measure and date")
P({"targets[1].success_criteria": "Maya will feel more confident."}, {"ST001": False, "ST002": False}, "target text still has 8/10 by 19 December")
P(rowM(2, T(0, "Wellbeing", "Maya will be more confident in maths.", "Encouragement from her teacher.", "Maya says she feels more confident.", "Mrs Lee (maths teacher)", "End of spring term 2026", "long")),
  {"ST001": True, "ST003": True}, "be more confident, no marker")
P(rowC(KS4, 2, T(0, "Careers", "Jordan will complete his personal statement for his City College application by next Wednesday (15 October).", "Mrs Shaw to go through a draft with him on Monday.", "Personal statement finished and uploaded.", "Mrs Shaw (careers adviser)", "15 October 2025")),
  {"ST001": False, "ST002": False, "ST004": False}, "finished product with deadline")
P(rowC(P16, 1, T(0, "Health and Social Care", "Chantelle will give a five-minute presentation on safeguarding to her Health and Social Care group by 28 November 2025.", "Mr Fenton to book the slot and go through her slides the week before.", "Presentation given and marked against the unit criteria.", "Mr Fenton (course tutor)", "28 November 2025")),
  {"ST001": False, "ST002": False}, "defined product")
P({"targets": mt()[:2] + [T(3, "English", "Maya will raise her reading age by six months within twelve months (currently 11.2 years on the NGRT).", "Reading mentor twice a week; accelerated reader quizzes.", "NGRT reading age of 11.8 or more in October 2026.", "Mrs Dale (reading mentor)", "Within twelve months", "long")]},
  {"ST001": False, "ST002": False, "ST005": False}, "quantified change over a stated period")
P(rowM(2, T(0, "Wellbeing", "Maya will go to homework club at least twice a week until the February PEP.", "Homework club staff to keep the register; carer to remind her on Tuesdays.", "Register shows 2 or more sessions every week.", "Mr Singh (homework club lead)", "February PEP 2026")),
  {"ST001": False, "ST002": False, "ST004": False}, "frequency is a measure; PEP date is a time frame")
P(rowC(KS2, 2, T(0, "Wellbeing", "Tyler will stay in class for the whole afternoon on at least 4 days a week by Christmas.", "Mrs Grant to check in with him after lunch each day.", "Behaviour log shows 4 full afternoons a week for 3 weeks running.", "Mrs Grant (ELSA)", "Christmas 2025")),
  {"ST001": False, "ST002": False}, "observable behaviour with a count")
P(rowC(NV, 2, T(0, "EHCP outcome: independence", "By the end of Key Stage 4, Daniel will travel on the bus from home to school on his own.", "Travel training with the LA travel trainer; TA to shadow then drop back.", "Daniel makes the journey alone on 5 days in a row.", "Mrs Akhtar (TA) and travel trainer", "End of Key Stage 4", "long")),
  {"ST001": False, "ST002": False}, "EHCP outcome dated to a key stage")
P(rowM(2, T(0, "Wellbeing", "Maya will get her equipment out independently at the start of each lesson by Christmas.", "Form tutor to check her pencil case each morning.", "Teachers tick the checklist in 4 of 5 lessons.", "Mr Green (form tutor)", "Christmas 2025")),
  {"ST001": False, "ST003": False}, "observable marker plus count")
P(rowM(0, T(0, "English", "Maya will write a letter to her new mentor with an opening, three paragraphs and a sign-off by half term.", "Miss Price to show a model letter and check the draft.", "Letter written and sent.", "Miss Price (English teacher)", "October half-term 2025")),
  {"ST001": False, "ST002": False}, "defined product")
P(rowC(KS1, 0, T(0, "English", "Kai will enjoy reading.", "Reading corner time.", "Kai enjoys reading.", "Mrs Hall (TA)", "Christmas 2025")),
  {"ST001": True, "ST002": False}, "enjoyment, no measure")
P(rowM(2, T(0, "Wellbeing", "Maya will be happier in school.", "Counsellor fortnightly.", "Maya is happier.", "School counsellor (Ms Ford)", "End of spring term 2026")),
  {"ST001": True, "ST003": True}, "be happier: vague, nothing to check")
P(rowC(P16, 1, T(0, "Health and Social Care", "Chantelle will make good progress on her course.", "Tutorials.", "On track with her course.", "Mr Fenton (course tutor)", "July 2026", "long")),
  {"ST001": True, "ST002": False}, "no measure")
P(rowC(KS4, 1, T(0, "Maths", "Jordan will achieve his potential in maths.", "Tuition with Mr Patel.", "Jordan reaches his potential.", "Mr Patel (maths tutor)", "Summer 2026", "long")),
  {"ST001": True, "ST004": False}, "achieve potential, no measure")
P(rowC(EYR, 0, T(0, "Literacy", "Alfie will develop his communication skills.", "Lots of talk in play.", "Alfie communicates better.", "Jo Platt (key worker)", "February half-term 2026")),
  {"ST001": True, "ST003": True}, "EY target with no observable outcome")
P(rowC(EYR, 2, T(0, "Personal, social and emotional development", "Alfie will say 'please' and 'thank you' at snack time without a reminder by February half-term.", "Adults to model at snack time daily.", "Seen on 4 of 5 days by his key worker.", "Jo Platt (key worker)", "February half-term 2026")),
  {"ST001": False, "ST004": False}, "EY observable outcome")
P(rowM(1, T(0, "Maths", "Maya will learn her times tables.", "", "", "Mrs Lee (maths teacher)", "Summer term 2026", "long")),
  {"ST001": True, "ST002": False}, "no amount or score")
P({"attendance_percent": 91.0, **rowM(2, T(0, "Attendance", "Maya's attendance will go up from 91% to at least 96% by Easter 2026.", "Attendance officer Mrs Cole to meet Maya and carer fortnightly.", "96% or more on the register for spring term.", "Mrs Cole (attendance officer)", "Easter 2026", "long"))},
  {"ST001": False, "ST002": False, "ST003": False}, "attendance target with numbers")
P(rowM(2, T(0, "Wellbeing", "Maya's SDQ score will come down from 19 to 15 or lower by the summer PEP.", "Fortnightly counselling with Ms Ford; carer and school to complete SDQ in May.", "SDQ total 15 or below.", "Ms Ford (school counsellor)", "Summer PEP 2026", "long")),
  {"ST001": False, "ST002": False}, "wellbeing target with SDQ measure")

# ---------- ST002 time frame ----------
P({"targets[2].text": "Maya will answer one question aloud in each maths lesson, to build her confidence.", "targets[2].by_when": ""},
  {"ST002": True, "ST001": False}, "no date anywhere in row; 4 of 5 lessons a week is frequency")
P({"targets[1].text": "Maya will add and subtract fractions with different denominators, scoring 8 out of 10 on the unit test.", "targets[1].by_when": "Ongoing", "targets[1].actions": "1:1 maths tuition with Mr Ahmed, 2 x 30 minutes a week."},
  {"ST002": True, "ST001": False}, "'ongoing' is not a time frame")
P({"targets[0].text": "Maya will write a 300-word persuasive piece using three paragraphs and topic sentences.", "targets[0].by_when": "Weekly"},
  {"ST002": True}, "frequency not a deadline")
P({"targets[0].by_when": ""}, {"ST002": False}, "text still says by February half-term")
P({"targets[1].text": "Maya will add and subtract fractions with different denominators, scoring 8 out of 10 on the unit test.", "targets[1].by_when": "Next PEP"},
  {"ST002": False}, "by the next PEP is a time frame")
P({"targets[2].text": "Maya will answer one question aloud in each maths lesson.", "targets[2].by_when": "Within six weeks"},
  {"ST002": False}, "within six weeks")
P({"targets[0].text": "Maya will write a 300-word persuasive piece using three paragraphs and topic sentences.", "targets[0].by_when": "Termly"},
  {"ST002": True}, "termly is how often")
P({"targets[1].text": "Maya will add and subtract fractions with different denominators, scoring 8 out of 10 on the unit test.", "targets[1].by_when": "Summer 2026"},
  {"ST002": False}, "term named")
P({"targets[1].text": "Maya will add and subtract fractions with different denominators, scoring 8 out of 10 on the unit test.", "targets[1].by_when": "ASAP", "targets[1].actions": "1:1 maths tuition with Mr Ahmed, 2 x 30 minutes a week."},
  {"ST002": True}, "ASAP is not a date")
P({"targets[0].text": "Maya will write a 300-word persuasive piece using three paragraphs and topic sentences.", "targets[0].by_when": None},
  {"ST002": True, "ST001": False}, "null by_when, no date in text")
P(rowC(KS2, 1, by_when="On-going", text="Tyler will recall the 3, 4 and 8 times tables with 90% accuracy on the weekly Times Tables Rock Stars check."),
  {"ST002": True, "ST001": False}, "on-going, weekly is frequency")
P(rowC(KS1, 0, by_when=""), {"ST002": False}, "text says by February half-term")
P(rowC(P16, 1, by_when=""), {"ST002": False}, "text gives 13 February 2026")
P({"targets[2].text": "Maya will answer one question aloud in maths.", "targets[2].by_when": "Daily"},
  {"ST002": True}, "daily is frequency")
P(rowC(KS4, 0, by_when="Before the December mocks"), {"ST002": False}, "before the mocks")
P({"targets[1].text": "Maya will add and subtract fractions with different denominators, scoring 8 out of 10 on the unit test.", "targets[1].by_when": "By the next PEP (February 2026)"},
  {"ST002": False}, "next PEP with month")
P(rowC(EYR, 2, by_when=""), {"ST002": False}, "text says by Christmas")
P(rowC(EYR, 1, text="Alfie will count up to 10 objects accurately, touching each one, and say how many there are.", by_when="When ready"),
  {"ST002": True, "ST001": False}, "'when ready' sets no time")
P({"targets[0].text": "Maya will write a 300-word persuasive piece using three paragraphs and topic sentences.", "targets[0].by_when": "Spring 1"},
  {"ST002": False}, "half-term named")
P(rowC(NV, 0, text="Daniel will choose and put in order three symbols to make a sentence in his communication book at least 5 times a day.", by_when="Continuous", actions="Mrs Akhtar (TA) to model symbol sentences at each transition."),
  {"ST002": True, "ST001": False}, "continuous, no date")

# ---------- ST003 vague ----------
P({"targets[2].text": "Maya will try to answer questions in maths lessons."}, {"ST003": True, "ST001": False, "ST002": False}, "'try to' always weakens; row criteria still measure")
P(rowM(0, T(0, "English", "To develop her reading skills.", "Guided reading twice a week.", "Reading age up 6 months on the NGRT.", "Miss Price (English teacher)", "July 2026", "long")),
  {"ST003": True, "ST001": False}, "develop, no skill named in target")
P(rowM(2, T(0, "Wellbeing", "Maya will be more organised.", "Planner checked by tutor.", "Planner signed every day.", "Mr Green (form tutor)", "Christmas 2025")),
  {"ST003": True}, "be more organised")
P({"targets[1].text": "Maya will improve her score on the fractions unit test from 4/10 to 8/10 by 19 December 2025."},
  {"ST003": False, "ST001": False, "ST002": False}, "'improve' but names the skill and amount")
P(rowC(KS2, 1, text="Tyler will work on his times tables."), {"ST003": True, "ST001": False}, "work on; criteria 90% carry measure")
P(rowC(KS2, 0, text="Tyler will continue to use capital letters and full stops."), {"ST003": True}, "continue to")
P(rowC(KS4, 0, text="Jordan will engage with English revision sessions."), {"ST003": True}, "engage with")
P(rowC(P16, 1, text="Chantelle will try to hand in her assignments on time."), {"ST003": True, "ST002": False}, "try to")
P(rowC(EYR, 0, text="Alfie will develop his phonics."), {"ST003": True}, "develop")
P({"child.name": "Maya Thompson"}, {"ST003": False, "ST001": False, "ST002": False, "ST004": False}, "baseline targets are SMART")
P(NV(), {"ST003": False, "ST001": False, "ST002": False, "ST004": False}, "non-verbal EHCP targets, all SMART")
P({"targets[1].text": "Maya will do her best in maths."}, {"ST003": True}, "do her best")
P({"targets[1].text": "Maya will work harder on fractions."}, {"ST003": True}, "work harder")
P(rowC(KS1, 2, text="Kai will become more confident with numbers."), {"ST003": True}, "more confident, no skill named")
P({"attendance_percent": 91.0, **rowM(2, T(0, "Attendance", "Maya will improve her attendance from 91% to 96% by Easter 2026.", "Mrs Cole to meet Maya and carer fortnightly.", "96% on the spring register.", "Mrs Cole (attendance officer)", "Easter 2026", "long"))},
  {"ST003": False, "ST001": False}, "improve with both figures is specific")
P(P16(), {"ST003": False, "ST001": False, "ST002": False, "ST004": False}, "post-16 targets are SMART")
P(rowC(KS4, 2, text="Jordan will be more focused in lessons."), {"ST003": True}, "be more")
P(rowC(KS1, 1, text="Kai will try to use full stops."), {"ST003": True}, "try to")

# ---------- ST004 owner ----------
P(rowM(0, T(0, "English", "Maya will write a 300-word persuasive piece using three paragraphs and topic sentences by February half-term.", "Weekly writing session using planning frames.", "12/20 on the Year 9 writing rubric.", "", "February half-term 2026")),
  {"ST004": True, "ST001": False}, "no who, no adult anywhere")
P(rowM(1, T(0, "Maths", "Maya will add and subtract fractions with different denominators, scoring 8 out of 10 on the unit test by 19 December 2025.", "Tuition twice a week.", "8/10 on the unit test.", "School", "19 December 2025")),
  {"ST004": True}, "'School' is not an owner")
P(rowM(2, T(0, "Wellbeing", "Maya will answer one question aloud in each maths lesson by the end of the spring term.", "Maya to put her hand up once a lesson.", "4 of 5 lessons a week.", "Maya", "End of spring term 2026", "long")),
  {"ST004": True}, "only the child named")
P(rowM(0, T(0, "English", "Maya will write a 300-word persuasive piece using three paragraphs and topic sentences by February half-term.", "Planning frames in all lessons.", "12/20 on the writing rubric.", "All staff", "February half-term 2026")),
  {"ST004": True}, "all staff is nobody")
P(rowM(2, T(0, "Wellbeing", "Maya will answer one question aloud in each maths lesson by the end of the spring term.", "Mrs Lee to pre-warn Maya of the question at the start of the lesson.", "4 of 5 lessons a week, recorded.", "", "End of spring term 2026", "long")),
  {"ST004": False}, "who empty but actions name Mrs Lee")
P({"targets[1].who": "Lorraine Bell (foster carer)"}, {"ST004": False}, "carer is an adult owner")
P({"targets[0].who": "SENCo"}, {"ST004": False}, "a named role")
P(rowM(0, T(0, "English", "Maya will write a 300-word persuasive piece using three paragraphs and topic sentences by February half-term.", "Teachers to use planning frames.", "12/20 on the writing rubric.", "Teachers", "February half-term 2026")),
  {"ST004": True}, "'Teachers' is everyone")
P(rowC(EYR, 2, who="Key worker"), {"ST004": False}, "EY key worker")
P(rowC(KS4, 2, T(0, "Careers", "Jordan will submit his application for Level 2 Motor Vehicle at City College by 12 December 2025.", "Jordan to fill in the online form.", "Application submitted.", "", "12 December 2025")),
  {"ST004": True, "ST001": False}, "no adult to support or check")
P(rowC(P16, 1, who="College", actions="Assignment tracker."), {"ST004": True}, "institution as owner")
P(rowC(P16, 1, who=""), {"ST004": False}, "actions name Mr Fenton")
P(rowC(KS2, 2, who="Everyone", actions="Calm-down card agreed with Tyler.", success_criteria="No more than one walk-out a week on the behaviour log (currently 4)."),
  {"ST004": True}, "everyone")
P(rowM(1, T(0, "Maths", "Maya will add and subtract fractions with different denominators, scoring 8 out of 10 on the unit test by 19 December 2025.", "Tuition sessions twice a week.", "8/10 on the unit test.", None, "19 December 2025")),
  {"ST004": True}, "null who")
P({"targets[2].who": "Form tutor (Mr Green)"}, {"ST004": False}, "named tutor")
P(rowC(KS2, 0, who="Tyler and his foster carer"), {"ST004": False}, "carer named; actions name Mrs Kaur")
P(KS1(), {"ST004": False, "ST001": False, "ST002": False, "ST003": False}, "KS1 targets SMART")
P(KS2(), {"ST004": False, "ST001": False, "ST002": False, "ST003": False}, "KS2 targets SMART")
P(KS4(), {"ST004": False, "ST001": False, "ST002": False, "ST003": False}, "KS4 targets SMART")
P(EYR(), {"ST004": False, "ST001": False, "ST002": False, "ST003": False}, "Reception targets SMART")
P(NUR(), {"ST004": False, "ST001": False, "ST002": False}, "nursery targets SMART")

# ---------- ST005 implausible ----------
P({"targets": mt()[:2] + [T(3, "English", "Maya will raise her reading age from 9.0 to 12.0 years by Christmas.", "Reading mentor twice a week.", "NGRT reading age 12.0.", "Mrs Dale (reading mentor)", "Christmas 2025")]},
  {"ST005": True, "ST001": False}, "three years in one term")
P(rowC(KS4, 1, text="Jordan will move from a grade 2 to a grade 7 in the March maths mock.", success_criteria="Grade 7 in the March mock."),
  {"ST005": True}, "grade 2 to 7 by the mocks")
P(rowC(KS2, 0, text="Tyler will move from working towards to greater depth in writing by Christmas.", success_criteria="Greater depth in the teacher assessment at Christmas."),
  {"ST005": True}, "two steps in one term")
P(rowC(KS1, 0, text="Kai will move from Phase 2 to Phase 5 phonics by Christmas.", success_criteria="Secure at Phase 5 on the RWI check."),
  {"ST005": True}, "three phases in one term")
P(KS1(), {"ST005": False}, "Phase 4 to 5 by February is plausible")
P({"targets": mt()[:2] + [T(3, "English", "Maya will raise her reading age from 7.8 to 8.6 years by February half-term.", "Reading mentor twice a week.", "NGRT 8.6 in February.", "Mrs Dale (reading mentor)", "February half-term 2026")]},
  {"ST005": False}, "double rate, ambitious but plausible")
P(KS4(), {"ST005": False}, "grade 3 to 4 by March")
P(rowC(KS2, 1, text="Tyler's maths age will go from 6.5 to 9.0 years by Easter.", success_criteria="Maths age 9.0 on the Sandwell test."),
  {"ST005": True}, "2.5 years in six months")
P(rowC(KS2, 0, text="Tyler will move from working towards to the expected standard in writing by the end of Year 6 (July 2027).", success_criteria="Expected standard in the KS2 writing assessment.", by_when="July 2027", term="long"),
  {"ST005": False}, "one step over nearly two years")
P(rowC(KS1, 0, text="Kai will move from Phase 3 to Phase 4 phonics by Easter.", success_criteria="Secure at Phase 4 on the RWI check.", by_when="Easter 2026"),
  {"ST005": False}, "one phase over two terms")
P({"targets": mt()[1:] + [T(3, "English", "Maya will raise her spelling age from 8.0 to 8.4 years by February half-term.", "Spelling programme 3 x a week with Mrs Dale.", "Spelling age 8.4 on the Young's test.", "Mrs Dale (TA)", "February half-term 2026")]},
  {"ST005": False}, "small plausible gain")
P(rowC(P16, 0, text="Chantelle will go from a grade 3 to a grade 8 in GCSE English Language in June 2026.", success_criteria="Grade 8."),
  {"ST005": True}, "grade 3 to 8")
P({"targets": mt()[:2] + [T(3, "English", "Maya's reading age will go up 3 years by the end of the spring term.", "Lexia 3 x a week.", "Reading age up 3 years on the NGRT.", "Mrs Dale (TA)", "End of spring term 2026")]},
  {"ST005": True}, "3 years in two terms")
P(rowC(EYR, 0, text="Alfie will read words with Phase 5 sounds by Christmas.", success_criteria="Reads 8 of 10 Phase 5 words.", by_when="Christmas 2025"),
  {"ST005": True}, "Reception child still learning Phase 2 to Phase 5 in a term")
P(rowC(KS4, 0, text="Jordan will move from grade 4 to grade 5 in English Language by the summer exams.", success_criteria="Grade 5 in June.", by_when="June 2026", term="long"),
  {"ST005": False}, "one grade in a year")

# ---------- ST006 / ST008 previous targets ----------
P({"previous_targets[0].outcome": ""}, {"ST006": True, "ST008": False}, "previous target not reviewed")
P({"previous_targets[1].outcome": None}, {"ST006": True}, "no outcome")
P({"previous_targets[0].outcome": "Achieved"}, {"ST008": True, "ST006": False}, "status word only")
P({"previous_targets[1].outcome": "Ongoing"}, {"ST008": True, "ST006": False}, "status word only")
P({"previous_targets[1].outcome": "Not achieved", "previous_targets[1].status": "not_achieved"}, {"ST008": True}, "status only")
P({"previous_targets[0].outcome": "Achieved - read Holes and Wonder, her reviews are on the library wall"}, {"ST008": False, "ST006": False}, "evidence given")
P({"previous_targets[1].outcome": "Not achieved: off 3 weeks with glandular fever, weekly check stayed at 55%. Carried into this term with 1:1 tuition."},
  {"ST008": False, "ST006": False}, "reason and evidence")
P({"previous_targets[1].outcome": "Carried forward"}, {"ST008": True}, "status only")
P({"previous_targets[0].outcome": "Yes"}, {"ST008": True}, "yes, no evidence")
P({"previous_targets": []}, {"ST006": False, "ST008": False}, "no previous targets (first PEP)")
P({"previous_targets[0].outcome": "Partially"}, {"ST008": True}, "status only")
P({"previous_targets[1].outcome": "Met - 92% on the last three tables checks."}, {"ST008": False}, "score given")
P({"previous_targets[0].outcome": "Click here to enter text."}, {"ST006": True}, "placeholder = not reviewed")
P({"previous_targets[1].outcome": "Ongoing - see new targets"}, {"ST008": True}, "pointer, no evidence")

# ---------- ST007 too few ----------
P({"targets": renum(mt()[:2])}, {"ST007": True}, "two targets")
P({"targets": renum(mt()[1:2])}, {"ST007": True}, "one target")
P({"targets": renum(mt() + [T(4, "Science", "Maya will label the parts of a plant and animal cell correctly, 10/12 on the cells quiz by 28 November 2025.", "Mr Khan to set a catch-up booklet.", "10/12 on the quiz.", "Mr Khan (science teacher)", "28 November 2025")])},
  {"ST007": False}, "four targets")
P({"targets": []}, {"ST007": True}, "no targets at all")
d = KS2(); d["targets"] = renum(d["targets"][:2]); P(d, {"ST007": True}, "KS2 with two targets")
P(EYR(), {"ST007": False}, "three EY targets")
d = P16(); d["targets"] = renum(d["targets"][:1]); P(d, {"ST007": True}, "post-16 one target")
d = KS4(); d["targets"].append(T(4, "Attendance", "Jordan will be in school by 8.40 on at least 9 of 10 days each fortnight until the spring PEP.", "Mentor to meet him at the gate.", "Late book shows 1 or fewer lates a fortnight.", "Mr Daly (mentor)", "Spring PEP 2026"))
P(d, {"ST007": False}, "four KS4 targets")
d = NV(); d["targets"] = renum([d["targets"][0], d["targets"][2]]); P(d, {"ST007": True}, "two targets")
P({"targets": renum([mt()[0], mt()[1], mt()[2]])}, {"ST007": False}, "three targets")

d = KS2(); d["previous_targets"][0]["outcome"] = ""
P(d, {"ST006": True}, "KS2 previous target not reviewed")
d = NV(); d["previous_targets"][0]["outcome"] = "TBC"
P(d, {"ST006": True}, "TBC is not a review")
P(rowM(2, T(0, "Attendance", "Maya will attend school more regularly.", "Attendance officer to monitor.", "Better attendance.", "Mrs Cole (attendance officer)", "Easter 2026", "long")),
  {"ST001": True, "ST003": True, "ST002": False}, "no figure for attendance")
P(rowC(KS4, 2, T(0, "Behaviour", "Jordan will behave better in lessons.", "Mentor sessions weekly.", "Teachers report better behaviour.", "Mr Daly (mentor)", "Christmas 2025")),
  {"ST001": True, "ST003": True}, "behave better, nothing to count")
P(rowC(EYR, 2, T(0, "Personal, social and emotional development", "Alfie will be happy to come into class.", "Key worker to greet him.", "Alfie is happy.", "Jo Platt (key worker)", "Christmas 2025")),
  {"ST001": True}, "EY feeling, no observable outcome")
P(rowC(KS4, 2, text="Jordan will complete and submit his application for the Level 2 Motor Vehicle course at City College.", by_when="", actions="Two careers meetings with Mrs Shaw; carer to take him to a college open evening."),
  {"ST002": True, "ST001": False}, "deadline removed")
P(rowC(KS1, 2, text="Kai will know his number bonds to 10 and use them to make 20, scoring 18/20 on the class quick-fire quiz.", by_when=""),
  {"ST002": True, "ST001": False}, "no date")
P(rowC(P16, 2, text="Chantelle will raise her college attendance from 88% to at least 95%.", by_when="", success_criteria="95% on the college register."),
  {"ST002": True, "ST001": False}, "no date")
P(rowC(EYR, 0, who="", actions="Daily 10-minute Read Write Inc. group; sound-card game at bedtime."),
  {"ST004": True}, "EY target with nobody named")
P(rowC(KS1, 2, who="Kai", actions="Kai to practise his bonds to 10 every day."),
  {"ST004": True}, "only the child")
P(rowC(NV, 2, who="Staff", actions="Graded steps starting in the library with one peer."),
  {"ST004": True}, "'staff' is everyone")
