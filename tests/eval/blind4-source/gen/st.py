"""SMART target fragments (ST001-ST008)."""
from common import frag, T, PT, MAYA_TARGETS
from profiles import profile
import copy

n = [0]
def tset(prof, slot, t):
    ts = copy.deepcopy(profile(prof).get("targets", MAYA_TARGETS))
    t = dict(t); t["number"] = slot
    ts[slot - 1] = t
    return ts

def TG(prof, slot, t, expect, note, extra=None):
    n[0] += 1
    over = {"targets": tset(prof, slot, t)}
    if extra: over.update(extra)
    frag(f"b4-st-{n[0]:03d}", prof, over, expect, note)

def t(area, text, actions="", sc="", who="", by="", term="short"):
    return T(0, area, text, actions, sc, who, by, term)

# ------------------------------ Maya, Year 9: English slot ------------------------------
TG("maya", 1, t("English", "To improve Maya's writing.", "", "", "English department", ""),
   {"ST001": True, "ST002": True, "ST003": True, "ST004": True}, "Vague, no measure, no date, department as owner.")
TG("maya", 1, t("English", "Maya will work on her spelling.", "Spelling homework each week.", "Better spelling in her books.", "Miss Price", "Ongoing"),
   {"ST001": True, "ST002": True, "ST003": True, "ST004": False}, "'Ongoing' is not a time frame; 'better spelling' is not a measure.")
TG("maya", 1, t("English", "To develop Maya's confidence when reading aloud.", "Paired reading with a Year 11 reading buddy twice a week.",
                "Maya reads a 200-word passage aloud to her English class without stopping by February half-term.", "Miss Price (English teacher)", "February half-term 2026"),
   {"ST001": False, "ST003": True, "ST002": False, "ST004": False}, "Measurable only through the success criteria; target wording itself vague.")
TG("maya", 1, t("English", "Maya will learn 10 Tier 2 words a week from her class novel, scoring at least 8/10 on the Friday vocabulary quiz for six weeks in a row by Christmas.",
                "Bedrock vocabulary 3 x 15 minutes a week; Miss Price marks the Friday quiz.", "8/10 or better for 6 consecutive weeks.", "Miss Price (English teacher)", "19 December 2025"),
   {"ST001": False, "ST002": False, "ST003": False, "ST004": False}, "SMART vocabulary target.")
TG("maya", 1, t("English", "Maya will improve her reading age from 12.4 to 12.9 years by the February PEP, measured by the Accelerated Reader STAR test.",
                "Accelerated Reader quizzes weekly in library lessons.", "STAR reading age 12.9 or above.", "Mrs Kaur (librarian)", "4 February 2026"),
   {"ST001": False, "ST003": False, "ST005": False, "ST002": False}, "'Improve' but the target names the skill and the amount; 5 months in 4 is plausible.")
TG("maya", 1, t("English", "Maya's reading age will go from 12.4 to 15.0 by Christmas.", "Daily reading with Lorraine at home.", "STAR test in December.", "Mrs Kaur (librarian)", "December 2025"),
   {"ST005": True, "ST001": False, "ST002": False}, "Reading age +2.6 years in about 2.5 months.")
TG("maya", 1, t("English", "Maya will try to read for 20 minutes every night and record it in her reading log, by February half-term.",
                "Lorraine to sign the log; Miss Price checks on Mondays.", "Log shows 20 minutes on at least 5 nights a week.", "Lorraine Bell (foster carer)", "February half-term 2026"),
   {"ST003": True, "ST001": False, "ST004": False}, "'Try to' always weakens, even with a measure.")
TG("maya", 1, t("English", "Maya will continue to make good progress in English.", "Quality first teaching.", "", "School", ""),
   {"ST001": True, "ST002": True, "ST003": True, "ST004": True}, "Classic non-SMART.")
TG("maya", 1, t("English", "Maya will write a letter to her local councillor about the animal shelter closure, in paragraphs with a formal opening and sign-off, and post it by 28 November.",
                "Miss Price to model a formal letter in two lunchtime sessions.", "Letter posted; uses at least three paragraphs.", "Miss Price (English teacher)", "28 November 2025"),
   {"ST001": False, "ST002": False, "ST003": False}, "A defined product with a deadline.")
TG("maya", 1, t("English", "Maya will give a 3-minute talk on her favourite novel to her tutor group before the Christmas holidays.",
                "Practise twice with Miss Price at lunchtime.", "Talk delivered.", "Miss Price (English teacher)", "Before 19 December 2025"),
   {"ST001": False, "ST002": False, "ST004": False}, "Product verb: give a presentation.")
