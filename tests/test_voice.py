"""Pupil voice checks (PV001-PV008): spans, names in suggestions, vocabulary and policy extension."""
from datetime import date

import pytest

from pepqa.checks import load_all
from pepqa.checks.baseline import baseline_pep
from pepqa.checks.registry import Context, find_check
from pepqa.checks.lib.voice_example import first_person_example
from pepqa.checks.voice_unchanged import similarity
from pepqa.policy import load_policy

load_all()  # the PV checks live in several modules: register them all
TODAY = date(2025, 10, 20)
CTX = Context(policy=load_policy(None), today=TODAY)
JAYDEN = {"child.name": "Jayden Clarke", "child.year_group": 4, "child.phase": "primary", "attendees[0].name": "Jayden Clarke"}
ABSENT = {"pupil_voice.child_attended": False, "attendees[0].attended": False, "pupil_voice.captured_how": None}


def run(code, patch=None, ctx=CTX):
    c = find_check(code)
    assert c is not None, code
    return list(c.run(baseline_pep(patch or {}), ctx))


def codes(patch, ctx=CTX):
    return {code for code in (f"PV00{i}" for i in range(1, 9)) if run(code, patch, ctx)}


# --- spans and evidence -------------------------------------------------------------------------

SPAN_CASES = [
    ("PV002", {"pupil_voice.text": "No pupil views shared."}),
    ("PV002", {"pupil_voice.text": "Jayden did not attend the meeting. Social worker to gather views next term.", **JAYDEN}),
    ("PV003", {"pupil_voice.text": "Jayden is happy at school.", **JAYDEN}),
    ("PV004", {"pupil_voice.text": "I spoke with Maya on Tuesday. She told me she likes PE but finds fractions hard. "
                                   "She wants to be a vet."}),
    ("PV006", {"pupil_voice.text": "I want to be a hairdresser and have my own salon one day."}),
    ("PV007", {"pupil_voice.text": "I like art and PE. Maths is hard for me. I want to be a vet.",
               "pupil_voice.previous_text": "I like art and PE! Maths is hard for me. I want to be a vet."}),
    ("PV008", {"pupil_voice.text": "I like English, but spelling is hard and I always get my spellings wrong. "
                                   "My friends are Ellie and Tom. I want to be a vet."}),
    ("PV001", {"pupil_voice.text": "  Click here to enter text.  "}),
]


@pytest.mark.parametrize("code,patch", SPAN_CASES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(SPAN_CASES)])
def test_span_points_at_evidence(code, patch):
    found = run(code, patch)
    assert found, f"{code} should fire"
    text = patch["pupil_voice.text"]
    for f in found:
        assert f.location.field == "pupil_voice.text"
        assert f.location.section == "pupil_voice"
        s, e = f.location.span
        assert 0 <= s < e <= len(text)
        assert text[s:e] == f.evidence


def test_non_answer_span_is_the_sentence_saying_it():
    text = "Pupil didn’t want to give their views."
    (f,) = run("PV002", {"pupil_voice.text": text})
    assert f.evidence == text.rstrip(".") or f.evidence == text
    assert "didn’t want to give their views" in f.message


def test_concern_span_and_words_named():
    text = ("I like English, but spelling is hard and I always get my spellings wrong. "
            "My friends are Ellie and Tom. I want to be a vet.")
    (f,) = run("PV008", {"pupil_voice.text": text})
    assert f.evidence == "spelling is hard and I always get my spellings wrong"
    assert "'spelling'" in f.message and "'spellings'" in f.message
    assert f.severity.value == "advice"


def test_concern_answered_by_a_target_is_not_flagged():
    # the baseline voice: fractions (target 2) and answering in front of the class (target 3)
    assert run("PV008") == []
    patch = {"pupil_voice.text": "Spelling is hard for me.", "targets[0].text":
             "Maya will spell 40 of the Year 7 statutory words correctly in her weekly spelling test by February half-term."}
    assert run("PV008", patch) == []


