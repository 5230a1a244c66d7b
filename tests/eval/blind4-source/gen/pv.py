"""Pupil voice fragments."""
from common import frag, absent, mt, T, MAYA_TARGETS
import copy

n = [0]
def V(prof, over, expect, note):
    n[0] += 1
    frag(f"b4-pv-{n[0]:03d}", prof, over, expect, note)

PV = "pupil_voice.text"
HOW = "pupil_voice.captured_how"

# ---------------- A. rich, specific, first person --------------------------------------
V("maya", {PV: "Art is my favourite because Mr Byrne lets me use the art room at lunch to finish my canvas. Science is hard when we have to write up the method, I never know what to put. I sit with Ellie and Keira now. I'd like to take Art and Biology for GCSE and maybe be a vet nurse. It helps when Lorraine checks my planner on a Sunday night."},
  {"PV003": False, "PV004": False, "PV006": False},
  "Own words, specific lessons, friends, support and aspiration.")
V("maya", {PV: "What's going well? Drama club - I got a speaking part in the Christmas show.\nWhat's not going well? French, the teacher goes too fast and I lose the thread.\nWho helps? Miss Price and Lorraine.\nFriends: Tom, Ellie and Zara from drama.\nWhen I'm older: vet, or something with animals."},
  {"PV003": False, "PV004": False, "PV006": False},
  "Form-style prompts answered in the child's words; several themes.")
V("maya", {PV: "honestly school's alright this year. maths still does my head in esp fractions but mr ahmed explains it slower than in class. me n ellie fell out for a bit but were ok now. i want to do animal care at college then be a vet"},
  {"PV003": False, "PV004": False, "PV006": False},
  "Informal teenage writing, lower case; genuine and specific.")
V("kai", {},
  {"PV003": False, "PV004": False, "PV006": False},
  "KS1 child's words written down by the teacher; specific and several themes.")
V("leah", {},
  {"PV003": False, "PV004": False, "PV006": False, "PV005": False},
  "KS2 'All about me' sheet in her words.")
V("tyler", {},
  {"PV003": False, "PV004": False, "PV006": False},
  "Year 6: worry about SATs reading, friends, transition.")
V("jordan", {},
  {"PV003": False, "PV004": False, "PV006": False},
  "Year 11: English grade for college, maths revision help, friends.")
V("chloe", {},
  {"PV003": False, "PV004": False, "PV006": False},
  "Post-16 student's own words about college, deadlines and nursing.")
V("maya", {PV: "\"I'm proud I got into top set for English. I want to keep reading - I've finished Holes and I'm on Boy 87 now. The bit I hate is group work in geography because nobody listens to my ideas. Mrs Lee saying my name before she asks me a question means I'm not caught out.\""},
  {"PV003": False, "PV004": False, "PV006": False},
  "Whole voice in quotation marks, first person.")
V("maya", {PV: "Maya said: \"I like being in the library at lunch because it's quiet and Mrs Kaur lets me help with the book returns.\" She said that maths \"makes my brain go blank\" when she has to answer out loud. She added: \"Ellie's my best mate. When I'm older I want to work at a vets.\""},
  {"PV004": False, "PV003": False, "PV006": False},
  "Reported speech framed by an adult but with the child's words quoted.")
V("jordan", {PV: "Asked what's going well Jordan said \"football, I'm captain of the Year 11 team now.\" What's hard: \"English. I can read the extract but I don't know what to write for 'how does the writer...'.\" Who helps: \"Ms Fowler, she breaks it down.\" Next year: \"Eastfield, electrician course. Need my 4 in English.\""},
  {"PV004": False, "PV003": False, "PV006": False},
  "Question-and-answer notes with quoted answers.")
V("leah", {PV: "I am happy because I moved to Mr Walton's class and he is kind. I find the 7 times table hard. Me and Amira play horses at break. I would like more time on the iPad for TT Rockstars at home. I want to be a teacher."},
  {"PV003": False, "PV004": False, "PV006": False},
  "Opens with 'I am happy' but then specific: not a generic summary.")

