from common import *
n = [0]
def P(patch, expect, note):
    n[0] += 1
    add("b3-pv-%03d" % n[0], patch, expect, note)
def M(**kw):  # Maya-context voice patch
    return pv(**kw)

# ---- own words, Maya (secondary) ----
P(M(text="Science is my fave cos we did owl pellets and it made me want to be a vet even more. Fractions are still doing my head in but Mr Ahmed's sessions help a bit. Me and Ellie go to homework club on Tuesdays, its quiet there."),
  {"PV001": False, "PV002": False, "PV003": False, "PV004": False, "PV008": False}, "specific first-person views; fractions worry met by target 2")
P(M(text="I like art. Maths is hard."),
  {"PV003": False, "PV004": False, "PV001": False}, "short genuine first-person answer is not generic")
P(M(text="I just want to be a vet when im older."),
  {"PV006": True, "PV003": False, "PV004": False}, "one theme only (aspiration), but genuine own words")
P(M(text="Ellie is my best friend."),
  {"PV006": True, "PV004": False}, "friendships only")
P(M(text="I like English now because we get to pick our books. I'm on Holes. Ellie and Tom are my mates at lunch. I still get nervous putting my hand up in maths but it's a bit better since Mrs Lee tells me the question first. I want to work with animals."),
  {"PV006": False, "PV004": False, "PV003": False, "PV008": False}, "several themes; worry about answering met by target 3")
P(M(text="Maya said she enjoys English and is reading Holes. She finds fractions difficult and gets anxious when asked to answer in class. She would like to be a vet."),
  {"PV004": True, "PV003": False, "PV001": False, "PV002": False}, "specific but reported speech only: adult's account")
P(M(text="Maya is happy at school and has lots of friends."),
  {"PV003": True, "PV004": True, "PV002": False}, "generic adult summary")
P(M(text="Maya is settled and doing well in all areas."),
  {"PV003": True, "PV004": True}, "generic adult summary, could be any child")
P(M(text="I'm fine. School is good, everything is alright I guess."),
  {"PV003": True, "PV004": False}, "first person but nothing specific")
P(M(text="Everything is fine at school, no worries."),
  {"PV003": True, "PV002": False}, "generic statement")
P(M(text="Maya has poor concentration and low self-esteem. Her social skills are not well developed and she struggles to maintain friendships."),
  {"PV004": True, "PV002": False, "PV001": False}, "adult deficit description in the voice box")
P(M(text="Maya is a lovely girl who is polite and well mannered. She is a pleasure to teach."),
  {"PV004": True, "PV003": True}, "teacher's praise, not the child's view")
P(M(text="Happy at school. Likes friends. Wants to be a vet."),
  {"PV004": True}, "adult notes in shorthand, no first person")
P(M(text="Maya told me \"I hate fractions, they make no sense\" and \"Ellie's the only one I trust\". She wants to work at the animal rescue centre."),
  {"PV004": False, "PV003": False, "PV008": False}, "adult record but quotes the child directly")

# ---- non-answers ----
P(M(text="No pupil views shared."), {"PV002": True, "PV003": False}, "never acceptable non-answer")
P(M(text="Maya didn't want to give her views this time."), {"PV002": True}, "child did not want to give views")
P(M(text="N/A"), {"PV002": True}, "N/A")
P(M(text="See last PEP."), {"PV002": True, "PV001": False}, "points elsewhere")
P(M(text="As above"), {"PV002": True}, "as above")
P(M(text="TBC - Miss Price to catch Maya after half term"), {"PV002": True}, "TBC")
P(M(text="Did not attend.", attended=False, how=""), {"PV002": True, "PV005": True}, "did not attend, nothing captured")
P(M(text="Maya refused to engage when I tried to ask her about school."), {"PV002": True, "PV004": True}, "records refusal, no views")
P(M(text="Pupil declined to comment."), {"PV002": True}, "declined")
P(M(text="Not spoken to yet, SW to do at next visit"), {"PV002": True}, "views not yet gathered")
P(M(text="I said last time what I think. Same as before really but I'm better at fractions now and I want to do the animal care taster."),
  {"PV002": False, "PV003": False, "PV004": False}, "starts like a non-answer but gives fresh specific views")

