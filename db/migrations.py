"""Numbered schema migrations. Append, never edit a released one: `PRAGMA user_version` holds the
number of the last migration applied and `schema_migrations` records when each ran.

Offsets (`start`, `end`) are character offsets into the article's body (`article_texts.body` since
migration 5; the normalised text), end exclusive, as in `core.models`; SQL's
`substr(body, start + 1, end - start)` gives the span back.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable

from sqlite_utils import Database

# Every combining mark of the Bengali block (category M*: vowel signs, virama, nukta, chandrabindu,
# anusvara, visarga, au length mark). unicode61 treats marks as separators by default, which splits
# রাশিয়ায় into র/শ/য...; declaring them token characters keeps Bengali words whole.
BENGALI_MARKS = "".join(
    chr(c) for c in range(0x0980, 0x0A00) if unicodedata.category(chr(c)).startswith("M")
)
FTS_TOKENIZE = f"unicode61 tokenchars '{BENGALI_MARKS}'"

_V1_CORE = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('generation', 0);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,           -- sha256 of the normalised, space-collapsed body
    title TEXT NOT NULL DEFAULT '',
    outlet TEXT,
    author TEXT,
    url TEXT,
    published TEXT,                              -- YYYY-MM-DD: metadata, else the dateline
    published_inferred INTEGER NOT NULL DEFAULT 0,  -- 1 when read from the dateline, not metadata
    language TEXT NOT NULL DEFAULT 'bn',
    body TEXT NOT NULL,                          -- core.text.normalize(text): NFC
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'reviewed', 'approved')),
    source_file TEXT,
    external_id TEXT,
    is_sample INTEGER NOT NULL DEFAULT 0,
    extractor_version TEXT,
    analysed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet_published ON articles (outlet, published);
CREATE INDEX articles_status ON articles (status);
CREATE INDEX articles_extractor_version ON articles (extractor_version);
CREATE INDEX articles_created ON articles (created_at);
CREATE INDEX articles_sample ON articles (is_sample) WHERE is_sample = 1;

-- The archive-wide entity registry: one row per person, organisation or place.
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('PERSON', 'ORG', 'LOC')),
    aliases TEXT NOT NULL DEFAULT '[]',          -- JSON list of other base forms
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'rejected', 'merged')),
    merged_into INTEGER REFERENCES entities (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX entities_name ON entities (name);
CREATE INDEX entities_status_type ON entities (status, type);

-- Normalised name and alias keys -> registry entity (always the root of a merge chain).
CREATE TABLE entity_keys (
    key TEXT PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'name'            -- name, alias, editor
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys (entity_id);

-- An entity as found in one article.
CREATE TABLE article_entities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    name TEXT NOT NULL,                          -- the name the extractor gave in this article
    type TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    mention_count INTEGER NOT NULL DEFAULT 0,
    confidence REAL NOT NULL DEFAULT 1.0,
    source TEXT NOT NULL DEFAULT 'model',        -- model, rule, editor
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'rejected')),
    UNIQUE (article_id, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id, status, article_id, mention_count);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_entity_id INTEGER NOT NULL REFERENCES article_entities (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_article_entity ON mentions (article_entity_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    quote_key TEXT NOT NULL,                     -- stable across re-analysis: hash of the words
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
    start INTEGER,
    end INTEGER,
    speaker TEXT,
    speaker_mention TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_entity_id INTEGER REFERENCES entities (id),
    source_type TEXT NOT NULL DEFAULT 'unknown',
    role TEXT,
    affiliation TEXT,
    cue TEXT,
    framing TEXT NOT NULL DEFAULT 'neutral',
    confidence REAL NOT NULL DEFAULT 0.5,
    source TEXT NOT NULL DEFAULT 'model',        -- model, editor
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'rejected'))
);
CREATE INDEX quotes_article ON quotes (article_id, start);
CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity_id, status, article_id);
CREATE INDEX quotes_speaker ON quotes (speaker) WHERE speaker_entity_id IS NULL;
CREATE INDEX quotes_article_key ON quotes (article_id, quote_key);

-- Time expressions; placed ones are events (date_start/date_end derived from value).
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    value TEXT,
    granularity TEXT NOT NULL,
    modifier TEXT,
    tense TEXT,
    sentence_start INTEGER,
    sentence_end INTEGER,
    summary TEXT,                                -- NULL when it is the sentence itself
    entities TEXT NOT NULL DEFAULT '[]',         -- JSON: names in the sentence
    speakers TEXT NOT NULL DEFAULT '[]',         -- JSON: speakers quoted in the sentence
    is_event INTEGER NOT NULL DEFAULT 0,         -- placed on the timeline (not a duration)
    date_start TEXT,                             -- YYYY-MM-DD, first day the value covers
    date_end TEXT                                -- YYYY-MM-DD, last day the value covers
);
CREATE INDEX events_article ON events (article_id, start);
CREATE INDEX events_dates ON events (date_start, date_end) WHERE is_event = 1;

CREATE TABLE event_entities (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    role TEXT NOT NULL DEFAULT 'mentioned',      -- mentioned, speaker
    PRIMARY KEY (event_id, entity_id, role)
) WITHOUT ROWID;
CREATE INDEX event_entities_entity ON event_entities (entity_id, event_id);

-- The audit trail, and the editor decisions that save_analysis re-applies.
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    editor TEXT,
    target TEXT NOT NULL,                        -- entity, article_entity, quote, article
    action TEXT NOT NULL,
    article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    entity_id INTEGER REFERENCES entities (id),
    target_key TEXT,                             -- quote_key for quote decisions
    before TEXT,                                 -- JSON
    after TEXT,                                  -- JSON
    extractor_version TEXT,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX corrections_article ON corrections (article_id, active);
CREATE INDEX corrections_entity ON corrections (entity_id);
CREATE INDEX corrections_created ON corrections (created_at);
"""

