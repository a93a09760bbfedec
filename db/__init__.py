"""The SQLite article store (via sqlite-utils): schema, ingest, search, corrections."""
