"""The one phrase matcher (pepqa/matching.py): each documented rule of the syntax, as the vocabulary README states it."""
import pytest

from pepqa.errors import ConfigError
from pepqa.matching import PhraseBook, expand, stems, words


def found(patterns, text, slots=None, exclude=None, name="l"):
    lists = {name: patterns} if not isinstance(patterns, dict) else patterns
    return [s.text for s in PhraseBook(lists, slots, exclude).find(text, name)]


def test_whole_words_ignoring_case():
    assert found(["art"], "We START art on Monday") == ["art"]
    assert found(["art"], "a smart start") == []


def test_text_and_pattern_split_alike():
    assert found(["didn't want", "n/a", "1:1", "one-to-one"], "He didn’t want 1:1 or one-to-one, N/A") == \
        ["didn't want", "1:1", "one-to-one", "N/A"]  # quotes straightened, offsets kept


def test_choices_of_one_and_several_words():
    assert found(["(likes|loves) maths"], "She loves maths") == ["loves maths"]
    assert found(["(to follow|will follow) up"], "we will follow up") == ["will follow up"]
    assert expand("a (b c|d)? e") == ["a b c e", "a d e", "a e"]


def test_slots_wildcard_and_operators():
    slots = {"child": ["pupil's", "young person"]}
    assert found(["no {child}* views"], "no views; no young person views", slots) == ["no views", "no young person views"]
    assert found(["said _ was"], "she said it was fine") == ["said it was"]
    assert found(["very? good"], "good and very good") == ["good", "very good"]
    assert found(["so+ happy"], "so so happy") == ["so so happy"]


def test_number_in_digits():
    assert found(["within # weeks"], "within 6 weeks, within six weeks, within 1.5 weeks") == ["within 6 weeks"]
    assert found(["week #?"], "week 3 and next week") == ["week 3", "week"]


def test_patterns_are_skipped_only_where_they_cannot_match():
    b = PhraseBook({"l": ["(by|in) the? {period}", "maths"]}, {"period": ["week", "term"]})
    runs = []
    matcher = b._patterns
    b._patterns = lambda d: runs.append(d.text) or matcher(d)
    assert [s.text for s in b.find("maths by the end", "l")] == ["maths"]  # no {period} word: not run
    assert runs == []
    assert [s.text for s in b.find("maths by the term", "l")] == ["maths", "by the term"]
    assert runs == ["maths by the term"]


def test_stem():
    assert found(["improve~ reading"], "improving reading, improved reading") == ["improving reading", "improved reading"]
    assert stems(["improving", "Improves"]) == {"improv"}
    assert words(["Don’t", "OK"]) == {"don't", "ok"}


def test_longest_then_leftmost():
    assert found(["maths", "maths tuition"], "1:1 maths tuition") == ["maths tuition"]


def test_exclusion_list():
    lists = {"english": ["read", "write"], "english_exclude": ["read and write numbers"]}
    assert found(lists, "read and write numbers to 20", exclude={"english": "english_exclude"}, name="english") == []
    assert found(lists, "read a book", exclude={"english": "english_exclude"}, name="english") == ["read"]


def test_errors_name_the_problem():
    with pytest.raises(ConfigError, match="unknown slot {nope}"):
        PhraseBook({"l": ["a {nope}"]}, where="voice vocabulary")
    with pytest.raises(ConfigError, match="apply to one word"):
        PhraseBook({"l": ["n/a?"]})
    with pytest.raises(ConfigError, match="list 'l' holds 3"):
        PhraseBook({"l": [3]})
    # a choice or slot left open is the writer's typo, reported, not matched as the characters typed
    with pytest.raises(ConfigError, match=r"voice vocabulary: '\(likes\|loves' .* \( without its \)"):
        PhraseBook({"l": ["(likes|loves maths"]}, where="voice vocabulary")
    with pytest.raises(ConfigError, match=r"\{ without its \}"):
        PhraseBook({"l": ["no {child views"]})
    with pytest.raises(ConfigError, match=r"\) without its \("):
        PhraseBook({"l": ["maths)"]})
    with pytest.raises(ConfigError, match="vocabulary: .*use \\? with choices"):
        PhraseBook({"l": ["(to follow|will follow)+"]})
    assert found(["a \\( b"], "a ( b") == ["a ( b"]  # escaped: the character itself


def test_backslash_makes_a_character_literal():
    assert found([r"no pp\+ needed"], "No PP+ needed; no pp needed") == ["No PP+ needed"]
    assert found([r"pp\+"], "pp pp") == []
    assert found(["pp+"], "so pp pp") == ["pp pp"]  # unescaped, + is the operator
    assert found([r"(to follow|will follow) pp\+"], "will follow PP+") == ["will follow PP+"]


def test_a_new_book_never_reads_an_old_books_cached_matches():
    """Matches are cached on the Doc per book; a book built after another was freed must not see its matches."""
    from pepqa.nlp import doc

    d = doc("maths tuition twice a week")
    for _ in range(20):  # freed books' ids are reused by CPython: each new book must still match afresh
        assert [s.text for s in PhraseBook({"l": ["maths"]}).find(d, "l")] == ["maths"]
        assert PhraseBook({"l": ["reading"]}).find(d, "l") == []


def test_has_read_says_whether_a_docs_matches_are_cached():
    from pepqa.nlp import doc

    book, d = PhraseBook({"l": ["maths"]}), doc("maths and more maths")
    assert not book.has_read(d)
    book.find(d, "l")
    assert book.has_read(d) and not PhraseBook({"l": ["maths"]}).has_read(d)
