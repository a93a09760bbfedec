"""Entity widgets: the type-ahead picker, an article's entity fixes, the registry card with its
actions (rename, retype, merge, reject, restore), and the rows that are possibly one entity."""
from __future__ import annotations

from typing import Any, Literal

import streamlit as st

import ui
from core.models import ENTITY_TYPES
from db import corrections as fix
from db import queries, suggestions
from db.errors import StoreError
from db.search import ArticleFilter, search_articles
from ui.editing import (
    apply,
    change_summary,
    choose_one,
    counted,
    editor_name,
    history_rows,
    md_escape,
    page_link,
    pick_entity,
    plain,
    table,
    table_pick,
    vanished,
    what_done,
)
from ui.review import KIND_LABELS, escape_text

TYPE_LABELS = {"PERSON": "person", "ORG": "organisation", "LOC": "place"}
ENTITIES_PAGE = "pages/7_Entities.py"
QUOTES_PAGE = "pages/4_Quotes.py"
CARD_LIMIT = 10
CARD_SEEN = "entities_card_seen"  # [the ?entity= id, the entity its card showed]
SAME_LIMIT = 50
SAME_PAIR = "entities_same_pair"  # [short id, full id] of the suggestion chosen
SAME_COLUMNS: dict[str, Any] = {
    "name": st.column_config.TextColumn("Name", help="The shorter name"),
    "possibly": st.column_config.TextColumn("Possibly the same as", help="The longer name it may be"),
    "type": st.column_config.TextColumn("Type"),
    "evidence": st.column_config.TextColumn(
        "Why", help="alias: an article used both names for one entity · first words / last words: the name is "
                    "the longer one without its last / first word(s)"),
    "candidates": st.column_config.NumberColumn(
        "Rows it could be", help="How many registry rows the name could be: 1 is unambiguous; with more, the "
                                 "name is listed once beside each"),
    "articles": st.column_config.TextColumn("Articles (each)", help="Articles naming each row: the name's + the longer name's"),
    "quotes": st.column_config.TextColumn("Quotes (each)", help="Quotes credited to each row: the name's + the longer name's"),
    "short_id": None, "full_id": None,
}


def _entity_label(entity: dict[str, Any]) -> str:
    label = f"{entity['name']} · {entity['type']} · {counted(entity['mention_count'], 'mention')}"
    return plain(label + (" (rejected)" if entity["status"] != "active" else ""))


def article_entity_fixes(article: dict[str, Any]) -> None:
    """Change an entity's type, merge it into another, or reject it here or everywhere."""
    entities = {e["entity_id"]: e for e in article["entities"]}
    picked = choose_one("Entity", entities, key="articles_entity", format_func=lambda i: _entity_label(entities[i]),
                        empty="No entities to fix.", where_it_went=_where_it_went)
    if picked is None:
        return
    chosen, gone = picked
    entity = entities[chosen]
    others = [n for n in dict.fromkeys([entity["extracted_name"], *entity["registry_aliases"]]) if n != entity["name"]]
    if others:
        st.caption("Also written: " + md_escape(", ".join(others)))
    # one control a line: the review view's side column is narrow in a 1000 px window
    new_type = st.selectbox("Type", ENTITY_TYPES, index=ENTITY_TYPES.index(entity["type"]), key=f"articles_type_{chosen}",
                            format_func=lambda t: f"{t} ({TYPE_LABELS[t]})")
    retype = st.button("Change type", key="articles_retype", disabled=new_type == entity["type"], width="stretch")
    if retype and gone is None:
        apply(fix.retype_entity, chosen, new_type, editor=editor_name(), done=f"Type changed to {new_type}",
              undo=f"{entity['name']} retyped {entity['type']} → {new_type}")
    target = pick_entity("articles_merge", "Merge into an existing entity", exclude=chosen)
    if st.button("Merge", key="articles_merge", disabled=target is None) and gone is None and target is not None:
        apply(fix.merge_entities, chosen, target, editor=editor_name(), done="Entities merged", clear=["articles_merge_text"],
              select={"articles_entity": target}, undo=f"{entity['name']} merged into {ui.read(queries.get_entity, target)['name']}")
    active = entity["status"] == "active"
    if st.button("Reject in this article", key="articles_reject_here", disabled=not active, width="stretch") and gone is None:
        apply(fix.reject_entity, chosen, article_id=article["id"], editor=editor_name(), done="Entity rejected in this article")
    if st.button("Reject everywhere", key="articles_reject_all", disabled=not active, width="stretch") and gone is None:
        apply(fix.reject_entity, chosen, editor=editor_name(), done="Entity rejected everywhere")
    if not active:
        st.caption("Rejected: undo it under History.")
    page_link(ENTITIES_PAGE, label=f"{md_escape(entity['name'])} in the registry", icon=":material/badge:",
              query_params={"entity": str(chosen)})


