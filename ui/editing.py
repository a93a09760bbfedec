"""What every review screen shares: running a correction (confirmed, or the reason it cannot
apply), the editor's name for the audit trail, picking a row in a table, ids from the URL, and
links to pages that may not be in the navigation yet.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any, NoReturn

import streamlit as st
from streamlit.errors import StreamlitAPIException

import ui
from core.text import shorten
from db import queries
from db.errors import BadQuery, StoreError

FLASH_KEY = "editing_flash"
CLEAR_KEY = "editing_clear"
EDITOR_KEY = "editing_editor"
LAST_KEY = "editing_last"  # [correction id, what it did] of the editor's last undoable registry decision
# Markdown (and Streamlit's :directive[...] syntax) that a name or quote must not trigger in a
# toast, caption or link label: every ASCII punctuation mark is escaped.
# Characters that must never act on the page: C0/C1 controls (but tab and newline) and the
# bidirectional controls that could reorder the text around them (RLO, RLI, RLM ...).
HIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|:~&\"'$%=/;?@^,])")


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """A count with its noun in the number it takes: "1 article", "2 articles", "1,472 entities".

    >>> counted(1, "article"), counted(1472, "entity", "entities"), counted(0, "quote")
    ('1 article', '1,472 entities', '0 quotes')
    """
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def matching(count: int, noun: str, plural: str | None = None) -> str:
    """A search's count with the verb in its number: "1 article matches", "40 articles match".

    >>> matching(1, "quote"), matching(2, "quote")
    ('1 quote matches', '2 quotes match')
    """
    return f"{counted(count, noun, plural)} {'matches' if count == 1 else 'match'}"


def plain(value: Any) -> Any:
    """Untrusted text for a plain-text place (a table cell, an option label): control and direction
    characters shown as their code, so a right-to-left override cannot reverse what follows it."""
    if not isinstance(value, str):
        return value
    return HIDDEN.sub(lambda m: f"[U+{ord(m.group()):04X}]", value)


MISSING = "—"
UNSURE_FLAG = "⚠ check"  # a quote the extractor is unsure of, or of its speaker (queries.UNSURE_BELOW)
UNSURE_HELP = (f"⚠ check: the extractor is unsure of this quote or its speaker (under {queries.UNSURE_BELOW:.0%} "
               "sure). ✓ editor: an editor added it or fixed its words or speaker.")
# The "Sure?" column of a quotes table (`confidence_label`), wide enough for "⚠ check · 42%".
SURE_COLUMN = st.column_config.TextColumn("Sure?", width=115, help=UNSURE_HELP)


def confidence_label(quote: Mapping[str, Any]) -> str:
    """How sure the extractor is of a quote, for an editor: "⚠ check · 42%" when unsure, "✓ editor" once
    an editor confirmed it (whatever the extractor said), else the percentage.

    >>> confidence_label({"confidence": 0.42, "unsure": 1, "confirmed": 0})
    '⚠ check · 42%'
    >>> confidence_label({"confidence": 0.3, "unsure": 0, "confirmed": 1})
    '✓ editor'
    """
    if quote.get("confirmed"):
        return "✓ editor"
    sure = f"{float(quote.get('confidence') or 0):.0%}"
    return f"{UNSURE_FLAG} · {sure}" if quote.get("unsure") else sure


def text_cells(values: Sequence[Any]) -> list[Any]:
    """One column's cells for a table: untrusted text made `plain`, and in a column of text a missing
    value (an article without a date, a quote without a speaker) as “—”, not the grid's grey "None".
    A column of numbers keeps its None, so it stays a column of numbers.

    >>> text_cells(["2025-12-30", None]), text_cells([3, None])
    (['2025-12-30', '—'], [3, None])
    """
    cells = [plain(v) for v in values]
    if all(v is None or isinstance(v, str) for v in cells):
        return [MISSING if v is None else v for v in cells]
    return cells


def table_rows(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Untrusted rows as a table shows them (`text_cells` for each column)."""
    names = list(dict.fromkeys(name for row in rows for name in row))
    columns = {name: text_cells([row.get(name) for row in rows]) for name in names}
    return [{name: columns[name][i] for name in names} for i in range(len(rows))]


