from common import *
n = [0]
def P(patch, expect, note):
    n[0] += 1
    add("b3-em-%03d" % n[0], patch, expect, note)
SCI = T(0, "Science", "Maya will label the parts of plant and animal cells correctly, scoring 10/12 on the cells quiz by 28 November 2025.", "Mr Khan to set a catch-up booklet and check it weekly.", "10/12 on the cells quiz.", "Mr Khan (science teacher)", "28 November 2025")
def mrow(i, row):
    t = mt(); row["number"] = i + 1; t[i] = row; return {"targets": t}
P({"targets": renum([mt()[1], mt()[2]])}, {"EM001": True, "EM002": False}, "English target removed")
P({"targets": renum([mt()[0], mt()[2], copy.deepcopy(SCI)])}, {"EM002": True, "EM001": False}, "maths target replaced by science")
P(mrow(1, T(0, "Maths", "Maya will use her time-out card instead of walking out of maths lessons, with no more than one walk-out a fortnight by Christmas.", "Mrs Lee to agree the card with Maya.", "Behaviour log: one or fewer walk-outs a fortnight.", "Mrs Lee (maths teacher)", "Christmas 2025")),
  {"EM002": True, "EM001": False}, "filed under Maths but about behaviour")
P(mrow(1, T(0, "Wellbeing", "Maya will practise her 7 and 8 times tables on TT Rockstars for 10 minutes three times a week, reaching 90% on the weekly check by Christmas, so she feels calmer in maths.", "Mrs Lee to check TTRS weekly.", "90% on the weekly check.", "Mrs Lee (maths teacher)", "Christmas 2025")),
  {"EM002": False}, "Wellbeing area but plainly maths content")
P(mrow(0, T(0, "History", "Maya will write PEEL paragraphs in her history essays, with a point, evidence, explanation and link in 3 of 4 paragraphs by February half-term.", "Mr Bray to use a PEEL frame in lessons.", "3 of 4 paragraphs PEEL-complete in her next essay.", "Mr Bray (history teacher)", "February half-term 2026")),
  {"EM001": False}, "History area but English content (PEEL paragraphs)")
P(mrow(0, T(0, "", "Maya will read two novels from the Year 9 reading list and pass the Accelerated Reader quiz on each with 80% by Christmas.", "Library lesson weekly with Mrs Dale.", "Two AR quizzes at 80%+.", "Mrs Dale (librarian)", "Christmas 2025")),
  {"EM001": False}, "area empty; text is about reading")
P(mrow(0, T(0, "Science", "Maya will write up her science practicals with a method, results table and conclusion in 3 of 4 write-ups by Christmas.", "Mr Khan to give a write-up frame.", "3 of 4 write-ups complete.", "Mr Khan (science teacher)", "Christmas 2025")),
  {"EM001": True}, "'write up' in science is not an English target")
P({"targets[0].area": "Literacy"}, {"EM001": False}, "Literacy area")
P({"targets[1].area": "Numeracy"}, {"EM002": False}, "Numeracy area")
P(mrow(1, T(0, "Maths", "Maya will sit at the front in maths and feel confident to ask for help by Christmas.", "Mrs Lee to seat her at the front.", "Maya asks for help at least once a lesson.", "Mrs Lee (maths teacher)", "Christmas 2025")),
  {"EM002": True}, "Maths area, confidence not maths content")
P(mrow(0, T(0, "English", "Maya will arrive on time to English lessons, with no lates in the second half of the autumn term.", "Form tutor to check the late book weekly.", "No lates recorded for English.", "Mr Green (form tutor)", "Christmas 2025")),
  {"EM001": True}, "English area, punctuality not English content")
P({"child.name": "Maya Thompson"}, {"EM001": False, "EM002": False, "EM003": False}, "baseline has English and maths; KS3 needs no writing target")
P(mrow(0, T(0, "Wellbeing", "Maya will learn 10 spellings a week from her English spelling list, scoring 8/10 on the Friday test by Christmas.", "Mrs Dale to send the list home on Mondays.", "8/10 on 4 Friday tests in a row.", "Mrs Dale (TA)", "Christmas 2025")),
  {"EM001": False}, "spelling content counts under another area")
