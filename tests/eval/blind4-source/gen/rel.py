"""Relevance of targets to recorded needs: attainment-based writing advice (EM003) and
worries in the child's voice that no target answers (PV008)."""
from common import frag, T, MAYA_TARGETS
from profiles import profile
import copy

n = [0]
def R(prof, over, expect, note):
    n[0] += 1
    frag(f"b4-rel-{n[0]:03d}", prof, over, expect, note)

def renum(ts):
    ts = copy.deepcopy(ts)
    for i, x in enumerate(ts, 1): x["number"] = i
    return ts

kai = profile("kai")["targets"]
leah = profile("leah")["targets"]
ty = profile("tyler")["targets"]
KAI_READ2 = T(1, "Reading", "Kai will retell a familiar story in order using 5 picture cards by Christmas.",
              "Story sequencing with Mr Dale twice a week.", "Retells 5 events in order.", "Mr Dale (teaching assistant)", "19 December 2025")
WT = {"subject": "Writing", "current": "Working towards", "expected": "Expected standard", "progress": "Below expected"}

# --- EM003: KS1/KS2 writing below expected and the plan has no writing target ---------------
R("kai", {"targets": renum([KAI_READ2, kai[1], kai[2]])}, {"EM003": True, "EM001": False}, "Year 2, writing 'working towards', targets are reading and maths only.")
R("kai", {}, {"EM003": False}, "Year 2 with a writing target.")
R("leah", {"attainment": [profile("leah")["attainment"][0], WT, profile("leah")["attainment"][2]],
           "targets": renum([T(1, "English", "Leah will read a Year 4 book band (Brown) with 95% accuracy and answer 4 of 5 retrieval questions by February half-term.",
                               "Guided reading with Mr Walton.", "95% accuracy and 4/5 questions.", "Mr Walton (class teacher)", "February half-term 2026"), leah[1], leah[2]])},
  {"EM003": True, "EM001": False}, "Writing below expected; the English target is about reading.")
R("leah", {"attainment": [profile("leah")["attainment"][0], WT, profile("leah")["attainment"][2]]},
  {"EM003": False, "EM001": False}, "Writing below expected and the English target is a written recount.")
R("tyler", {"attainment": [profile("tyler")["attainment"][0], WT, profile("tyler")["attainment"][2]]},
  {"EM003": True, "EM001": False}, "Year 6 writing working towards; targets are reading, maths, transition.")
R("tyler", {"attainment": [profile("tyler")["attainment"][0], WT, profile("tyler")["attainment"][2]],
            "targets": renum([ty[0], ty[1], T(3, "English", "Tyler will use semicolons and dashes correctly in his independent writing in 3 of 4 assessed pieces by Easter.",
                                              "Grammar starter 3 x a week; editing checklist.", "3 of 4 pieces assessed.", "Mr Qureshi (Year 6 teacher)", "Easter 2026")])},
  {"EM003": False, "ST007": False}, "Year 6 writing target added (3 targets, transition dropped).")
R("maya", {"attainment": [{"subject": "English (writing)", "current": "Grade 3", "expected": "Grade 5", "progress": "Below expected"},
                          {"subject": "Maths", "current": "Grade 3", "expected": "Grade 5", "progress": "Below expected"}],
           "targets": renum([T(1, "English", "Maya will read two class novels and complete the AR quiz for each with 80% or more by February half-term.",
                               "Library lessons.", "80%+ on both quizzes.", "Mrs Kaur (librarian)", "February half-term 2026"), MAYA_TARGETS[1], MAYA_TARGETS[2]])},
  {"EM003": False, "EM001": False}, "Year 9: the writing check is for KS1/KS2 only.")
R("alfie", {}, {"EM003": False}, "Reception: EYFS, not KS1/KS2.")
R("kai", {"targets": renum([T(1, "", "Kai will write a postcard to his nan with his name, a greeting and two sentences by February half-term.",
                              "Postcard practice in writing group.", "Postcard posted.", "Mrs Pike (class teacher)", "February half-term 2026"), kai[1], kai[2]])},
  {"EM003": False, "EM001": False}, "Writing target with blank area, identified from its text.")

# --- PV008: worries in the child's words against the targets ---------------------------------
R("maya", {"pupil_voice.text": "I'm behind in science because I missed most of Year 8 when I moved. I don't understand the chemistry at all and I'm scared about the test. Miss Price's English is good though."},
  {"PV008": True}, "Science gap not addressed by any target.")
R("leah", {"pupil_voice.text": "My handwriting is messy and I can't keep up when we copy off the board. I like reading with Mr Walton.",
           "targets": renum([T(1, "English", "Leah will join her letters using the school's cursive style in a 5-line copy task, at 20 letters a minute, by February half-term.",
                               "Handwriting group 3 x 10 minutes a week with Mrs Booth.", "5 lines joined at 20 letters per minute.", "Mrs Booth (teaching assistant)", "February half-term 2026"), leah[1], leah[2]])},
  {"PV008": False}, "Handwriting/copying worry answered by the handwriting target.")
R("tyler", {"pupil_voice.text": "I'm scared about going to big school next year because I don't know anyone except Dylan and it's massive."},
  {"PV008": False, "PV006": False}, "Transition worry answered by the Northgate visits target.")
R("chloe", {"pupil_voice.text": "I really want to learn to drive this year so I can get to placements. Jas and Priya are my mates on the course and Mr Stevens is helping me plan my nursing application."},
  {"PV008": False}, "A wish, not a worry: nothing unanswered.")
R("jordan", {"pupil_voice.text": "When teachers shout I get angry and then I get sent out, and then I'm behind. Ms Fowler never shouts."},
  {"PV008": True}, "Being sent out when shouted at: no behaviour or regulation target.")
R("oscar", {}, {"PV008": False}, "Non-verbal: 'schedule too long' answered by the three-task schedule target.")
R("kai", {}, {"PV008": True}, "Kai says he cannot spell the long words; the writing target covers punctuation only.")
R("kai", {"targets": renum([kai[0], kai[1], kai[2], T(4, "Spelling", "Kai will spell 20 of the Year 2 common exception words correctly in a dictation by the end of the spring term (currently 8).",
                                                          "Look-cover-write-check 3 x a week with Mr Dale.", "20/20 in dictation.", "Mr Dale (teaching assistant)", "End of spring term 2026")])},
  {"PV008": False}, "Spelling worry now answered by a spelling target.")
R("leah", {"pupil_voice.text": "I get stuck on long words when I'm reading in guided reading and I don't want to read out loud in case people laugh."},
  {"PV008": True}, "Reading aloud/decoding worry; targets are writing, times tables and the feelings fan.")
R("maya", {"pupil_voice.text": "I'm worried I'll be split up from Ellie when they change the tutor groups.",
           "targets": renum([MAYA_TARGETS[0], MAYA_TARGETS[1], T(3, "Wellbeing", "Maya will stay in the same tutor group as her friend Ellie after the January regroup, and meet Mr Grey once a fortnight to talk about friendships, by the spring PEP.",
                                                                 "Mr Grey (form tutor) to request the placement with the Head of Year.", "Tutor group confirmed; 4 fortnightly meetings logged.", "Mr Grey (form tutor)", "4 February 2026")])},
  {"PV008": False}, "Friendship worry answered.")
R("maya", {"pupil_voice.text": "I hate lunchtimes because the canteen is so loud and I don't eat. Maths is ok now."},
  {"PV008": True}, "Lunchtime/eating worry unanswered.")
