import pytest

from supportdesk.search.folding import fold, fold_words, words


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Café", "cafe"),
        ("Özdemir", "ozdemir"),
        ("Łukasz", "lukasz"),
        ("Søren", "soren"),
        ("Đorđe", "dorde"),
        ("Straße", "strasse"),
        ("Æsop", "aesop"),
        ("Œuvre", "oeuvre"),
        ("Kırıkkale", "kirikkale"),
        ("İstanbul", "istanbul"),
        ("ﬁets", "fiets"),
        ("Ĳzendijke", "ijzendijke"),
    ],
)
def test_fold(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_words_split_like_the_tokenizer() -> None:
    assert words("l.peeters@gent.be, digi-helpers & collega's 😀 (NEAR) _x_") == [
        "l", "peeters", "gent", "be", "digi", "helpers", "collega", "s", "near", "x",
    ]  # fmt: skip
    assert fold_words("  ") == ""
    assert fold_words(None) == ""
    assert fold_words("«»—!?*") == ""