# Full-text search as external-content FTS5 tables: the index only, the text stays in its table.
_V2_SEARCH = f"""
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='id', tokenize="{FTS_TOKENIZE}"
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, content='quotes', content_rowid='id', tokenize="{FTS_TOKENIZE}"
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
    INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');
"""

_V3_PART_OF_DAY = """
ALTER TABLE events ADD COLUMN part_of_day TEXT;   -- dawn, morning, night ... (মঙ্গলবার ভোরে)
"""


# Archive scale (100k articles and more, migration 4). What every page reads stays small and what is written per
# article stays few rows:
# - the article text moves to `article_texts`: `articles` keeps ~300 bytes a row, so lists, counts,
#   filters and the joins of search, quotes and events read a few MB, not every body, and an update
#   of an article's status or analysis no longer rewrites its text;
# - an entity's mentions in one article become one JSON list of [start, end] pairs on its
#   `article_entities` row instead of a row each (a third of all rows written); the `mentions` view
#   gives the old rows back, with the text cut from the body (it was a copy of it);
# - quotes carry their article's outlet and date (kept in step by a trigger), so the Sources page
#   and the Home counts aggregate one covering index instead of joining every quote to its article;
# - the registry keeps per-entity counters (mentions, articles, quotes), kept exact by triggers on
#   every write path, so the registry and the speaker pickers sort by them through an index;
# - search ranks by FTS5's own `rank`, configured as the weighted bm25 (title 4×), and indexes
#   nothing sorts or filters by are dropped.
_V4_ARCHIVE_SCALE = f"""
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
DROP INDEX articles_created;
DROP INDEX quotes_article_key;

CREATE TABLE article_texts (
    id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    body TEXT NOT NULL                           -- core.text.normalize(text): NFC
);
INSERT INTO article_texts (id, body) SELECT id, body FROM articles ORDER BY id;
ALTER TABLE articles DROP COLUMN body;

-- The search index reads titles and texts through this view (snippets, rebuild).
CREATE VIEW article_search AS
    SELECT a.id AS id, a.title AS title, t.body AS body FROM articles a JOIN article_texts t ON t.id = a.id;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='article_search', content_rowid='id', tokenize="{FTS_TOKENIZE}"
);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
CREATE TRIGGER article_texts_fts_insert AFTER INSERT ON article_texts BEGIN
    INSERT INTO articles_fts (rowid, title, body) SELECT new.id, title, new.body FROM articles WHERE id = new.id;
END;
CREATE TRIGGER article_texts_fts_update AFTER UPDATE OF body ON article_texts BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
        SELECT 'delete', old.id, title, old.body FROM articles WHERE id = old.id;
    INSERT INTO articles_fts (rowid, title, body) SELECT new.id, title, new.body FROM articles WHERE id = new.id;
END;
CREATE TRIGGER article_texts_fts_delete AFTER DELETE ON article_texts BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
        SELECT 'delete', old.id, title, old.body FROM articles WHERE id = old.id;
END;
CREATE TRIGGER articles_fts_title AFTER UPDATE OF title ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
        SELECT 'delete', old.id, old.title, body FROM article_texts WHERE id = old.id;
    INSERT INTO articles_fts (rowid, title, body) SELECT new.id, new.title, body FROM article_texts WHERE id = new.id;
END;
-- The text goes first, while the title its index entries were made with can still be read.
CREATE TRIGGER articles_delete_text BEFORE DELETE ON articles BEGIN
    DELETE FROM article_texts WHERE id = old.id;
END;
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

ALTER TABLE article_entities ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';  -- JSON [[start, end], ...]
UPDATE article_entities SET mentions = (
    SELECT json_group_array(json_array(start, end)) FROM (
        SELECT start, end FROM mentions WHERE article_entity_id = article_entities.id ORDER BY start, end
    )
);
DROP TABLE mentions;
CREATE VIEW mentions AS
    SELECT ae.id AS article_entity_id, ae.article_id AS article_id, ae.entity_id AS entity_id,
           json_extract(m.value, '$[0]') AS start, json_extract(m.value, '$[1]') AS end,
           substr(t.body, json_extract(m.value, '$[0]') + 1, json_extract(m.value, '$[1]') - json_extract(m.value, '$[0]'))
               AS text
    FROM article_entities ae JOIN json_each(ae.mentions) m JOIN article_texts t ON t.id = ae.article_id;

ALTER TABLE quotes ADD COLUMN outlet TEXT;       -- the article's, kept in step by articles_quote_facts
ALTER TABLE quotes ADD COLUMN published TEXT;
UPDATE quotes SET (outlet, published) = (SELECT outlet, published FROM articles WHERE id = quotes.article_id);
CREATE TRIGGER articles_quote_facts AFTER UPDATE OF outlet, published ON articles
WHEN old.outlet IS NOT new.outlet OR old.published IS NOT new.published BEGIN
    UPDATE quotes SET outlet = new.outlet, published = new.published WHERE article_id = new.id;
END;
CREATE INDEX quotes_facts ON quotes (
    status, published, outlet, kind, source_type, framing, cue, speaker_entity_id, article_id
);

ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;  -- in active article rows
ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0;   -- active quotes it is the speaker of
UPDATE entities SET
    (mentions, articles) = (
        SELECT coalesce(sum(mention_count), 0), count(*) FROM article_entities
        WHERE entity_id = entities.id AND status = 'active'
    ),
    quotes = (SELECT count(*) FROM quotes WHERE speaker_entity_id = entities.id AND status = 'active');
CREATE INDEX entities_by_mentions ON entities (status, mentions);
CREATE INDEX entities_by_quotes ON entities (status, quotes);
CREATE TRIGGER article_entities_count_insert AFTER INSERT ON article_entities WHEN new.status = 'active' BEGIN
    UPDATE entities SET mentions = mentions + new.mention_count, articles = articles + 1 WHERE id = new.entity_id;
END;
CREATE TRIGGER article_entities_count_delete AFTER DELETE ON article_entities WHEN old.status = 'active' BEGIN
    UPDATE entities SET mentions = mentions - old.mention_count, articles = articles - 1 WHERE id = old.entity_id;
END;
CREATE TRIGGER article_entities_count_update AFTER UPDATE OF entity_id, status, mention_count ON article_entities BEGIN
    UPDATE entities SET mentions = mentions - old.mention_count, articles = articles - 1
        WHERE id = old.entity_id AND old.status = 'active';
    UPDATE entities SET mentions = mentions + new.mention_count, articles = articles + 1
        WHERE id = new.entity_id AND new.status = 'active';
END;
CREATE TRIGGER quotes_count_insert AFTER INSERT ON quotes
WHEN new.status = 'active' AND new.speaker_entity_id IS NOT NULL BEGIN
    UPDATE entities SET quotes = quotes + 1 WHERE id = new.speaker_entity_id;
END;
CREATE TRIGGER quotes_count_delete AFTER DELETE ON quotes
WHEN old.status = 'active' AND old.speaker_entity_id IS NOT NULL BEGIN
    UPDATE entities SET quotes = quotes - 1 WHERE id = old.speaker_entity_id;
END;
CREATE TRIGGER quotes_count_update AFTER UPDATE OF speaker_entity_id, status ON quotes BEGIN
    UPDATE entities SET quotes = quotes - 1 WHERE id = old.speaker_entity_id AND old.status = 'active';
    UPDATE entities SET quotes = quotes + 1 WHERE id = new.speaker_entity_id AND new.status = 'active';
END;
"""