def table(rows: Sequence[dict[str, Any]], **options: Any) -> None:
    """A read-only table of untrusted rows."""
    st.dataframe(table_rows(rows), hide_index=True, width="stretch", **options)


def md_escape(text: str) -> str:
    """Untrusted text for a Markdown context (toasts, captions, labels): shown as written.

    >>> md_escape("[x](javascript:alert(1))")
    '\\\\[x\\\\]\\\\(javascript\\\\:alert\\\\(1\\\\)\\\\)'
    """
    return _MARKDOWN.sub(r"\\\1", plain(text).replace("\n", " "))


def apply(action: Callable[..., Any], *args: Any, done: str | Callable[[Any], str], clear: Sequence[str] = (),
          select: Mapping[str, Any] | None = None, undo: str | None = None, **kwargs: Any) -> None:
    """Run one correction on its own connection. On success remember `done` (or what `done` makes of
    the action's result) for a toast on the next run, the text boxes in `clear` to empty then
    (a merge box whose name is merged away) and the boxes in `select` to set (an entity box on the
    entity its choice was merged into: else the next run takes the editor's own merge for another
    editor's and says nothing was changed),
    and rerun, so every part of the page shows the new state; a domain error is shown where the
    button is, and nothing changes. With `undo` (what to call it), the correction's id (the action's
    result) is kept for `undo_last` to offer its undo where the editor made it."""
    try:
        with ui.database() as db:
            result = action(db, *args, **kwargs)
    except StoreError as exc:
        ui.show_error(exc)
        return
    st.session_state[CLEAR_KEY] = {**dict.fromkeys(clear, ""), **(select or {})}
    if undo is not None and isinstance(result, int):
        st.session_state[LAST_KEY] = [result, undo]
    _confirm(done if isinstance(done, str) else done(result))


def undo_last(key: str, *, forget: Sequence[str] = ()) -> None:
    """The editor's last registry decision (`apply(undo=...)`, on this page or the other that offers
    it: one per browser session), with a button that undoes it: a one-click merge is one click from
    being taken back. The session keys in `forget` are dropped on undo (what a card remembers it
    showed, which the undo changes back)."""
    last = st.session_state.get(LAST_KEY)
    if not last:
        return
    correction_id, what = last
    text, button, dismiss = st.columns([6, 1, 1], vertical_alignment="center")
    text.caption(f"Your last change: {md_escape(what)} (correction #{correction_id}).")
    if dismiss.button("Keep", key=f"{key}_undo_keep", width="stretch"):
        st.session_state.pop(LAST_KEY, None)
        st.rerun()
    if button.button("Undo", key=f"{key}_undo_last", width="stretch"):
        from db import corrections as fix

        for name in (LAST_KEY, *forget):
            st.session_state.pop(name, None)
        apply(fix.undo_correction, correction_id, editor=editor_name(), done=f"Undone: {what}")


def _confirm(message: str) -> NoReturn:
    st.session_state[FLASH_KEY] = message
    st.rerun()


def flash() -> None:
    """Show the confirmation of the correction made on the previous run, and empty or set the boxes it
    asked to (before they are drawn: a drawn widget's value cannot be set)."""
    st.session_state.update(st.session_state.pop(CLEAR_KEY, {}))
    message = st.session_state.pop(FLASH_KEY, None)
    if message:
        st.toast(message, icon=":material/check_circle:")


def editor_name() -> str | None:
    """The name the editor typed in the sidebar (kept for the whole session), for the audit trail."""
    return (st.session_state.get(EDITOR_KEY) or "").strip() or None


def editor_box() -> None:
    st.sidebar.text_input("Your name (for the audit trail)", key=EDITOR_KEY, persist_state="session",
                          placeholder="optional")


def table_pick(rows: Sequence[dict[str, Any]], *, key: str, **options: Any) -> dict[str, Any] | None:
    """A table where choosing a row is an action: returns the row just chosen (or None). The choice
    is consumed (the table comes back unselected), so it never fights a deep link."""
    version = st.session_state.setdefault(f"{key}_version", 0)
    options.setdefault("height", 38 + 35 * min(len(rows), 25))  # a page of rows without a scrollbar
    event = st.dataframe(table_rows(rows), key=f"{key}_{version}", on_select="rerun",
                         selection_mode="single-row", hide_index=True, width="stretch", **options)
    chosen = event.selection.rows if event is not None else []
    if not chosen or chosen[0] >= len(rows):
        return None
    st.session_state[f"{key}_version"] = version + 1
    return rows[chosen[0]]


