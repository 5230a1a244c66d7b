"""The layout zoo (tests/zoo): field recall floors and no false absences on layouts written blind.

The floors sit a little below the recall reached on each zoo after issue 11's latest round of reader work: a
change that reads less of these layouts, or that makes pepqa tell a school something is missing that the file
holds, fails here. Scored by scripts/zoo_score.py, the same script the
issue's figures come from. Zoo B (holdout/) was scored blind once and is development data since."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ZOOS = {"A": ROOT / "tests" / "zoo" / "files", "B": ROOT / "tests" / "zoo" / "holdout", "C": ROOT / "tests" / "zoo" / "zooC",
        "D": ROOT / "tests" / "zoo" / "zooD", "E": ROOT / "tests" / "zoo" / "zooE",
        "F": ROOT / "tests" / "zoo" / "zooF", "G": ROOT / "tests" / "zoo" / "zooG",
        "H": ROOT / "tests" / "zoo" / "zooH", "I": ROOT / "tests" / "zoo" / "zooI",
        "J": ROOT / "tests" / "zoo" / "zooJ", "K": ROOT / "tests" / "zoo" / "zooK",
        "L": ROOT / "tests" / "zoo" / "zooL", "M": ROOT / "tests" / "zoo" / "zooM",
        "N": ROOT / "tests" / "zoo" / "zooN", "O": ROOT / "tests" / "zoo" / "zooO",
        "P": ROOT / "tests" / "zoo" / "zooP", "Q": ROOT / "tests" / "zoo" / "zooQ",
        "R": ROOT / "tests" / "zoo" / "zooR", "S": ROOT / "tests" / "zoo" / "zooS",
        "T": ROOT / "tests" / "zoo" / "zooT", "U": ROOT / "tests" / "zoo" / "zooU",
        "V": ROOT / "tests" / "zoo" / "zooV", "W": ROOT / "tests" / "zoo" / "zooW",
        "X": ROOT / "tests" / "zoo" / "zooX", "Y": ROOT / "tests" / "zoo" / "zooY",
        "Z": ROOT / "tests" / "zoo" / "zooZ", "ZA": ROOT / "tests" / "zoo" / "zooZA",
        "ZB": ROOT / "tests" / "zoo" / "zooZB", "ZC": ROOT / "tests" / "zoo" / "zooZC",
        "ZD": ROOT / "tests" / "zoo" / "zooZD", "ZE": ROOT / "tests" / "zoo" / "zooZE",
        "ZF": ROOT / "tests" / "zoo" / "zooZF", "ZG": ROOT / "tests" / "zoo" / "zooZG",
        "ZH": ROOT / "tests" / "zoo" / "zooZH", "ZI": ROOT / "tests" / "zoo" / "zooZI",
        "ZJ": ROOT / "tests" / "zoo" / "zooZJ", "ZK": ROOT / "tests" / "zoo" / "zooZK",
        "ZL": ROOT / "tests" / "zoo" / "zooZL", "ZM": ROOT / "tests" / "zoo" / "zooZM",
        "ZN": ROOT / "tests" / "zoo" / "zooZN", "ZO": ROOT / "tests" / "zoo" / "zooZO",
        "ZP": ROOT / "tests" / "zoo" / "zooZP", "ZQ": ROOT / "tests" / "zoo" / "zooZQ",
        "ZR": ROOT / "tests" / "zoo" / "zooZR", "ZS": ROOT / "tests" / "zoo" / "zooZS"}
# Every zoo was written blind and scored once before it was developed on (C 0.734, D 0.668, E 0.697, F 0.823, G 0.701,
# H 0.714, I 0.769, J 0.805, K 0.698, L 0.763, M 0.944, N 0.751, O 0.739, P 0.817, Q+R 0.673, S 0.862, T 0.892, U 0.881, V 0.855, W 0.913, X 0.920, Y 0.731, Z 0.675, ZB 0.740, ZC 0.796, ZD 0.859, ZE 0.891, ZF 0.883, ZG 0.812, ZH 0.812, ZI 0.970, ZJ 0.844, ZK 0.808, ZL 0.990, ZM 0.677, ZN 0.870, ZO 0.973, ZP 0.967, ZQ 0.735, ZR 0.909, ZS 0.813 on their first runs: tests/zoo/README.md); the floors hold today's development figures, so a change that reads less of a layout
# fails. The honest measure of a new round is a fresh blind zoo, not these floors.
RECALL_FLOOR = {"A": 0.99, "B": 0.98, "C": 0.95, "D": 0.97, "E": 0.95, "F": 0.97, "G": 0.97, "H": 0.97, "I": 0.97, "J": 0.97,
                "K": 0.82, "L": 0.86, "M": 0.94, "N": 0.91, "O": 0.93, "P": 0.96, "Q": 0.93, "R": 0.91,
                "S": 0.93, "T": 0.88, "U": 0.87, "V": 0.87, "W": 0.9, "X": 0.9, "Y": 0.98, "Z": 0.98, "ZA": 0.95,
                "ZB": 0.98, "ZC": 0.98, "ZD": 0.98, "ZE": 0.98,
                "ZF": 0.98, "ZG": 0.98, "ZH": 0.98, "ZI": 0.98, "ZJ": 0.98, "ZK": 0.98,
                "ZL": 0.98, "ZM": 0.96, "ZN": 0.98, "ZO": 0.98, "ZP": 0.95, "ZQ": 0.98, "ZR": 0.95, "ZS": 0.8}  # S and T: blind first run 0.862 / 0.892, then only zS04, zS07 developed on; measured 1.000, 0.995, 0.990, 1.000, 0.991, 1.000, 1.000, 0.990, 0.990, 0.995, 0.844, 0.869, 0.944, 0.919
# every layout; the lowest measured are zB05 (narrative report) 0.96, zC03 (agenda + Education Review) 0.92 and
# zE04 (early-years two-column brochure) 0.93; zoos H and I (developed on in session 6) zH04 0.91, zI06 0.92
# zoo J (developed on in session 6's second half) zJ03 0.95
# zoos K and L (blind until the end of session 6, developed on in session 7) zK02 0.72, zL04 0.62
# zoos M and N (written blind in session 7, scored once, then developed on) zM08 0.78, zN04 0.78 (zN06 0.27 -> 0.95, zN05 0.70 -> 0.96, zN08 0.65 -> 0.91 in session 7)
LAYOUT_FLOOR = {"A": 0.95, "B": 0.9, "C": 0.9, "D": 0.9, "E": 0.8, "F": 0.95, "G": 0.95, "H": 0.85, "I": 0.85, "J": 0.9,
                "K": 0.6, "L": 0.6, "M": 0.75, "N": 0.75, "O": 0.8, "P": 0.9, "Q": 0.8, "R": 0.65,
                "S": 0.8, "T": 0.6, "U": 0.55, "V": 0.6, "W": 0.9, "X": 0.9, "Y": 0.95, "Z": 0.95, "ZA": 0.95,
                "ZB": 0.95, "ZC": 0.95, "ZD": 0.95, "ZE": 0.95,
                "ZF": 0.95, "ZG": 0.95, "ZH": 0.95, "ZI": 0.95, "ZJ": 0.95, "ZK": 0.95,
                "ZL": 0.95, "ZM": 0.9, "ZN": 0.95, "ZO": 0.95, "ZP": 0.9, "ZQ": 0.95, "ZR": 0.9, "ZS": 0.6}  # zS07, a letter to the child, 0.17 on the blind run, 0.87 after
# PEPs whose voice box is empty but whose voice was read (a remark about gathering the views, a heading): the
# school is then never told the voice is missing. Measured: none on A-J (zoo J's three went in its round; zoo H's two, an age and funded hours under
# 'About me' and a box title, went in session 6's round; zoo I's three were the form's guidance).
FALSE_PRESENCE_CEILING = {"A": 0, "B": 0, "C": 0, "D": 0, "E": 0, "F": 0, "G": 0, "H": 0, "I": 0, "J": 0,
                          "K": 0, "L": 0, "M": 0, "N": 0, "O": 0, "P": 0, "Q": 0, "R": 1, "S": 0, "T": 2, "U": 1, "V": 0, "W": 0, "X": 0, "Y": 0, "Z": 0, "ZA": 0, "ZB": 0, "ZC": 0, "ZD": 0, "ZE": 0, "ZF": 0, "ZG": 0, "ZH": 0, "ZI": 0, "ZJ": 1, "ZK": 1, "ZL": 0, "ZM": 0, "ZN": 0, "ZO": 0, "ZP": 0, "ZQ": 0, "ZR": 0, "ZS": 2}  # zoo L had 4 (session 6), M and N 3 on their blind run; session 7 took them; zR01-2's key
# person's observation of the child ('Maisie brings the digger to the sand tray ...') is read as her voice

# PEPs with a false absence (a school told something is missing that the file holds): none, on every zoo a round
# has developed on (zoo G's blind run had 5 such PEPs, 8 findings). A zoo added before its round may be given a
# ceiling here until the round is merged.
# zoos K and L's three (zK03-2, zK04-2, zL04-1) went in session 7. zP07-2 stays: its Reception plan's only language
# target is Communication and Language, which the truth counts as English and the policy does not (in Reception
# the EYFS area is Literacy; targets.nursery_prime_areas lets the prime area stand in before Reception only).
# zS04-2 (found on the blind run) is the same policy question: a Reception speaking target the truth calls English.
# U and V were written blind at the end of session 8; on that run zV06-2's 'PPP meeting date', in a grid beside the
# Learning Advocate's name, was not read, so TL006 said it was missing. Session 9 reads it (labels_above.py).
# Y and Z were written blind at the start of session 10 and scored once (Y 0.731, Z 0.675, 7 false absences on zZ01 and
# zZ03: targets read as earlier ones or as a row per field, and another fund's line unlinked); session 10 took them.
# ZA (one layout, the only one a third blind writer finished) was scored once at the end of session 10: 1.000, no
# false absence, but its -2's empty student-view page was read as voice (the carer's and tutor's lines beside it).
# ZB and ZC were written blind at the start of session 11 and scored once (0.769, 153/199, with 5 false absences on zZB02 and
# zZB04, and 3 empty voice boxes read as voice); session 11 took them. ZD and ZE were written blind mid-session 11
# and scored once with the reader of that hour (0.875, 175/200, 3 false absences: zZE01-2's Reception Communication
# and Language target, the policy question of zP07-2 and zS04-2, which stays; zZE03's earlier term's payment read as
# a spend line, and its meeting date in a box under its label); session 11 took the two on zZE03. ZF and ZG, a third
# blind round late in session 11, read 0.848 (173/204) with no false absence and 3 empty voice boxes read as voice;
# ZH and ZI, the fourth, read 0.892 (174/195) with no false absence and 1 of 5 empty voice boxes read as voice.
# ZJ and ZK, the fifth, at the end of the session: 0.826 (161/195), 4 false absences (a voice heading read as a label
# and its value, and a termly grid's PP+ rows taking the whole grid); only those were taken then, the rest in session 12.
# ZL and ZM were written blind at the start of session 12 and scored once (ZL 0.990 and ZM 0.677 with 2 false absences:
# a views booklet of sentence starters, and a date of attendance in a box under guidance); ZN and ZO, the second round,
# read 0.870 (1 false absence: a meeting record's date in its title) and 0.973; session 12 took them. ZP and ZQ, the
# third round, read 0.967 (1: an early-years literacy target whose words the EM check did not know) and 0.735 (4: a new
# targets table taken for a review by its 'Review | Next PEP' column); taken in session 12 too. ZR and ZS, the fourth
# round at the end of session 12, read 0.909 and 0.813 with no false absence; only 'Target A (English): ...' was taken
# (ZR 0.960), so ZS's floors are its blind figures.
FALSE_ABSENCE_FILES: dict[str, int] = {"P": 1, "S": 1, "ZE": 1}


def _scorer():
    spec = importlib.util.spec_from_file_location("zoo_score", ROOT / "scripts" / "zoo_score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module", params=sorted(ZOOS))
def zoo(request):
    from pepqa.policy import load_policy

    mod = _scorer()
    policy = load_policy(None)
    files = sorted(p for p in ZOOS[request.param].iterdir() if p.suffix in (".docx", ".pdf"))
    # W and X: the session-9 writers were cut off after one layout each (two PEPs); every other zoo has 8 layouts
    assert len(files) >= {"W": 2, "X": 2, "Y": 8, "Z": 8, "ZA": 2, "ZB": 8, "ZC": 8, "ZD": 8, "ZE": 8, "ZF": 8, "ZG": 8, "ZH": 8, "ZI": 8, "ZJ": 8, "ZK": 8, "ZL": 8, "ZM": 8, "ZN": 8, "ZO": 8, "ZP": 8, "ZQ": 8, "ZR": 8, "ZS": 8}.get(request.param, 14)
    return request.param, [mod.score_one(p, policy) for p in files]


@pytest.fixture
def results(zoo):
    return zoo[1]


def test_zoo_recall_floor(zoo):
    name, results = zoo
    got = sum(r["got"] for r in results)
    total = sum(r["total"] for r in results)
    assert got / total >= RECALL_FLOOR[name], [(r["file"], r["missed"]) for r in results if r["missed"]]


def test_every_zoo_layout_reads_most_fields(zoo):
    name, results = zoo
    by_layout: dict[str, list] = {}
    for r in results:
        by_layout.setdefault(r["layout"], []).append(r)
    for layout, rs in by_layout.items():
        got, total = sum(r["got"] for r in rs), sum(r["total"] for r in rs)
        assert got / total >= LAYOUT_FLOOR[name], (layout, [r["missed"] for r in rs])


def test_zoo_has_no_false_absences(zoo):
    name, results = zoo
    bad = [(r["file"], r["false_absences"]) for r in results if r["false_absences"]]
    assert len(bad) <= FALSE_ABSENCE_FILES.get(name, 0), bad


def test_zoo_voice_is_not_read_where_the_file_holds_none(zoo):
    name, results = zoo
    bad = [(r["file"], r["false_presence"]) for r in results if r["false_presence"]]
    assert len(bad) <= FALSE_PRESENCE_CEILING[name], bad


def test_zoo_files_read_without_error(results):
    assert not [r["file"] for r in results if r["error"]]