# ---------------- B. short genuine first-person answers ------------------------------------
V("maya", {PV: "I like PE and netball club. I want to play for the county team."},
  {"PV003": False, "PV004": False, "PV006": False},
  "Two short sentences: a lesson/club and an aspiration - two themes, specific.")
V("maya", {PV: "I hate maths."},
  {"PV004": False, "PV006": True},
  "One heartfelt sentence; genuine own words but only one theme.")
V("tyler", {PV: "I want to be a footballer when I grow up."},
  {"PV004": False, "PV006": True, "PV003": False},
  "Aspiration only: single theme; specific enough to not be generic.")
V("kai", {PV: "Ollie is my best friend. We play dinosaurs."},
  {"PV004": False, "PV006": True, "PV003": False},
  "Friendship only, KS1 child's own words.")
V("jordan", {PV: "Just want to get my grades and get out. Mr Rahman's sessions are the only thing that actually helps."},
  {"PV004": False, "PV003": False, "PV006": False},
  "Blunt but specific; learning and support.")
V("chloe", {PV: "I'm doing ok. The placement at the nursery is the best bit, I want to do nursing."},
  {"PV004": False, "PV003": False, "PV006": False},
  "Short; 'I'm doing ok' then specific placement and aspiration.")
V("maya", {PV: "Science with Mr Osei is fun because we do experiments. I don't like sitting near the door."},
  {"PV004": False, "PV003": False},
  "Two specific things about lessons and the classroom.")
V("leah", {PV: "Mrs Booth helps me when I'm sad and I like reading to her."},
  {"PV004": False, "PV003": False, "PV006": False},
  "Support and learning in one short sentence.")
V("kai", {PV: "I like school. I like my teacher."},
  {"PV004": False, "PV003": True},
  "First person but generic: could be any child.")
V("tyler", {PV: "It's ok. Nothing really."},
  {"PV004": False, "PV003": True},
  "Own words but say nothing specific.")
V("jordan", {PV: "I'm worried I'll fail English and not get on the college course."},
  {"PV004": False, "PV003": False, "PV008": False},
  "Short worry, answered by the English target and the college application target.")
V("maya", {PV: "Can I stop doing French? I'd rather do more art."},
  {"PV004": False, "PV003": False},
  "A single genuine request in the child's words.")

# ---------------- C. reported speech, third person ----------------------------------------
V("maya", {PV: "Maya said she enjoys art and wants to work with animals when she is older. She said maths is difficult but the tuition is helping."},
  {"PV004": True, "PV003": False},
  "Adult's account of what she said; no own words.")
V("maya", {PV: "Maya told her social worker that she likes her new form tutor and feels safe at Riverside. She would like to join the Duke of Edinburgh group next year and says that homework club helps her."},
  {"PV004": True, "PV003": False, "PV006": False},
  "Third person throughout; specific content.")
V("jordan", {PV: "Jordan reports that he finds English hard, particularly extended writing, and that he gets on well with his maths teacher. He is keen to go to college to train as an electrician."},
  {"PV004": True, "PV003": False, "PV002": False},
  "Reported speech in adult register.")
V("kai", {PV: "Kai says he likes playtime and his friend Ollie. He says writing is hard and makes his hand hurt. He wants to be a policeman."},
  {"PV004": True, "PV003": False, "PV006": False},
  "KS1 child; adult reports what he said in third person.")
V("leah", {PV: "Leah shared that she loves reading and that she finds times tables tricky. She enjoys Lego club and wants to be a teacher."},
  {"PV004": True, "PV003": False},
  "Third person; school-age, not exempt.")
V("chloe", {PV: "Chloe feels college is going well. She finds the deadlines stressful and would like help planning. She hopes to become a nurse."},
  {"PV004": True, "PV003": False, "PV006": False},
  "Post-16, third person.")
