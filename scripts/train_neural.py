"""Train the neural half of the NER model and export it to models/ner.neural.npz (numpy arrays).

Needs PyTorch, which the project itself does not depend on (tagging runs the exported weights in
numpy, `core.ner.NeuralTagger`). Use a separate virtualenv outside the project:

    python3 -m venv /work/torchenv
    /work/torchenv/bin/pip install torch==2.13.0 numpy python-crfsuite==0.9.12 gensim==4.4.0
    PYTHONPATH=. nice /work/torchenv/bin/python scripts/train_neural.py [--data ../shared/data]

Run it after `python -m core.ner train` (it reads the lexicon the CRF training writes: word
clusters and name lists). What it does:

1. word vectors: word2vec (skip-gram, 64 dimensions, one thread, fixed seed) over the unlabelled
   news corpus and all NER sentences; the vocabulary is every word seen at least twice;
2. the network (see `NeuralTagger`): word + stem embeddings, character CNN, cluster, shape and
   gazetteer inputs, one hidden layer over a 5-word window, a CRF output layer; trained on the Rifat
   train split and banglakit (a learned per-corpus bias, as the CRF's feature augmentation);
   words are replaced by <unk> at random in training so unseen names are tagged from their
   characters and context;
3. `--dev` holds out the last 10% of the Rifat train split and reports entity F1 on it after
   every epoch (for choosing the epoch count); without it, all data is used for `--epochs`.
4. the CRF's weight in the combined score (`crf_weight`) is stored in the file too.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
from torch import nn

from core import ner

LABELS = ner.TAGS
WORD_DIM = 64
CHAR_DIM = 24
CHAR_FILTERS = 48
CHAR_WIDTH = 3
CLUSTER_DIMS = (8, 16, 16)
SHAPE_DIM = 8
WIDTH = 5
HIDDEN = 128


def chunks(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, kind = set(), None, None
    for i, tag in enumerate([*ner.repair_bio(tags), "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            out.add((start, i, kind))
            start = None
        if tag.startswith("B-"):
            start, kind = i, tag[2:]
    return out


def f1(gold: list[list[str]], pred: list[list[str]]) -> float:
    tp = n_gold = n_pred = 0
    for g, p in zip(gold, pred):
        cg, cp = chunks(g), chunks(p)
        tp += len(cg & cp)
        n_gold += len(cg)
        n_pred += len(cp)
    return 2 * tp / max(1, n_gold + n_pred)


class Net(nn.Module):
    def __init__(self, n_words: int, n_chars: int, n_shapes: int, vectors: np.ndarray | None) -> None:
        super().__init__()
        self.word = nn.Embedding(n_words, WORD_DIM, padding_idx=0)
        if vectors is not None:
            self.word.weight.data.copy_(torch.from_numpy(vectors))
        self.char = nn.Embedding(n_chars, CHAR_DIM, padding_idx=0)
        self.char_conv = nn.Conv1d(CHAR_DIM, CHAR_FILTERS, CHAR_WIDTH, padding=CHAR_WIDTH // 2)
        self.clusters = nn.ModuleList(nn.Embedding(k + 1, d) for k, d in zip(ner.CLUSTER_SIZES, CLUSTER_DIMS))
        self.shape = nn.Embedding(n_shapes, SHAPE_DIM)
        dim = 2 * WORD_DIM + CHAR_FILTERS + sum(CLUSTER_DIMS) + SHAPE_DIM + len(ner.NEURAL_FLAGS)
        self.drop_in = nn.Dropout(0.5)
        self.hidden = nn.Conv1d(dim, HIDDEN, WIDTH, padding=WIDTH // 2)
        self.domain = nn.Embedding(len(ner.DOMAINS), HIDDEN)
        nn.init.zeros_(self.domain.weight)
        self.drop_h = nn.Dropout(0.3)
        self.out = nn.Linear(HIDDEN, len(LABELS))
        self.trans = nn.Parameter(torch.zeros(len(LABELS), len(LABELS)))
        self.start = nn.Parameter(torch.zeros(len(LABELS)))
        self.end = nn.Parameter(torch.zeros(len(LABELS)))

    def words(self, b: dict[str, torch.Tensor]) -> torch.Tensor:
        """(batch, length, dim) word vectors."""
        chars = self.char(b["chars"])                                  # B, L, C, d
        B, L, C, d = chars.shape
        conv = self.char_conv(chars.view(B * L, C, d).transpose(1, 2))  # BL, F, C
        conv = conv.masked_fill(~b["char_mask"].view(B * L, 1, C), -1e4)
        char_vec = conv.max(dim=2).values.view(B, L, -1)
        parts = [self.word(b["word"]), self.word(b["stem"]), char_vec]
        parts += [emb(b["clusters"][..., i]) for i, emb in enumerate(self.clusters)]
        parts += [self.shape(b["shape"]), b["flags"]]
        x = torch.cat(parts, dim=-1)
        return x * b["mask"].unsqueeze(-1)

    def emissions(self, b: dict[str, torch.Tensor]) -> torch.Tensor:
        x = self.drop_in(self.words(b))
        h = self.hidden(x.transpose(1, 2)).transpose(1, 2) + self.domain(b["domain"]).unsqueeze(1)
        return self.out(self.drop_h(torch.relu(h)))

    def nll(self, b: dict[str, torch.Tensor]) -> torch.Tensor:
        em, tags, mask = self.emissions(b), b["tags"], b["mask"]
        B, L, T = em.shape
        # gold path score
        score = self.start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for i in range(1, L):
            step = self.trans[tags[:, i - 1], tags[:, i]] + em[:, i].gather(1, tags[:, i:i + 1]).squeeze(1)
            score = score + step * mask[:, i]
        last = tags.gather(1, (mask.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        # partition function
        alpha = self.start + em[:, 0]
        for i in range(1, L):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, i].unsqueeze(1), dim=1)
            m = mask[:, i].unsqueeze(1)
            alpha = nxt * m + alpha * (1 - m)
        log_z = torch.logsumexp(alpha + self.end, dim=1)
        return (log_z - score).mean()


def viterbi(em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
    delta = start + em[0]
    back = []
    for row in em[1:]:
        values = delta[:, None] + trans
        back.append(values.argmax(axis=0))
        delta = values.max(axis=0) + row
    delta = delta + end
    path = [int(delta.argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return path[::-1]


def encode(enc: ner.NeuralEncoder, sents: list[tuple[list[str], list[str], int]]) -> list[dict]:
    """Per sentence, numpy arrays of the network's inputs."""
    cache: dict[str, ner.WordInputs] = {}
    out = []
    for words, tags, domain in sents:
        xs = []
        for w in words:
            if w not in cache:
                cache[w] = enc.inputs(w)
            xs.append(cache[w])
        n, c = len(xs), max(len(x.chars) for x in xs)
        chars = np.zeros((n, c), dtype=np.int64)
        for j, x in enumerate(xs):
            chars[j, :len(x.chars)] = x.chars
        out.append({
            "n": n, "words": words, "domain": domain, "chars": chars,
            "word": np.array([x.word for x in xs]), "stem": np.array([x.stem for x in xs]),
            "clusters": np.array([x.clusters for x in xs]), "shape": np.array([x.shape for x in xs]),
            "flags": np.array([x.flags for x in xs], dtype=np.float32),
            "tags": np.array([LABELS.index(t) for t in tags]),
        })
    return out


