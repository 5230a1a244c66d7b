"""Child profiles: each is a dict of dotted-path patches that turns the baseline
PEP (Maya, Year 9) into another child, with a clean default set of targets,
spend and voice for that child. Fragments start from a profile and override
only the parts they test."""
import copy

def T(n, area, text, actions, sc, who, by, term="short"):
    return {"number": n, "area": area, "text": text, "actions": actions,
            "success_criteria": sc, "who": who, "by_when": by, "term": term}

def S(n, desc, cost, cost_text, ref, impact):
    return {"number": n, "description": desc, "cost": cost, "cost_text": cost_text,
            "target_ref": ref, "intended_impact": impact}

def PT(n, area, text, outcome, status):
    return {"number": n, "area": area, "text": text, "outcome": outcome, "status": status}

def attendees(child, sw, dt, carer, child_attended=True, carer_role="Foster carer"):
    return [
        {"name": child, "role": "child", "role_text": "Young person", "attended": child_attended},
        {"name": sw, "role": "social_worker", "role_text": "Social worker", "attended": True},
        {"name": dt, "role": "designated_teacher", "role_text": "Designated teacher", "attended": True},
        {"name": carer, "role": "carer", "role_text": carer_role, "attended": True},
    ]

# ---- Maya (baseline, Year 9) : empty patch ------------------------------------------------
MAYA_TARGETS = [
    T(1, "English", "Maya will write a 300-word persuasive piece using three paragraphs and topic sentences by February half-term.",
      "Weekly 30-minute writing session with Miss Price using planning frames.",
      "Maya will be able to write three paragraphs with topic sentences, scoring 12/20 on the Year 9 writing rubric.",
      "Miss Price (English teacher)", "February half-term 2026"),
    T(2, "Maths", "Maya will add and subtract fractions with different denominators, scoring 8 out of 10 on the unit test by 19 December 2025.",
      "1:1 maths tuition with Mr Ahmed, 2 x 30 minutes a week for 6 weeks.",
      "8/10 on the fractions unit test (currently 4/10).", "Mr Ahmed (maths tutor)", "19 December 2025"),
    T(3, "Wellbeing", "Maya will answer one question aloud in each maths lesson by the end of the spring term, to build her confidence.",
      "Teacher to pre-warn Maya of the question at the start of the lesson.",
      "Maya answers aloud in at least 4 of 5 maths lessons a week, recorded by her teacher.",
      "Mrs Lee (maths teacher) and Maya", "End of spring term 2026", "long"),
]
MAYA_SPEND = [
    S(1, "1:1 maths tuition with Mr Ahmed, 2 x 30 minutes a week for 6 weeks", 180.0,
      "£15 per session x 12 sessions = £180", "Target 2", "Maya scores 8/10 on the fractions unit test."),
    S(2, "Writing mentor sessions (planning frames and feedback), weekly for 10 weeks", 250.0,
      "£25 x 10 sessions = £250", "Target 1", "Maya writes three-paragraph persuasive pieces with topic sentences."),
]

def maya():
    return {}

