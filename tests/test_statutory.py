"""Statutory and completeness checks (TL, CP, AT, SN, AS): date arithmetic, deadlines, graded severities."""
import re
from datetime import date

import pytest

from pepqa.checks.baseline import baseline_pep
from pepqa.checks.dates import (add_working_days, bank_holidays, parse_closures, term_of, term_starts,
                                working_days_between)
from pepqa.checks.registry import Context, find_check
from pepqa.checks.lib.statutory import is_first_pep
from pepqa.errors import ConfigError
from pepqa.findings import Severity
from pepqa.policy import load_policy

POLICY = load_policy(None)
TODAY = date(2025, 10, 20)


def run(code, patch=None, policy=POLICY, today=TODAY):
    from pepqa.checks import load_all

    load_all()
    return list(find_check(code).run(baseline_pep(patch or {}), Context(policy=policy, today=today)))


def policy_with(tmp_path, text):
    f = tmp_path / "pepqa.toml"
    f.write_text(text, encoding="utf-8")
    return load_policy(f)


# -- working days ---------------------------------------------------------------------------------

def test_bank_holidays_come_from_the_holidays_package():
    h = bank_holidays(2026)
    assert date(2026, 4, 3) in h and date(2026, 4, 6) in h  # Good Friday, Easter Monday
    assert date(2026, 8, 31) in h  # late summer bank holiday (England, not Scotland)
    assert date(2026, 8, 3) not in h  # Scotland's summer bank holiday is not England's


def test_working_days_across_christmas_2025():
    # Mon 22 Dec: 23, 24 | 25, 26 bank holidays | 29, 30, 31 | 1 Jan bank holiday | 2, 5, 6, 7, 8
    assert add_working_days(date(2025, 12, 22), 10) == date(2026, 1, 8)
    assert working_days_between(date(2025, 12, 22), date(2026, 1, 8)) == 10
    assert working_days_between(date(2025, 12, 24), date(2025, 12, 29)) == 1  # only Monday 29th counts


def test_working_days_across_easter_2026():
    # Mon 30 Mar: 31, 1, 2 | Good Friday 3 Apr, Easter Monday 6 Apr | 7, 8, 9, 10, 13, 14, 15
    assert add_working_days(date(2026, 3, 30), 10) == date(2026, 4, 15)
    assert working_days_between(date(2026, 4, 2), date(2026, 4, 7)) == 1


def test_working_days_same_day_and_backwards():
    assert working_days_between(date(2025, 10, 8), date(2025, 10, 8)) == 0
    assert working_days_between(date(2025, 10, 8), date(2025, 10, 1)) == 0


def test_school_closures_parse_and_skip():
    closures = parse_closures(["2025-10-27..2025-10-31", "2025-11-03"])
    # Fri 24 Oct -> half term week and an INSET day skipped: 4, 5, ... 10 working days ends 17 Nov
    assert add_working_days(date(2025, 10, 24), 10, closures) == date(2025, 11, 17)
    with pytest.raises(ConfigError):
        parse_closures(["31/10/2025"])
    with pytest.raises(ConfigError):
        parse_closures(["2025-10-31..2025-10-27"])


# -- TL003 first PEP -------------------------------------------------------------------------------

FIRST = {"previous_targets": []}


def test_first_pep_rule_is_transparent():
    assert is_first_pep(baseline_pep({**FIRST, "child.date_entered_care": "2025-09-24"}), POLICY)
    assert not is_first_pep(baseline_pep({"child.date_entered_care": "2025-09-24"}), POLICY)  # previous targets
    assert not is_first_pep(baseline_pep({**FIRST, "child.date_entered_care": "2025-06-01"}), POLICY)  # 129 days
    assert not is_first_pep(baseline_pep({**FIRST, "child.date_entered_care": "2025-10-09"}), POLICY)  # after meeting


def test_first_pep_across_christmas_counts_bank_holidays_out():
    base = {**FIRST, "meeting_date": "2026-01-05", "completed_date": "2026-01-09", "term": "spring",
            "next_pep_date": "2026-04-22"}
    # 18 Dec -> 5 Jan: 19, 22, 23, 24, 29, 30, 31, 2, 5 = 9 working days (calendar: 18 days)
    assert run("TL003", {**base, "child.date_entered_care": "2025-12-18"}) == []
    late = run("TL003", {**base, "child.date_entered_care": "2025-12-15"})
    assert len(late) == 1 and "12 working days" in late[0].message and "Christmas Day" in late[0].message