def batch(items: list[dict], unk: int, word_dropout: float, rng: np.random.Generator) -> dict[str, torch.Tensor]:
    B, L = len(items), max(it["n"] for it in items)
    C = max(it["chars"].shape[1] for it in items)
    a = {
        "word": np.zeros((B, L), np.int64), "stem": np.zeros((B, L), np.int64),
        "chars": np.zeros((B, L, C), np.int64), "clusters": np.zeros((B, L, len(ner.CLUSTER_SIZES)), np.int64),
        "shape": np.zeros((B, L), np.int64), "flags": np.zeros((B, L, len(ner.NEURAL_FLAGS)), np.float32),
        "mask": np.zeros((B, L), np.float32), "tags": np.zeros((B, L), np.int64),
    }
    for i, it in enumerate(items):
        n = it["n"]
        for key in ("word", "stem", "clusters", "shape", "flags", "tags"):
            a[key][i, :n] = it[key]
        a["chars"][i, :n, :it["chars"].shape[1]] = it["chars"]
        a["mask"][i, :n] = 1
    if word_dropout:
        drop = rng.random((B, L)) < word_dropout
        a["word"][drop] = unk
        a["stem"][drop & (rng.random((B, L)) < 0.5)] = unk
    out = {k: torch.from_numpy(v) for k, v in a.items()}
    out["char_mask"] = out["chars"] > 0
    out["char_mask"][..., 0] = True
    out["domain"] = torch.tensor([it["domain"] for it in items])
    return out


