"""Numbered schema migrations. Append, never edit a released one: `PRAGMA user_version` holds the
number of the last migration applied and `schema_migrations` records when each ran.

Offsets (`start`, `end`) are character offsets into `articles.body` (the normalised text), end
exclusive, as in `core.models`; SQL's `substr(body, start + 1, end - start)` gives the span back.
"""
from __future__ import annotations

import unicodedata

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

# (number, name, SQL). The number is the `user_version` after the migration ran.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "articles, entity registry, extraction results, corrections", _V1_CORE),
    (2, "Bengali-aware full-text search over articles and quotes", _V2_SEARCH),
    (3, "part of day of time expressions", _V3_PART_OF_DAY),
)