# ---- missing / placeholder / prompts ----
P(M(text=""), {"PV001": True}, "empty")
P(M(text="Click here to enter text."), {"PV001": True}, "Word form placeholder")
P(M(text="   "), {"PV001": True}, "whitespace only")
P(M(text=None), {"PV001": True}, "null voice")
P(M(text="What do you like about school?\nWhat do you find difficult?\nWhat would you like to do when you leave school?"),
  {"PV001": True}, "form prompts left in, no answers")
P(M(text="What I like about school: art and PE, and seeing Ellie. What I find hard: fractions and when sir asks me stuff in front of everyone. What helps me: homework club cos its quiet. When I'm older: vet!!"),
  {"PV001": False, "PV004": False, "PV003": False, "PV008": False}, "prompts with the child's answers")
P(M(text="Choose an item."), {"PV001": True}, "drop-down placeholder")
P(M(text="My favourite lesson is: drama because I can be someone else. The thing I find hard is: Click here to enter text."),
  {"PV001": False, "PV004": False}, "partly completed, one real answer")

# ---- copied from previous PEP ----
V0 = BASE["pupil_voice"]["text"]
P(M(text=V0, prev=V0), {"PV007": True, "PV004": False}, "voice identical to previous PEP")
P(M(text=V0, prev=V0.replace("  ", " ") + " "), {"PV007": True}, "copied, trailing space only")
P(M(text="I still want to be a vet and now I've signed up for the animal care taster day. Fractions are a bit better, I got 6/10 on the quiz. I still hate answering out loud. Ellie moved tables so I sit with Tom now.", prev=V0),
  {"PV007": False, "PV004": False, "PV008": False}, "fresh views saying what changed")
P(M(text="I like English because Miss Price lets us choose our own books and I am reading Holes. Maths is hard for me, especially fractions.", prev=V0),
  {"PV007": True}, "cut-down copy of last PEP's words, nothing new")
P(M(text="i like drama and my new form tutor Mr Green. dont like french. want to be a vet", prev="I like drama and my form tutor. I don't like French. I want to be a vet."),
  {"PV007": False, "PV004": False}, "similar themes but re-asked, different words")
P(M(text="I like PE and my friends. I want to be a police officer.", prev="I like PE and my friends. I want to be a police officer."),
  {"PV007": True, "PV003": False}, "short voice copied word for word")

# ---- how gathered when the child did not attend ----
GV = "I didn't want to come to the meeting cos it's boring and everyone looks at me. School is ok. Fractions are still hard but I got 6/10 last week. Ellie is my best mate. I want to be a vet."
P(M(text=GV, attended=False, how="Views below"), {"PV005": True, "PV004": False}, "how not recorded: 'views below'")
P(M(text=GV, attended=False, how="Maya did not want to come to the meeting"), {"PV005": True}, "says she did not come, not how views were gathered")
P(M(text=GV, attended=False, how="Lorraine (foster carer) sat with Maya at home on 2 October and wrote down what she said."),
  {"PV005": False, "PV004": False}, "carer gathered at home, dated")