def _v5_registry_keys(db: Database) -> None:
    """Registry keys become `core.entities.name_key` (honorifics dropped, রশীদ = রশিদ): recompute
    them and merge the entities that now share a key, keeping editor decisions."""
    from db.registry import rekey  # db.registry imports the store, which imports this module

    rekey(db, reason="same name key (migration 5: registry keys follow core.entities.name_key)")


# The Sources and Quotes pages at archive scale (migration 6). Each chart groups the active quotes by one
# column; `quotes_facts` (ordered by date) made every one of them sort all quotes in a temporary
# b-tree. An index that starts with the grouped column hands SQLite the groups in order, and carrying
# the outlet and date (the Sources filters) keeps it covering. Speakers are grouped twice, by speaker
# and article, so "articles per speaker" needs no count(DISTINCT); phrases (speakers without an entity)
# get their own partial index, which also serves the speaker type-ahead.
_V6_QUOTE_AGGREGATES = """
CREATE INDEX quotes_by_kind ON quotes (status, kind, outlet, published);
CREATE INDEX quotes_by_source_type ON quotes (status, source_type, outlet, published);
CREATE INDEX quotes_by_outlet ON quotes (status, outlet, published, source_type);
CREATE INDEX quotes_by_framing ON quotes (status, framing, cue, outlet, published);
CREATE INDEX quotes_by_article ON quotes (status, article_id, source_type, outlet, published);
CREATE INDEX quotes_by_speaker ON quotes (status, speaker_entity_id, article_id, speaker, outlet, published);
CREATE INDEX quotes_by_phrase ON quotes (status, speaker, article_id, outlet, published) WHERE speaker_entity_id IS NULL;
"""