# ---- Reception (EYFS) -----------------------------------------------------------------
def alfie():
    return {
        "child.name": "Alfie Brennan", "child.identifier": "VS-100214", "child.date_of_birth": "2021-01-19",
        "child.year_group": 0, "child.key_stage": "EYFS", "child.phase": "early_years", "child.gender": "Male",
        "school.name": "Hollybush Primary School", "school.type_text": "Community primary school (Reception class)",
        "attendees": attendees("Alfie Brennan", "Gemma Osei", "Rachel Dunn", "Pauline Ward", child_attended=False),
        "attainment": [
            {"subject": "Communication and language", "current": "Emerging", "expected": "Expected", "progress": "Below expected"},
            {"subject": "Literacy", "current": "Emerging", "expected": "Expected", "progress": "Below expected"},
            {"subject": "Mathematics", "current": "Expected", "expected": "Expected", "progress": "On track"},
            {"subject": "Personal, social and emotional development", "current": "Emerging", "expected": "Expected", "progress": "Below expected"},
        ],
        "wellbeing": "Alfie is settling into Reception; his key person greets him at the gate each morning.",
        "pupil_voice.text": "Observed by his key person Mrs Dunn over two weeks of free flow: Alfie goes straight to the sand tray and the big blocks and will stay there for twenty minutes. He brings the dinosaur book to an adult at story time and says 'roar one' and 'more'. When the room gets loud at tidy-up time he covers his ears and hides under the climbing frame - we think tidy-up is too noisy for him and he is telling us he needs somewhere calm.",
        "pupil_voice.captured_by": "Rachel Dunn", "pupil_voice.captured_how": "Key person observations during free-flow play, 15-26 September",
        "pupil_voice.child_attended": False,
        "previous_targets": [],
        "targets": [
            T(1, "Literacy", "Alfie will recognise and say the first letter sound of his name and of four familiar words by February half-term.",
              "Daily 5-minute sound play with his key person; carer to use the sound mats at home.",
              "Alfie says s, a, t, p and the 'a' in Alfie when shown the cards, on three separate days.", "Mrs Dunn (key person)", "February half-term 2026"),
            T(2, "Mathematics", "Alfie will count out up to 5 objects accurately when asked by the end of the spring term.",
              "Counting songs at snack time; small-group number play twice a week with Mr Hale (teaching assistant).",
              "Alfie gives an adult 5 bricks on request on three occasions, recorded in his learning journal.", "Mr Hale (teaching assistant)", "End of spring term 2026"),
            T(3, "Personal, social and emotional development", "Alfie will use the calm den at tidy-up time instead of hiding, with an adult nearby, by Christmas.",
              "Key person shows Alfie the den and gives a 2-minute warning before tidy-up.",
              "Alfie goes to the den (not under the climbing frame) on 4 of 5 days in a week.", "Mrs Dunn (key person)", "19 December 2025"),
        ],
        "pp_spend": [
            S(1, "Sound play resource pack and 10 minutes' extra key person time daily for letter sounds (Target 1)", 120.0,
              "£12 x 10 weeks = £120", "Target 1", "Alfie says four letter sounds when shown the cards."),
        ],
        "pp_requested": 120.0,
        "pp_impact_review": "First PEP in Reception; no PP+ was spent in this setting last term.",
        "aspirations": "Carer says Alfie wants to be 'a digger driver'.",
        "roni": None,
    }

# ---- Nursery -------------------------------------------------------------------------
def rosie():
    p = alfie()
    p.update({
        "child.name": "Rosie Adeyemi", "child.identifier": "VS-100311", "child.date_of_birth": "2022-02-10",
        "child.year_group": -1, "child.gender": "Female",
        "school.name": "Little Acorns Nursery", "school.type_text": "Nursery class (maintained nursery school)",
        "attendees": attendees("Rosie Adeyemi", "Gemma Osei", "Anita Shah", "Dawn Clarke", child_attended=False),
        "pupil_voice.text": "Rosie's key worker watched her over three sessions. Rosie chooses the home corner most days and 'cooks' for the dolls, saying 'hot, blow'. She holds her key worker's hand at drop-off and will not go to other adults yet - we read this as Rosie telling us she needs one safe adult before she can explore. She laughs and claps when we sing 'Wind the Bobbin Up' and asks 'again!'",
        "pupil_voice.captured_by": "Anita Shah", "pupil_voice.captured_how": "Key worker observations, three sessions in September",
    })
    return p

