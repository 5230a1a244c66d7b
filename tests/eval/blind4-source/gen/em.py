"""English / maths / writing target presence (EM001-EM003) and target count (ST007)."""
from common import frag, T, MAYA_TARGETS, mt
from profiles import profile
import copy

n = [0]
def E(prof, targets, expect, note, extra=None):
    n[0] += 1
    over = {"targets": targets}
    if extra: over.update(extra)
    frag(f"b4-em-{n[0]:03d}", prof, over, expect, note)

M1, M2, M3 = [copy.deepcopy(x) for x in MAYA_TARGETS]
def renum(ts):
    ts = copy.deepcopy(ts)
    for i, x in enumerate(ts, 1): x["number"] = i
    return ts

SCI = T(3, "Science", "Maya will label and explain the parts of a plant cell, scoring 8/10 on the Biology end-of-topic test by 12 December.",
        "Revision cards with Mr Osei at lunchtime club.", "8/10 on the cell biology test.", "Mr Osei (science teacher)", "12 December 2025")
HIST = T(3, "History", "Maya will read two sources about the Industrial Revolution and write a paragraph comparing how reliable they are, by February half-term.",
         "Source-work sheet with Mr Khan.", "Paragraph compares both sources with one reason each.", "Mr Khan (history teacher)", "February half-term 2026")

E("maya", renum([M2, M3, SCI]), {"EM001": True, "EM002": False, "ST007": False}, "Maths, wellbeing and science: no English target.")
E("maya", renum([M1, M3, SCI]), {"EM002": True, "EM001": False, "ST007": False}, "No maths target.")
E("maya", renum([T(1, "History", "Maya will use PEE paragraphs with an embedded quotation in her history essays, in 3 of 4 marked essays by February half-term.",
                   "Paragraph frame from the English department.", "3 of 4 essays with PEE paragraphs and a quotation.", "Mr Khan (history teacher)", "February half-term 2026"), M2, M3]),
  {"EM001": False, "EM002": False}, "English content (PEE paragraphs, quotations) filed under History counts as English.")
E("maya", renum([HIST, M2, M3]), {"EM001": True, "EM002": False}, "History source work: 'read'/'write' are words any subject uses, not an English target.")
E("maya", renum([dict(M1, area="Literacy"), M2, M3]), {"EM001": False, "EM002": False}, "'Literacy' area.")
E("maya", renum([dict(M1, area="english"), dict(M2, area="maths"), M3]), {"EM001": False, "EM002": False}, "Lower-case area names.")
E("maya", renum([M1, dict(M2, area="Numeracy"), M3]), {"EM002": False, "EM001": False}, "'Numeracy' area.")
E("maya", renum([M1, T(2, "Maths", "Maya will use her time-out card instead of walking out of maths lessons, with no walk-outs for four weeks by Christmas.",
                        "Card agreed with Mrs Lee; Mr Dean checks weekly.", "No walk-outs from maths for four consecutive weeks.", "Mr Dean (Head of Year)", "19 December 2025"), M3]),
  {"EM002": True, "EM001": False}, "Filed under Maths but about walking out: a behaviour target.")
E("maya", renum([M1, T(2, "Maths", "Maya will feel more confident in maths and put her hand up at least once a lesson by February half-term.",
                        "Praise and pre-warning from Mrs Lee.", "Hand up once a lesson in 4 of 5 lessons.", "Mrs Lee (maths teacher)", "February half-term 2026"), M3]),
  {"EM002": True}, "Confidence target in the Maths row; names no maths.")
E("maya", renum([M1, M3, T(3, "Wellbeing", "Maya will recall her 7 and 8 times tables in under 3 seconds each, scoring 20/20 on the weekly check, by Christmas, so she can join in without panicking.",
                             "Daily 5-minute TT Rock Stars with Lorraine.", "20/20 on the tables check.", "Mrs Lee (maths teacher)", "19 December 2025")]),
  {"EM002": False}, "Times tables under Wellbeing: plainly maths.")
E("maya", renum([M1, T(2, "Maths", "Maya will arrive on time to every maths lesson for the rest of the half term.",
                        "Mr Dean to check the register weekly.", "No lates to maths on the register.", "Mr Dean (Head of Year)", "October half-term 2025"), M3]),
  {"EM002": True, "EM001": False}, "'Maths lesson' says where, not what: attendance target.")
E("maya", renum([M1, dict(M2, area=""), M3]), {"EM002": False}, "Area blank; text about fractions.")
E("maya", renum([M1, M2]), {"ST007": True, "EM001": False, "EM002": False}, "Only two targets.")
E("maya", renum([M2]), {"ST007": True, "EM001": True, "EM002": False}, "A single maths target.")
E("maya", renum([M1, M2, M3, SCI]), {"ST007": False, "EM001": False, "EM002": False}, "Four targets.")
E("maya", [], {"ST007": True, "EM001": True, "EM002": True}, "No targets at all.")