def test_first_pep_school_days_skip_closures(tmp_path):
    pol = policy_with(tmp_path, '[timeliness]\nfirst_pep_day_kind = "school"\n'
                                'school_closures = ["2025-10-27..2025-10-31"]\n')
    patch = {**FIRST, "child.date_entered_care": "2025-10-22", "meeting_date": "2025-11-06",
             "completed_date": "2025-11-10", "sections.social_worker.signed_date": "2025-11-05"}
    # working days 23, 24, 27..31, 3, 4, 5, 6 = 11 (late); school days skip half term: 6 (on time)
    assert len(run("TL003", patch, today=date(2025, 11, 20))) == 1
    assert run("TL003", patch, policy=pol, today=date(2025, 11, 20)) == []


# -- TL001 deadlines by term and year group ---------------------------------------------------------

@pytest.mark.parametrize("year,completed,fires", [
    (7, "2025-11-04", True), (0, "2025-11-04", True), (11, "2025-11-04", True),
    (9, "2025-11-04", False), (9, "2025-11-30", False), (9, "2025-12-01", True), (7, "2025-10-31", False),
])
def test_autumn_deadline_by_year_group(year, completed, fires):
    found = run("TL001", {"child.year_group": year, "completed_date": completed})
    assert bool(found) is fires
    if fires and year in (0, 7, 11):
        assert "31 October 2025" in found[0].message


def test_spring_and_summer_deadlines():
    spring = {"term": "spring", "meeting_date": "2026-03-02", "next_pep_date": "2026-05-20"}
    assert run("TL001", {**spring, "completed_date": "2026-03-14"}) == []
    assert "14 March 2026" in run("TL001", {**spring, "completed_date": "2026-03-16"})[0].message
    summer = {"term": "summer", "meeting_date": "2026-06-01", "next_pep_date": "2026-10-05"}
    assert run("TL001", {**summer, "completed_date": "2026-06-20"})[0].severity == Severity.should_fix


def test_deadline_for_another_academic_year_follows_the_same_rule(tmp_path):
    """The default deadlines are rules (day and month), so 2024-25 and 2026-27 PEPs are judged like 2025-26 ones:
    never silently dropped to advice, never pointing the school at the settings."""
    late = run("TL001", {"academic_year": "2024-25", "meeting_date": "2024-10-08", "completed_date": "2024-12-20"})
    assert len(late) == 1 and late[0].severity == Severity.should_fix and late[0].officer_note is None
    assert "30 November 2024" in late[0].message
    assert not re.search(r"(?i)pepqa|toml|\[timeliness\]", late[0].message + (late[0].suggestion or ""))
    nxt = run("TL001", {"academic_year": "2026-27", "meeting_date": "2026-10-08", "completed_date": "2026-12-03"})
    assert len(nxt) == 1 and "30 November 2026" in nxt[0].message and "14 March 2027" in nxt[0].suggestion
    assert not run("TL001", {"academic_year": "2026-27", "meeting_date": "2026-10-08", "completed_date": "2026-11-03"})
    # A deadline dated for one year is carried to another by day and month, with a note for the officer only.
    dated = policy_with(tmp_path, '[timeliness]\nautumn_deadline = "2025-11-28"\n')
    (f,) = run("TL001", {"academic_year": "2026-27", "meeting_date": "2026-10-08", "completed_date": "2026-12-03"},
               policy=dated)
    assert "28 November 2026" in f.message and "2025-26" in f.officer_note and "2025-26" not in f.message


def test_deadline_rules_in_the_policy(tmp_path):
    from pepqa.errors import ConfigError

    pol = policy_with(tmp_path, '[timeliness]\nspring_deadline = "03-01"\n')
    assert pol.term_deadline("timeliness.spring_deadline", 2030) == (date(2031, 3, 1), None)
    assert pol.term_deadline("timeliness.autumn_deadline", 2030) == (date(2030, 11, 30), None)
    with pytest.raises(ConfigError, match="MM-DD"):
        policy_with(tmp_path, '[timeliness]\nspring_deadline = "14 March"\n')
    with pytest.raises(ConfigError, match="unknown setting"):
        policy_with(tmp_path, '[timeliness]\nspring_deadline_2027 = "03-01"\n')


def test_no_completion_date_is_for_the_officer():
    """A layout with no completion-date field must not earn the school a should-fix (narrative samples)."""
    (f,) = run("TL002", {"meeting_date": "2025-09-18", "completed_date": None})
    assert f.audience == "officer" and f.severity == Severity.advice and "completion-date field" in f.officer_note


def test_virtual_school_sign_off_is_never_asked_of_the_school():
    found = run("CP001", {"sections.qa": {"completed": False}, "sections.virtual_school": {}})
    assert found and all(f.audience == "officer" for f in found)
    assert not any("before the PEP is submitted" in (f.suggestion or "") for f in found)