# ---- KS1 Year 2 ---------------------------------------------------------------------
def kai():
    return {
        "child.name": "Kai Morgan", "child.identifier": "VS-100452", "child.date_of_birth": "2018-11-02",
        "child.year_group": 2, "child.key_stage": "KS1", "child.phase": "primary", "child.gender": "Male",
        "school.name": "St Anne's CE Primary", "school.type_text": "Voluntary aided primary school",
        "attendees": attendees("Kai Morgan", "Liam Fraser", "Joanne Pike", "Marcus and Leanne Hill"),
        "attainment": [
            {"subject": "Reading", "current": "Working towards", "expected": "Expected standard", "progress": "Below expected"},
            {"subject": "Writing", "current": "Working towards", "expected": "Expected standard", "progress": "Below expected"},
            {"subject": "Maths", "current": "Expected standard", "expected": "Expected standard", "progress": "On track"},
        ],
        "wellbeing": "Kai has a daily check-in with Mrs Pike and uses the worry box.",
        "pupil_voice.text": "I like Mrs Pike because she lets me do the register. I'm good at adding up. Writing makes my hand hurt and I don't know how to spell the long words. At playtime I play tig with Ollie and Jaden. When I'm big I want to be a policeman.",
        "pupil_voice.captured_by": "Joanne Pike", "pupil_voice.captured_how": "Mrs Pike talked with Kai in the library before the meeting and wrote his words down",
        "previous_targets": [
            PT(1, "Reading", "Kai will read Phase 3 decodable books with 90% accuracy by July.",
               "Achieved: Kai read the Phase 3 books at 92% accuracy in his July running record; now on Phase 4.", "achieved"),
        ],
        "targets": [
            T(1, "Writing", "Kai will write three sentences about his weekend with capital letters and full stops in at least 4 of 5 weekly diary entries by Christmas.",
              "Weekly diary time with sentence frames; Mrs Pike to check and give one next step.",
              "4 of 5 diary entries with capital letters and full stops.", "Mrs Pike (class teacher)", "19 December 2025"),
            T(2, "Reading", "Kai will read Phase 4 decodable books with 90% accuracy by February half-term.",
              "Daily 10-minute 1:1 reading with Mr Dale (TA); carer reads with Kai 4 nights a week.",
              "90% accuracy in his February running record (currently 78%).", "Mr Dale (teaching assistant)", "February half-term 2026"),
            T(3, "Maths", "Kai will recall number bonds to 20 within 3 seconds each, scoring 18/20 on the class check by the end of the spring term.",
              "Number bond games three times a week in the maths group; Numbots at home.",
              "18/20 on the number bonds check.", "Mrs Pike (class teacher)", "End of spring term 2026", "long"),
        ],
        "pp_spend": [
            S(1, "1:1 reading with Mr Dale, 10 minutes daily for 10 weeks", 200.0, "£4 per session x 50 sessions = £200",
              "Target 2", "Kai reads Phase 4 books at 90% accuracy."),
            S(2, "Pencil grip set and handwriting intervention, 2 x 20 minutes a week for 8 weeks", 160.0, "£10 x 16 sessions = £160",
              "Target 1", "Kai writes three punctuated sentences in his diary."),
        ],
        "pp_requested": 360.0,
        "pp_impact_review": "Summer PP+ paid for Phase 3 phonics catch-up (£200): accuracy rose from 70% to 92% and Kai moved to Phase 4 books.",
        "aspirations": "Kai wants to be a police officer; he is going to the Beavers group on Tuesdays.",
        "roni": None,
    }