TG("maya", 1, t("English", "Maya will hand in her English homework every week.", "Homework club on Tuesdays.", "Homework logged on Satchel One each week.", "Mr Grey (homework club lead)", "Weekly"),
   {"ST002": True, "ST001": False, "ST004": False}, "'Weekly' is a frequency, not a time frame.")
TG("maya", 1, t("English", "Maya will read one book from the Year 9 reading list each half term and complete the AR quiz with 80% or more.",
                "Library lesson fortnightly.", "AR quiz score 80%+", "Mrs Kaur (librarian)", "ASAP"),
   {"ST002": True, "ST001": False}, "'ASAP' is no time frame; 'each half term' is a frequency.")
TG("maya", 1, t("English", "By the next PEP Maya will use a planning frame independently before every extended writing task.",
                "Planning frames kept in her English book.", "Planning frame completed in 5 of 5 sampled pieces.", "Miss Price (English teacher)", ""),
   {"ST002": False, "ST001": False}, "By-when column blank but the target says 'by the next PEP'; 'independently' is an observable marker.")
TG("maya", 1, t("English", "Maya will write a 300-word short story using a flashback, marked against the Year 9 narrative rubric (target 14/20).",
                "Two 1:1 feedback sessions with Miss Price.", "14/20 on the narrative rubric.", "Miss Price (English teacher)", "Within six weeks"),
   {"ST002": False, "ST001": False, "ST003": False}, "'Within six weeks' is a time frame.")
TG("maya", 1, t("English", "Maya will read her library book for 10 minutes, 5 nights a week, until February half-term.",
                "Maya chooses the book and fills in her own reading diary.", "Reading diary shows 5 nights a week.", "Maya", "February half-term 2026"),
   {"ST004": True, "ST001": False, "ST002": False}, "Only the child named as 'who'; no adult in actions.")
TG("maya", 1, t("English", "Maya will use paragraphs in all her written work, checked in a book look by February half-term.",
                "Reminder on the board each lesson.", "Paragraphs used in sampled books.", "All staff", "February half-term 2026"),
   {"ST004": True, "ST002": False}, "'All staff' is nobody's job.")
TG("maya", 1, t("English", "Maya will complete a 40-minute reading comprehension paper, scoring 30/50, by the February assessment week.",
                "Mrs Kaur (librarian) to run a weekly 20-minute comprehension group.", "30/50 on the February paper (October 22/50).", "", "February 2026"),
   {"ST004": False, "ST001": False, "ST002": False}, "'Who' blank but the actions name the adult.")
TG("maya", 1, t("English", "Maya will learn the spelling of 40 key words for science and geography, scoring 36/40 by the end of the autumn term.",
                "Spelling sheets sent home weekly.", "36/40 on the key words test.", "Teachers", "End of autumn term 2025"),
   {"ST004": True, "ST001": False}, "'Teachers' names nobody.")
TG("maya", 1, t("English", "Maya will write a book review for the school library blog each half term, starting with Holes, first one by 14 November.",
                "Review published online.", "Review published by 14 November.", "Riverside Academy", "14 November 2025"),
   {"ST004": True, "ST001": False, "ST002": False}, "An institution as owner.")
TG("maya", 1, t("English", "Maya will read her class novel chapter by chapter with her carer and answer three questions on each chapter, finishing Of Mice and Men by 12 December.",
                "Carer to use the question sheet from school.", "Novel finished and question sheet complete.", "Lorraine Bell (foster carer)", "12 December 2025"),
   {"ST004": False, "ST001": False, "ST003": False}, "Carer is a named adult owner.")
TG("maya", 1, t("English", "Maya will draft and redraft one persuasive speech (200 words) with feedback, performing it in the Year 9 debating club by February half-term.",
                "Weekly debating club.", "Speech performed.", "Maya and Mr Holt (debating club)", "February half-term 2026"),
   {"ST004": False, "ST001": False}, "Child plus a named adult.")
TG("maya", 1, t("English", "To be more focused in English lessons.", "Seat near the front.", "Fewer reminders.", "Miss Price", "Spring term 2026"),
   {"ST003": True, "ST001": True, "ST002": False}, "'Be more'; 'fewer reminders' is unquantified.")
TG("maya", 1, t("English", "Maya will engage with the Bedrock vocabulary programme.", "Bedrock at home.", "", "Miss Price", "Spring term"),
   {"ST003": True, "ST001": True, "ST002": False}, "'Engage with' and no measure; 'spring term' is a term.")
TG("maya", 1, t("English", "Maya needs to work harder in English.", "", "", "Miss Price", "End of the year"),
   {"ST003": True, "ST001": True, "ST002": False}, "'Work harder'.")
TG("maya", 1, t("English", "Maya will achieve a grade 8 in her English assessment by February half-term.", "Extra reading.", "Grade 8", "Miss Price (English teacher)", "February half-term 2026"),
   {"ST005": True, "ST001": False, "ST002": False}, "Grade 4 to grade 8 in four months.")