def test_views_recorded_by_is_the_pupil_voice_sign_off():
    from pepqa.checks import load_all

    load_all()

    def cp001(captured_by):
        pep = baseline_pep({"pupil_voice.captured_by": captured_by})
        pep.sections.pop("pupil_voice", None)
        return [f for f in find_check("CP001").run(pep, Context(policy=POLICY, today=TODAY))
                if "pupil voice" in f.message and f.audience == "school"]

    assert not cp001("Denise (Foster carer)")
    assert cp001(None)


def test_layout_without_sign_off_table_is_not_asked_for_one():
    assert not [f for f in run("CP001", {"sections": {}}) if f.audience == "school"]


def test_meeting_after_deadline_without_completion_date():
    found = run("TL001", {"child.year_group": 11, "meeting_date": "2025-11-05", "completed_date": None})
    assert found and "held on 5 November 2025" in found[0].message


# -- TL004 / TL005 next PEP and inconsistent dates ----------------------------------------------------

def test_term_of_dates():
    starts = term_starts(POLICY)
    assert term_of(date(2025, 10, 8), starts) == (2025, "autumn")
    assert term_of(date(2026, 2, 4), starts) == (2025, "spring")
    assert term_of(date(2026, 5, 6), starts) == (2025, "summer")
    assert term_of(date(2026, 8, 20), starts) == (2025, "summer")


def test_next_pep_after_summer_falls_in_autumn():
    summer = {"term": "summer", "academic_year": "2024-25", "meeting_date": "2025-06-10", "completed_date": "2025-06-12"}
    assert run("TL004", {**summer, "next_pep_date": "2025-10-01"}) == []
    found = run("TL004", {**summer, "next_pep_date": "2026-02-01"})
    assert found and "autumn term 2025-26" in found[0].message


def test_next_pep_in_same_term_is_fine_and_before_meeting_is_tl005_only():
    assert run("TL004", {"next_pep_date": "2025-12-10"}) == []
    assert run("TL004", {"next_pep_date": "2025-10-01"}) == []
    assert run("TL005", {"next_pep_date": "2025-10-01"})


def test_dates_consistent_on_baseline_and_future_completion():
    assert run("TL005") == []
    found = run("TL005", {"completed_date": "2025-10-25"})
    assert len(found) == 1 and "in the future" in found[0].message


# -- CP completeness ---------------------------------------------------------------------------------

def test_qa_sign_off_missing_is_advice_only():
    found = run("CP001", {"sections.qa.signed_by": None, "sections.qa.signed_date": None})
    assert len(found) == 1 and found[0].severity == Severity.advice


def test_section_incomplete_is_must_fix_unsigned_should_fix():
    assert run("CP001", {"sections.pupil_voice.completed": False})[0].severity == Severity.must_fix
    assert run("CP001", {"sections.pupil_voice.signed_date": None})[0].severity == Severity.should_fix


def test_no_double_report_when_part_not_found():
    for code, patch in [
        ("CP001", {"sections.social_worker.completed": False, "parts.social_worker": False}),
        ("CP002", {"attendees": [], "parts.attendees": False}),
        ("CP004", {"attainment": [], "parts.attainment": False}),
        ("CP005", {"attendance_percent": None, "parts.attendance": False}),
        ("CP006", {"previous_targets": [], "parts.previous_targets": False}),
        ("AS001", {"aspirations": None, "parts.aspirations": False}),
        ("TL006", {"meeting_date": None, "parts.meeting": False}),
    ]:
        assert run(code, patch) == [], code


def test_post16_needs_no_designated_teacher():
    no_dt = {"attendees[2]": {"name": "Ian Moss", "role": "other", "role_text": "College tutor", "attended": True}}
    assert run("CP002", no_dt)
    assert run("CP002", {**no_dt, "child.year_group": 12, "child.key_stage": "KS5", "child.phase": "post16"}) == []


def test_first_pep_needs_no_previous_targets():
    assert run("CP006", {"previous_targets": []})
    assert run("CP006", {"previous_targets": [], "child.date_entered_care": "2025-09-29"}) == []


# -- AT attendance and inclusion ---------------------------------------------------------------------

@pytest.mark.parametrize("pct,severity", [
    (97.2, None), (95.0, None), (94.9, Severity.should_fix), (90.1, Severity.should_fix),
    (90.0, Severity.must_fix), (72.5, Severity.must_fix),
])
def test_attendance_severity(pct, severity):
    found = run("AT001", {"attendance_percent": pct})
    assert (found[0].severity if found else None) == severity
    if found:
        assert f"{pct:g}%" in found[0].message