def _v7_normalised_titles(db: Database) -> None:
    """Titles normalised like the bodies (`core.text.normalize`): until now they were stored as the
    source wrote them, so a headline word with the one-code-point য়/ড় (most of the corpus's
    headlines) or a zero-width joiner was not found by a search, which normalises the query. The
    title trigger re-indexes each changed row."""
    from core.text import normalize

    changed = [(title, article_id) for article_id, old in db.conn.execute("SELECT id, title FROM articles")
               if (title := normalize(old).strip() or old) != old]
    db.conn.executemany("UPDATE articles SET title = ? WHERE id = ?", changed)


def _v8_gazetteer_names(db: Database) -> None:
    """Every name of one gazetteer entry is one registry row, named the entry's full name
    (`db.gazetteer`, `registry.unify_gazetteer_names`): merge the rows an older registry made of
    them (বিএনপি and বাংলাদেশ জাতীয়তাবাদী দল), each merge audited as automatic, editor decisions kept."""
    from db.registry import unify_gazetteer_names

    unify_gazetteer_names(db, reason="one gazetteer entry (migration 8: names of a curated organisation or person are one row)")


# Editors correct dates as they correct quotes (`db.corrections`): a date that is not one is kept,
# marked rejected (off the timeline, listed so it can be restored), and a date the extractor missed
# is a row of the editor's, which undoing the addition deletes.
_V9_EVENT_DECISIONS = """
ALTER TABLE events ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'rejected'));
ALTER TABLE events ADD COLUMN source TEXT NOT NULL DEFAULT 'model';   -- model, editor
"""