TG("maya", 1, t("English", "Maya will reach grade 5 in the summer English assessment (currently grade 4).", "Weekly writing session with Miss Price.", "Grade 5 in the June assessment.", "Miss Price (English teacher)", "July 2026", "long"),
   {"ST005": False, "ST001": False, "ST002": False}, "One grade in a year: achievable.")
TG("maya", 1, t("English", "Maya will improve her presentation in all subjects.", "Presentation checklist stuck in her books.", "Neater books in all subjects.", "Form tutor Mr Grey", "By Christmas"),
   {"ST001": True, "ST003": True, "ST002": False}, "'In all subjects' is scope, not a measure.")

# ------------------------------ Maya: maths slot ------------------------------------------
TG("maya", 2, t("Maths", "To get better at maths.", "", "", "", ""),
   {"ST001": True, "ST002": True, "ST003": True, "ST004": True}, "Empty apart from a vague aim.")
TG("maya", 2, t("Maths", "Maya will recall all times tables to 12 x 12, scoring 45/50 on the timed check by Easter 2026 (currently 32/50).",
                "TT Rock Stars 4 x 10 minutes a week; Mr Ahmed checks fortnightly.", "45/50 on the timed check.", "Mr Ahmed (maths tutor)", "Easter 2026", "long"),
   {"ST001": False, "ST002": False, "ST003": False, "ST004": False, "ST005": False}, "SMART times tables target.")
TG("maya", 2, t("Maths", "Maya will go from a grade 3 to a grade 7 in maths by the Year 9 mocks in January.", "1:1 tuition.", "Grade 7 in the mock.", "Mr Ahmed (maths tutor)", "January 2026"),
   {"ST005": True, "ST001": False}, "Four grades in three months.")
TG("maya", 2, t("Maths", "Maya will move from grade 3 to grade 4 in the spring maths assessment.", "Tuition with Mr Ahmed.", "Grade 4 in the spring assessment.", "Mr Ahmed (maths tutor)", "March 2026"),
   {"ST005": False, "ST001": False, "ST002": False}, "One grade in two terms.")
TG("maya", 2, t("Maths", "Maya will complete all three Sparx maths homework tasks every week with 100% completion.", "Homework club Tuesday and Thursday.", "Sparx report shows 100% for each week.", "Mrs Lee (maths teacher)", "By the next PEP"),
   {"ST001": False, "ST002": False}, "Frequency measure with 'by the next PEP'.")
TG("maya", 2, t("Maths", "Maya will be more confident with fractions.", "Tuition with Mr Ahmed.", "Maya says she feels more confident.", "Mr Ahmed (maths tutor)", "19 December 2025"),
   {"ST001": True, "ST003": True, "ST002": False, "ST004": False}, "Self-reported confidence is not a measure.")
TG("maya", 2, t("Maths", "To develop Maya's understanding of fractions.", "1:1 tuition with Mr Ahmed, 2 x 30 minutes a week.", "Scores 8/10 on the fractions unit test (currently 4/10).", "Mr Ahmed (maths tutor)", "19 December 2025"),
   {"ST001": False, "ST003": True, "ST002": False}, "Measure only in success criteria; target wording vague.")
TG("maya", 2, t("Maths", "Maya will be able to convert between fractions, decimals and percentages and use this to answer 4 of 5 exam-style questions correctly.",
                "Weekly 1:1 with Mr Ahmed.", "4 of 5 questions on the practice sheet.", "Mr Ahmed (maths tutor)", "Review at next PEP"),
   {"ST001": False, "ST002": False, "ST003": False}, "'Review at next PEP' is a time frame.")
TG("maya", 2, t("Maths", "Maya will practise maths at home.", "Lorraine to remind her.", "", "Lorraine Bell (foster carer)", "Termly"),
   {"ST001": True, "ST002": True, "ST004": False}, "'Termly' is a frequency; no measure.")

# ------------------------------ Maya: wellbeing / behaviour / attendance slot -------------
TG("maya", 3, t("Behaviour", "Maya will have no more than one removal from lessons a week.", "Daily check-in with Mr Dean.", "Behaviour log.", "Mr Dean (Head of Year)", "", "long"),
   {"ST002": True, "ST001": False}, "Frequency but no 'by when'.")
TG("maya", 3, t("Behaviour", "No walk-outs from lessons in a week, for 4 weeks running.", "Time-out card and check-in.", "Behaviour log shows 4 clear weeks.", "Mr Dean (Head of Year)", "By October half-term 2025"),
   {"ST002": False, "ST001": False}, "Frequency plus a date.")
TG("maya", 3, t("Behaviour", "To improve Maya's behaviour.", "", "", "Mr Dean", ""),
   {"ST001": True, "ST002": True, "ST003": True, "ST004": False}, "The guidance's own weak example.")