# KS1/KS2 (Kai, Leah, Tyler)
kai = profile("kai")["targets"]
E("kai", renum([dict(kai[1], area=""), kai[2], kai[0]]), {"EM001": False, "EM002": False, "EM003": False}, "Reading target with blank area: 'decodable books' counts from the text.")
E("kai", renum([dict(kai[1], area="Phonics"), kai[2], dict(kai[0], area="SPaG")]), {"EM001": False, "EM003": False}, "Phonics and SPaG areas count as English.")
E("leah", renum([profile("leah")["targets"][0], profile("leah")["targets"][2],
                 T(3, "", "Leah will solve two-step word problems with money, getting 4 of 5 right on the Friday quiz by February half-term.",
                   "Maths group with Mrs Booth.", "4 of 5 on the Friday quiz.", "Mrs Booth (teaching assistant)", "February half-term 2026")]),
  {"EM002": False, "EM001": False}, "Area blank; money word problems are maths.")
E("leah", renum([profile("leah")["targets"][1], profile("leah")["targets"][2],
                 T(3, "Wellbeing", "Leah will take part in the class assembly, saying her line clearly, by Christmas.", "Rehearsal with Mr Walton.", "Line said in the assembly.", "Mr Walton (class teacher)", "19 December 2025")]),
  {"EM001": True, "EM002": False}, "Year 4 with no English target at all.")
E("tyler", renum([T(1, "Science", "Tyler will plan and carry out a fair test on pendulums and write it up with a results table by February half-term.",
                    "Science club with Mrs Grant.", "Write-up with a results table.", "Mrs Grant (science lead)", "February half-term 2026"),
                  profile("tyler")["targets"][1], profile("tyler")["targets"][2]]),
  {"EM001": True, "EM002": False}, "Science write-up is not an English target.")

# Early years
alfie = profile("alfie")["targets"]
CL = T(1, "Communication and language", "Alfie will answer 'who' and 'where' questions about a familiar story with a word or a gesture on 3 occasions by February half-term.",
       "Daily story time with Mrs Dunn using story props.", "3 occasions recorded in his learning journal.", "Mrs Dunn (key person)", "February half-term 2026")
E("alfie", renum([CL, alfie[1], alfie[2]]), {"EM001": True, "EM002": False}, "Reception: communication and language is not literacy.")
E("rosie", renum([CL, alfie[1], alfie[2]]), {"EM001": False, "EM002": False}, "Nursery: the prime area C&L stands in for literacy (policy).")
E("alfie", renum(alfie), {"EM001": False, "EM002": False, "EM003": False}, "Reception with Literacy and Mathematics targets.")
E("alfie", renum([alfie[0], alfie[2], T(3, "Understanding the world", "Alfie will name three animals he sees on the nature walk and match them to pictures by Easter.",
                                           "Weekly nature walk.", "Three matches recorded.", "Mr Hale (teaching assistant)", "Easter 2026")]),
  {"EM002": True, "EM001": False}, "No Mathematics area target in Reception.")
E("alfie", renum([T(1, "Literacy", "Alfie will join in with the repeated refrain of 'We're Going on a Bear Hunt' during group story time by Christmas.",
                    "Story sack at home and in class.", "Joins in on 3 separate days.", "Mrs Dunn (key person)", "19 December 2025"), alfie[1], alfie[2]]),
  {"EM001": False}, "EYFS Literacy area (comprehension through stories).")

# Post-16
def chloe_att(eng, mat):
    return {"attainment": [
        {"subject": "English Language GCSE", "current": eng, "expected": "Grade 4", "progress": ""},
        {"subject": "Maths GCSE", "current": mat, "expected": "Grade 4", "progress": ""},
        {"subject": "Level 3 Health and Social Care", "current": "Merit", "expected": "Distinction", "progress": "On track"}]}
ch = profile("chloe")["targets"]
E("chloe", renum(ch), {"EM001": False, "EM002": False}, "Post-16 with grade 5 in both: no English or maths target needed.")
E("chloe", renum(ch), {"EM001": True, "EM002": False}, "Post-16, English grade 3: English still required.", extra=chloe_att("Grade 3", "Grade 5"))
E("chloe", renum(ch), {"EM002": True, "EM001": False}, "Post-16, maths grade 3: maths still required.", extra=chloe_att("Grade 4", "Grade 3"))
E("chloe", renum([ch[0], ch[1], T(3, "Maths", "Chloe will resit GCSE maths in June 2026 and reach grade 4, completing one past paper a fortnight with the college maths tutor.",
                                    "Resit class twice a week; past paper feedback from Mr Ng.", "Grade 4 in June; past paper scores logged.", "Mr Ng (maths resit tutor)", "June 2026", "long")]),
  {"EM002": False, "EM001": False}, "Post-16 maths resit target present.", extra=chloe_att("Grade 4", "Grade 3"))
E("chloe", renum(ch), {"EM001": True, "EM002": True}, "Post-16, both grade 3, no English or maths targets.", extra=chloe_att("Grade 3", "Grade 3"))

# Year 11
jo = profile("jordan")["targets"]
E("jordan", renum([jo[0], jo[2], T(3, "Wellbeing", "Jordan will meet his mentor weekly and keep a sleep diary for 4 weeks by the end of November.",
                                     "Mentor Mr Jones.", "Diary completed for 4 weeks.", "Mr Jones (learning mentor)", "30 November 2025")]),
  {"EM002": True, "EM001": False}, "Year 11 with no maths target.")
E("jordan", renum([jo[1], jo[2], T(3, "Science", "Jordan will complete 6 required practical write-ups in his science book by the December mocks.",
                                     "Catch-up lunch sessions.", "6 write-ups marked.", "Mr Osei (science teacher)", "December 2025")]),
  {"EM001": True, "EM002": False}, "Year 11 with no English target.")