def test_subject_concern_needs_a_subject_target():
    # 'functional skills' is shared with the maths target, but the worry is about English
    patch = {"pupil_voice.text": "I am worried about the English functional skills exam.",
             "targets": [{"number": 1, "area": "Maths", "text": "Maya will pass Level 2 functional skills maths by March 2026."}]}
    (f,) = run("PV008", patch)
    assert "'English'" in f.message


# --- names and concrete suggestions -------------------------------------------------------------

def test_suggestions_use_the_childs_first_name():
    for code, patch in [("PV001", {"pupil_voice.text": ""}), ("PV002", {"pupil_voice.text": "N/A"}),
                        ("PV003", {"pupil_voice.text": "Jayden is happy at school."}),
                        ("PV004", {"pupil_voice.text": "Jayden says he likes football and finds reading hard."}),
                        ("PV005", {"pupil_voice.text": "I like football. Reading is hard. I want to be a builder.", **ABSENT}),
                        ("PV006", {"pupil_voice.text": "I want to be a footballer for Coventry City."})]:
        (f,) = run(code, {**JAYDEN, **patch})
        assert "Jayden" in f.suggestion, (code, f.suggestion)
        assert "Maya" not in f.suggestion + f.message, code
        assert "Clarke" not in f.suggestion + f.message, "first name only"


def test_third_person_suggestion_rewrites_the_peps_own_words():
    (f,) = run("PV004", {**JAYDEN, "pupil_voice.text": "Jayden says he finds reading hard and gets cross when others "
                                                      "push in. He wants to be a builder."})
    assert "'I find reading hard because ...'" in f.suggestion
    assert "Record Jayden's own words" in f.suggestion


def test_generic_suggestion_rewrites_the_summary():
    (f,) = run("PV003", {**JAYDEN, "pupil_voice.text": "Jayden is happy at school."})
    assert "'is happy at school'" in f.message or "'happy at school'" in f.message
    assert "'I am happy at school because ...'" in f.suggestion


@pytest.mark.parametrize("sentence,expected", [
    ("Maya said she finds fractions hard and gets worried when asked to answer.", "I find fractions hard because ..."),
    ("Maya is happy at school.", "I am happy at school because ..."),
    ("He likes reading with his carer at bedtime.", "I like reading with my carer at bedtime because ..."),
    ("She enjoys art and drama.", "I enjoy art and drama because ..."),
    ("Maya told her carer that she wants to keep going to homework club.", "I want to keep going to homework club because ..."),
    ("Jade is enjoying the Health and Social Care course and her placement.",
     "I am enjoying the Health and Social Care course and my placement because ..."),
    ("The homework club helps.", None),
])
def test_first_person_example(sentence, expected):
    pep = baseline_pep({"child.name": "Maya Thompson" if "Jade" not in sentence else "Jade Morris"})
    assert first_person_example(sentence, pep) == expected


# --- judgement calls ------------------------------------------------------------------------------

def test_coventry_phrases_and_variants_are_non_answers():
    for text in ["No pupil views shared", "Pupil didn’t want to give their views.", "Pupil didnt want to give his views",
                 "N/A", "n/a.", "As above", "See last PEP", "Did not attend.", "Refused.", "Nothing to add",
                 "Not available", "TBC", "Young person declined to complete the form."]:
        assert codes({"pupil_voice.text": text}) == {"PV002"}, text


def test_refusal_then_real_views_is_fine():
    text = ("Maya didn't want to fill in the form, so Miss Price chatted with her at lunch. She said: \"I hate "
            "fractions, but I like it when Mr Ahmed draws them as pizzas.\"")
    assert "PV002" not in codes({"pupil_voice.text": text})