TG("maya", 3, t("Wellbeing", "Maya will use her time-out card instead of leaving the classroom on at least 4 of 5 occasions she feels overwhelmed, by Christmas.",
                "Card agreed with all her teachers; Mr Dean reviews weekly.", "Behaviour log: card used, no walk-outs, 4 of 5 occasions.", "Mr Dean (Head of Year)", "19 December 2025"),
   {"ST001": False, "ST002": False, "ST003": False, "ST004": False}, "SMART behaviour target.")
TG("maya", 3, t("Attendance", "Maya will be in school by 8.40am on at least 9 of every 10 days until February half-term.", "Lorraine to drop off; office logs arrival.", "Register shows 9/10 on time.", "Mrs Shah (attendance officer)", "February half-term 2026"),
   {"ST001": False, "ST002": False, "ST004": False}, "Punctuality with frequency and date.")
TG("maya", 3, t("Attendance", "Maya's attendance will rise from 91% to 95% by Easter.", "Weekly attendance meeting with Mrs Shah.", "95% on the Easter register report.", "Mrs Shah (attendance officer)", "Easter 2026", "long"),
   {"ST001": False, "ST003": False, "ST005": False}, "Quantified attendance change.", extra={"attendance_percent": 91.0})
TG("maya", 3, t("Wellbeing", "Maya will feel happier in school.", "Counselling.", "", "Ms Ward (counsellor)", "July 2026", "long"),
   {"ST001": True, "ST003": True, "ST002": False}, "A feeling, no measure.")
TG("maya", 3, t("Wellbeing", "Maya will see the school counsellor fortnightly.", "Sessions booked.", "Attends every fortnightly session.", "Ms Ward (counsellor)", "Ongoing"),
   {"ST002": True, "ST001": False}, "Frequency is the measure; 'ongoing' is no time frame.")
TG("maya", 3, t("Wellbeing", "Maya will join one extra-curricular club of her choice and attend at least 6 sessions by February half-term.", "Form tutor to share the club list.", "6 sessions on the club register.", "Mr Grey (form tutor)", "February half-term 2026"),
   {"ST001": False, "ST002": False, "ST003": False, "ST004": False}, "SMART enrichment target.")
TG("maya", 3, t("Wellbeing", "Maya will read every day.", "Reading book in her bag.", "", "Lorraine Bell (foster carer)", "Next PEP"),
   {"ST001": False, "ST002": False}, "'Every day' is a frequency; 'next PEP' a time frame.")
TG("maya", 3, t("Wellbeing", "Maya will try to stay calm when she is upset.", "Calm box in form room.", "", "Mr Grey", "Spring term 2026"),
   {"ST003": True, "ST001": True}, "'Try to', unmeasured.")
TG("maya", 3, t("Wellbeing", "Maya will arrange and attend a taster day on the college animal care course.", "Mrs Tan to book the taster day.", "Both attended.", "Mrs Tan (careers adviser)", "Long term", "long"),
   {"ST002": True, "ST001": False}, "'Long term' is a column label, not a time frame.")
TG("maya", 3, t("Wellbeing", "Maya will take part in the Year 9 Duke of Edinburgh bronze expedition.", "Mr Holt to support the application.", "Expedition completed.", "Mr Holt (DofE lead)", "End of Year 9", "long"),
   {"ST002": False, "ST001": False}, "'End of Year 9' is a time frame.")
TG("maya", 3, t("Wellbeing", "By the end of KS3 Maya will choose her GCSE options with advice from her carer and tutor.", "Options evening in February.", "Options form returned.", "Mr Grey (form tutor)", "End of KS3", "long"),
   {"ST002": False, "ST001": False}, "Key-stage date; product is a returned form.")
TG("maya", 3, t("Wellbeing", "Maya will answer one question aloud in each maths lesson by 31 March, with a warning at the start.", "Mrs Lee to warn her.", "4 of 5 lessons a week.", "Mrs Lee (maths teacher)", ""),
   {"ST002": False, "ST001": False}, "Date in the text, by-when column empty.")
TG("maya", 3, t("Wellbeing", "Maya will achieve her targets.", "", "", "Mr Grey", "July 2026", "long"),
   {"ST001": True, "ST002": False}, "Circular target: nothing to measure.")

# ------------------------------ KS1: Kai -------------------------------------------------
TG("kai", 2, t("Reading", "Kai will read 100 of the Year 2 common exception and high-frequency words on sight by the end of the spring term (currently 64).",
               "Flash cards daily with Mr Dale; carer practises 10 words a night.", "100 words read on sight on the school word check.", "Mr Dale (teaching assistant)", "End of spring term 2026", "long"),
   {"ST001": False, "ST002": False, "ST003": False, "ST004": False}, "KS1 SMART reading target.")