def predict(net: Net, items: list[dict], unk: int) -> list[list[str]]:
    net.eval()
    out = []
    trans, start, end = (p.detach().numpy() for p in (net.trans, net.start, net.end))
    with torch.no_grad():
        for k in range(0, len(items), 64):
            chunk = items[k:k + 64]
            em = net.emissions(batch(chunk, unk, 0.0, np.random.default_rng(0))).numpy()
            for i, it in enumerate(chunk):
                n = it["n"]
                out.append([LABELS[t] for t in viterbi(em[i, :n], trans, start, end)] if n else [])
    net.train()
    return out


def export(net: Net, enc_vocab: dict[str, list[str]], path: Path, crf_weight: float) -> None:
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    half = np.float16
    arrays = {
        "labels": np.array(LABELS),
        "flags": np.array(ner.NEURAL_FLAGS),
        "vocab_words": np.array(enc_vocab["words"]),
        "vocab_chars": np.array(enc_vocab["chars"]),
        "vocab_shapes": np.array(enc_vocab["shapes"]),
        "word_embedding": sd["word.weight"].astype(half),
        "char_embedding": sd["char.weight"].astype(half),
        # Conv1d weight (filters, char_dim, width) -> (width * char_dim, filters)
        "char_conv": sd["char_conv.weight"].transpose(2, 1, 0).reshape(-1, CHAR_FILTERS).astype(half),
        "char_conv_bias": sd["char_conv.bias"],
        "char_width": np.array(CHAR_WIDTH),
        "shape_embedding": sd["shape.weight"].astype(half),
        # Conv1d weight (hidden, dim, width) -> (width, dim, hidden)
        "hidden": sd["hidden.weight"].transpose(2, 1, 0).astype(half),
        "hidden_bias": sd["hidden.bias"],
        "domain_bias": sd["domain.weight"][ner.DOMAINS.index(ner.TARGET_DOMAIN)],
        "output": sd["out.weight"].T.copy(),
        "output_bias": sd["out.bias"],
        "transitions": sd["trans"], "start": sd["start"], "end": sd["end"],
        "crf_weight": np.array(crf_weight),
    }
    for i in range(len(ner.CLUSTER_SIZES)):
        arrays[f"cluster_embedding_{i}"] = sd[f"clusters.{i}.weight"].astype(half)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)