def labelled_selectbox(label: str, options: Sequence[Any], *, key: str, format_func: Callable[[Any], str],
                       **kwargs: Any) -> Any:
    """`st.selectbox` whose box shows the chosen option's current label. The browser keeps the
    label it was sent for the choice; when a correction changes that label (a quote's speaker, an
    entity's type), the value is sent again, or the box would still say "— nobody"."""
    shown_key = f"{key}_shown"
    current = st.session_state.get(key)
    if current in options and st.session_state.get(shown_key) not in (None, format_func(current)):
        st.session_state[key] = current
    chosen = st.selectbox(label, options, key=key, format_func=format_func, **kwargs)
    st.session_state[shown_key] = format_func(chosen) if chosen is not None else None
    return chosen


def stored_value(key: str, value: str) -> None:
    """Put the stored `value` in the text box `key` (drawn after this, with no value= of its own)
    when it changed since the box was last filled: an undo, or another editor's fix, of the quote
    or date the box is keyed by. A box keeps what it first showed otherwise, and a second submit
    would put an undone fix back unseen. What the editor typed and did not submit stays."""
    filled = f"{key}_filled"
    if st.session_state.get(filled) != value or key not in st.session_state:
        st.session_state[key] = value
        st.session_state[filled] = value


def vanished(key: str, options: Collection[Any]) -> Any:
    """The value a choose-then-act box (`key`) held when the editor last saw it, if it is no longer
    among `options`: another editor undid that correction, merged that entity away, or the article
    was analysed again. Call it before drawing the box: Streamlit then falls back to the first option
    without a word, and a button clicked on this run would act on an item the editor never chose.
    None while the choice still stands."""
    seen = st.session_state.get(key)
    return None if seen is None or seen in options else seen


def choose_one(label: str, items: dict[Any, Any], *, key: str, format_func: Callable[[Any], str],
               empty: str, where_it_went: Callable[[Any], str] | None = None) -> tuple[Any, Any] | None:
    """A choose-then-act box over an article's `items` (its quotes, its entities): the chosen key, and
    what the box held before if that is gone (`vanished`: act on nothing this run), said as an error
    (`where_it_went(gone)`, else that it is no longer in this article). None, with the caption
    `empty`, when there is nothing to choose."""
    if not items:
        st.caption(empty)
        return None
    gone = vanished(key, items)
    chosen = labelled_selectbox(label, list(items), key=key, format_func=format_func)
    if gone is not None:  # the box now shows another item: change nothing on this click
        said = where_it_went(gone) if where_it_went is not None else (
            f"The {label.lower()} you chose (#{gone}) is no longer in this article: another editor withdrew it, "
            "or the article was analysed again.")
        st.error(f"{said} Nothing was changed; choose again.", icon="⚠️")
    return chosen, gone