P(M(text=GV, attended=False, how=""), {"PV005": True}, "child absent, how empty")
P(M(text=GV, attended=False, how="Voice note recorded with her mentor Mr Daly on 30/09, typed up by him."), {"PV005": False}, "voice note with mentor")
P(M(text=GV, attended=False, how="Pupil views form filled in during tutor time with Miss Price on 6 October."), {"PV005": False}, "form completed with DT")
P(M(text=GV, attended=True, how=""), {"PV005": False}, "child attended; how not required")
P(M(text=GV, attended=False, how="N/A"), {"PV005": True}, "N/A as method")
P(M(text=GV, attended=False, how="SW visit 29.9.25 - chatted in the car on the way to family time"), {"PV005": False}, "social worker conversation, occasion named")
P(M(text=GV, attended=False, how="See below"), {"PV005": True}, "see below")
P(M(text=GV, attended=False, how="Maya chose not to attend."), {"PV005": True}, "reason for absence only")
P(M(text=GV, attended=False, how="Keyworker session (Mrs Grant, ELSA) on Friday before the meeting"), {"PV005": False}, "ELSA session named")
P(M(text="Maya did not attend and did not complete the form.", attended=False, how=""), {"PV002": True, "PV005": True}, "nothing captured at all")
P(M(text="Maya drew a picture of herself in the homework club with Ellie and wrote 'my safe place' next to it. She wrote 'fractions = stress' on the maths side.", attended=False,
    how="Drawing done with Helen Price (DT) during a lunchtime check-in on 3 October"),
  {"PV005": False, "PV002": False, "PV004": False, "PV008": False}, "drawing with the child's written words; fractions in target 2")

# ---- worries vs targets (PV008), Maya targets unless replaced ----
P(M(text="Some of the Year 11s are horrible to me on the bus and now I don't want to come in on Mondays. I like English tho and I want to be a vet."),
  {"PV008": True, "PV004": False}, "bus bullying worry, no target or action")
P(M(text="I can't see the board properly since my glasses broke and I'm too scared to tell sir. Maths is ok now."),
  {"PV008": True}, "eyesight/board worry not picked up")
P(M(text="I miss my little brother loads and think about him in lessons so I can't concentrate. I'm doing ok in English."),
  {"PV008": True}, "family-time worry, no target")
P(M(text="French is really hard and the teacher shouts at me when I get it wrong. The rest is fine."),
  {"PV008": True}, "French worry, no French target")
P(M(text="Me and Ellie fell out and now I sit on my own at lunch. I hate lunchtimes."),
  {"PV008": True}, "lunchtime friendship worry, no target")
t = mt(); t[2] = T(3, "Wellbeing", "Maya will go to the lunchtime board-games club with Mrs Grant (ELSA) at least twice a week and name two people she can sit with at lunch by Christmas.",
     "Mrs Grant to meet Maya at the canteen door on Tuesdays and Thursdays.", "Attends club 2 x a week on the register; names two lunch friends.", "Mrs Grant (ELSA)", "Christmas 2025")
P({**M(text="Me and Ellie fell out and now I sit on my own at lunch. I hate lunchtimes."), "targets": t},
  {"PV008": False}, "lunchtime worry picked up by the new target 3")
t = mt(); t.append(T(4, "Science", "Maya will catch up on the cells topic she missed, scoring 60% on the Year 9 cells test by 28 November 2025.",
     "Mr Khan to set a catch-up booklet and check it weekly after school.", "60% on the cells end-of-topic test.", "Mr Khan (science teacher)", "28 November 2025"))
P({**M(text="I'm behind in science since I moved schools, I missed all the cells topic and I don't get it."), "targets": t},
  {"PV008": False}, "science worry answered by target 4")
P(M(text="I'm behind in science since I moved schools, I missed all the cells topic and I don't get it."),
  {"PV008": True}, "same science worry, no target")
P(M(text="I never get my homework done cos it's loud at my house with the little ones, then I get detentions."),
  {"PV008": True}, "homework/detentions worry unanswered")
P(M(text="I love netball and I got picked for the team!! English is good, I got a merit for my story. I want to be a vet."),
  {"PV008": False, "PV003": False, "PV006": False}, "no worries raised")
P(M(text="I get really worried when I have to answer in front of the class, my face goes red."),
  {"PV008": False}, "answering-aloud worry is target 3")