def _where_it_went(entity_id: int) -> str:
    """Why an entity the editor chose is no longer in the article's list: merged by another editor, most likely."""
    try:
        root = ui.read(queries.get_entity, entity_id)
    except StoreError:
        root = None
    if root is not None and root["id"] != entity_id:
        return f"The entity you chose (#{entity_id}) is no longer in this article: it was merged into {md_escape(root['name'])}."
    return f"The entity you chose (#{entity_id}) is no longer in this article."


# ---- the registry ---------------------------------------------------------------------------------

def registry_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": r["id"], "name": r["name"], "type": r["type"], "aliases": ", ".join(r["aliases"]),
             "mentions": r["mentions"], "articles": r["articles"], "quotes": r["quotes"]} for r in rows]


def card(entity: dict[str, Any], asked_for: int) -> None:
    """Who the entity is, where it appears, what it said and whom it appears with."""
    aliases = ", ".join(entity["aliases"]) or "none"
    st.html(f"<h3 style='margin:0'>{escape_text(entity['name'])}</h3><small>{TYPE_LABELS[entity['type']]} · "
            f"#{int(entity['id'])} · {escape_text(entity['status'])} · aliases: {escape_text(aliases)}</small>")
    if asked_for != entity["id"]:
        st.caption(f"Entity #{asked_for} was merged into this one.")
    mentions, articles, quotes = st.columns(3)
    # the three count different things, and quotes often outnumber mentions (ইউনূস: 12 mentions, 34
    # quotes), which reads as an error unless the card says so
    mentions.metric("Mentions", entity["mentions"], help="Times the name or an alias is written in the articles. "
                    "A quote credited through a title or a pronoun (তিনি) is not a mention.")
    articles.metric("Articles mentioning", entity["articles"], help="Articles whose text names this entity. The "
                    "Quotes page counts the articles that quote it, which may differ.")
    quotes.metric("Quotes credited", entity["quotes"], help="Quotes whose speaker is this entity, however the "
                  "article names the speaker (the name, a title, তিনি).")
    tab_articles, tab_quotes, tab_company, tab_history = st.tabs(["Articles", "Quotes", "Mentioned with", "History"])
    with tab_articles:
        _articles(entity["id"])
    with tab_quotes:
        _quotes(entity)
    with tab_company:
        company = ui.read(queries.cooccurring_entities, entity["id"], limit=15)
        if not company:
            st.caption("No other entity appears in the same articles.")
        else:
            st.caption("Named in the same articles, most often first. Choose one to see its card.")
        if company and (row := table_pick(company, key="entities_company", column_config={"id": None})):
            st.query_params["entity"] = str(row["id"])
            st.rerun()
    with tab_history:
        page = ui.read(fix.list_corrections, entity_id=entity["id"], limit=50)
        if page.rows:
            table(history_rows(page.rows))
            registry_undo(page.rows, key="entities_history_undo")
        else:
            st.caption("No corrections to this entity yet.")


def registry_undo(rows: list[dict[str, Any]], *, key: str) -> None:
    """Undo a rename, retype, merge or "not the same" listed in a history, while it is in force
    (`fix.registry_undo_blocker` says when it cannot be taken back exactly: a later decision about
    the entity, a re-analysis)."""
    options = {r["id"]: r for r in rows if r["target"] == "entity" and r["action"] in fix.REGISTRY_UNDOABLE and r["active"]}
    if not options:
        return
    gone = vanished(key, options)
    chosen = st.selectbox("Undo a rename, retype, merge or not-the-same", list(options), key=key,
                          format_func=lambda i: plain(f"#{i} {what_done('entity', options[i]['action'])}: {change_summary(options[i])}"))
    blocker = ui.read(fix.registry_undo_blocker, chosen)
    if blocker:
        st.caption(f"Cannot be undone: {md_escape(blocker)}.")
    if st.button("Undo", key=f"{key}_button", disabled=blocker is not None) and gone is None:
        st.session_state.pop(CARD_SEEN, None)  # an undone merge changes the card back: not "merged away" by another
        apply(fix.undo_correction, chosen, editor=editor_name(), done=f"Correction #{chosen} undone")