# ---- KS2 Year 4 -----------------------------------------------------------------------
def leah():
    return {
        "child.name": "Leah Novak", "child.identifier": "VS-100519", "child.date_of_birth": "2016-12-05",
        "child.year_group": 4, "child.key_stage": "KS2", "child.phase": "primary", "child.gender": "Female",
        "school.name": "Meadowfield Junior School", "school.type_text": "Junior school (academy)",
        "attendees": attendees("Leah Novak", "Farah Iqbal", "Chris Walton", "Sue and Derek Amos"),
        "attainment": [
            {"subject": "Reading", "current": "Expected standard", "expected": "Expected standard", "progress": "On track"},
            {"subject": "Writing", "current": "Expected standard", "expected": "Expected standard", "progress": "On track"},
            {"subject": "Maths", "current": "Working towards", "expected": "Expected standard", "progress": "Below expected"},
        ],
        "wellbeing": "Leah attends the lunchtime Lego club run by the ELSA.",
        "pupil_voice.text": "My favourite thing is reading, I am on the Rainbow Magic books. Times tables are really tricky, I always forget 7s and 8s. My best friend is Amira. I like going to Lego club with Mrs Booth because it's calm. I want to be a teacher like Mr Walton.",
        "pupil_voice.captured_by": "Chris Walton", "pupil_voice.captured_how": "Leah filled in the 'All about me' sheet with Mr Walton on 29 September",
        "previous_targets": [
            PT(1, "Maths", "Leah will know the 2, 5 and 10 times tables with 90% accuracy by July.",
               "Achieved: 19/20 on the July check; 3s and 4s now secure too.", "achieved"),
        ],
        "targets": [
            T(1, "English", "Leah will write a 2-paragraph recount using fronted adverbials and inverted commas correctly, assessed against the Year 4 writing checklist, by February half-term.",
              "Weekly guided writing group with Mr Walton.", "At least 6 of the 8 checklist items in her independent recount.",
              "Mr Walton (class teacher)", "February half-term 2026"),
            T(2, "Maths", "Leah will recall the 6, 7 and 8 times tables, scoring 25/25 on the Multiplication Tables Check practice by Easter.",
              "TT Rockstars 3 x 10 minutes a week at home; 1:1 with Mrs Booth (TA) twice a week.", "25/25 on the practice MTC (currently 14/25).",
              "Mrs Booth (teaching assistant)", "Easter 2026", "long"),
            T(3, "Wellbeing", "Leah will tell an adult when she feels worried using her feelings fan, at least once a week, by the end of the autumn term.",
              "ELSA session weekly with Mrs Booth; feelings fan on her desk.", "ELSA log shows Leah used the fan at least weekly for 4 weeks.",
              "Mrs Booth (ELSA)", "19 December 2025"),
        ],
        "pp_spend": [
            S(1, "TT Rockstars licence and 1:1 times tables with Mrs Booth, 2 x 15 minutes a week for 10 weeks", 200.0,
              "£10 x 20 sessions = £200", "Target 2", "Leah scores 25/25 on the practice MTC."),
            S(2, "ELSA sessions with Mrs Booth, weekly for 10 weeks", 150.0, "£15 x 10 sessions = £150", "Target 3",
              "Leah uses her feelings fan weekly; SDQ falls from 17."),
        ],
        "pp_requested": 350.0,
        "pp_impact_review": "Summer PP+ (£180) paid for times tables tuition: Leah's score rose from 9/20 to 19/20.",
        "aspirations": "Leah wants to be a teacher.",
        "roni": None,
    }