P(M(text="Fractions are the worst. I panic in tests."), {"PV008": False, "PV006": True}, "fractions worry met by target 2; one theme")
P(M(text="I'm scared about moving to a new foster home after Christmas and having to change school."),
  {"PV008": True}, "move worry with no transition target")
P(M(text="Spanish is hard and I dont have anyone to practise with. Everything else is good, I like my tutor Mr Green."),
  {"PV008": True}, "Spanish worry not answered")

# ---- early years (Reception) ----
E = EYR()
P({**E, **pv(text="Observed by Jo (key worker) over two weeks of free play. Alfie heads straight for the sand tray and the big trucks every morning and laughs when the trucks tip. At carpet time he looked uncomfortable and hunched up with his hands over his ears when the class sang; this might mean the noise is too much for him. Action: key worker to offer ear defenders and a place at the end of the row.",
            attended=False, how="Key worker observations during free play, 22 September to 3 October", by="Jo Platt (key worker)")},
  {"PV004": False, "PV003": False, "PV005": False, "PV002": False}, "EY observation record with meaning and action")
P({**E, **pv(text="Alfie told Jo: \"I like the bikes. I don't like it when it's loud.\" He drew himself on the red bike with Gran Pat and pointed at her and said \"my gran\".",
            attended=False, how="Talk with his key worker while drawing, 1 October", by="Jo Platt (key worker)")},
  {"PV004": False, "PV003": False, "PV005": False}, "EY child's words quoted")
P({**E, **pv(text="Alfie is a happy little boy who has settled well into Reception.", attended=False, how="Class teacher", by="Miss Owens")},
  {"PV003": True, "PV004": True}, "EY generic adult summary, no observation")
P({**E, **pv(text="Alfie's language skills are not well developed and he has poor social skills. He does not play with other children.", attended=False, how="Teacher's view", by="Miss Owens")},
  {"PV004": True, "PV002": False}, "adult deficit description, not the child's view")
P({**E, **pv(text="Alfie chose the cars and the garage every day this week. When we asked what he likes best at school he ran to the bikes. When Gran Pat left at drop-off he cried and held on to her coat; once inside he let Jo hold his hand and went to the sand. We think mornings are hard; action: Jo to meet him at the gate with his favourite truck.",
            attended=False, how="Observations by his key worker at drop-off and in free play", by="Jo Platt")},
  {"PV004": False, "PV005": False, "PV003": False}, "EY observation with meaning")
P({**E, **pv(text="Too young to give views.", attended=False, how="", by="Miss Owens")},
  {"PV002": True, "PV005": True}, "EY non-answer")
P({**E, **pv(text="Settled. No concerns.", attended=False, how="Nursery", by="Miss Owens")},
  {"PV003": True, "PV004": True}, "EY generic two-word summary")
P({**E, **pv(text="Alfie said \"trucks\" and \"sand\" when he was shown photos of the classroom, and put his thumb down at the photo of the toilets. Jo thinks he is unsure about going on his own; action: toilet visits with Jo until half term.",
            attended=False, how="Photo talk with key worker", by="Jo Platt (key worker)")},
  {"PV004": False, "PV003": False, "PV005": False}, "EY photo-elicitation with meaning")
P({**E, **pv(text="", attended=False, how="", by="")}, {"PV001": True}, "EY empty")

# ---- nursery ----
N_ = NUR()
P({**N_, **pv(text="Ruby-Mae chose the play dough table every session this week and brought Shannon the 'happy' face card when her carer came. When the room got busy she went to the cosy corner and held her blanket; we think she needs a quiet place to go. Action: key person to keep the cosy corner free after lunch.",
             attended=False, how="Key person observations over the week of 29 September", by="Shannon Reid (key person)")},
  {"PV004": False, "PV003": False, "PV005": False}, "nursery observation with meaning and action")
P({**N_, **pv(text="Ruby-Mae is doing well and enjoys nursery.", attended=False, how="Key person", by="Shannon Reid")},
  {"PV003": True, "PV004": True}, "nursery generic")