def test_one_comment_per_weakness():
    # an empty voice is PV001 only; a non-answer PV002 only; a generic one is PV003 without PV006 piling on
    assert codes({"pupil_voice.text": "", **ABSENT}) == {"PV001"}
    assert codes({"pupil_voice.text": "Views to be obtained by the DT before the next PEP."}) == {"PV002"}
    assert codes({"pupil_voice.text": "Everything is fine, no concerns."}) == {"PV003"}


def test_generic_summary_about_the_child_is_also_third_person():
    # nothing specific (PV003) and none of the child's own words (PV004) are two problems
    assert codes({**JAYDEN, "pupil_voice.text": "Jayden is happy at school."}) == {"PV003", "PV004"}
    assert codes({"pupil_voice.text": "happy, enjoys school, no worries"}) == {"PV003", "PV004"}
    assert codes({"pupil_voice.text": "I'm fine. School is ok."}) == {"PV003"}


@pytest.mark.parametrize("text", [
    "Enter the pupil's views here", "Type the child's views here.", "Young person's views:", "My views below",
])
def test_form_prompts_and_bare_headings_are_empty(text):
    assert codes({"pupil_voice.text": text}) == {"PV001"}


@pytest.mark.parametrize("text,patch", [
    ("N/A - Maya was at family time.", {}),
    ("n/a (not at the meeting)", {}),
    ("Maya was not at the review.", {}),
    ("Pupil views will be sought at the next visit.", {}),
    ("Views to be collected by carer after half term", {}),
    ("Views pending.", {}),
    ("Not applicable - Leo is 3.", {"child.phase": "early_years", "child.year_group": -1, "child.name": "Leo Martin"}),
    ("Too little to give views", {"child.phase": "early_years", "child.year_group": -1}),
    ("N/A due to her age", {"child.phase": "early_years", "child.year_group": 0}),
])
def test_non_answers_with_extra_words(text, patch):
    assert "PV002" in codes({**patch, "pupil_voice.text": text}), text


@pytest.mark.parametrize("text", [
    "Favourite subject: art. Worries: n/a. I want to be a vet and my friend is Sam.",
    "I was too young to remember my old school, but I like my carer Sue and maths is hard.",
    "I want to be added to the netball team. I like PE and Ellie is my best friend.",
])
def test_non_answer_words_inside_real_views(text):
    assert "PV002" not in codes({"pupil_voice.text": text}), text


@pytest.mark.parametrize("text", [
    "Maya is a pleasure to have in class and is a credit to her carers.",
    "She presents as happy and is engaging well with her education.",
    "Maya is thriving and has positive relationships with staff.",
    "Maya is keen to learn and wants to do well in her exams.",
])
def test_stock_evaluations_are_generic(text):
    assert run("PV003", {"pupil_voice.text": text}), text


@pytest.mark.parametrize("text", [
    "I'm not happy in lessons because the work is too hard.",
    "Maya is happy at school and has joined the Thursday chess club with Ellie.",
    "Maya is happy but finds reading hard.",
])
def test_not_generic(text):
    assert not run("PV003", {"pupil_voice.text": text}), text


@pytest.mark.parametrize("how,fires", [
    ("Maya did not want to come to the meeting.", True), ("Views below", True), ("Not recorded", True),
    ("Maya was off sick on 3 October.", True),
    ("By her carer", False), ("Tutor time, 6 Oct", False), ("Phone call with her social worker", False),
    ("Maya would not come, so Mrs Lee chatted with her at lunch.", False),
])
def test_how_gathered_must_name_a_method_person_or_occasion(how, fires):
    text = "I like art. Maths is hard. I want to be a vet."
    assert bool(run("PV005", {**ABSENT, "pupil_voice.text": text, "pupil_voice.captured_how": how})) is fires, how