# ---- KS2 Year 6 ------------------------------------------------------------------------
def tyler():
    return {
        "child.name": "Tyler Graham", "child.identifier": "VS-100622", "child.date_of_birth": "2014-10-21",
        "child.year_group": 6, "child.key_stage": "KS2", "child.phase": "primary", "child.gender": "Male",
        "school.name": "Oakridge Primary Academy", "school.type_text": "Primary academy",
        "attendees": attendees("Tyler Graham", "Natalie Reeves", "Imran Qureshi", "Janet Cole", carer_role="Kinship carer (grandmother)"),
        "attainment": [
            {"subject": "Reading", "current": "Working towards", "expected": "Expected standard", "progress": "Below expected"},
            {"subject": "Writing", "current": "Expected standard", "expected": "Expected standard", "progress": "On track"},
            {"subject": "Maths", "current": "Expected standard", "expected": "Expected standard", "progress": "On track"},
        ],
        "wellbeing": "Tyler sees the learning mentor on Mondays after weekend family time.",
        "pupil_voice.text": "I'm worried about SATs because the reading paper is long and I run out of time. I like football club and PE with Mr Carr. Me and Dylan are on the same team. I want to go to Northgate High with Dylan next year. Mr Qureshi helps me when I get stuck.",
        "pupil_voice.captured_by": "Imran Qureshi", "pupil_voice.captured_how": "Tyler attended the meeting and spoke for himself",
        "previous_targets": [
            PT(1, "Reading", "Tyler will raise his reading age from 9.0 to 9.5 by July.",
               "Partly achieved: reading age 9.3 in July (Salford); continued this term.", "partly_achieved"),
        ],
        "targets": [
            T(1, "Reading", "Tyler will answer a 40-minute KS2 reading practice paper in the time, scoring at least 20/50, by the March mock.",
              "Timed reading practice twice a week with Mr Qureshi; skimming and scanning strategies.", "20/50 on the March practice paper (September: 12/50).",
              "Mr Qureshi (Year 6 teacher)", "March 2026"),
            T(2, "Maths", "Tyler will solve two-step word problems with fractions, scoring 8/10 on the arithmetic check by February half-term.",
              "Small-group maths boosters on Tuesday and Thursday mornings.", "8/10 on the arithmetic check.",
              "Mrs Grant (maths lead)", "February half-term 2026"),
            T(3, "Transition", "Tyler will make two extra visits to Northgate High with Dylan and meet his new key adult before the summer term.",
              "Learning mentor to arrange visits with Northgate's transition lead.", "Two visits logged and key adult named in the summer PEP.",
              "Ms Evans (learning mentor)", "Start of summer term 2026", "long"),
        ],
        "pp_spend": [
            S(1, "Timed reading practice with Mr Qureshi, 2 x 30 minutes a week for 10 weeks", 300.0,
              "£15 per session x 20 sessions = £300", "Target 1", "Tyler scores 20/50 on the March reading paper."),
        ],
        "pp_requested": 300.0,
        "pp_impact_review": "Last term's PP+ paid for Lexia (£120): Tyler's reading age rose from 9.0 to 9.3.",
        "aspirations": "Tyler wants to be a PE teacher.",
        "roni": None,
    }

# ---- KS4 Year 11 ---------------------------------------------------------------------
def jordan():
    return {
        "child.name": "Jordan Mensah", "child.identifier": "VS-100733", "child.date_of_birth": "2010-04-30",
        "child.year_group": 11, "child.key_stage": "KS4", "child.phase": "secondary", "child.gender": "Male",
        "school.name": "Kingsmead School", "school.type_text": "Secondary academy",
        "attendees": attendees("Jordan Mensah", "Owen Blake", "Karen Hughes", "Tony and Bev Marsh"),
        "attainment": [
            {"subject": "English Language", "current": "Grade 3", "expected": "Grade 4", "progress": "Below expected"},
            {"subject": "Maths", "current": "Grade 4", "expected": "Grade 5", "progress": "Below expected"},
            {"subject": "Science (combined)", "current": "Grade 4-4", "expected": "Grade 5-5", "progress": "On track"},
        ],
        "wellbeing": "Jordan meets his mentor weekly; sleep has improved since moving home in the summer.",
        "pupil_voice.text": "I need a 4 in English to get onto the electrician course at Eastfield College, so that's the main thing. Mr Rahman's maths revision sessions actually help. I get on with most people, me and Kofi walk in together. I hate writing long answers in English, I don't know how to start them.",
        "pupil_voice.captured_by": "Karen Hughes", "pupil_voice.captured_how": "Jordan came to the meeting for the first half and spoke for himself",
        "previous_targets": [
            PT(1, "English", "Jordan will complete all five English coursework tasks on time by July.",
               "Achieved: all five handed in; two graded at 4.", "achieved"),
        ],
        "targets": [
            T(1, "English", "Jordan will plan and write a Paper 1 Question 5 answer of at least 450 words in 45 minutes, reaching a grade 4 in the December mock.",
              "Weekly 1:1 English tuition with Ms Fowler; model openings bank.", "Grade 4 on Paper 1 Q5 in the December mock (June: grade 3).",
              "Ms Fowler (English tutor)", "December 2025 mocks"),
            T(2, "Maths", "Jordan will secure a grade 5 in the March maths mock by completing one past higher paper a fortnight with Mr Rahman.",
              "Fortnightly past paper and review with Mr Rahman after school.", "Grade 5 in the March mock.",
              "Mr Rahman (maths teacher)", "March 2026", "long"),
            T(3, "Careers", "Jordan will submit his Eastfield College application for Level 2 Electrical Installation by 31 January 2026.",
              "Careers adviser Mrs Tan to meet Jordan twice in November to complete the form.", "Application submitted and acknowledged by the college.",
              "Mrs Tan (careers adviser)", "31 January 2026"),
        ],
        "pp_spend": [
            S(1, "1:1 English tuition with Ms Fowler, weekly for 10 weeks (Paper 1 Q5 writing)", 300.0,
              "£30 per hour x 10 weeks = £300", "Target 1", "Jordan reaches grade 4 on Paper 1 Q5 in the December mock."),
            S(2, "Higher maths revision guide and workbook (his own copies)", 15.0, "£7.50 x 2 = £15", "Target 2",
              "Jordan completes one past paper a fortnight."),
        ],
        "pp_requested": 315.0,
        "pp_impact_review": "Summer PP+ paid for English tuition (£300): Jordan's coursework moved from grade 2 to grade 3/4.",
        "aspirations": "Jordan wants to become an electrician; college application in January.",
        "roni": "Medium risk (score 5)",
    }