V("tyler", {PV: "Tyler said he was \"proper nervous\" about the SATs reading paper and that \"Mr Qureshi is sound\". He wants to go to Northgate with Dylan."},
  {"PV004": False, "PV003": False, "PV006": False},
  "Mostly reported, but the child's own words are quoted.")
V("maya", {PV: "During a 1:1 with the DT, Maya explained that she finds the canteen too busy and would prefer to eat in the library. She mentioned that she is enjoying reading Holes in English."},
  {"PV004": True, "PV003": False},
  "Third person account of a 1:1 conversation.")
V("jordan", {PV: "Spoke with J before the meeting. J is happy with his subjects, feels his predicted grades are fair, and wants to stay in the football team. J asked for more help with English."},
  {"PV004": True, "PV003": False},
  "Adult shorthand notes about 'J'.")
V("maya", {PV: "Maya's views (as told to Lorraine): she enjoys English and is reading Holes; she would like more help with fractions; she wants to be a vet."},
  {"PV004": True, "PV003": False, "PV002": False},
  "Carer's summary list, no own words.")
V("maya", {PV: "Maya wrote on her form: 'I like English best. Maths is hard. My friends are Ellie and Tom.' The rest she did not want to fill in."},
  {"PV004": False, "PV003": False, "PV002": False},
  "Own words quoted from the form; partial but not a non-answer.")
V("kai", {PV: "When asked about school, Kai replied 'good' and 'I like the computers'. He pointed to the reading corner when asked where he feels happy."},
  {"PV004": False, "PV003": False},
  "Short quoted answers plus what he showed.")

# ---------------- D. non-answers, placeholders, and near misses ----------------------------
V("maya", {PV: "No pupil views shared."},
  {"PV001": False, "PV002": True, "PV003": False},
  "Coventry's named unacceptable wording.")
V("jordan", {PV: "Pupil didn't want to give their views."},
  {"PV002": True, "PV001": False},
  "Coventry's second named unacceptable wording.")
V("maya", {PV: "N/A"},
  {"PV002": True, "PV001": False},
  "'N/A' records the views as missing.")
V("tyler", {PV: "As above."},
  {"PV002": True, "PV001": False},
  "Points elsewhere.")
V("maya", {PV: "See last PEP."},
  {"PV002": True, "PV001": False, "PV007": False},
  "Points to the previous PEP; no views.")
V("jordan", dict(absent("jordan", how=""), **{PV: "Did not attend."}),
  {"PV002": True, "PV005": True},
  "Absence recorded instead of views; no method.")
V("chloe", {PV: "TBC"},
  {"PV002": True, "PV001": False},
  "Placeholder-style non-answer.")
V("maya", {PV: "Maya declined to complete the pupil voice form this term."},
  {"PV002": True, "PV004": True},
  "Refusal recorded; no perspective captured.")
V("leah", {PV: "Views to follow once Leah has done her sheet with Mr Walton."},
  {"PV002": True, "PV001": False},
  "Deferred: equivalent to TBC.")
V("jordan", {PV: "Refer to social worker's section for Jordan's views."},
  {"PV002": True, "PV001": False},
  "Points elsewhere in the PEP.")
V("maya", dict(absent("maya", how="Not gathered"), **{PV: "Maya was absent on the day so we were unable to get her views."}),
  {"PV002": True, "PV005": True},
  "Absence given as the reason for no views.")
V("jordan", {PV: "Nothing to add."},
  {"PV002": True, "PV003": False},
  "Says no views given.")
V("maya", dict(absent("maya", how="Lorraine (carer) talked with Maya in the car after football on 4 October"),
               **{PV: "Maya didn't want to come to the meeting. On the way home from football she told Lorraine: \"I don't mind school, it's just science I hate because we have to copy off the board and I can't keep up. I want Ellie to be in my tutor group again.\""}),
  {"PV002": False, "PV005": False, "PV004": False, "PV003": False},
  "Opens with non-attendance but records her words and how they were gathered.")
