"""Entry point: page configuration and navigation only. Adding a screen is one line in PAGES."""
import streamlit as st

st.set_page_config(page_title="বাংলা নিউজরুম", page_icon="📰", layout="wide")

PAGES = [
    st.Page("pages/1_Home.py", title="Home", icon=":material/home:", default=True),
    st.Page("pages/2_Upload.py", title="Upload", icon=":material/upload:", url_path="upload"),
]

st.navigation(PAGES).run()