def _articles(entity_id: int) -> None:
    key = f"entities_articles_page_{entity_id}"
    page = ui.read(search_articles, None, where=ArticleFilter(entity_id=entity_id), order="date",
                   limit=CARD_LIMIT, offset=ui.offset(key, CARD_LIMIT))
    if not page.rows:
        st.caption("Not mentioned in any article (rejected everywhere, or only a speaker).")
        return
    st.caption("Choose an article to open it for review.")
    rows = [{"id": r["id"], "title": r["title"], "outlet": r["outlet"], "published": r["published"], "status": r["status"]}
            for r in page.rows]
    if row := table_pick(rows, key="entities_articles"):
        ui.open_article(row["id"])
    ui.pager(key, page)


def _quotes(entity: dict[str, Any]) -> None:
    if not entity["quotes"]:
        st.caption("Not quoted as a speaker.")
        return
    page = ui.read(queries.list_quotes, queries.QuoteFilter(entity_id=entity["id"]), limit=CARD_LIMIT)
    table([{"quote": q["text"], "kind": KIND_LABELS.get(q["kind"], q["kind"]), "cue": q["cue"], "outlet": q["outlet"], "published": q["published"]}
           for q in page.rows])
    every = f"All {counted(page.total, 'quote')}" if page.total != 1 else "The quote"
    page_link(QUOTES_PAGE, label=f"{every} on the Quotes page", icon=":material/format_quote:",
              query_params={"speaker": str(entity["id"])})


def actions(entity: dict[str, Any], asked_for: int) -> None:
    """Rename, retype, merge into another entity, reject or restore (archive-wide). A click on the run
    that finds the card's entity merged away by another editor changes nothing (it would change the
    entity merged into, which the editor never chose)."""
    entity_id = entity["id"]
    gone = _merged_away(asked_for, entity_id)
    if gone is not None:
        went = ui.read(fix.merged_by, gone) or f"was merged into {entity['name']}"
        st.error(f"Nothing was changed: the entity whose card you had open (#{gone}) {md_escape(went)}; "
                 f"open {md_escape(entity['name'])} to change it (its card is shown now).", icon="⚠️")
    name_col, rename_col = st.columns([2, 1], vertical_alignment="bottom")
    name = name_col.text_input("New name", key=f"entities_name_{entity_id}", placeholder=entity["name"])
    if rename_col.button("Rename", key="entities_rename", disabled=not name.strip() or name.strip() == entity["name"],
                         width="stretch") and gone is None:
        apply(fix.rename_entity, entity_id, name, editor=editor_name(), done="Renamed; the old name stays an alias",
              undo=f"{entity['name']} renamed {name.strip()}")
    type_col, retype_col = st.columns([2, 1], vertical_alignment="bottom")
    new_type = type_col.selectbox("Type", ENTITY_TYPES, index=ENTITY_TYPES.index(entity["type"]),
                                  key=f"entities_type_{entity_id}", format_func=lambda t: f"{t} ({TYPE_LABELS[t]})")
    if retype_col.button("Change type", key="entities_retype", disabled=new_type == entity["type"],
                         width="stretch") and gone is None:
        apply(fix.retype_entity, entity_id, new_type, editor=editor_name(), done=f"Type changed to {new_type}",
              undo=f"{entity['name']} retyped {entity['type']} → {new_type}")
    target = pick_entity("entities_merge", "Merge into an existing entity", exclude=entity_id)
    if st.button("Merge", key="entities_merge", disabled=target is None) and gone is None and target is not None:
        st.session_state[CARD_SEEN] = [asked_for, target]  # this editor's own merge: the card shows the target next
        apply(fix.merge_entities, entity_id, target, editor=editor_name(), done="Merged", clear=["entities_merge_text"],
              undo=f"{entity['name']} merged into {ui.read(queries.get_entity, target)['name']}")
        st.session_state[CARD_SEEN] = [asked_for, entity_id]  # the merge was refused
    if entity["status"] == "active":
        if st.button("Reject everywhere", key="entities_reject", help="Not a real person, organisation or place") \
                and gone is None:
            apply(fix.reject_entity, entity_id, editor=editor_name(), done="Rejected everywhere")
    elif st.button("Restore", key="entities_restore") and gone is None:
        apply(fix.restore_entity, entity_id, editor=editor_name(), done="Restored")