V("maya", dict(absent("maya", how="Keywork session with Mrs Ali (learning mentor), 1 October"),
               **{PV: "Declined to attend. In her keywork session Maya drew her school day as a rollercoaster: 'up' for English and lunch with Tom, 'down' for maths and walking into assembly late. She said \"the worst bit is everyone looking at me\"."}),
  {"PV002": False, "PV005": False, "PV004": False},
  "Declined to attend but a drawing and words were captured.")
V("jordan", dict(absent("jordan", how="Conversation with Owen Blake (SW) at home visit, 29 September"),
                 **{PV: "Jordan did not want to give views in writing. In conversation with his social worker he said \"I want to stay at Kingsmead, I don't want to move again, not in Year 11\" and that Ms Fowler is \"the only one who explains it properly\"."}),
  {"PV002": False, "PV005": False, "PV004": False, "PV003": False},
  "Would not write, but adult captured his words.")
V("maya", {PV: "Click here to enter text."},
  {"PV001": True, "PV004": False},
  "Word form placeholder = empty.")
V("maya", {PV: ""},
  {"PV001": True, "PV002": False},
  "Empty box: missing (PV001), not a stated non-answer.")
V("leah", {PV: "   \n  "},
  {"PV001": True, "PV003": False},
  "Whitespace only.")
V("tyler", {PV: "Choose an item."},
  {"PV001": True},
  "Drop-down placeholder left in the box.")
V("maya", {PV: "Enter the young person's views here (what is going well, what is not going well, aspirations)."},
  {"PV001": True, "PV003": False},
  "Form guidance prompt left unchanged.")

# ---------------- E. generic summaries -----------------------------------------------------
V("maya", {PV: "Maya is happy at school and doing well."},
  {"PV003": True, "PV004": True, "PV002": False},
  "Classic generic adult summary.")
V("tyler", {PV: "Everything is fine."},
  {"PV003": True, "PV002": False},
  "Generic; could be any child.")
V("jordan", {PV: "Settled and doing well. No concerns raised."},
  {"PV003": True, "PV004": True},
  "Generic adult summary.")
V("leah", {PV: "She enjoys school and gets on with everyone."},
  {"PV003": True, "PV004": True},
  "Generic adult summary.")
V("maya", {PV: "I'm fine. School's ok."},
  {"PV003": True, "PV004": False},
  "First person but generic.")
V("kai", {PV: "Kai is a happy, chatty boy who loves coming to school."},
  {"PV003": True, "PV004": True},
  "Generic description of a KS1 child.")
V("jordan", {PV: "Jordan feels school is going well at present and has no worries."},
  {"PV003": True, "PV004": True, "PV002": False},
  "Generic reported view.")
V("tyler", {PV: "All good - likes teachers, likes friends, likes school dinners."},
  {"PV003": True, "PV004": True},
  "Generic list in adult shorthand.")
V("chloe", {PV: "Chloe is enjoying college and is doing well on her course."},
  {"PV003": True, "PV004": True},
  "Generic; says nothing specific about the course.")
V("leah", {PV: "Leah is a pleasure to teach and is making good progress across the curriculum."},
  {"PV003": True, "PV004": True},
  "Teacher praise in the voice box.")
V("maya", {PV: "I like everything. It's good."},
  {"PV003": True, "PV004": False},
  "Own words, generic.")
V("kai", {PV: "School is good and I have lots of friends and the teachers are nice."},
  {"PV003": True, "PV004": False},
  "Own words; mentions friends and teachers only in general terms.")
V("tyler", {PV: "Tyler says things are \"fine\" and he is \"alright\"."},
  {"PV003": True, "PV002": False},
  "Quoted but empty words.")
V("maya", {PV: "Good. I got my first goal for the school team against Hillside and Mr Carr made me vice-captain."},
  {"PV003": False, "PV004": False},
  "Starts 'Good' but names a specific achievement.")
V("chloe", {PV: "No issues. Chloe is positive about college."},
  {"PV003": True, "PV004": True, "PV002": False},
  "Generic; 'no issues' is a summary, not a refusal.")