def test_how_gathered_in_the_voice_needs_a_method_not_a_topic():
    base = {**ABSENT, "pupil_voice.text": "I like art. Maths is hard. I want to be a vet."}
    assert run("PV005", {**base, "pupil_voice.text": "I'm happy at home. I like art. Maths is hard."})
    assert run("PV005", {**base, "pupil_voice.text": "I saw her at lunch and I like art. Maths is hard."})
    assert not run("PV005", {**base, "pupil_voice.text": "Mrs Lee met Maya at lunch and she said she likes art."})


def test_concepts_match_in_other_words():
    # target 3 is to "answer one question aloud"; target 1 is about writing
    for text in ["Putting my hand up makes me nervous.", "I hate doing presentations in front of the class.",
                 "I need help with my essays."]:
        assert not run("PV008", {"pupil_voice.text": text}), text
    # reading aloud is about reading, which no target covers, even though 'out loud' is answering aloud
    assert run("PV008", {"pupil_voice.text": "Reading out loud in class scares me."})
    # a concept named only by a phrase is still a worry: no target is about friendships
    (f,) = run("PV008", {"pupil_voice.text": "I fell out with Ellie and Tom."})
    assert "fell out" in f.message


def test_target_verbs_do_not_answer_a_worry():
    # "to build her confidence" (target 3) says nothing about a building
    (f,) = run("PV008", {"pupil_voice.text": "The new building is confusing and I keep getting lost."})
    assert "picked up" not in f.message


def test_theme_words_used_as_times_do_not_count():
    assert run("PV006", {"pupil_voice.text": "Sam and Kai are my best mates and we play on the Xbox after school."})


def test_early_years_observation_is_a_valid_voice():
    patch = {"child.name": "Noah Bennett", "child.phase": "early_years", "child.year_group": -1, **ABSENT,
             "pupil_voice.text": "Keyworker observation: Noah chose the train set every day and lined the trains up by "
                                 "colour. He brought the blue train to show his keyworker and plays alongside Alfie."}
    assert not run("PV004", patch)
    assert not run("PV005", patch), "the observation itself says how the voice was gathered"


def test_adult_first_person_is_not_the_childs_voice():
    (f,) = run("PV004", {"pupil_voice.text": "I met with Maya on 1 October. She told me maths is her favourite subject."})
    assert "'I met'" in f.message


def test_absence_from_attendance_list():
    patch = {"pupil_voice.child_attended": None, "pupil_voice.captured_how": None,
             "attendees": [{"name": "Sam Okafor", "role": "social_worker", "attended": True}]}
    (f,) = run("PV005", patch)
    assert "not on the attendance list" in f.message
    assert not run("PV005", {**patch, "pupil_voice.captured_how": "Carer talked with Maya at home on 2 October."})
    assert not run("PV005", {**patch, "attendees": []}), "no attendance information: cannot tell"


def test_similarity():
    assert similarity("I like art. I want to be a vet.", "i like ART, i want to be a vet") == 1.0
    assert similarity("I like art.", "Fractions are hard for me.") == 0.0


def test_section_not_found_is_left_to_the_reader_check():
    assert codes({"parts.pupil_voice": False, "pupil_voice.text": None}) == set()


# --- authority extensions -------------------------------------------------------------------------

def _ctx_with(tmp_path, policy_toml: str) -> Context:
    f = tmp_path / "pepqa.toml"
    f.write_text(policy_toml, encoding="utf-8")
    return Context(policy=load_policy(f), today=TODAY)


def test_vocab_dir_adds_local_phrases(tmp_path):
    vocab = tmp_path / "vocab"
    vocab.mkdir()
    (vocab / "voice.toml").write_text('unacceptable = ["views held on {their} file"]\n'
                                      'generic_remove = ["fine"]\n', encoding="utf-8")
    ctx = _ctx_with(tmp_path, f'[data]\nvocab_dir = "{vocab.as_posix()}"\n')
    text = "Views held on the file."
    assert not run("PV002", {"pupil_voice.text": text}), "not a default phrase"
    (f,) = run("PV002", {"pupil_voice.text": text}, ctx)
    assert f.evidence == text
    # the removal applies too: 'fine' alone no longer makes a voice generic
    assert run("PV003", {"pupil_voice.text": "I'm fine."})
    assert not run("PV003", {"pupil_voice.text": "I'm fine."}, ctx)


