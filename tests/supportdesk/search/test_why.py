"""A hit whose title does not show why it matched says why: a former municipality's name,
or the words of its text around the match."""

from __future__ import annotations

from datetime import date

from supportdesk.search.query import search
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.local_governments import complete_local_governments


def test_a_former_municipality_says_it_is_one(db):
    [hit] = [h for h in search(db, "borsbeek") if h.kind == "local_government"]
    assert hit.title == "Antwerpen" and hit.alias == "Borsbeek" and hit.snippet == ""
    [plain] = [h for h in search(db, "antwerp") if h.title == "Antwerpen"]
    assert plain.alias == plain.snippet == ""  # the title says it


def test_a_match_in_the_text_shows_the_words_around_it(db):
    gent = complete_local_governments(db, "Gent", 1)[0].id
    create_advice_talk(
        db,
        AdviceTalkInput(
            date=date(2025, 3, 4),
            local_government_id=gent,
            channel="phone",
            question="Vraag over de bibliotheek <&>",
            advice="Start met digihelpers in de Bibliothèque van Łódź, zo doen we dat al jaren.",
        ),
    )
    [hit] = [h for h in search(db, "digihelp") if h.kind == "advice_talk"]
    assert hit.title == "Vraag over de bibliotheek <&>"
    assert "digihelpers" in hit.snippet and hit.snippet.startswith("… ")
    assert "bibliotheque" in hit.snippet  # folded, as the index holds it
    [titled] = [h for h in search(db, "biblio") if h.kind == "advice_talk"]
    assert titled.snippet == ""  # the title has the word


def test_match_spans_mark_the_prefixes_as_typed():
    from supportdesk.search.why import match_spans

    text = "Digihelpers in Łódź <&> café"
    assert [text[a:b] for a, b in match_spans(text, ["digi", "lod", "cafe"])] == [
        "Digi",
        "Łód",
        "café",
    ]
    assert match_spans(text, ["helpers"]) == []  # a prefix of a word, not its middle
    assert match_spans("", ["a"]) == [] and match_spans("abc", []) == []


def test_match_spans_equal_the_letter_by_letter_walk_of_the_whole_text():
    """The text is taken apart at white space and ASCII pieces take a pattern: the spans
    must be exactly those of walking the whole text letter by letter, for words, digits,
    punctuation, underscores, case, accents (composed and combining), ł, ß, ½ and odd
    spaces."""
    import random

    from supportdesk.search import why

    rng = random.Random(15)
    alphabets = ["aAbBdDeEgGiI09 _-.,<&>'\n", "aAbdeéÉgiŁłßs0 \u00a0\u0301½—·→-_\t"]
    terms_pool = ["a", "ab", "b", "de", "d", "gi", "0", "9a", "ie", "digi", "e", "l", "ss", "1"]
    for alphabet in alphabets:
        for _ in range(500):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
            terms = rng.sample(terms_pool, rng.randint(1, 3))
            assert why.match_spans(text, terms) == why._walk(text, terms, 0), (text, terms)


def test_match_spans_of_ascii_text_take_the_longest_term_and_only_whole_word_starts():
    """ASCII text takes one pattern of the terms: the same spans as the letter-by-letter
    walk, also for terms that can never start a folded word (upper case, a hyphen, an
    accent, empty), several terms one the prefix of another and long texts."""
    import random

    from supportdesk.search import why

    rng = random.Random(1515)
    alphabet = "aAbBdDeEgGiIlLoO09 _-.,<&>'/\n"
    pool = ["a", "ab", "abd", "b", "de", "deg", "gi", "0", "09", "9a", "lo", "lod", "o"]
    odd = ["", "A", "a-b", "é", "a b", "l_o", ".", "(", "a|b"]
    for _ in range(1500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 160)))
        terms = rng.sample(pool, rng.randint(1, 4)) + rng.sample(odd, rng.randint(0, 2))
        assert why.match_spans(text, terms) == why._walk(text, terms, 0), (text, terms)
    assert why.match_spans("Lode LODEWIJK lo-de", ["lo", "lode"]) == [(0, 4), (5, 9), (14, 16)]
