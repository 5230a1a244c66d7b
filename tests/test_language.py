"""LC001 language that cares and LC002 unexplained acronyms: context rules, spans, rewrites."""
from datetime import date

import pytest

from pepqa.checks import load_all
from pepqa.checks.baseline import baseline_pep
from pepqa.checks.registry import REGISTRY, Context
from pepqa.policy import Policy, load_policy

load_all()
LC001, LC002 = REGISTRY["LC001"], REGISTRY["LC002"]
CTX = Context(policy=load_policy(None), today=date(2025, 10, 20))


def run(check, patch, ctx=CTX):
    return list(check.run(baseline_pep(patch), ctx))


def care(text, field="wellbeing"):
    return run(LC001, {field: text})


@pytest.mark.parametrize("text,evidence,rewrite", [
    ("Maya has contact with her mum every Saturday.", "contact", "Maya has family time with her mum every Saturday."),
    ("Contact with Mum is every other Saturday.", "Contact", "Family time with Mum is every other Saturday."),
    ("Dad's contact on Saturday went well.", "contact", "Family time with Dad on Saturday went well."),
    ("Weekly supervised contact is at the family centre.", "supervised contact",
     "Weekly family time is at the family centre."),
    ("Her placement is settled.", "placement", "Her home is settled."),
    ("Maya has had three placements in two years.", "placements", "Maya has had three homes in two years."),
    ("After an LAC review, plans changed.", "LAC review", "After a care review, plans changed."),
    ("She is a looked-after child.", "looked-after child", "She is a child in care."),
    ("Following a recent placement breakdown Maya moved school.", "placement breakdown",
     "Following a recent move Maya moved school."),
    ("Maya has absconded twice.", "has absconded", "Maya has run away twice."),
    ("Maya goes to respite one weekend a month.", "respite", "Maya goes to short breaks one weekend a month."),
    ("Maya displays challenging behaviour in maths.", "displays challenging behaviour",
     "Maya finds it hard to cope in maths."),
    ("Maya was placed with her aunt in 2019.", "placed", "Maya was living with her aunt in 2019."),
])
def test_flags_and_rewrites(text, evidence, rewrite):
    found = care(text)
    assert len(found) == 1, [x.message for x in found]
    x = found[0]
    assert x.evidence == evidence
    a, b = x.location.span
    assert text[a:b] == evidence
    assert x.location.field == "wellbeing"
    assert x.suggestion.startswith(f'Write: "{rewrite}"')
    assert f'"{evidence}"' in x.message and "Maya may read this plan" in x.message


@pytest.mark.parametrize("text", [
    "Carers will contact the school if Maya is unwell.",
    "Mum's contact details have changed.",
    "Maya avoids eye contact when she is anxious.",
    "Please contact the SENCo with any questions.",
    "School will contact Mum about parents' evening.",
    "The point of contact for school is Mrs Lee.",
    "Maya had a college placement in Year 11.",
    "Maya will do a work experience placement at the vets.",
    "Maya was placed in the top set for English.",
    "She was looked after by her nan during the holidays.",
    "The fractions unit test is on Friday.",
    "Maya enjoys family time with her mum and feels settled at home.",
])
def test_no_false_alarms(text):
    assert care(text) == []


def test_two_findings_share_one_rewritten_sentence():
    found = care("Maya is a LAC pupil and can be attention-seeking.", field="targets[2].actions")
    assert [x.evidence for x in found] == ["LAC pupil", "attention-seeking"]
    assert {x.suggestion.split(" The child")[0] for x in found} == {
        'Write: "Maya is a pupil in care and can be connection-seeking."'}
    assert all(x.location.item == 3 and x.location.section == "targets" for x in found)


def test_every_free_text_field_is_read():
    fields = ["pupil_voice.captured_how", "targets[0].text", "targets[1].success_criteria", "pp_spend[0].description",
              "pp_spend[1].intended_impact", "aspirations", "transition", "sen_details", "previous_targets[0].outcome",
              "pp_impact_review", "alternative_provision"]
    for field in fields:
        found = run(LC001, {field: "This was agreed after contact with her dad."})
        assert [x.location.field for x in found] == [field], field
    found = run(LC001, {"exclusions": [{"kind": "suspension", "reason": "Kicked off in science.",
                                        "support": "Key adult after contact with Mum."}]})
    assert [x.location.field for x in found] == ["exclusions[0].reason", "exclusions[0].support"]