def test_vocab_dir_unknown_slot_is_an_error(tmp_path):
    from pepqa.errors import ConfigError

    vocab = tmp_path / "vocab2"
    vocab.mkdir()
    (vocab / "voice.toml").write_text('unacceptable = ["no {nonsense} views"]\n', encoding="utf-8")
    ctx = _ctx_with(tmp_path, f'[data]\nvocab_dir = "{vocab.as_posix()}"\n')
    with pytest.raises(ConfigError, match="nonsense"):
        run("PV002", {"pupil_voice.text": "x y z"}, ctx)


def test_policy_settings(tmp_path):
    one_theme = {"pupil_voice.text": "I want to be a hairdresser and have my own salon one day."}
    assert run("PV006", one_theme)
    ctx = _ctx_with(tmp_path, "[voice]\nmin_themes = 1\nunchanged_similarity = 1.0\n")
    assert not run("PV006", one_theme, ctx)
    near = {"pupil_voice.text": "I like art and PE. Maths is hard. I want to be a vet.",
            "pupil_voice.previous_text": "I like art and PE. Maths is hard. I want to be a vet nurse."}
    assert run("PV007", near)
    assert not run("PV007", near, ctx)


# -- PV008 needs a worry or a wish, not a shared word ------------------------------------------------
@pytest.mark.parametrize("voice", [
    "When I'm sad Ms Mensah gives me a cuddle. I like the sand tray.",
    "Miss Begum is the person I go to if something goes wrong. I like PE and my friend Sam.",
    "English essays stress me out, the writing frames help me start. I like PE and my friend Sam.",
])
def test_support_that_works_is_not_an_unanswered_worry(voice):
    assert not run("PV008", {"pupil_voice.text": voice})


def test_childs_own_name_is_not_a_theme():
    found = run("PV008", {"child.name": "Mo Ali",
                          "pupil_voice.text": "Mo finds it hard when spellings are tested. I like PE."})
    assert all("'Mo'" not in f.message for f in found)


# -- the wording moved out of Python is read from voice.toml (issue 15) ------------------------------

def test_every_voice_list_is_declared_by_a_pv_check():
    """Each list of voice.toml is named in some PV check's vocab=, so `pepqa explain` shows an authority where
    it matters; a list no check reads would be wording an authority extends for nothing."""
    from pepqa.checks.registry import all_checks
    from pepqa.vocab import load_vocab

    declared = {ref.split(".", 1)[1] for c in all_checks() if c.code.startswith("PV") for ref in c.vocab
                if ref.startswith("voice.")}
    assert declared == set(load_vocab("voice"))


def test_vocab_dir_extends_plain_word_and_support_lists(tmp_path):
    from pepqa.checks.lib.voice_reading import phrases_for

    vocab = tmp_path / "vocab"
    vocab.mkdir()
    (vocab / "voice.toml").write_text('support_works = ["sorts me out"]\nreport_verbs = ["reckons"]\n',
                                      encoding="utf-8")
    ctx = _ctx_with(tmp_path, f'[data]\nvocab_dir = "{vocab.as_posix()}"\n')
    worry = {"pupil_voice.text": "When spelling is hard Mr Cole sorts me out. I like PE and my friend Sam."}
    assert run("PV008", worry), "a worry by default"
    assert not run("PV008", worry, ctx), "support that works, by the authority's wording"
    pep = baseline_pep()
    sentence = "Maya reckons she finds fractions hard."
    assert first_person_example(sentence, pep) == "I reckon I finds fractions hard because ...", "not a reporting verb"
    assert first_person_example(sentence, pep, phrases_for(vocab.as_posix())) == "I find fractions hard because ..."