# ---------------- F. adult deficit descriptions in the voice box --------------------------
V("maya", {PV: "Maya is disorganised, forgets her equipment most days and needs constant reminders to stay on task. She can be rude when challenged by staff."},
  {"PV004": True, "PV002": False},
  "Adult deficit description; no child perspective.")
V("jordan", {PV: "Poor attendance in period 1, negative attitude to learning and at risk of NEET. Jordan needs to take responsibility for his choices."},
  {"PV004": True, "PV002": False},
  "Deficit language, no child words.")
V("kai", {PV: "Kai struggles with writing and has low self-esteem. He finds it hard to regulate after playtime."},
  {"PV004": True},
  "Needs description written by staff.")
V("maya", {PV: "Behaviour remains a concern - three detentions this half term for lateness and refusing to work in science."},
  {"PV004": True, "PV002": False},
  "Behaviour log in the voice box.")
V("leah", {PV: "Leah is very quiet in class and rarely contributes. She lacks confidence and needs adult encouragement."},
  {"PV004": True},
  "Adult view of the child.")
V("maya", {PV: "Staff report Maya is often late to period 1 on Mondays. When asked, Maya said: \"I can't sleep on Sunday nights after family time, so Monday's the worst.\""},
  {"PV004": False, "PV003": False},
  "Starts with staff report but records the child's explanation in her words.")
V("chloe", {PV: "Chloe is often late handing in assignments and needs to manage her time better."},
  {"PV004": True, "PV003": False},
  "Tutor's view of a deficit.")
V("tyler", {PV: "Working below ARE in reading. Tyler needs to read at home every night and concentrate in lessons."},
  {"PV004": True},
  "Attainment note and instructions, not views.")

# ---------------- G. early years observation records ---------------------------------------
V("alfie", {},
  {"PV004": False, "PV003": False, "PV005": False},
  "Reception observation saying what the behaviour may mean; method recorded.")
V("rosie", {},
  {"PV004": False, "PV003": False, "PV005": False},
  "Nursery key worker observations with interpretation.")
V("alfie", {PV: "From Alfie's learning journal (September): he chooses the outdoor kitchen every day, fills pots with water and 'serves tea' to staff, saying \"drink it\". He watches the others on the bikes but won't join in - when offered a bike he shakes his head and holds the fence. Mrs Dunn thinks he wants to join but is unsure about taking turns, so she is modelling 'my turn, your turn'."},
  {"PV004": False, "PV003": False, "PV002": False},
  "Learning-journal observation with meaning.")
V("alfie", {PV: "Alfie drew himself and Pauline 'at the big park' and told his key person \"me go fast on slide\". When asked what he likes at school he pointed to the fish tank and the water tray. He pointed to the hall door and said \"no\" - PE in the big hall is where he gets upset, and we think the echo frightens him."},
  {"PV004": False, "PV003": False, "PV008": True},
  "Drawing and pointing; worry about the hall/PE not picked up by the targets.")
V("rosie", {PV: "At lunch Rosie pushes her plate away and cries when the hall fills up; at snack in the small room she eats happily and chats. Staff think the noise of the hall overwhelms her, so from October she eats in the small room with her key worker."},
  {"PV004": False, "PV003": False},
  "Behaviour observed and its likely meaning recorded.")
V("alfie", {PV: "Alfie is happy and settled in Reception."},
  {"PV003": True},
  "Generic, even for a Reception child.")
V("rosie", {PV: "Rosie enjoys nursery and has settled well."},
  {"PV003": True, "PV002": False},
  "Generic EY summary.")
V("alfie", {PV: "Alfie's carer Pauline noted at home: Alfie sings the tidy-up song and says \"Mrs Dunn my friend\". On school mornings he lines up his shoes by the door before breakfast, which Pauline reads as him being keen to go."},
  {"PV004": False, "PV003": False},
  "Carer's home observation with interpretation.")
