"""Entry point: page configuration and navigation only. Adding a screen is one line in PAGES."""
import streamlit as st

st.set_page_config(page_title="বাংলা নিউজরুম", page_icon="📰", layout="wide")

PAGES = [
    st.Page("pages/1_Home.py", title="Home", icon=":material/home:", default=True),
    st.Page("pages/2_Upload.py", title="Upload", icon=":material/upload:", url_path="upload"),
    st.Page("pages/3_Articles.py", title="Articles", icon=":material/article:", url_path="articles"),
    st.Page("pages/4_Quotes.py", title="Quotes", icon=":material/format_quote:", url_path="quotes"),
    st.Page("pages/5_Timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page("pages/6_Sources.py", title="Sources", icon=":material/pie_chart:", url_path="sources"),
    st.Page("pages/7_Entities.py", title="Entities", icon=":material/badge:", url_path="entities"),
]

st.navigation(PAGES).run()