P({**N_, **pv(text="Ruby-Mae has delayed speech and limited vocabulary for her age. She needs lots of adult support.", attended=False, how="Key person", by="Shannon Reid")},
  {"PV004": True}, "deficit description, not her view")
P({**N_, **pv(text="Ruby-Mae says \"chickens!\" every time we go outside and pulls my hand to the run. She says \"no\" and turns away at nappy changes with new staff, so we keep it to Shannon or Dee.",
             attended=False, how="Key person notes from daily care and outdoor play", by="Shannon Reid")},
  {"PV004": False, "PV005": False}, "nursery child's words and choices")

# ---- non-verbal (Daniel, EHCP) ----
D = NV()
P({**D, **pv(text="Using his PECS book with Mrs Akhtar, Daniel chose the symbols for 'computer', 'swimming' and 'happy' for things he likes at school, and 'noisy' and 'hall' for things he does not like. He pushed the dining hall card away twice. This tells us lunch in the hall is hard for him; action: lunch in the library with one friend, then graded steps back to the hall.",
            attended=False, how="PECS symbol interview with Mrs Akhtar (TA) on 2 October", by="Mrs Akhtar")},
  {"PV004": False, "PV003": False, "PV005": False, "PV008": False}, "non-verbal symbol record; hall worry met by target 3")
P({**D, **pv(text="Daniel is non-verbal and has limited understanding. He is unable to share his views.", attended=False, how="", by="Mr Hunt")},
  {"PV002": True, "PV004": True, "PV005": True}, "non-verbal child written off: no views captured")
P({**D, **pv(text="Daniel signed 'more' and 'swim' when I showed him the photo of the pool and smiled. He covered his ears and signed 'finish' at the photo of the school bus; the escort says he rocks on the bus. We think the bus is stressful; action: SW to ask transport for a front seat and his headphones.",
            attended=False, how="Makaton and photo choices with his social worker at home, 30 September", by="Sam Okafor (SW)")},
  {"PV004": False, "PV005": False, "PV003": False}, "non-verbal Makaton/photo record with meaning")
P({**D, **pv(text="Daniel has poor communication skills and challenging behaviour at lunchtimes.", attended=False, how="Teacher", by="Mr Hunt")},
  {"PV004": True}, "adult deficit description")

# ---- KS1 ----
K1 = KS1()
P({**K1, **pv(text="I like reading with Mrs Hall, Biff and Chip are funny. I dont like writing becos my hand gets tired. My best frend is Oscar. I want to be a fireman.")},
  {"PV004": False, "PV003": False, "PV006": False, "PV008": False}, "KS1 own words; writing worry met by target 2")
P({**K1, **pv(text="Kai said he likes reading and his best friend is Oscar.")},
  {"PV004": True, "PV003": False}, "KS1 reported only")
P({**K1, **pv(text="Kai drew himself with a big smile next to the book corner and a sad face in the playground. He said \"the big boys take the ball off me\".",
             attended=False, how="Drawing with Mr Dean at golden time, 3 October", by="Mr Dean")},
  {"PV004": False, "PV005": False, "PV008": True}, "playground worry with no target")
P({**K1, **pv(text="Kai is a happy boy who loves school.")}, {"PV003": True, "PV004": True}, "generic")
P({**K1, **pv(text="i like golden time and the lego. i dont like it wen mummy dosnt come to see me.",
             attended=False, how="Kai wrote it himself with Mrs Hall helping him sound out, 6 Oct", by="Mrs Hall")},
  {"PV004": False, "PV005": False, "PV008": True}, "family-time worry with no target")
P({**K1, **pv(text="Kai is immature for his age and finds it hard to sit still on the carpet.")}, {"PV004": True}, "deficit description")

# ---- KS2 ----
K2 = KS2()
P({**K2, **pv(text="I'm good at football and I'm in the school team. Times tables are rubbish, I only know my 2s 5s and 10s. Miss Kaur helps me when I'm stuck. I want to be a youtuber or a footballer.")},
  {"PV004": False, "PV003": False, "PV006": False, "PV008": False}, "KS2 own words; tables worry met by target 2")