V("alfie", {PV: "While painting with his key person Alfie said \"I like painting. I don't like the loud bell. Billy my friend.\""},
  {"PV004": False, "PV003": False, "PV006": False},
  "Reception child's own words captured during play.")
V("alfie", {PV: "Alfie has delayed speech, poor fine motor skills and struggles to sit at carpet time. He is below age-related expectations in most areas."},
  {"PV004": True, "PV003": False},
  "Deficit assessment, not a record of what Alfie chose, did or said: not covered by the EY exemption (labelling rule).")
V("rosie", {PV: "Rosie is too young to give her views."},
  {"PV002": True},
  "EY non-answer: observation was possible.")
V("alfie", dict(absent("alfie", how=""), **{PV: "Observed during free-flow over a fortnight: Alfie chose the construction area on 8 of 10 days and built 'a house for Pauline'. He brings his reading book to the key person at home time and says \"read it\"."}),
  {"PV004": False, "PV005": False, "PV003": False},
  "How column empty but the text itself says it was observed over a fortnight.")

# ---------------- H. non-verbal and symbol-based records ------------------------------------
V("oscar", {},
  {"PV004": False, "PV003": False, "PV005": False},
  "PECS/Makaton observations with meaning; method recorded.")
V("oscar", {PV: "Oscar used his eye-gaze board with Miss Patel on 30 September. Asked 'What do you like at school?' he looked at 'swing', 'music' and 'Miss Patel'. Asked 'What is hard?' he looked at 'noisy' and 'dinner hall'. He looked away after five questions so we stopped."},
  {"PV004": False, "PV003": False, "PV008": True},
  "Eye-gaze views; the dinner hall worry is not answered by any target.")
V("oscar", {PV: "Oscar signed 'happy' and 'bus' at the photo of the school minibus and gave a firm head shake and 'no' to the photo of swimming. He cries in the changing room every Thursday; we think it is the changing room, not the pool, that he dislikes."},
  {"PV004": False, "PV003": False, "PV008": True},
  "Makaton/photo choices; swimming/changing worry not in targets.")
V("oscar", {PV: "Oscar is non-verbal so is unable to give his views."},
  {"PV002": True},
  "Non-verbal child given as a reason for no voice.")
V("oscar", {PV: "Oscar cannot communicate his wishes and feelings."},
  {"PV002": True, "PV003": False},
  "Non-answer despite PECS and Makaton.")
V("oscar", {PV: "Oscar is a happy boy who enjoys coming to school."},
  {"PV003": True},
  "Generic, for a non-verbal child.")
V("oscar", {PV: "Talking Mats with the SALT, 2 October: Oscar placed 'music', 'swing' and 'minibus' under thumbs-up and 'hand washing' and 'long work' under thumbs-down. He put 'Mrs Baker' under thumbs-up twice."},
  {"PV004": False, "PV003": False, "PV002": False},
  "Talking Mats record: the child's choices are his voice.")
V("oscar", {PV: "Oscar pointed to symbols on his board: 'like - computer', 'like - trampoline', 'don't like - writing'. When shown his schedule he took off the fourth task and gave it to Mr Frost."},
  {"PV004": False, "PV003": False},
  "Symbol choices and an action that communicates.")

# ---------------- I. worries and whether the plan answers them ------------------------------
V("maya", {PV: "I like most lessons. The thing I hate is the bus home - the Year 11s throw stuff and I'm scared to get on it. Ellie gets a lift so I'm on my own."},
  {"PV008": True},
  "Worry about the bus; no target or action about travel.")
V("maya", {PV: "Science is the worst because I can't read what's on the board from the back, and I'm too embarrassed to wear my glasses."},
  {"PV008": True},
  "Eyesight/board worry unanswered.")
V("maya", {PV: "PE changing rooms make me really anxious. Sometimes I say I'm ill so I don't have to do PE."},
  {"PV008": True},
  "Changing-room anxiety not answered.")