def test_childs_own_words_are_left_alone():
    # first-person voice and quotations are the child's words; third-person adult summaries are not
    assert care("I see my mum at contact on Saturdays.", field="pupil_voice.text") == []
    assert care('Maya said "I hate contact with my dad" and cried.') == []
    found = care("Maya enjoys contact with her mum.", field="pupil_voice.text")
    assert [x.evidence for x in found] == ["contact"]


def test_authority_can_extend_and_switch_off(tmp_path):
    (tmp_path / "language.toml").write_text(
        '[substitutions]\n"care plan meeting" = "my plan meeting"\n"respite" = ""\n', encoding="utf-8")
    data = load_policy(None).as_dict()
    data["data"]["vocab_dir"] = str(tmp_path)
    ctx = Context(policy=Policy(data), today=date(2025, 10, 20))
    assert [x.evidence for x in run(LC001, {"wellbeing": "At the care plan meeting Maya spoke up."}, ctx)] == [
        "care plan meeting"]
    assert run(LC001, {"wellbeing": "Maya goes to respite monthly."}, ctx) == []


# --- LC002 ------------------------------------------------------------------------------------------

def acr(patch):
    return run(LC002, patch)


def test_acronym_reported_once_with_count_and_expansion():
    found = acr({"wellbeing": "Maya sees CAMHS monthly.", "targets[2].actions": "CAMHS to advise on anxiety."})
    assert len(found) == 1
    x = found[0]
    assert x.evidence == "CAMHS" and x.location.field == "wellbeing" and x.location.span == (10, 15)
    assert "(used 2 times)" in x.message
    assert x.suggestion == ('Write it out the first time it is used: '
                            '"Maya sees Child and Adolescent Mental Health Services (CAMHS) monthly."')


def test_unknown_acronym_gets_a_generic_fix():
    x, = acr({"sen_details": "Awaiting a report from the QRT team."})
    assert x.evidence == "QRT" and "<full name> (QRT)" in x.suggestion


@pytest.mark.parametrize("patch", [
    {"wellbeing": "Maya sees Child and Adolescent Mental Health Services (CAMHS) monthly."},
    {"wellbeing": "Speech and Language Therapy (SALT) weekly.", "targets[2].actions": "SALT to model answers."},
    {"wellbeing": "SALT (speech and language therapy) weekly."},
    {"aspirations": "Maya wants to be a vet; GCSE science, EHCP review, KS4 options with the SENCo; PP+ for PEPs."},
    {"wellbeing": "Maya said she does NOT want to change tutor and was VERY clear about it."},
    {"wellbeing": "MAYA WAS SO HAPPY WITH HER RESULTS."},
    {"wellbeing": "Maya sees the counsellor (Part II of her plan)."},
    {"pupil_voice.text": "I go to CAMHS on Tuesdays and it helps me."},
    {"wellbeing": "Maya is a LAC pupil."},  # LAC is LC001's: reported there with a kinder wording
])
def test_acronym_not_flagged(patch):
    assert acr(patch) == [], [x.message for x in acr(patch)]


def test_plural_acronym():
    x, = acr({"sen_details": "Two TAs support Maya in class."})
    assert x.evidence == "TAs" and "Teaching assistant (TAs)" not in x.suggestion
    assert "Two teaching assistants (TAs) support Maya" in x.suggestion


def test_article_words_are_vocabulary(tmp_path):
    """'is LAC' becomes 'is a child in care'; the words that take the article are language.toml lists."""
    assert 'Write: "Maryam is a child in care."' in care("Maryam is LAC.")[0].suggestion
    assert 'Write: "Maryam remains child in care."' in care("Maryam remains LAC.")[0].suggestion
    (tmp_path / "language.toml").write_text('article_after = ["remains"]\n', encoding="utf-8")
    (tmp_path / "pepqa.toml").write_text(f'[data]\nvocab_dir = "{tmp_path}"\n', encoding="utf-8")
    from pepqa.vocab import load_vocab

    ctx = Context(policy=load_policy(tmp_path / "pepqa.toml"), today=date(2025, 10, 20))
    assert 'Write: "Maryam remains a child in care."' in run(LC001, {"wellbeing": "Maryam remains LAC."}, ctx)[0].suggestion
    load_vocab.cache_clear()