TG("kai", 2, t("Reading", "To improve phonics.", "Phonics group.", "", "Class teacher", ""),
   {"ST001": True, "ST002": True, "ST003": True}, "KS1 vague target.")
TG("kai", 2, t("Phonics", "Kai will move from Phase 2 to Phase 5 phonics by Christmas.", "Daily Read Write Inc group.", "Phase 5 assessment passed.", "Mr Dale (teaching assistant)", "19 December 2025"),
   {"ST005": True, "ST001": False, "ST002": False}, "Three phonics phases in one term.", extra={"previous_targets": []})
TG("kai", 2, t("Phonics", "Kai will move from Phase 4 to Phase 5 phonics by the end of the spring term.", "Daily Read Write Inc group; 1:1 catch-up 3 x a week with Mr Dale.", "Reads Phase 5 decodable books with 90% accuracy.", "Mr Dale (teaching assistant)", "End of spring term 2026"),
   {"ST005": False, "ST001": False, "ST002": False}, "One phase in about two terms.")
TG("kai", 1, t("Writing", "Kai will go from working towards to greater depth in writing by Christmas.", "Daily handwriting.", "Teacher assessment at greater depth.", "Mrs Pike (class teacher)", "December 2025"),
   {"ST005": True, "ST001": False}, "Two steps on the standard scale in one term.")
TG("kai", 1, t("Writing", "Kai will move from working towards to the expected standard in writing by the end of Year 2.", "Weekly guided writing with Mrs Pike; sentence frames.", "Teacher assessment: expected standard in July.", "Mrs Pike (class teacher)", "July 2026", "long"),
   {"ST005": False, "ST001": False, "ST002": False}, "One step over the year.")
TG("kai", 1, t("Writing", "Kai will write his full name independently, with correctly formed letters, by October half-term.", "Name card practice daily.", "Name written without the card on 3 days running.", "Mr Dale (teaching assistant)", "October half-term 2025"),
   {"ST001": False, "ST002": False, "ST003": False}, "'Independently' as an observable marker.")
TG("kai", 3, t("PSED", "Kai will sit on the carpet for the whole 10-minute input without leaving his space on 4 of 5 days by Christmas.", "Carpet spot and wobble cushion.", "Mrs Pike's daily tally.", "Mrs Pike (class teacher)", "19 December 2025"),
   {"ST001": False, "ST002": False, "ST004": False}, "Behaviour with frequency and date.")
TG("kai", 1, t("Writing", "Kai will be supported to develop his handwriting.", "Handwriting group.", "", "Class teacher", ""),
   {"ST001": True, "ST002": True, "ST003": True}, "Passive, vague, undated.")
TG("kai", 3, t("Maths", "Kai to count forwards and backwards to 100 from any number without a number line by February half-term.", "Counting stick games in maths group.", "Counts accurately from 3 random starting numbers.", "Mrs Pike (class teacher)", "February half-term 2026"),
   {"ST001": False, "ST002": False, "ST003": False}, "KS1 maths, observable.")

# ------------------------------ KS2: Leah and Tyler --------------------------------------
TG("leah", 2, t("Maths", "Leah will use column subtraction with exchanging, getting 8 out of 10 right on the end-of-unit quiz by 12 December.", "Small-group maths with Mrs Booth, Tuesdays.", "8/10 on the quiz.", "Mrs Booth (teaching assistant)", "12 December 2025"),
   {"ST001": False, "ST002": False, "ST003": False, "ST004": False}, "SMART KS2 maths target.")
TG("leah", 2, t("Maths", "Leah will work on her times tables at home.", "TT Rockstars.", "", "Sue and Derek Amos (foster carers)", "Ongoing"),
   {"ST001": True, "ST002": True, "ST003": True, "ST004": False}, "Vague home target; carers are named adults.")
TG("leah", 2, t("Maths", "Leah will move from working towards to greater depth in maths by the end of the autumn term.", "Maths booster group.", "Greater depth in the December assessment.", "Mr Walton (class teacher)", "19 December 2025"),
   {"ST005": True, "ST001": False}, "Two steps in one term.")
TG("leah", 2, t("Maths", "Leah's maths age will rise from 7.5 to 10.0 years by February half-term (Sandwell test).", "Daily 1:1 with Mrs Booth.", "Maths age 10.0.", "Mrs Booth (teaching assistant)", "February half-term 2026"),
   {"ST005": True, "ST001": False, "ST002": False}, "Maths age +2.5 years in four months.")
TG("leah", 2, t("Maths", "Leah's maths age will rise from 7.5 to 8.0 years by the end of the spring term (Sandwell test).", "1:1 with Mrs Booth twice a week.", "Maths age 8.0 or above.", "Mrs Booth (teaching assistant)", "End of spring term 2026"),
   {"ST005": False, "ST001": False}, "Six months in five: plausible.")