# ---- Post-16 Year 12 -----------------------------------------------------------------
def chloe():
    return {
        "child.name": "Chloe Hart", "child.identifier": "VS-100841", "child.date_of_birth": "2009-01-12",
        "child.year_group": 12, "child.key_stage": "KS5", "child.phase": "post16", "child.gender": "Female",
        "school.name": "Eastfield College", "school.type": "mainstream", "school.type_text": "General further education college",
        "attendees": attendees("Chloe Hart", "Ruth Akande", "Paul Stevens", "Marie Doyle"),
        "attainment": [
            {"subject": "English Language GCSE", "current": "Grade 5 (achieved June 2025)", "expected": "Grade 5", "progress": "Achieved"},
            {"subject": "Maths GCSE", "current": "Grade 5 (achieved June 2025)", "expected": "Grade 5", "progress": "Achieved"},
            {"subject": "Level 3 Health and Social Care", "current": "Merit", "expected": "Distinction", "progress": "On track"},
        ],
        "wellbeing": "Chloe has a weekly check-in with the college's care-experienced lead.",
        "pupil_voice.text": "College is so much better than school, people treat you like an adult. I want to be a paediatric nurse so I need a Distinction. The assignment deadlines stress me out because they all come at once. Mr Stevens helps me plan them out. I've made friends with Jas and Priya on my course.",
        "pupil_voice.captured_by": "Paul Stevens", "pupil_voice.captured_how": "Chloe attended and spoke for herself",
        "previous_targets": [],
        "targets": [
            T(1, "Study skills", "Chloe will submit Units 1-3 of her Health and Social Care assignments by their deadlines, with at least two at Merit, by 20 February 2026.",
              "Fortnightly planning meeting with Mr Stevens using a deadline tracker.", "All three units submitted on time; two or more at Merit.",
              "Mr Stevens (personal tutor)", "20 February 2026"),
            T(2, "Careers", "Chloe will complete 10 days of work placement at the children's ward by the end of the spring term.",
              "Placement co-ordinator to confirm dates in November.", "Placement log signed for 10 days.",
              "Mrs Gill (placement co-ordinator)", "End of spring term 2026", "long"),
            T(3, "Wellbeing", "Chloe will attend the weekly care-experienced check-in at least 8 times before the next PEP.",
              "Care-experienced lead to text a reminder on Monday mornings.", "8 check-ins recorded by 4 February 2026.",
              "Ms Arnold (care-experienced lead)", "4 February 2026"),
        ],
        "pp_spend": [],
        "pp_requested": 0.0,
        "pp_impact_review": "No PP+ was spent last term; Chloe receives the 16-19 Bursary through college.",
        "aspirations": "Chloe wants to study children's nursing at university.",
        "roni": None,
    }