# Every saved article asks `registry.retyped` about its speakers, which looks for the rows merged into
# each: without this index that read every entity once per speaker (100k articles on a re-analysis).
# Only merged rows have merged_into, so the index is small.
_V10_MERGED_INTO = """
CREATE INDEX IF NOT EXISTS entities_merged_into ON entities (merged_into) WHERE merged_into IS NOT NULL;
"""


# What the last analysis itself gave a quote or date an editor fixed (its kind and words, a date's value,
# description, status and place on the timeline), as JSON: an undo gives that back, also after a
# re-analysis by a newer extractor (`db.analysis.remember_model`). NULL on rows no fix touched.
_V11_MODEL_VALUES = """
ALTER TABLE quotes ADD COLUMN model TEXT;
ALTER TABLE events ADD COLUMN model TEXT;
"""


# The headline count of events (`queries.counts`, one per day said in a sentence) grouped every dated
# event of the archive in a temporary B-tree: 0.3 s at 100k articles, paid on the first render of
# Home, Articles, Quotes, Timeline and Entities after every write, so on each step of an editor's
# review queue. Read in its grouping's order from this index it is one scan of the index (83 ms).
_V12_EVENT_COUNT = """
CREATE INDEX IF NOT EXISTS events_one_event ON events (article_id, value, sentence_start, sentence_end)
WHERE is_event = 1;
"""

# A migration is SQL (statements run in order) or a function of the database, for changes SQL
# cannot express; either runs inside the migration's transaction. A function runs today's code on
# the schema of its version: a later migration that changes the tables it touches (`rekey` moves
# article rows, quotes and events) must keep it working on that schema, or freeze a copy of it.
Migration = str | Callable[[Database], None]

# (number, name, migration). The number is the `user_version` after the migration ran.
MIGRATIONS: tuple[tuple[int, str, Migration], ...] = (
    (1, "articles, entity registry, extraction results, corrections", _V1_CORE),
    (2, "Bengali-aware full-text search over articles and quotes", _V2_SEARCH),
    (3, "part of day of time expressions", _V3_PART_OF_DAY),
    (4, "archive scale: article texts apart, mentions as lists, quote facts, entity counters", _V4_ARCHIVE_SCALE),
    (5, "registry keys follow core.entities.name_key; entities sharing a key merged", _v5_registry_keys),
    (6, "covering indexes for the quote aggregates of the Sources and Quotes pages", _V6_QUOTE_AGGREGATES),
    (7, "titles normalised like the bodies, so search finds a headline's words", _v7_normalised_titles),
    (8, "names of one gazetteer organisation or person merged into one registry row", _v8_gazetteer_names),
    (9, "dates an editor rejected or added", _V9_EVENT_DECISIONS),
    (10, "the rows merged into an entity found by index", _V10_MERGED_INTO),
    (11, "the model's own values of the quotes and dates an editor fixed", _V11_MODEL_VALUES),
    (12, "the events counted one per day said in a sentence, by index", _V12_EVENT_COUNT),
)