def _merged_away(asked_for: int, shown: int) -> int | None:
    """The entity the card (`?entity=asked_for`) showed when the editor last saw it, if it is no longer
    the one shown: another editor merged it away, and get_entity now follows the merge. None while it
    stands, and when the editor has only just opened this card."""
    seen = st.session_state.get(CARD_SEEN)
    st.session_state[CARD_SEEN] = [asked_for, shown]
    if not seen or seen[0] != asked_for or seen[1] == shown:
        return None
    return int(seen[1])


# ---- possibly the same --------------------------------------------------------------------------

def possibly_same(entity_type: str | None) -> None:
    """Registry rows that are possibly one entity (`db.suggestions`), with the evidence; choose a
    pair, then merge it under the name the editor keeps (an ordinary merge, in the history) or say it is
    two entities."""
    found = ui.read(suggestions.possibly_same, entity_type=entity_type)
    if not found:
        return
    # keyed: the label changes with every merge, and a new label would close the list the editor works down
    with st.expander(f"Possibly the same: {counted(len(found), 'pair')} to check", icon=":material/join_inner:", key="entities_same_list"):
        st.caption("Each row is two registry rows that may be one entity: the first name is an alias of the "
                   "second, or the second without its first or last words. Never merged automatically (two people "
                   "may share a name). Articles and quotes are each row's own, first name + second. Unambiguous "
                   f"pairs first. Showing {min(len(found), SAME_LIMIT)} of {len(found)}.")
        shown = found[:SAME_LIMIT]
        if row := table_pick(suggestions.as_rows(shown), key="entities_same", column_config=SAME_COLUMNS):
            st.session_state[SAME_PAIR] = [row["short_id"], row["full_id"]]
        pair = st.session_state.get(SAME_PAIR)
        chosen = next((s for s in found if pair == [s.short_id, s.full_id]), None)
        if chosen is None:
            st.caption("Choose a pair to merge it or to mark it as two different entities.")
            return
        st.markdown(f"**{md_escape(chosen.short_name)}** ({counted(chosen.short_articles, 'article')}, "
                    f"{counted(chosen.short_quotes, 'quote')}) and **{md_escape(chosen.full_name)}** "
                    f"({counted(chosen.full_articles, 'article')}, {counted(chosen.full_quotes, 'quote')})")
        # the name the merged row keeps is the editor's: the fuller one is not always right (a junk
        # trailing word, a rarer spelling); `keeps_short` says which to offer first
        short = (chosen.short_id, chosen.full_id, chosen.short_name, "short")
        full = (chosen.full_id, chosen.short_id, chosen.full_name, "full")
        first, second = (short, full) if chosen.keeps_short else (full, short)
        keep_first, keep_second, differ = st.columns(3)
        offers: list[tuple[Any, tuple[int, int, str, str], Literal["primary", "secondary"]]] = [
            (keep_first, first, "primary"), (keep_second, second, "secondary")]
        for column, (kept, merged, name, which), kind in offers:
            if column.button(f"Merge, keep «{md_escape(name)}»", key=f"entities_same_keep_{which}", type=kind, width="stretch",
                             help="One entity under this name; the other name stays an alias"):
                st.session_state.pop(SAME_PAIR, None)
                gone = chosen.full_name if which == "short" else chosen.short_name
                apply(fix.merge_entities, merged, kept, editor=editor_name(),
                      done=f"Merged {md_escape(gone)} into {md_escape(name)}", undo=f"{gone} merged into {name}")
        if differ.button("Not the same", key="entities_same_differ", width="stretch"):
            st.session_state.pop(SAME_PAIR, None)
            apply(fix.mark_not_same, chosen.short_id, chosen.full_id, editor=editor_name(),
                  done=f"Kept apart: {md_escape(chosen.short_name)} and {md_escape(chosen.full_name)}",
                  undo=f"{chosen.short_name} marked not the same as {chosen.full_name}")
