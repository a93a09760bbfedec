"""Named domain errors of the store: pages catch these and show `st.error(str(exc))`."""
from __future__ import annotations


class StoreError(Exception):
    """Base class: every message is one line a person understands."""


class BadQuery(StoreError, ValueError):
    """A search query that cannot be run: unbalanced quotation mark, an operator with nothing
    to act on, nothing searchable."""


class ArticleNotFound(StoreError, LookupError):
    pass


class EntityNotFound(StoreError, LookupError):
    pass


class QuoteNotFound(StoreError, LookupError):
    pass


class EventNotFound(StoreError, LookupError):
    pass


class AnalysisFailed(StoreError):
    """The extractor failed on an article; its previous result is kept."""


class InvalidCorrection(StoreError, ValueError):
    """A correction that cannot apply: unknown type, merging an entity into itself, a quote whose
    text is not in the article."""


class UnknownTable(StoreError, ValueError):
    pass


class SchemaTooNew(StoreError):
    """The database was written by a newer version of this program."""