def word_vectors(words: list[str], sentences: list[list[str]], seed: int) -> np.ndarray:
    """word2vec vectors (unit length) for the vocabulary, small random ones for the rest."""
    from gensim.models import Word2Vec  # training-only dependency

    w2v = Word2Vec([[ner.embedding_key(w) for w in s if ner._is_wordlike(w)] for s in sentences],
                   vector_size=WORD_DIM, window=5, min_count=2, sg=1, epochs=10, workers=1, seed=seed)
    vectors = np.random.default_rng(seed).normal(0, 0.1, (len(words), WORD_DIM)).astype(np.float32)
    vectors[0] = 0
    for i, w in enumerate(words):
        if w in w2v.wv:
            v = w2v.wv[w]
            vectors[i] = v / (np.linalg.norm(v) + 1e-6)
    return vectors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ner.DEFAULT_DATA_DIR)
    parser.add_argument("--model", type=Path, default=ner.DEFAULT_MODEL_PATH, help="the CRF model (lexicon beside it)")
    parser.add_argument("--out", type=Path, default=None, help="default: ner.neural.npz beside the model")
    parser.add_argument("--dev", action="store_true", help="hold out the last 10%% of Rifat train, report F1")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--word-dropout", type=float, default=0.2)
    parser.add_argument("--crf-weight", type=float, default=1.0)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--vectors-cache", type=Path, default=None, help="reuse word vectors saved here")
    args = parser.parse_args(argv)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    nrng = np.random.default_rng(args.seed)
    started = time.perf_counter()

    lexicon = ner.load_lexicon(args.model)
    rifat = [ner._retokenized(s) for s in ner.read_rifat(args.data / "ner" / "rifat" / "train.txt")]
    bk = ner.read_banglakit(args.data / "ner" / "banglakit" / "main.jsonl")
    cut = int(len(rifat) * 0.9) if args.dev else len(rifat)
    train_rf, dev_rf = rifat[:cut], rifat[cut:]
    unlabelled = list(ner.read_corpus_sentences(args.data / "corpus" / "bn_news.jsonl"))
    unlabelled += [w for w, _ in rifat] + [w for w, _ in bk]

    # vocabularies
    counts = Counter(ner.embedding_key(w) for s in unlabelled for w in s if ner._is_wordlike(w))
    words = [ner.PAD, ner.UNK] + sorted(w for w, n in counts.items() if n >= 2)
    char_counts = Counter(c for s in unlabelled for w in s for c in w)
    chars = [ner.PAD, ner.UNK, ner.WORD_START, ner.WORD_END] + sorted(c for c, n in char_counts.items() if n >= 3)
    shape_counts = Counter(ner._shape(w) for s in unlabelled for w in s)
    shapes = [ner.UNK] + sorted(s for s, n in shape_counts.items() if n >= 5)
    vocab = {"words": words, "chars": chars, "shapes": shapes}
    print(f"vocab: {len(words)} words, {len(chars)} chars, {len(shapes)} shapes", flush=True)

    cached = args.vectors_cache and args.vectors_cache.exists()
    if cached:
        vectors = np.load(args.vectors_cache)["vectors"]
    else:
        vectors = word_vectors(words, unlabelled, args.seed)
        if args.vectors_cache:
            np.savez(args.vectors_cache, vectors=vectors)
    print(f"word vectors: {time.perf_counter() - started:.0f}s", flush=True)

    enc = ner.NeuralEncoder(lexicon, words, chars, shapes)
    train_items = encode(enc, [(w, t, 0) for w, t in train_rf if w] + [(w, t, 1) for w, t in bk if w])
    dev_items = encode(enc, [(w, t, 0) for w, t in dev_rf if w])
    unk = words.index(ner.UNK)
    net = Net(len(words), len(chars), len(shapes), vectors)
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 1.0 / (1 + 0.05 * e))
    print(f"training on {len(train_items)} sentences, dev {len(dev_items)}", flush=True)
    for epoch in range(1, args.epochs + 1):
        order = sorted(range(len(train_items)), key=lambda k: (train_items[k]["n"], rng.random()))
        batches = [order[k:k + 32] for k in range(0, len(order), 32)]
        rng.shuffle(batches)
        total = 0.0
        for idx in batches:
            b = batch([train_items[k] for k in idx], unk, args.word_dropout, nrng)
            loss = net.nll(b)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item() * len(idx)
        sched.step()
        line = f"epoch {epoch:2d} loss {total / len(train_items):.3f} {time.perf_counter() - started:.0f}s"
        if dev_items:
            pred = predict(net, dev_items, unk)
            gold = [[LABELS[t] for t in it["tags"]] for it in dev_items]
            line += f" dev F1 {f1(gold, pred):.4f}"
        print(line, flush=True)

    out = args.out or args.model.with_name(args.model.stem + ".neural.npz")
    export(net, vocab, out, args.crf_weight)
    print(f"-> {out} ({out.stat().st_size / 1e6:.1f} MB)", flush=True)
    # the numpy tagger must give the network's scores
    tagger = ner.NeuralTagger(dict(np.load(out)), lexicon)
    net.eval()
    with torch.no_grad():
        for it in dev_items[:5] or train_items[:5]:
            em = net.emissions(batch([it], unk, 0.0, nrng))[0].numpy()
            diff = np.abs(em - tagger.scores(it["words"])).max()
            assert diff < 0.05, f"numpy and torch scores differ by {diff}"
    return 0


if __name__ == "__main__":
    sys.exit(main())
