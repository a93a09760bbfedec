"""People, organisations and places in one article (see `core.entities.rules` for the steps).

Re-exports the names the rest of the project uses.
"""
from core.entities.rules import (
    Decision,
    apply_decisions,
    canonical_name,
    entities,
    name_key,
    nominative,
    people_from_speakers,
)

__all__ = ["Decision", "apply_decisions", "canonical_name", "entities", "name_key", "nominative", "people_from_speakers"]