def test_attendance_plan_in_wellbeing_or_spend_counts():
    assert run("AT001", {"attendance_percent": 86.0, "wellbeing": "School refusal in the mornings; the carer and "
                                                                  "Mrs Lee meet weekly about it."}) == []
    assert run("AT001", {"attendance_percent": 86.0, "pp_spend[1].description": "Attendance mentor, daily meet and "
                                                                                "greet for 6 weeks"}) == []
    # "attend" on its own is not an attendance plan
    assert run("AT001", {"attendance_percent": 86.0, "aspirations": "Maya will attend the careers fair.",
                         "targets[2].actions": "Maya will attend homework club twice a week."})


def test_permanent_exclusion_with_plan_still_needs_attention():
    ex = {"kind": "Permanent exclusion", "date": "2025-10-01", "support": "Place at Hillside from 13 October."}
    found = run("AT002", {"exclusions": [ex]})
    assert len(found) == 1 and found[0].severity == Severity.should_fix
    internal = run("AT002", {"exclusions": [{"kind": "internal", "date": "2025-10-01"}]})
    assert internal[0].severity == Severity.advice


def test_exclusion_kind_words_are_vocabulary(tmp_path):
    """How an exclusion's label reads as permanent or internal is statutory.toml wording an authority extends."""
    ex = {"exclusions": [{"kind": "Managed move (PX)", "date": "2025-10-01"}]}
    assert "permanent" not in run("AT002", ex)[0].message.lower()
    (tmp_path / "statutory.toml").write_text('exclusion_permanent_fragments = ["(px)"]\n', encoding="utf-8")
    from pepqa.vocab import load_vocab

    pol = policy_with(tmp_path, f'[data]\nvocab_dir = "{tmp_path}"\n')
    assert "permanent" in run("AT002", ex, pol)[0].message.lower()
    load_vocab.cache_clear()


def test_provision_review_date_window():
    pt = {"part_time_timetable": True}
    assert run("AT003", {**pt, "provision_review_date": "2025-11-19"}) == []  # 42 days
    late = run("AT003", {**pt, "provision_review_date": "2025-11-20"})
    assert late[0].severity == Severity.should_fix and "43 days" in late[0].message
    assert "before this meeting" in run("AT003", {**pt, "provision_review_date": "2025-09-30"})[0].message
    assert run("AT003", pt)[0].severity == Severity.must_fix


# -- SN SEN and wellbeing ----------------------------------------------------------------------------

def test_senco_recognised_from_role_text():
    sen = {"sen_status": "sen_support", "sen_details": "Dyslexia: small-group phonics."}
    assert run("SN001", sen)
    assert run("SN001", {**sen, "attendees[2].role_text": "Designated teacher and SENCo"}) == []


def test_ehcp_duplication_needs_the_same_provision_in_both():
    ehcp = {"sen_status": "ehcp", "sen_details": "EHCP: occupational therapy termly; 1:1 TA 10 hours a week."}
    assert run("SN003", {**ehcp, "pp_spend[0].description": "Occupational therapy sessions x 6"})
    assert run("SN003", {**ehcp, "pp_spend[0].description": "Speech and language therapy x 6"}) == []
    assert run("SN003", {**ehcp, "sen_status": "sen_support", "pp_spend[0].description": "Occupational therapy"}) == []


def test_sdq_threshold_and_strategies():
    settled = {"wellbeing": "Maya is settled.", "targets[2].area": "Maths"}
    assert run("SN004", {**settled, "sdq_score": 18})
    assert run("SN004", {**settled, "sdq_score": 17}) == []
    assert run("SN004", {**settled, "sdq_score": 25, "wellbeing": "Referred to CAMHS in September."}) == []


# -- AS aspirations and transition -------------------------------------------------------------------

def test_transition_years_from_policy(tmp_path):
    y6 = {"child.year_group": 6, "child.key_stage": "KS2", "child.phase": "primary", "aspirations": "A vet."}
    assert run("AS002", y6)
    pol = policy_with(tmp_path, "[sections]\ntransition_year_groups = [11]\n")
    assert run("AS002", y6, policy=pol) == []


def test_placeholder_answers_count_as_empty():
    assert run("AS001", {"aspirations": "Click here to enter text."})
    assert run("AT003", {"alternative_provision": "None"}) == []


def test_one_run_level_warning_for_a_dated_deadline(tmp_path):
    from pepqa.policy import deadline_warning

    assert deadline_warning(POLICY, {"2026-27", "2024-25", None}) is None  # rules cover every year
    dated = policy_with(tmp_path, '[timeliness]\nautumn_deadline = "2025-11-28"\n')
    assert deadline_warning(dated, {"2025-26"}) is None
    w = deadline_warning(dated, {"2025-26", "2026-27", None})
    assert w and "2026-27" in w and "2025-26" not in w and w.count("\n") == 0