# EYFS
d = EYR(); d["targets"][0] = T(1, "Communication and language", "Alfie will answer 'who' and 'where' questions about a story in a full sentence by February half-term.", "Daily story time questions with Jo.", "Answers 4 of 5 questions in a sentence.", "Jo Platt (key worker)", "February half-term 2026")
P(d, {"EM001": True, "EM002": False}, "Reception: communication and language is not literacy")
P(NUR(), {"EM001": False, "EM002": False}, "Nursery: prime area C&L may stand in for literacy")
P(EYR(), {"EM001": False, "EM002": False}, "Reception literacy and maths present")
d = EYR(); d["targets"][1] = T(2, "Physical development", "Alfie will ride a balance bike around the playground track without stopping by Easter.", "Outdoor time daily.", "Completes the track 3 days running.", "Jo Platt (key worker)", "Easter 2026", "long")
P(d, {"EM002": True, "EM001": False}, "Reception with no Mathematics target")
d = EYR(); d["targets"][1]["area"] = ""
P(d, {"EM002": False}, "area empty; text about counting to 10 objects")
# post-16
P(P16(), {"EM001": False, "EM002": False}, "post-16 English resit target; maths grade 4 reached")
d = P16(); d["targets"] = renum(d["targets"][1:])
d["targets"].append(T(3, "Careers", "Chantelle will complete a two-week nursery placement at Little Acorns by 20 March 2026.", "Mr Fenton to arrange the placement.", "Placement log signed off.", "Mr Fenton (course tutor)", "20 March 2026"))
P(d, {"EM001": True, "EM002": False}, "English grade 3 and no English target")
d = P16(); d["attainment"][0] = {"subject": "GCSE English Language", "current": "Grade 5", "expected": "Grade 4", "progress": "Achieved"}
d["targets"] = renum(d["targets"][1:]); d["targets"].append(T(3, "Careers", "Chantelle will complete a two-week nursery placement at Little Acorns by 20 March 2026.", "Mr Fenton to arrange it.", "Placement log signed off.", "Mr Fenton (course tutor)", "20 March 2026"))
P(d, {"EM001": False, "EM002": False}, "post-16 with English and maths grade 4+ already")
d = P16(); d["attainment"][1] = {"subject": "GCSE Maths", "current": "Grade 2", "expected": "Grade 4", "progress": "Below expected"}
P(d, {"EM002": True, "EM001": False}, "maths grade 2, no maths target")
d = P16(); d["attainment"][1] = {"subject": "GCSE Maths", "current": "Grade 3", "expected": "Grade 4", "progress": "Below expected"}
d["targets"].append(T(4, "Maths", "Chantelle will pass Functional Skills Maths Level 2 by the May 2026 sitting, scoring 70% on the February practice paper first.", "Weekly maths workshop with Mr Obi.", "70% on the practice paper; pass in May.", "Mr Obi (maths lecturer)", "May 2026", "long"))
P(d, {"EM002": False}, "maths grade 3 with a Functional Skills maths target")
# KS1 / KS2 writing
P(KS2(), {"EM003": False, "EM001": False, "EM002": False}, "KS2 writing target present")
d = KS2(); d["targets"][0] = T(1, "English", "Tyler will read a Year 5 book band text aloud at 90 words a minute with 95% accuracy by Christmas.", "Reading with Mrs Kaur 3 x a week.", "90 wpm, 95% accuracy on the running record.", "Mrs Kaur (TA)", "Christmas 2025")
P(d, {"EM003": True, "EM001": False}, "KS2, writing working towards, only a reading target")
P(KS1(), {"EM003": False}, "KS1 writing target present")
d = KS1(); d["targets"] = renum([d["targets"][0], d["targets"][2], T(3, "Wellbeing", "Kai will join in with a game at playtime with an adult's help on 3 days a week by Christmas.", "Mrs Hall to start a game with him at morning play.", "Joins in on 3 of 5 days.", "Mrs Hall (TA)", "Christmas 2025")])
P(d, {"EM003": True, "EM001": False, "EM002": False}, "KS1 writing working towards, no writing target")
d = {"targets": mt()}; d["targets"][0] = T(1, "English", "Maya will read two class novels and pass the AR quiz on each with 80% by Christmas.", "Library lesson weekly.", "Two AR quizzes at 80%.", "Mrs Dale (librarian)", "Christmas 2025")
P(d, {"EM003": False, "EM001": False}, "KS3: writing target not required")
P(KS4(), {"EM001": False, "EM002": False, "EM003": False}, "KS4 English and maths targets")
d = KS2(); d["targets"][1] = T(2, "Wellbeing", "Tyler will feel calmer in maths by practising his 3, 4 and 8 times tables on TTRS for 10 minutes a night, reaching 90% on the weekly check by Easter.", "Carer to sit with him for TTRS; Mrs Kaur checks weekly.", "90% on the weekly check.", "Mrs Kaur (TA)", "Easter 2026", "long")
P(d, {"EM002": False}, "times tables under Wellbeing count as maths")
d = KS2(); d["targets"][1] = T(2, "Maths", "Tyler will stay on his chair for the whole maths lesson on 4 of 5 days by Christmas.", "Mr Evans to give him a wobble cushion and a job.", "4 of 5 maths lessons a week seated.", "Mr Evans (class teacher)", "Christmas 2025")
P(d, {"EM002": True}, "Maths area, behaviour content")
P(NV(), {"EM001": False, "EM002": False}, "non-verbal: communication under English, counting under Maths")

d = KS1(); d["targets"][1]["area"] = "Literacy"
P(d, {"EM003": False, "EM001": False}, "writing target under Literacy")
d = KS2(); d["child.year_group"] = 6; d["targets"][0]["area"] = "Writing"
P(d, {"EM003": False, "EM001": False}, "Year 6 writing area")
d = KS1(); d["child.year_group"] = 1; d["child.date_of_birth"] = "2019-10-10"
d["targets"] = renum([d["targets"][0], d["targets"][2], T(3, "English", "Kai will read his book-band book aloud to his carer 4 nights a week, logged in his reading record, until Christmas.", "Carer to sign the log; Mrs Hall checks Mondays.", "4 entries a week in the log.", "Mrs Hall (TA)", "Christmas 2025")])
P(d, {"EM003": True, "EM001": False}, "Year 1 writing working towards, only reading and phonics targets")