TG("leah", 2, t("Maths", "Leah will be a more confident mathematician.", "Praise and encouragement.", "", "Mrs Booth", "July 2026", "long"),
   {"ST001": True, "ST003": True, "ST002": False, "ST004": False}, "'Be more', no measure.")
TG("leah", 1, t("English", "Leah will finish two chapter books from the school library and write a review of each for the class blog by Easter.", "Weekly library visit with Mr Walton.", "Two reviews posted.", "Mr Walton (class teacher)", "Easter 2026", "long"),
   {"ST001": False, "ST002": False, "ST003": False}, "Products with a deadline.")
TG("leah", 3, t("Wellbeing", "Leah will have a calm lunchtime.", "Lunch club.", "", "Midday supervisors", "Spring"),
   {"ST001": True, "ST004": True, "ST002": False}, "Vague; a staff group is not an owner; 'Spring' is a term.")
TG("tyler", 1, t("Reading", "Tyler will achieve the expected standard in the KS2 reading test in May 2026.", "Timed practice twice weekly with Mr Qureshi.", "Scaled score of 100 or more.", "Mr Qureshi (Year 6 teacher)", "May 2026", "long"),
   {"ST001": False, "ST002": False, "ST005": False}, "One step over two terms.")
TG("tyler", 1, t("Reading", "Tyler will reach greater depth in reading by February half-term.", "Reading group.", "Teacher assessment GDS.", "Mr Qureshi (Year 6 teacher)", "February half-term 2026"),
   {"ST005": True, "ST001": False}, "Working towards to greater depth in four months.")
TG("tyler", 1, t("Reading", "Tyler will read at home five nights a week and his grandmother will sign his reading record.", "Reading record checked on Fridays.", "5 signatures a week.", "Mrs Cole (grandmother)", "Weekly"),
   {"ST002": True, "ST001": False, "ST004": False}, "Frequency only; 'weekly' in the by-when column.")
TG("tyler", 1, t("Reading", "Tyler's reading age will rise from 9.3 to 9.9 by February half-term (NGRT).", "Lexia 4 x 20 minutes a week.", "NGRT reading age 9.9.", "Mr Qureshi (Year 6 teacher)", "February half-term 2026"),
   {"ST005": False, "ST001": False, "ST003": False}, "Six months in four: ambitious but plausible.")
TG("tyler", 1, t("Reading", "Tyler's reading age will rise from 9.3 to 11.5 by February half-term.", "Lexia.", "NGRT.", "Mr Qureshi (Year 6 teacher)", "February half-term 2026"),
   {"ST005": True, "ST001": False}, "More than two years in four months.")
TG("tyler", 3, t("Transition", "Tyler to have a good transition to secondary school.", "Visits to be arranged.", "", "School", "Summer"),
   {"ST001": True, "ST004": True, "ST002": False}, "Vague transition target; institution as owner.")

# ------------------------------ EHCP-style outcomes: Oscar ---------------------------------
TG("oscar", 1, t("Communication", "By the end of Key Stage 2, Oscar will use his communication book to make requests and comments to familiar and unfamiliar adults across school.",
                 "SALT programme daily; communication book in every lesson.", "Requests and comments logged with 5 different adults.", "Miss Patel (teaching assistant) and SALT", "End of Key Stage 2 (July 2027)", "long"),
   {"ST002": False, "ST001": False, "ST004": False}, "EHCP outcome dated to the end of a key stage.")
TG("oscar", 3, t("Independence", "Oscar will develop his independence skills.", "Life skills sessions.", "", "Class team", ""),
   {"ST001": True, "ST002": True, "ST003": True}, "EHCP-style aim with no measure or date.")
TG("oscar", 3, t("Sensory", "By the end of KS2 Oscar will be able to eat his lunch in the main dining hall for 15 minutes, using ear defenders, on 4 days a week.",
                 "OT sensory plan; graded exposure starting with 2 minutes.", "Dining log.", "Mr Frost (class teacher)", "End of KS2", "long"),
   {"ST001": False, "ST002": False, "ST005": False}, "EHCP outcome with observable measure and key-stage date.")
TG("oscar", 2, t("Maths", "Oscar will show an awareness of number.", "Number songs.", "", "Mr Frost", "Summer term 2026"),
   {"ST001": True, "ST002": False, "ST004": False}, "'Show an awareness' measures nothing.")

# ------------------------------ KS4: Jordan ------------------------------------------------
TG("jordan", 1, t("English", "Jordan will achieve at least a grade 4 in GCSE English Language in summer 2026.", "Weekly tuition with Ms Fowler; mock in December.", "Grade 4 or above.", "Ms Fowler (English tutor)", "August 2026 (results)", "long"),
   {"ST001": False, "ST002": False, "ST005": False}, "Grade 3 to 4 over the year.")
