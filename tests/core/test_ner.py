"""The CRF tagger: data readers, features, a tiny training run, and the shipped model."""
from __future__ import annotations

import gzip
import json
import pickle
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from core import ner
from core.ner import (
    Featurizer,
    Lexicon,
    NerModel,
    TrainOptions,
    letter_acronym,
    load_model,
    read_banglakit,
    read_person_names,
    read_rifat,
    repair_bio,
    retokenize,
)
from core.text import normalize, sentences, tokens


@pytest.fixture(scope="module")
def model() -> NerModel:
    return load_model()


@pytest.mark.parametrize("word, expected", [
    ("বিএনপি", True), ("বিসিবি", True), ("সিএইচআরআইও", True), ("এনসিপি", True), ("পিডব্লিউডি", True),
    ("এটি", False), ("এই", False), ("রাশিয়া", False), ("কিম", False),
])
def test_letter_acronym(word: str, expected: bool) -> None:
    assert letter_acronym(word) is expected


def test_read_rifat_handles_bom_and_malformed_lines(tmp_path: Path) -> None:
    path = tmp_path / "train.txt"
    path.write_text("\ufeffকিম\tB-PER\nজং\tI-PER\n২০০৭\tTIM\t\nরোনালদোরই\t\tB-PER\n\nনা।’\tO\n", encoding="utf-8")
    assert read_rifat(path) == [(["কিম", "জং", "২০০৭", "রোনালদোরই"], ["B-PER", "I-PER", "O", "B-PER"]),
                                (["না।’"], ["O"])]


@pytest.mark.parametrize("words, tags, expected_words, expected_tags", [
    (["না।’"], ["O"], ["না", "।", "’"], ["O", "O", "O"]),
    (["‘খালেদ"], ["B-PER"], ["‘", "খালেদ"], ["O", "B-PER"]),
    (["চ্যাং", "হো-জিন"], ["B-PER", "I-PER"], ["চ্যাং", "হো", "-", "জিন"], ["B-PER", "I-PER", "I-PER", "I-PER"]),
    (["র\u200c্যাব"], ["B-ORG"], ["র্যাব"], ["B-ORG"]),
])
def test_retokenize_matches_inference_tokens(words: list[str], tags: list[str], expected_words: list[str],
                                             expected_tags: list[str]) -> None:
    new_words, new_tags, origin = retokenize(words, tags)
    assert (new_words, new_tags) == (expected_words, expected_tags)
    assert len(origin) == len(new_words)


def test_repair_bio() -> None:
    assert repair_bio(["O", "I-ORG", "I-ORG", "I-PER", "B-LOC", "I-LOC"]) == \
        ["O", "B-ORG", "I-ORG", "B-PER", "B-LOC", "I-LOC"]


