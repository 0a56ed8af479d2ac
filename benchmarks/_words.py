"""Made-up Dutch-looking text for the benchmarks' generated records.

Filler and domain words come first (they occur most), then made-up rarer words, drawn
with Zipf weights: text with a realistic spread of word frequencies, so neither the search
index nor ReportLab's width caches are flattered. The domain words hold what users type
(accents, Łukasz, Özdemir, €, curly quotes).
"""

from __future__ import annotations

import random

DOMAIN_WORDS = """
gemeente digitale inclusie vraag advies digihelpers vrijwilligers ocmw sociaal huis
bibliotheek senioren nieuwkomers toegankelijkheid website formulieren afspraak onthaal
loket itsme eid kaartlezer laptop smartphone tablet cursus opleiding beleidsplan
meerjarenplan netwerk mediawijs digibank digibanken cyberveiligheid phishing wachtwoord
regie hr personeel collega medewerker inwoners burgers armoede welzijn budget subsidie
projectoproep partner samenwerking ervaring goede praktijk schepen burgemeester
directeur team opvolging evaluatie feedback tool gids inspiratie café özdemir łukasz
coördinatie brochure infosessie vorming Mediawijs Digibank Łukasz Özdemir € “infosessie”
""".split()  # noqa: SIM905
FILLER = "de het een en van in op met voor dat die is niet ze er om ook bij naar als".split()  # noqa: SIM905
SYLLABLES = "ba be bo de da ge go ka ke lo li ma me na ne ni po pa ra re ro sa se ti to va ve wi zo"


def vocabulary(rng: random.Random, size: int) -> list[str]:
    """``size`` words at least: filler, domain words, then made-up words in sorted order."""
    syllables = SYLLABLES.split()
    words = set(DOMAIN_WORDS) | set(FILLER)
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 5))))
    return FILLER + DOMAIN_WORDS + sorted(words - set(FILLER) - set(DOMAIN_WORDS))


class TextMaker:
    """Zipf-distributed words: the first words occur in nearly every text."""

    def __init__(self, rng: random.Random, size: int = 20_000) -> None:
        self.rng = rng
        self.vocab = vocabulary(rng, size)
        total = 0.0
        self.cum: list[float] = []
        for i in range(len(self.vocab)):
            total += 1.0 / (i + 1)
            self.cum.append(total)

    def words(self, n: int) -> str:
        """One sentence of ``n`` words."""
        return " ".join(self.rng.choices(self.vocab, cum_weights=self.cum, k=n)).capitalize() + "."

    def text(self, chars: int) -> str:
        """Sentences of 6-14 words up to about ``chars`` characters."""
        out: list[str] = []
        length = 0
        while length < chars:
            s = self.words(self.rng.randint(6, 14))
            out.append(s)
            length += len(s) + 1
        return " ".join(out)