# ---- Non-verbal, special school, Year 5 ----------------------------------------------
def oscar():
    return {
        "child.name": "Oscar Lindqvist", "child.identifier": "VS-100957", "child.date_of_birth": "2015-06-08",
        "child.year_group": 5, "child.key_stage": "KS2", "child.phase": "primary", "child.gender": "Male",
        "school.name": "Brookside Special School", "school.type": "special", "school.type_text": "Maintained special school (ASC and SLCN)",
        "sen_status": "ehcp",
        "attendees": attendees("Oscar Lindqvist", "Helen Moss", "Daniel Frost", "Yvonne Baker", child_attended=False),
        "attainment": [
            {"subject": "English (communication)", "current": "Engagement step 4", "expected": "Engagement step 5", "progress": "On track"},
            {"subject": "Maths", "current": "Pre-key stage 2", "expected": "Pre-key stage 3", "progress": "On track"},
        ],
        "wellbeing": "Oscar has a sensory diet through the day; OT reviews it termly.",
        "pupil_voice.text": "Oscar uses PECS and some Makaton. Over the last month his class team recorded that he chooses the swing and the music room most often, and he hands over the 'music' card at the start of every afternoon. He signs 'finish' and pushes the work tray away when there are more than three tasks on his schedule, which we think means the schedule is too long for him. He smiles and vocalises when Mrs Baker's name is on his visual timetable for home time.",
        "pupil_voice.captured_by": "Daniel Frost", "pupil_voice.captured_how": "Class team observations and PECS choices logged over four weeks; carer's home observations",
        "pupil_voice.child_attended": False,
        "previous_targets": [],
        "targets": [
            T(1, "English", "Oscar will exchange a PECS card to request a snack or activity, without a physical prompt, on 4 of 5 days by February half-term.",
              "Speech and language plan delivered daily by Miss Patel (TA); SALT reviews half-termly.", "4 of 5 days without prompt, recorded on the PECS log.",
              "Miss Patel (teaching assistant)", "February half-term 2026"),
            T(2, "Maths", "Oscar will match numerals 1-5 to sets of objects with 80% accuracy by the end of the spring term.",
              "Daily 10-minute TEACCH workstation task.", "80% accuracy over 5 sessions.", "Mr Frost (class teacher)", "End of spring term 2026", "long"),
            T(3, "Wellbeing", "Oscar will complete a three-task work schedule and then choose music, on 3 of 5 days by Christmas.",
              "Schedule reduced to three tasks; music card offered as the reward.", "3 of 5 days in the week before Christmas.",
              "Mr Frost (class teacher)", "19 December 2025"),
        ],
        "pp_spend": [
            S(1, "Music therapy sessions with Ms Rowe, weekly for 10 weeks, used as the choice after his 3-task schedule (Target 3)", 300.0,
              "£30 x 10 sessions = £300", "Target 3", "Oscar completes a three-task schedule on 3 of 5 days."),
        ],
        "pp_requested": 300.0,
        "pp_impact_review": "First PEP at Brookside; no PP+ was spent here last term.",
        "aspirations": "Carer hopes Oscar will join the Saturday music group.",
        "roni": None,
    }

PROFILES = {"maya": maya, "alfie": alfie, "rosie": rosie, "kai": kai, "leah": leah,
            "tyler": tyler, "jordan": jordan, "chloe": chloe, "oscar": oscar}

def profile(name):
    return copy.deepcopy(PROFILES[name]())

def default_targets(name):
    p = profile(name)
    return copy.deepcopy(p.get("targets", MAYA_TARGETS))