def test_read_banglakit_maps_bilou_and_trims_titles(tmp_path: Path) -> None:
    path = tmp_path / "main.jsonl"
    rows = [
        ["অধ্যাপক খন্দকার বজলুল হক ঢাকায় এলেন।", ["B-PERSON", "I-PERSON", "I-PERSON", "L-PERSON", "U-GPE", "O", "O"]],
        ["misaligned", ["O", "O"]],
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert read_banglakit(path) == [(
        ["অধ্যাপক", "খন্দকার", "বজলুল", "হক", "ঢাকায়", "এলেন", "।"],
        ["O", "B-PER", "I-PER", "I-PER", "B-LOC", "O", "O"],
    )]


def test_read_person_names_splits_given_names_and_surnames(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("Name, Gender\nসবুজ হোসাইন, 0\nচঞ্চলা, 1\nবেগম রোকেয়া খাতুন, 1\n", encoding="utf-8")
    given, surnames = read_person_names(path)
    assert given == {"সবুজ", "চঞ্চলা", "রোকেয়া"} and surnames == {"হোসাইন", "খাতুন"}


def test_featurizer_rejects_unknown_domain() -> None:
    with pytest.raises(ValueError, match="domain must be one of"):
        Featurizer(Lexicon(), domain="xx")


def test_features_carry_the_domain_copy_and_context() -> None:
    feats = Featurizer(Lexicon(given_names=frozenset({"কিম"}))).sentence(["নেতা", "কিম", "বলেন"])
    assert "w:কিম" in feats[1] and "rf:w:কিম" in feats[1]
    assert "gz:given" in feats[1] and "-1gz:title" in feats[1] and "+1gz:speech" in feats[1]


@pytest.mark.parametrize(("text", "expected"), [
    ("সৌদি আরবে গেছেন", ["B-place", "I-place", None]),
    # a well-known organisation by its full name or its acronym, inflected on its last word
    ("দুর্নীতি দমন কমিশনের চেয়ারম্যান", ["B-org", "I-org", "I-org", None]),
    ("বিএনপির মহাসচিব", ["B-org", None]),
    # a well-known person by a name of two words or more; the longest listed form wins
    ("মির্জা ফখরুল ইসলাম আলমগীর বলেন", ["B-person", "I-person", "I-person", "I-person", None]),
    ("মির্জা ফখরুল বলেন", ["B-person", "I-person", None]),
    # a one-word person form is an ordinary word too (সাকিব is listed for the record only)
    ("সাকিব বলেন", [None, None]),
    # names that need their article's context (ববি: a university or a nickname) carry no flag
    ("ববি বলেন", [None, None]),
])
def test_phrase_flags_mark_gazetteer_names(text: str, expected: list[str | None]) -> None:
    words = [t.text for t in tokens(normalize(text))]
    flags = ner._phrase_flags(words)
    assert [f[0].removeprefix("gzm:") if f else None for f in flags] == expected


@pytest.mark.parametrize(("words", "position", "expected"), [
    (["সরকারের", "সিদ্ধান্ত"], 0, True),       # the case stem সরকার is a dictionary word
    (["নদী", "শুকিয়েছে"], 0, True),
    (["মন্ত্রী", "শোইগু", "বলেন"], 1, False),   # a foreign surname is no dictionary word
    (["কিমের", "সফর"], 0, False),
])
def test_features_mark_dictionary_words(words: list[str], position: int, expected: bool) -> None:
    lexicon = Lexicon(dictionary=frozenset({"সরকার", "সিদ্ধান্ত", "নদী", "সফর", "মন্ত্রী"}))
    feats = Featurizer(lexicon).sentence(words)
    assert ("gz:dict" in feats[position]) is expected
    neighbour = position + 1 if position + 1 < len(words) else position - 1
    sign = "-1" if neighbour > position else "+1"
    assert (f"{sign}gz:dict" in feats[neighbour]) is expected


def test_read_dictionary_normalises_and_skips_comments(tmp_path: Path) -> None:
    path = tmp_path / "words.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("# a comment\nনদী\nবিষয\u09bc\n\n")  # য written as য + nukta
    assert ner.read_dictionary(path) == {"নদী", "বিষয়"}


def test_lexicon_keeps_its_dictionary_through_json() -> None:
    lexicon = Lexicon(dictionary=frozenset({"নদী", "সফর"}))
    assert Lexicon.from_json(lexicon.to_json()).dictionary == lexicon.dictionary


def test_shipped_lexicon_holds_the_dictionary_of_ordinary_words() -> None:
    words = load_model().lexicon.dictionary
    assert {"সরকার", "নদী", "সিদ্ধান্ত"} <= words
    assert not {"পুতিন", "শোইগু", "পেসকভ"} & words
    assert words == ner.read_dictionary(ner.DEFAULT_DICTIONARY_PATH)


def _tiny_data(root: Path) -> Path:
    (root / "ner" / "rifat").mkdir(parents=True)
    (root / "gazetteers").mkdir()
    sentences_ = [
        [("প্রেসিডেন্ট", "O"), ("পুতিন", "B-PER"), ("মস্কো", "B-LOC"), ("গেছেন", "O"), ("।", "O")],
        [("কিম", "B-PER"), ("জং", "I-PER"), ("উন", "I-PER"), ("রাশিয়ায়", "B-LOC"), ("পৌঁছেছেন", "O")],
        [("বিএনপি", "B-ORG"), ("জানিয়েছে", "O"), ("ঢাকা", "B-LOC"), ("শান্ত", "O")],
    ] * 3
    text = "\n\n".join("\n".join(f"{w}\t{t}" for w, t in s) for s in sentences_)
    (root / "ner" / "rifat" / "train.txt").write_text(text + "\n", encoding="utf-8")
    (root / "ner" / "rifat" / "test.txt").write_text(text + "\n", encoding="utf-8")
    (root / "gazetteers" / "bn_person_names.csv").write_text("Name, Gender\nকিম জং, 0\n", encoding="utf-8")
    return root


def _write_article(folder: Path, article_id: str, text: str | None, entities: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    article = {"id": article_id, "entities": entities, **({"text": text} if text is not None else {})}
    (folder / f"{article_id}.json").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")


def test_annotated_articles_are_tagged_wherever_a_mention_stands_on_word_boundaries(tmp_path: Path) -> None:
    entities = [
        {"name": "কিম জং উন", "type": "PERSON", "mentions": ["কিম জং উন", "কিম"]},
        {"name": "ঢাকা", "type": "LOC", "mentions": ["ঢাকা", "ঢাকায়"]},
        {"name": "ঢাকা বিশ্ববিদ্যালয়", "type": "ORG", "mentions": ["ঢাকা বিশ্ববিদ্যালয়ের"]},
        {"name": "এক দিন", "type": "DATE", "mentions": ["এক দিন"]},
    ]
    text = "কিম জং উন ঢাকায় এলেন। কিমের সঙ্গে ঢাকা বিশ্ববিদ্যালয়ের শিক্ষকেরা এক দিন ছিলেন। কিম হাসলেন।"
    _write_article(tmp_path / "G", "a1", text, entities)
    got = ner.read_annotated_articles([tmp_path / "G"], {})
    assert [list(zip(words, tags)) for words, tags in got] == [
        [("কিম", "B-PER"), ("জং", "I-PER"), ("উন", "I-PER"), ("ঢাকায়", "B-LOC"), ("এলেন", "O"), ("।", "O")],
        # কিম inside কিমের is no mention; ঢাকা inside the university's name is part of it
        [("কিমের", "O"), ("সঙ্গে", "O"), ("ঢাকা", "B-ORG"), ("বিশ্ববিদ্যালয়ের", "I-ORG"), ("শিক্ষকেরা", "O"),
         ("এক", "O"), ("দিন", "O"), ("ছিলেন", "O"), ("।", "O")],
        [("কিম", "B-PER"), ("হাসলেন", "O"), ("।", "O")],
    ]


def test_annotated_articles_without_text_take_it_from_the_corpus(tmp_path: Path) -> None:
    _write_article(tmp_path / "G", "a2", None, [{"name": "মস্কো", "type": "LOC", "mentions": ["মস্কো"]}])
    got = ner.read_annotated_articles([tmp_path / "G"], {"a2": "পুতিন মস্কো ফিরলেন।"})
    assert got == [(["পুতিন", "মস্কো", "ফিরলেন", "।"], ["O", "B-LOC", "O", "O"])]


def test_tiny_training_run_learns_from_annotated_articles(tmp_path: Path) -> None:
    data = _tiny_data(tmp_path / "data")
    folder = tmp_path / "gold" / "G"
    for k in range(4):
        _write_article(folder, f"a{k}", "মুখপাত্র লুদমিলা বলেন, সফর সফল। লুদমিলা আরও বলেন, বৈঠক হবে।",
                       [{"name": "লুদমিলা", "type": "PERSON", "mentions": ["লুদমিলা"]}])
    logged: list[str] = []
    out = ner.train(data, tmp_path / "m" / "ner.crfsuite", log=logged.append,
                    options=TrainOptions(iterations=30, banglakit=False, clusters=False, name_copies=0,
                                         annotation_sets=(folder,)))
    assert any("8 annotated" in line for line in logged)
    assert load_model(out).tag(["মুখপাত্র", "লুদমিলা", "বলেন"])[1] == "B-PER"


def test_held_out_keeps_the_last_share_of_the_sentences_for_scoring() -> None:
    data = [([f"w{k}"], ["O"]) for k in range(10)]
    trained, scored = ner.held_out(data, 0.2)
    assert trained == data[:8] and scored == data[8:]
    assert ner.held_out(data, 0.0) == (data, [])
    with pytest.raises(ValueError):
        ner.held_out(data, 1.0)


def test_training_with_a_held_out_share_leaves_those_sentences_out(tmp_path: Path) -> None:
    data = _tiny_data(tmp_path / "data")
    logged: list[str] = []
    options = TrainOptions(iterations=10, banglakit=False, clusters=False, name_copies=0, annotation_sets=())
    ner.train(data, tmp_path / "all" / "ner.crfsuite", log=logged.append, options=options)
    ner.train(data, tmp_path / "held" / "ner.crfsuite", log=logged.append, options=replace(options, holdout=1 / 3))
    counts = [line for line in logged if line.startswith("training sentences")]
    assert "9 Rifat" in counts[0] and "6 Rifat" in counts[1]


def test_tiny_training_run_builds_a_loadable_model(tmp_path: Path) -> None:
    data = _tiny_data(tmp_path / "data")
    out = ner.train(data, tmp_path / "m" / "ner.crfsuite", log=lambda _: None,
                    options=TrainOptions(iterations=20, banglakit=False, clusters=False, annotation_sets=()))
    trained = load_model(out)
    words = ["কিম", "জং", "উন", "রাশিয়ায়", "পৌঁছেছেন"]
    assert trained.tag(words) == trained.crfsuite_tag(words)
    assert trained.tag(words)[0] == "B-PER"
    scores = ner.evaluate(trained, data / "ner" / "rifat" / "test.txt")
    assert scores.micro[2] > 0.5 and set(scores.per_type) <= {"PER", "ORG", "LOC"}


def test_shipped_model_loads_and_tags_the_seed_article(model: NerModel, seed_text: str) -> None:
    text = normalize(seed_text)
    first = sentences(text)[0]
    words = [t.text for t in tokens(text, first.start, first.end)]
    tags = model.tag(words)
    assert len(tags) == len(words) and set(tags) <= set(ner.TAGS)
    assert tags[words.index("কিম")] == "B-PER"
    assert tags[words.index("সিউল")].endswith("LOC")
    assert tags[words.index("মঙ্গলবার")] == "O"
    assert model.tag([]) == []


def test_shipped_crf_viterbi_matches_crfsuite(model: NerModel, seed_text: str) -> None:
    crf = NerModel(model.model_bytes, model.lexicon)  # the CRF alone, without the neural tagger
    text = normalize(seed_text)
    for span in sentences(text)[:8]:
        words = [t.text for t in tokens(text, span.start, span.end)]
        assert crf.tag(words) == crf.crfsuite_tag(words)


def test_word_vectors_are_the_sums_of_the_feature_weights(model: NerModel, seed_text: str) -> None:
    words = list(dict.fromkeys(t.text for t in tokens(normalize(seed_text))))[:300] + ["xyzzy", "ক"]
    expected = np.array([[model._position_vector(w, offset) for offset in ner.WINDOW] for w in words])
    assert np.array_equal(model._word_vectors(words), expected)  # bit for bit: the tags must not move


def _full_viterbi(scores: np.ndarray, transitions: np.ndarray) -> list[int]:
    delta, back = scores[0], []
    for row in scores[1:]:
        values = delta[:, None] + transitions
        back.append(values.argmax(axis=0))
        delta = values.max(axis=0) + row
    path = [int(delta.argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return path[::-1]


@pytest.mark.parametrize("seed", range(5))
def test_viterbi_shortcut_for_sure_o_words_finds_the_best_path(model: NerModel, seed: int) -> None:
    rng = np.random.default_rng(seed)
    scores = rng.normal(0, 3, (40, len(model.labels)))
    scores[:, model.labels.index("O")] += rng.choice([0.0, 8.0], size=40)  # many clear O words
    assert model._viterbi(scores) == _full_viterbi(scores, model._transitions)


def test_tag_document_spreads_a_name_to_its_other_occurrences(model: NerModel) -> None:
    doc = [["প্রেসিডেন্ট", "রুবিনো", "বলেন"], ["রুবিনোর", "সফর", "শেষ"], ["রুবিনো", "সফর"]]
    labels = model.labels
    b_per, o = labels.index("B-PER"), labels.index("O")

    def emissions(words: list[str]) -> np.ndarray:
        scores = np.full((len(words), len(labels)), -5.0)
        scores[:, o] = 5.0
        for i, word in enumerate(words):
            if word.startswith("রুবিনো"):
                scores[i, b_per] = 12.0 if i == 1 else 6.0  # sure after a title, unsure alone
        return scores

    model_copy = pickle.loads(pickle.dumps(model))
    model_copy._emissions = emissions  # type: ignore[method-assign]
    assert [t[0] for t in map(model_copy.tag, doc)] == ["O", "O", "O"]
    tagged = model_copy.tag_document(doc, bonus=4.0)
    assert tagged[0][1] == "B-PER" and tagged[1][0] == "B-PER" and tagged[2][0] == "B-PER"
    assert model_copy.tag_document(doc, context=0) == [model_copy.tag(s) for s in doc]
    assert model_copy.tag_document([]) == []


def _tiny_neural_arrays(rng: np.random.Generator) -> dict[str, np.ndarray]:
    words, chars, shapes = [ner.PAD, ner.UNK, "কিম", "রাশিয়া"], [ner.PAD, ner.UNK, ner.WORD_START, ner.WORD_END, "ক", "ি", "ম"], [ner.UNK, "b"]
    dim = 2 * 4 + 3 + sum(2 for _ in ner.CLUSTER_SIZES) + 2 + len(ner.NEURAL_FLAGS)
    arrays = {
        "labels": np.array(ner.TAGS), "flags": np.array(ner.NEURAL_FLAGS),
        "vocab_words": np.array(words), "vocab_chars": np.array(chars), "vocab_shapes": np.array(shapes),
        "word_embedding": rng.normal(size=(len(words), 4)), "char_embedding": rng.normal(size=(len(chars), 5)),
        "char_conv": rng.normal(size=(3 * 5, 3)), "char_conv_bias": rng.normal(size=3), "char_width": np.array(3),
        "shape_embedding": rng.normal(size=(len(shapes), 2)),
        "hidden": rng.normal(size=(5, dim, 6)), "hidden_bias": rng.normal(size=6), "domain_bias": rng.normal(size=6),
        "output": rng.normal(size=(6, len(ner.TAGS))), "output_bias": rng.normal(size=len(ner.TAGS)),
        "transitions": rng.normal(size=(len(ner.TAGS),) * 2), "start": rng.normal(size=len(ner.TAGS)),
        "end": rng.normal(size=len(ner.TAGS)), "crf_weight": np.array(0.5),
    }
    for i, k in enumerate(ner.CLUSTER_SIZES):
        arrays[f"cluster_embedding_{i}"] = rng.normal(size=(k + 1, 2))
    return arrays


def test_neural_scores_from_cached_word_rows_equal_the_window_network() -> None:
    arrays = _tiny_neural_arrays(np.random.default_rng(0))
    tagger = ner.NeuralTagger(arrays, Lexicon(given_names=frozenset({"কিম"})))
    words = ["কিম", "জং", "উন", "রাশিয়ায়", "কিম"]
    x = np.stack([tagger.word_vector(w) for w in words])
    padded = np.concatenate([np.zeros((2, x.shape[1])), x, np.zeros((2, x.shape[1]))])
    h = arrays["hidden_bias"] + arrays["domain_bias"] + sum(
        padded[k:k + len(words)] @ arrays["hidden"][k] for k in range(5))
    expected = np.maximum(h, 0) @ arrays["output"] + arrays["output_bias"]
    assert np.allclose(tagger.scores(words), expected, atol=1e-3)
    assert np.allclose(tagger.scores(words[:1]), tagger.scores(words[:1]))


def test_model_with_a_neural_part_tags_and_pickles(model: NerModel, tmp_path: Path) -> None:
    path = tmp_path / "neural.npz"
    np.savez(path, **_tiny_neural_arrays(np.random.default_rng(1)))
    combined = NerModel(model.model_bytes, model.lexicon, neural_bytes=path.read_bytes())
    words = ["উত্তর", "কোরিয়ার", "নেতা", "কিম", "জং", "উন"]
    tags = combined.tag(words)
    assert len(tags) == len(words) and set(tags) <= set(ner.TAGS)
    assert pickle.loads(pickle.dumps(combined)).tag(words) == tags


def test_read_places_drops_ordinary_words(tmp_path: Path) -> None:
    path = tmp_path / "places.txt"
    path.write_text("# comment\nকালিয়াকৈর\nসদর\nউত্তর গুনাইঘর\n", encoding="utf-8")
    data = [(["সদর", "দপ্তর"], ["O", "O"])] * 3 + [(["উত্তর", "দিক"], ["O", "O"])] * 3
    assert ner.read_places(path, data) == {"কালিয়াকৈর", "গুনাইঘর"}


def test_model_pickles_for_worker_processes(model: NerModel) -> None:
    copy = pickle.loads(pickle.dumps(model))
    words = ["উত্তর", "কোরিয়ার", "নেতা", "কিম", "জং", "উন"]
    assert copy.tag(words) == model.tag(words)


def test_shipped_model_is_small() -> None:
    files = [ner.DEFAULT_MODEL_PATH, ner.lexicon_path(ner.DEFAULT_MODEL_PATH),
             ner.neural_path(ner.DEFAULT_MODEL_PATH), ner.DEFAULT_PLACES_PATH, ner.DEFAULT_DICTIONARY_PATH]
    assert sum(f.stat().st_size for f in files if f.exists()) < 15_000_000


def test_the_tagger_knows_foreign_given_names_as_given_names() -> None:
    model = load_model()
    assert {"পিটার", "জেনিফার", "সের্গেই"} <= model.lexicon.given_names


def test_renamed_copies_replace_each_name_by_one_with_the_same_ending() -> None:
    data = [
        (["রাশেদ", "খানের", "বাড়ি", "ঢাকায়"], ["B-PER", "I-PER", "O", "B-LOC"]),
        (["কিমকে", "ডাকেন", "জং", "উনের"], ["B-PER", "O", "B-PER", "I-PER"]),
        (["আবুল", "হোসেনের", "কথা"], ["B-PER", "I-PER", "O"]),
        (["পুতিনকে", "ফোন"], ["B-PER", "O"]),
        (["বৃষ্টি", "হয়"], ["O", "O"]),
    ]
    copies = ner.renamed_copies(data, copies=3, seed=2)
    assert len(copies) == 3 * 4  # sentences without a person give no copy
    genitives = {("রাশেদ", "খানের"), ("জং", "উনের"), ("আবুল", "হোসেনের")}
    for words, tags in copies:
        assert len(words) == len(tags) and tags == ner.repair_bio(tags)
        for start, end in ner._entity_spans(tags, "PER"):
            name = tuple(words[start:end])
            assert name in genitives or name in {("কিমকে",), ("পুতিনকে",)}
            assert name[-1].endswith("কে") == (words[start:end][-1] in {"কিমকে", "পুতিনকে"})
        assert "ঢাকায়" not in words or tags[words.index("ঢাকায়")] == "B-LOC"  # other types untouched
    assert ner.renamed_copies(data, copies=3, seed=2) == copies  # a seed gives the same copies


def test_renamed_copies_may_rename_places_and_organisations_too() -> None:
    data = [(["ঢাকায়", "সভা"], ["B-LOC", "O"]), (["রাজশাহীতে", "মেলা"], ["B-LOC", "O"])]
    places = {tuple(words[:1]) for words, _ in ner.renamed_copies(data, copies=4, labels=("PER", "LOC"))}
    assert places <= {("ঢাকায়",), ("রাজশাহীতে",)} and places