V("maya", {PV: "I'm worried about moving house again and having to change school. I really like Riverside."},
  {"PV008": True},
  "Worry about a move; nothing in the plan.")
V("maya", {PV: "Homework is hard because there's nowhere quiet at home and I keep getting detentions for not doing it."},
  {"PV008": True},
  "Homework/detentions worry; targets are about writing, fractions and answering aloud.")
V("maya", {PV: "My spelling is really bad and people laugh when I have to write on the whiteboard."},
  {"PV008": True},
  "Spelling worry: the writing target is about paragraphs and topic sentences, not spelling.")
V("maya", {PV: "Fractions still confuse me and I panic in tests. Mr Ahmed is helping though."},
  {"PV008": False},
  "Worry answered by the fractions target.")
V("maya", {PV: "I hate putting my hand up in maths because everyone stares at me."},
  {"PV008": False},
  "Answered by the target to answer aloud with pre-warning.")
V("maya", {PV: "When we have to write an essay I don't know how to start, I just sit there staring at the page."},
  {"PV008": False},
  "Answered by the writing target with planning frames.")
V("maya", {PV: "The bus home is scary, the older ones shout stuff at me and I sit at the front on my own.",
           "targets": [MAYA_TARGETS[0], MAYA_TARGETS[1],
                       T(3, "Wellbeing", "Maya will travel home on the school coach sitting with her peer buddy (a Year 10 prefect) on at least 4 days a week by October half-term.",
                         "Mr Dean (Head of Year 9) to speak to the Year 11 group and check with Maya every Friday.",
                         "Maya reports feeling safe on 4 of 5 journeys; no incidents logged.", "Mr Dean (Head of Year 9)", "October half-term 2025")]},
  {"PV008": False},
  "Bus worry answered by a travel target worded differently (coach, journeys).")
V("leah", {PV: "I always forget my 7s and 8s. Dinner ladies tell me off because I eat slowly and then I miss playtime with Amira."},
  {"PV008": True},
  "Times tables worry answered; lunchtime worry is not.")
V("tyler", {},
  {"PV008": False},
  "SATs reading worry answered by Target 1.")
V("jordan", {PV: "I can't revise at home, my little brothers are too loud and I share a room. Ms Fowler's English sessions are good."},
  {"PV008": True},
  "Revision space worry not answered.")
V("chloe", {PV: "I'm scared I won't have money for the bus to my placement at the hospital. Jas says hers is paid but mine isn't."},
  {"PV008": True},
  "Travel cost worry not answered (placement target says nothing about travel).")
V("maya", {PV: "Right now I'm really enjoying school - English with Miss Price is the best and I've joined the eco club with Tom. I'd like to be a vet one day."},
  {"PV008": False},
  "Nothing raised as hard or worrying.")
V("kai", {PV: "I don't like the big boys at the gate in the morning. They push. I like Mrs Pike and reading with Mr Dale."},
  {"PV008": True},
  "KS1 worry about the gate not answered.")

# ---------------- J. child absent: was the method recorded? ---------------------------------
V("maya", dict(absent("maya", how=""), **{PV: "I like English and I want to be a vet. Maths is hard."}),
  {"PV005": True},
  "Child absent, no record of how the words were gathered.")
V("maya", dict(absent("maya", how="Views below")),
  {"PV005": True, "PV002": False},
  "'Views below' names no method, person or occasion.")
V("maya", dict(absent("maya", how="Maya did not want to come to the meeting")),
  {"PV005": True},
  "Reason for absence, not how views were gathered.")
V("jordan", dict(absent("jordan", how="See pupil voice section")),
  {"PV005": True},
  "Circular reference.")
V("maya", dict(absent("maya", how="Maya filled in the pupil voice form at home with Lorraine on 3 October")),
  {"PV005": False},
  "Method, person and date.")
V("tyler", dict(absent("tyler", how="Social worker visit, 30 September")),
  {"PV005": False, "PV002": False},
  "Occasion and person recorded.")