P({**K2, **pv(text="I get told off at dinner time by the dinner ladies and then im in a bad mood all afternoon.")},
  {"PV008": True, "PV004": False}, "dinner-time worry with no target")
P({**K2, **pv(text="I get cross and walk out when the work is too hard, then I get in trouble. Mrs Grant is nice, we do the feelings cards.")},
  {"PV008": False, "PV004": False}, "walk-out worry met by target 3")
P({**K2, **pv(text="Tyler is doing fine.")}, {"PV003": True, "PV004": True}, "generic")
P({**K2, **pv(text="Tyler would like to be a footballer. He likes PE and Mr Evans. He finds writing hard.")},
  {"PV004": True, "PV003": False}, "specific but third person")
P({**K2, **pv(text="i want to go to my dads more. school is ok", attended=False, how="Social worker chat on the way back from football, 27 Sept", by="Sam Okafor (SW)")},
  {"PV004": False, "PV005": False, "PV003": False}, "short genuine answer, method named")
P({**K2, **pv(text="I hate reading out loud cos people laugh when I get words wrong.")},
  {"PV008": True}, "reading-aloud worry: targets are writing, tables, walk-outs")
P({**K2, **pv(text="Fine", attended=False, how="Asked in class")}, {"PV003": True}, "one-word generic answer")

# ---- KS4 ----
K4 = KS4()
P({**K4, **pv(text="Honestly I just want to pass English and maths so I can do mechanics at college. Mocks went bad, got a 3 in maths. Mr Patel's sessions are decent. I'm stressed about my BTEC Sport coursework tho, I'm 2 units behind.")},
  {"PV008": True, "PV004": False, "PV003": False}, "BTEC coursework worry, no target")
P({**K4, **pv(text="idk school is ok i guess. dont like being pulled out of lessons for meetings like this. want to go college for cars")},
  {"PV003": False, "PV004": False, "PV006": False}, "text-speak but specific")
P({**K4, **pv(text="Jordan lacks motivation and has a poor attitude to learning. He is often late and does not complete homework.")},
  {"PV004": True, "PV002": False}, "adult deficit description")
P({**K4, **pv(text="I'm worried I won't get into City College if I don't get a 4 in maths. Mr Patel is helping. I want to be a mechanic like my uncle.")},
  {"PV008": False, "PV004": False}, "maths worry met by target 2")
P({**K4, **pv(text="Jordan didn't want to do his views.", attended=False, how="")}, {"PV002": True, "PV005": True}, "refusal, no method")
P({**K4, **pv(text="Leave me alone about school, I'm going to college anyway. I'll do the college form if Mrs Shaw helps me.",
             attended=False, how="Said to his mentor Mr Daly during their Tuesday session, noted word for word", by="Mr Daly (mentor)")},
  {"PV002": False, "PV004": False, "PV005": False, "PV003": False}, "reluctant but genuine words with method")
P({**K4, **pv(text="The exam hall makes me panic, last mock I walked out of English after 20 mins.")},
  {"PV008": True}, "exam panic: no target on exam anxiety or access arrangements")

# ---- post-16 ----
P6 = P16()
P({**P6, **pv(text="College is way better than school, nobody treats me like a kid. I'm on Level 2 Health and Social Care and I want to do nursing. I need my English GCSE tho and I'm scared of failing it again.")},
  {"PV008": False, "PV004": False, "PV003": False}, "post-16 own words; English fear met by target 1")
P({**P6, **pv(text="I'm always late for the 9am ones cos the bus from my lodgings takes ages. Ms Ali is good.", attended=False,
              how="PA (Sarah Nolan) phoned Chantelle on 1 October and typed her answers", by="Sarah Nolan (PA)")},
  {"PV005": False, "PV008": False, "PV004": False}, "late worry answered by attendance target 3")
