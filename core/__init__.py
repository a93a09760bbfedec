"""Pure Bengali news extraction: entities, quotes and a timeline from article text.

No I/O, no Streamlit, no SQL. `core.pipeline.analyze` is the entry point; models are loaded by
`core.ner.load_model` and passed in.
"""