V("jordan", dict(absent("jordan", how="Phone call with Owen (SW) on 2 Oct")),
  {"PV005": False},
  "Phone call with the social worker.")
V("leah", dict(absent("leah", how="Taken from Leah's ELSA session notes (Mrs Booth)")),
  {"PV005": False},
  "Names a method and person.")
V("maya", dict(absent("maya", how="N/A")),
  {"PV005": True},
  "'N/A' in the how field.")
V("maya", dict(absent("maya", how=""), **{PV: "I spoke to Maya on the walk to the car after school on 2 October. She said: \"Tell them I'm doing better in maths now, and I want to stay in Miss Price's English group.\""}),
  {"PV005": False},
  "How-field empty but the text records occasion and person.")
V("maya", {HOW: ""},
  {"PV005": False},
  "Child attended and spoke for herself, so a blank 'how' is not a gap.")
V("chloe", dict(absent("chloe", how="Chloe was unwell on the day")),
  {"PV005": True},
  "Why she was absent, not how views were gathered.")
V("jordan", dict(absent("jordan", how="Views gathered prior to the meeting")),
  {"PV005": True},
  "No method, person or specific occasion.")
V("maya", dict(absent("maya", how="Voice note Maya sent to Sam (SW) on 1 October")),
  {"PV005": False, "PV002": False},
  "Voice note named as the method.")

# ---------------- K. copied from the previous PEP -------------------------------------------
BASE_PV = "I like English because Miss Price lets us choose our own books and I am reading Holes. Maths is hard for me, especially fractions, and I get worried when I have to answer in front of the class. My friends Ellie and Tom sit with me at lunch. The homework club helps me because it is quiet. When I leave school I want to be a vet."
V("maya", {"pupil_voice.previous_text": BASE_PV},
  {"PV007": True},
  "Identical to the previous PEP's voice.")
V("maya", {"pupil_voice.previous_text": "I like PE and art. Science is hard because of all the writing. My friend is Keira. I want to work with animals."},
  {"PV007": False},
  "Different from last term.")
V("maya", {"pupil_voice.previous_text": BASE_PV.replace(" When I leave school I want to be a vet.", " I want to be a vet."),
           PV: BASE_PV + " This term I started going to homework club on Tuesdays and Thursdays, and I moved up to set 3 in maths."},
  {"PV007": False},
  "Built on last term's wording but with fresh news this term.")
V("maya", {"pupil_voice.previous_text": BASE_PV.replace("I am reading Holes", "I am reading Wonder"),
           PV: BASE_PV.replace("I am reading Holes", "I am reading Wonder")},
  {"PV007": True},
  "Word for word the same as last term.")
V("maya", {"pupil_voice.previous_text": None},
  {"PV007": False},
  "No previous voice recorded (first PEP).")
V("maya", {"pupil_voice.previous_text": BASE_PV.upper().replace("  ", " "),
           PV: BASE_PV},
  {"PV007": True},
  "Same words, only the letter case differs.")
V("maya", {PV: "Maya is happy at school.", "pupil_voice.previous_text": "Maya is happy at school."},
  {"PV007": True, "PV003": True, "PV004": True},
  "Generic summary carried over.")
V("maya", {PV: "I still want to be a vet, and now I help out at the city farm on Saturdays with Lorraine. Fractions are getting easier since Mr Ahmed's sessions. Ellie moved to another school so I sit with Tom and Priya now.",
           "pupil_voice.previous_text": "I want to be a vet. Fractions are hard. I sit with Ellie and Tom."},
  {"PV007": False},
  "Updated views saying what changed.")
V("jordan", {"pupil_voice.previous_text": "I need a 4 in English to get onto the electrician course at Eastfield College, so that's the main thing. Mr Rahman's maths revision sessions actually help. I get on with most people, me and Kofi walk in together. I hate writing long answers in English, I don't know how to start them."},
  {"PV007": True},
  "Year 11 voice copied from the summer PEP.")
