"""Bengali language data shared by every extractor: named constants, one list per idea.

Topic modules sit beside this one (`names`, `speech`, `time`); this module holds what all of them
use. Every string here is written in NFC (the normalised form of the article text), which is
checked by tests/core/test_lexicon.py. Each list says where it came from.
"""
from __future__ import annotations

from collections.abc import Iterable

# Bengali digits ০-৯ map one to one onto 0-9 (Unicode Bengali block, U+09E6..U+09EF).
BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"
LATIN_DIGITS = "0123456789"

# Zero-width and invisible formatting characters that scraped Bengali text carries between letters
# (ZWSP, ZWNJ, ZWJ, word joiner, BOM, LRM/RLM and the bidi embeddings); removed by normalisation.
INVISIBLE_CHARACTERS = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# Case, plural and emphatic endings that attach to names in news text (কিমের, রাশিয়াকে, চীনে,
# বিটিএমএর, রিয়ং-এর, TASS'র). From Bengali grammar (genitive -র/-এর/-ের, objective -কে,
# locative -এ/-তে/-য়, plural -রা/-দের/-গুলো, emphatic -ও/-ই) and the forms seen in the corpus.
# Longest first, so stripping takes the longest ending that fits.
CASE_SUFFIXES: tuple[str, ...] = tuple(sorted({
    "এর", "ের", "র", "কে", "কেও", "কেই", "তে", "তেও", "য়", "য়ে", "য়ও", "ে", "েও", "রা", "দের", "ও", "ই",
    "েরও", "েরই", "রও", "রই", "য়ের", "য়েরও", "গুলো", "গুলোর", "গুলি", "গুলির", "সহ",
    "-এর", "-র", "-কে", "-তে", "-এ", "-ও", "’র", "'র", "’এর", "'এর", "’য়ের", "এরও", "এরই",
    "জুড়ে", "জুড়েই",  # ইউরোপজুড়ে (all over Europe)
}, key=len, reverse=True))

# A stem shorter than this (in code points) is not a name: কে, রা, ও stay whole.
MIN_STEM_LENGTH = 2

# Honorifics that are not part of a canonical name (ANNOTATION.md: "ড., মওলানা, বেগম, অ্যাডভোকেট";
# মো. is part of the name). Extended with the common forms in the corpus; ডঃ and ডাঃ are ড. and ডা.
# abbreviated with a visarga, as BBC Bangla writes them (ডঃ মোবাশ্বার হাসান).
HONORIFICS: tuple[str, ...] = (
    "ড.", "ডঃ", "ডা.", "ডাঃ", "ডক্টর", "মওলানা", "মাওলানা", "বেগম", "অ্যাডভোকেট", "এডভোকেট", "জনাব", "শ্রী", "শ্রীমতী",
    "আলহাজ্ব", "আলহাজ", "হাজী", "মুফতি", "প্রফেসর", "অধ্যাপক", "ব্যারিস্টার", "সৈয়দা", "ইঞ্জিনিয়ার",
)

# Abbreviations whose full stop does not end a sentence (ড. মো. ডা. মোছা. and Latin initials).
ABBREVIATIONS: frozenset[str] = frozenset({
    "ড", "ডা", "মো", "মোছা", "মোসা", "মোহা", "মু", "সা", "রা", "রহ", "আ", "কি", "মি", "লি",
    "Dr", "Mr", "Mrs", "Ms", "St", "Ltd", "Inc", "No", "vs",
})


# Page furniture scraped with the story, no sentence of it and no terminator after it, so it glues
# itself to the next sentence: BBC Bangla's WhatsApp promotion (30 corpus articles, up to three
# times each) and the "read more" link label (25). The quote step reads them as paragraph breaks.
PAGE_FURNITURE: tuple[str, ...] = (
    r"(?:বিবিসি বাংলার )?হোয়াটসঅ্যাপ চ্যানেল ফলো করতে এখানে ক্লিক/ট্যাপ করুন",
    r"আর[ওো] পড়ুন\s*:?",
)


def with_spelling_variants(entries: Iterable[tuple[str, ...]],
                           pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, ...], ...]:
    """Gazetteer entries (one name per string, the entry's first name first) with every spelling
    that `pairs` of interchangeable words give each name, one word swapped at a time, each variant
    after its own name. Shared by the organisation and people gazetteers (`orgs`, `people`)."""
    swaps = {a: b for pair in pairs for a, b in (pair, pair[::-1]) if a != b}

    def variants(name: str) -> list[str]:
        out = [name]
        for i, word in enumerate(name.split(" ")):
            if word in swaps:
                out += [" ".join(w if k != i else swaps[word] for k, w in enumerate(n.split(" "))) for n in out]
        return out

    return tuple(tuple(dict.fromkeys(form for name in entry for form in variants(name))) for entry in entries)