TG("jordan", 1, t("English", "Jordan will go from grade 3 to grade 7 in English by the December mocks.", "Tuition.", "Grade 7.", "Ms Fowler (English tutor)", "December 2025"),
   {"ST005": True, "ST001": False}, "Four grades in two months.")
TG("jordan", 2, t("Maths", "Jordan to revise more.", "", "", "Jordan", ""),
   {"ST001": True, "ST002": True, "ST003": True, "ST004": True}, "Non-SMART, child as owner.")
TG("jordan", 2, t("Maths", "Jordan will make a revision timetable with his mentor and follow it on 4 evenings a week from November until the March mocks.", "Mr Jones checks the timetable every Monday.", "Timetable followed 4 evenings a week (self-report checked by mentor).", "Mr Jones (learning mentor)", "March 2026"),
   {"ST001": False, "ST002": False, "ST004": False}, "Frequency plus end date.")
TG("jordan", 2, t("Maths", "Jordan will engage with Saturday school.", "Saturday school at Kingsmead.", "", "Mr Rahman", "Spring term 2026"),
   {"ST003": True, "ST001": True, "ST002": False}, "'Engage with', no measure.")
TG("jordan", 1, t("English", "Jordan will attend all 8 English revision sessions on Wednesdays after school between now and the December mocks.", "Ms Fowler takes a register.", "8/8 on the register.", "Ms Fowler (English tutor)", "December 2025"),
   {"ST001": False, "ST002": False, "ST003": False}, "Countable attendance target.")
TG("jordan", 3, t("Careers", "Jordan will think about his future.", "Careers interview.", "", "Careers", "Year 11"),
   {"ST001": True, "ST004": True}, "Vague; a service name is not an owner.")

# ------------------------------ Post-16: Chloe ---------------------------------------------
TG("chloe", 1, t("Study skills", "Chloe will complete her Unit 5 assignment (a 2,000-word case study) and submit it by 12 December 2025.", "Draft to Mr Stevens by 28 November for feedback.", "Submitted on time.", "Mr Stevens (personal tutor)", "12 December 2025"),
   {"ST001": False, "ST002": False, "ST003": False, "ST004": False}, "Post-16 product with deadline.")
TG("chloe", 1, t("Study skills", "Chloe will keep on top of her coursework.", "", "", "Chloe", ""),
   {"ST001": True, "ST002": True, "ST004": True}, "Vague post-16 target.")
TG("chloe", 2, t("Careers", "Chloe will book and attend at least one university open day for children's nursing before Easter.", "Mrs Gill to share UCAS open day list.", "Attendance confirmed.", "Mrs Gill (placement co-ordinator)", "Easter 2026"),
   {"ST001": False, "ST002": False}, "Post-16 aspiration target.")
TG("chloe", 2, t("Careers", "Chloe will complete the one-day St John Ambulance first-aid course and gain the certificate by the end of January.", "College to book the course.", "Certificate gained.", "Mrs Gill (placement co-ordinator)", "31 January 2026"),
   {"ST001": False, "ST002": False, "ST004": False}, "Defined certificate.")
TG("chloe", 1, t("Study skills", "Chloe will develop her independent study skills.", "Study skills workshop.", "", "College", "Ongoing"),
   {"ST001": True, "ST003": True, "ST004": True, "ST002": True}, "Vague; institution; ongoing.")

# ------------------------------ Early years: Alfie and Rosie -------------------------------
TG("alfie", 3, t("Physical development", "Alfie will put on his coat and do up the zip independently by February half-term.", "Practise at every outdoor time with Mrs Dunn.", "Does it without help on 3 days running.", "Mrs Dunn (key person)", "February half-term 2026"),
   {"ST001": False, "ST002": False, "ST003": False}, "EY observable outcome.")
TG("alfie", 3, t("Physical development", "Alfie will develop his fine motor skills.", "Play dough.", "", "Mrs Dunn", "Summer term 2026"),
   {"ST001": True, "ST003": True, "ST002": False}, "EY vague target.")
TG("alfie", 3, t("Communication and language", "Alfie will use two-word phrases such as 'more juice' or 'my turn' to ask for things at snack time by Easter.", "Key person models phrases at snack.", "Five different two-word requests noted in his learning journal.", "Mrs Dunn (key person)", "Easter 2026"),
   {"ST001": False, "ST002": False}, "EY language outcome.")
TG("alfie", 3, t("PSED", "Alfie will take turns with one friend in a simple game, with an adult nearby, by Christmas.", "Small-group turn-taking games twice a week.", "", "Mr Hale (teaching assistant)", "19 December 2025"),
   {"ST001": False, "ST002": False, "ST004": False}, "EY observable outcome, no separate success criteria.")