P({**P6, **pv(text="College is fine.", attended=False, how="")}, {"PV003": True, "PV005": True}, "generic and no method")
P({**P6, **pv(text="I want to do nursing at uni one day. I'm skint most weeks and can't afford the placement shoes.", prev="I want to do nursing at uni one day. I'm skint most weeks and can't afford the placement shoes.")},
  {"PV007": True, "PV008": True}, "copied from previous; money worry unanswered")
P({**P6, **pv(text="Chantelle is a mature young woman who is doing well at college.")}, {"PV003": True, "PV004": True}, "generic adult summary")
P({**P6, **pv(text="I hate maths and I'm not doing it again.")}, {"PV006": True, "PV008": False}, "one theme; maths already grade 4 so no maths worry to answer")

# ---- extra variety ----
P(M(text="tbh school is long. i like food tech n drama. maths is hard esp fractions. dont like when i get moved seats. wanna be a vet or a hairdresser"),
  {"PV003": False, "PV004": False, "PV006": False}, "text-speak, specific own words")
P(M(text="Lorraine (carer) says Maya comes home upset on Mondays because of the PE changing rooms."),
  {"PV004": True, "PV008": True}, "carer's report only; changing-room worry unanswered")
P(M(text="School is a maze and the maths corridor is the worst part\nbut Ellie is the map I keep in my heart\none day I'll look after animals, big and small"),
  {"PV004": False, "PV003": False, "PV001": False}, "poem by the child")
P({**KS2(), **pv(text="Tyler said \"I'm good at football\" and \"I hate writing, it hurts my hand\".")},
  {"PV004": False, "PV008": False}, "quoted words; writing worry met by target 1")
P({**KS4(), **pv(text="Jordan is keen on mechanics.")}, {"PV004": True, "PV006": True}, "adult line on one theme")
P({**P16(), **pv(text="I'm doing alright. College is ok.")}, {"PV003": True, "PV004": False}, "first person, nothing specific")
P({**NUR(), **pv(text="N/A - too young", attended=False, how="", by="")}, {"PV002": True}, "nursery non-answer")
P(M(text="Maya said: \"I want help with fractions.\" She also told us she enjoys PE and wants to be a vet."),
  {"PV004": False, "PV008": False}, "mix of reported and quoted words")
P(M(text="Sees counsellor, says it helps."), {"PV004": True}, "adult note, no child's words")
P(M(text="Maya would like more help in science because she missed a lot when she moved schools."),
  {"PV004": True, "PV008": True}, "reported wish; science gap not in targets")
P(M(text="I like my new school better than my old one cos the teachers actually listen. I want to do my GCSEs in biology and art. Mr Ahmed makes fractions make sense."),
  {"PV003": False, "PV004": False, "PV006": False, "PV008": False}, "specific positive views")

P(M(text="I'm doing better in maths now, I got 7/10 on fractions. I still love English and I'm on my third book. Ellie and me are ok again.", prev="Maths is hard especially fractions. I like English. Me and Ellie fell out."),
  {"PV007": False, "PV003": False}, "new views, changed since last term")
P({**KS2(), **pv(text="I like football and Mr Evans. Times tables are hard. I want to be a footballer.", prev="I like football and Mr Evans. Times tables are hard. I want to be a footballer.")},
  {"PV007": True}, "copied word for word")
P({**KS4(), **pv(text="Mocks are coming and I'm revising with Mr Patel. Still want to be a mechanic, I've got the garage work experience in Feb.", prev="I want to be a mechanic. Maths is my worst subject.")},
  {"PV007": False, "PV004": False}, "fresh views")
P({**KS1(), **pv(text="I like the new class. Mr Dean is kind. I can do my bonds to 10 now!", prev="I like Mrs Hall. I can't do adding.")},
  {"PV007": False, "PV004": False, "PV003": False}, "fresh, specific")