def query_id(name: str) -> int | None:
    """A numeric id from the URL (`?article=12`, Bengali digits too); None when absent, `BadQuery`
    when it is not a number."""
    raw = str(st.query_params.get(name) or "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise BadQuery(f"the {name} in the address (?{name}=…) is not a number") from None


def page_link(page: str, label: str, **options: Any) -> None:
    """`st.page_link`, or a note when that page is not in the navigation (another screen in progress)."""
    try:
        st.page_link(page, label=label, **options)
    except StreamlitAPIException:
        st.caption(f"{label} (the page is not available yet)")


def pick_entity(key: str, label: str, *, exclude: int | None = None, speakers: bool = False,
                on_change: Any = None) -> int | None:
    """Type-ahead: a text box, then a choice among the registry entities whose name or an alias
    contains the text (speakers: entities that are quoted, most quoted first)."""
    text = st.text_input(label, key=f"{key}_text", placeholder="type part of a name …", on_change=on_change,
                         persist_state="page")
    if not text.strip():
        return None
    if speakers:
        found = [r for r in ui.read(queries.search_speakers, text, limit=20) if r["entity_id"] is not None]
        options = {r["entity_id"]: plain(f"{r['name']} · {r['type']} · {counted(r['quotes'], 'quote')}") for r in found}
    else:
        rows = ui.read(queries.list_entities, text=text, limit=20).rows
        options = {r["id"]: plain(f"{r['name']} · {r['type']} · {counted(r['mentions'], 'mention')}") for r in rows}
    options.pop(exclude, None)
    gone = vanished(f"{key}_match", options)
    if gone is not None:  # merged or renamed by another editor: a click now must not use the next match
        st.error(f"The entity you chose (#{gone}) is no longer among the matches; nothing was changed. "
                 "Choose again.", icon="⚠️")
    if not options:
        st.caption("No entity matches that text.")
        return None
    chosen: int | None = st.selectbox("Matches", list(options), key=f"{key}_match", format_func=options.__getitem__,
                                      label_visibility="collapsed", on_change=on_change,
                                      persist_state="page")
    return None if gone is not None else chosen


# ---- the audit trail as a table ----------------------------------------------------------------------

def change_summary(row: dict[str, Any]) -> str:
    """One line for an audit row, in one shape for every kind of correction: what was done to what,
    the new value and the one it replaced ("Speaker of “…” set to X (was Y)", "Date “…” set to
    2024-08 (was 2024-08-05)", "Quote “…” rejected"). A row of a kind not described here lists the
    fields that changed, before → after."""
    before = json.loads(row["before"]) if row.get("before") else {}
    before.pop("restore", None)  # what an undo of a registry decision puts back, row by row: not for reading
    after = json.loads(row["after"]) if row.get("after") else {}
    if row["action"] == "undo":
        return f"Correction #{before.get('correction')} ({what_done(row.get('target'), before.get('action'))}) withdrawn"
    if row["action"] == "reanalyse":  # every count, changed or not: what the editor was told
        return "Re-analysed: " + "; ".join(f"{key}: {_short(before.get(key))} → {_short(new)}" if before.get(key) != new
                                           else f"{key}: {new}" for key, new in after.items())
    described = _described(row.get("target"), row["action"], before, after, row)
    return described if described is not None else _fields(before, after)


# What a correction did, in the words of the History's "what" column and the undo boxes (not the audit
# table's target and action names: "article_entity reject", "quote set_speaker").
_TARGET_WORDS = {"quote": "quote", "event": "date", "article_entity": "entity", "entity": "entity", "article": "article"}
_ACTION_WORDS = {
    "set_speaker": "speaker fixed", "set_text": "words fixed", "set_kind": "kind fixed", "set_value": "value fixed",
    "set_summary": "description fixed", "set_status": "status set", "reject": "rejected", "add": "added",
    "rename": "renamed", "retype": "retyped", "merge": "merged", "not_same": "marked not the same",
    "restore": "restored", "undo": "undone", "reanalyse": "re-analysed",
}


def what_done(target: Any, action: Any) -> str:
    """What a correction did, in an editor's words (the History tab and the undo boxes).

    >>> what_done("article_entity", "reject")
    'entity rejected in this article'
    >>> what_done("quote", "set_speaker")
    'quote speaker fixed'
    """
    noun = _TARGET_WORDS.get(str(target), str(target or "").replace("_", " "))
    verb = _ACTION_WORDS.get(str(action), str(action or "").replace("_", " "))
    if target == "article_entity":
        verb += " in this article" if action != "add" else " to this article"
    elif action == "undo":
        return f"{noun} correction undone".strip()
    elif (target, action) == ("event", "reject"):
        verb = "removed"
    return f"{noun} {verb}".strip()


def _quoted(value: Any, size: int = 40) -> str:
    return f"“{_short(value, size)}”"


def _was(old: Any, new: Any) -> str:
    return f" (was {_short(old)})" if old != new else ""


_KINDS = {"direct": "direct", "indirect": "reported"}


def _kind(value: Any) -> str:
    return _KINDS.get(str(value), str(value))


def _described(target: Any, action: str, before: dict[str, Any], after: dict[str, Any],
               row: dict[str, Any]) -> str | None:
    """The readable line for each kind of correction (`change_summary`); None for another kind."""
    quote = _quoted(row.get("quote_text") or before.get("text") or after.get("text") or "a quote")
    entity = _quoted(row.get("entity_name") or before.get("name") or after.get("name") or "an entity")
    date = _quoted(before.get("text") or after.get("text") or "a date")
    speaker = {"speaker": after.get("speaker") or "nobody", "was": before.get("speaker") or "nobody"}
    match target, action:
        case "quote", "set_speaker":
            # no source type chosen ("as found"): the quote kept the one it had
            new = f"{speaker['speaker']}, {after.get('source_type') or before.get('source_type') or 'unknown'}"
            old = f"{speaker['was']}, {before.get('source_type') or 'unknown'}"
            return f"Speaker of {quote} set to {new}{_was(old, new)}"
        case "quote", "set_kind":
            new, old = _kind(after.get("kind")), _kind(before.get("kind"))
            return f"Kind of {quote} set to {new}{_was(old, new)}"
        case "quote", "set_text":
            return f"Words of {_quoted(before.get('text'))} set to {_quoted(after.get('text'), 60)}"
        case "quote", "reject":
            return f"Quote {_quoted(before.get('text') or row.get('quote_text'))} rejected (speaker {speaker['was']})"
        case "quote", "add":
            return f"Quote {_quoted(after.get('text'))} added, {_kind(after.get('kind'))}, speaker {speaker['speaker']}"
        case "event", "set_value":
            return f"Date {date} set to {after.get('value')}{_was(before.get('value'), after.get('value'))}"
        case "event", "set_summary":
            new, old = after.get("summary") or "its sentence", before.get("summary") or "its sentence"
            return f"What happened on {date} set to {_quoted(new, 60)}{_was(_quoted(old), _quoted(new))}"
        case "event", "reject":
            return f"Date {date} removed: not a date (was {before.get('value') or 'no value'})"
        case "event", "add":
            return f"Date {date} added as {after.get('value')}"
        case "article", "set_status":
            return f"Article status set to {after.get('status')}{_was(before.get('status'), after.get('status'))}"
        case "article_entity", "add":
            return f"Entity {_quoted(after.get('name'))} added to the article as {after.get('type')}"
        case "article_entity", "reject":
            return f"Entity {_quoted(before.get('name') or row.get('entity_name'))} rejected in this article"
        case "entity", "rename":
            return f"Name of {_quoted(before.get('name'))} set to {_quoted(after.get('name'))}"
        case "entity", "retype":
            return f"Type of {entity} set to {after.get('type')}{_was(before.get('type'), after.get('type'))}"
        case "entity", "merge":
            return f"Entity {_quoted(before.get('name'))} merged into {_quoted(after.get('name'))}"
        case "entity", "not_same":
            return f"Entity {_quoted(before.get('name'))} marked not the same as {_quoted(after.get('name'))}"
        case "entity", "reject":
            return f"Entity {entity} rejected everywhere"
        case "entity", "restore":
            return f"Entity {entity} restored"
    return None


def _fields(before: dict[str, Any], after: dict[str, Any]) -> str:
    """The fields that changed, before → after, after what was acted on (in `before` only)."""
    parts = []
    for key, new in after.items():
        if key == "mentions":
            continue
        if key in before:
            if before[key] != new:
                parts.append(f"{key}: {_short(before[key])} → {_short(new)}")
        elif new is not None:
            parts.append(f"{key}: {_short(new)}")
    context = ", ".join(_short(v, 40) for k, v in before.items() if k not in after and v is not None and k not in _KEPT_FOR_UNDO)
    return f"{context} — {'; '.join(parts)}" if context else "; ".join(parts)


# Fields a decision's `before` keeps only for its undo (whether a date was on the timeline), not to show.
_KEPT_FOR_UNDO = {"is_event"}


def _short(value: Any, size: int = 60) -> str:
    return shorten("—" if value is None else str(value), size)


def history_rows(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"#": r["id"], "what": what_done(r["target"], r["action"]), "change": change_summary(r),
             "when": (r["created_at"] or "")[:16].replace("T", " "), "editor": r["editor"] or "",
             "state": "in force" if r["active"] else "undone"} for r in rows]