TG("alfie", 3, t("PSED", "To be kind to others.", "", "", "Nursery staff", "Summer term"),
   {"ST001": True, "ST004": True}, "EY vague; staff group.")
TG("rosie", 3, t("PSED", "Rosie will separate from her carer at drop-off and settle with her key worker within 5 minutes on 4 of 5 mornings by the end of the autumn term.", "Same key worker greets her; transition object from home.", "Key worker's drop-off log.", "Mrs Shah (key worker)", "End of autumn term 2025"),
   {"ST001": False, "ST002": False, "ST004": False}, "Nursery outcome.")
TG("rosie", 3, t("PSED", "Rosie will settle better.", "", "", "Key worker", ""),
   {"ST001": True, "ST002": True}, "Nursery vague target.")

# ------------------------------ Previous targets: reviewed? ---------------------------------
def prev(*items):
    return {"previous_targets": list(items)}
n_prev = [0]
def PR(prof, items, expect, note):
    n[0] += 1
    frag(f"b4-st-{n[0]:03d}", prof, prev(*items), expect, note)

PR("maya", [PT(1, "English", "To read two class novels independently by the end of the summer term.", "", "achieved"),
            PT(2, "Maths", "To know the 6, 7 and 8 times tables with 90% accuracy by July.", "Partly achieved: 80% on the weekly check; carried forward.", "partly_achieved")],
   {"ST006": True, "ST008": False}, "Status column says achieved but no outcome written.")
PR("maya", [PT(1, "English", "To read two class novels independently by the end of the summer term.", "Achieved", "achieved")],
   {"ST008": True, "ST006": False}, "Outcome is a status word only.")
PR("leah", [PT(1, "Maths", "Leah will know the 2, 5 and 10 times tables with 90% accuracy by July.", "Ongoing", "ongoing")],
   {"ST008": True, "ST006": False}, "'Ongoing' alone.")
PR("jordan", [PT(1, "English", "Jordan will complete all five English coursework tasks on time by July.", "Not achieved.", "not_achieved")],
   {"ST008": True, "ST006": False}, "'Not achieved' with no evidence or next step.")
PR("kai", [PT(1, "Reading", "Kai will read Phase 3 decodable books with 90% accuracy by July.", "Partly achieved - carry forward", "partly_achieved")],
   {"ST008": True, "ST006": False}, "Status plus 'carry forward' but no evidence of what changed.")
PR("leah", [PT(1, "Maths", "Leah will know the 2, 5 and 10 times tables with 90% accuracy by July.", "Met. Leah now scores 19/20 on the 2, 5 and 10 tables check.", "achieved")],
   {"ST008": False, "ST006": False}, "Status with evidence.")
PR("jordan", [PT(1, "English", "Jordan will complete all five English coursework tasks on time by July.", "Not achieved: Jordan handed in 3 of 5 because of the house move in June; the other two are now due 14 November with Ms Fowler.", "not_achieved")],
   {"ST008": False, "ST006": False}, "Not achieved, with evidence and next step.")
PR("maya", [PT(1, "English", "To read two class novels independently by the end of the summer term.", "Click here to enter text.", "achieved")],
   {"ST006": True}, "Placeholder = no outcome.")
PR("tyler", [PT(1, "Reading", "Tyler will raise his reading age from 9.0 to 9.5 by July.", "N/A", "")],
   {"ST006": True, "ST008": False}, "'N/A' is no review.")
PR("maya", [],
   {"ST006": False, "ST008": False}, "No previous targets listed (labelled only for the two review checks).")
PR("kai", [PT(1, "Reading", "Kai will read Phase 3 decodable books with 90% accuracy by July.", "Yes", "achieved")],
   {"ST008": True, "ST006": False}, "'Yes' is a status.")
PR("maya", [PT(1, "English", "To read two class novels independently by the end of the summer term.", "Achieved: finished Holes and Wonder; library reviews written.", "achieved"),
            PT(2, "Maths", "To know the 6, 7 and 8 times tables with 90% accuracy by July.", "Good progress made.", "partly_achieved")],
   {"ST008": True, "ST006": False}, "Second outcome gives no evidence or next step.")
PR("oscar", [PT(1, "Communication", "Oscar will use PECS phase 2 across three settings by July.", "Achieved - Oscar now exchanges cards with his TA, class teacher and at home (SALT report 12 July).", "achieved")],
   {"ST006": False, "ST008": False}, "Outcome with evidence.")
PR("chloe", [PT(1, "Study skills", "Chloe will submit her Year 11 coursework by May.", "", "")],
   {"ST006": True}, "Empty outcome and status.")
