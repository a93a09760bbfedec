"""Each input format, and every way a file can be refused (with a reason a person understands)."""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from db.readers import (
    MB,
    Limits,
    NotText,
    Record,
    Rejected,
    decode,
    parse_date,
    read_bytes,
    read_path,
)

BN = "নদীপুর, ৪ মার্চ – পৌরসভার মেয়র রফিকুল আলম মঙ্গলবার নতুন সেতুর কাজ উদ্বোধন করেন।"


def one(name: str, data: bytes, **kwargs: object) -> Record | Rejected:
    results = list(read_bytes(name, data, **kwargs))  # type: ignore[arg-type]
    assert len(results) == 1, results
    return results[0]


def rejected_reason(name: str, data: bytes, **kwargs: object) -> str:
    result = one(name, data, **kwargs)
    assert isinstance(result, Rejected), result
    return result.reason


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with `text` (ASCII) in its text layer, written by hand."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
         b"/Resources << /Font << /F1 5 0 R >> >> >>"),
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


# ---- text and encodings -------------------------------------------------------------------------

def test_txt_title_is_the_first_line() -> None:
    record = one("a.txt", f"শিরোনাম এখানে\n\n{BN}".encode())
    assert isinstance(record, Record)
    assert record.title == "শিরোনাম এখানে"
    assert BN in record.text


def test_markdown_heading_becomes_the_title() -> None:
    record = one("a.md", f"# সেতুর খবর\n\n{BN}".encode())
    assert isinstance(record, Record) and record.title == "সেতুর খবর"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_unicode_encodings_with_or_without_bom_decode(encoding: str) -> None:
    text = f"Dhaka report\n{BN}"
    assert decode(text.encode(encoding)) == text  # the byte-order mark is not part of the text


@pytest.mark.parametrize("name", ["feed.json", "feed.jsonl"])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])  # PowerShell and Notepad save UTF-16 with a mark
def test_json_in_utf16_or_utf32_with_a_byte_order_mark_is_read(name: str, encoding: str) -> None:
    row = json.dumps({"headline": "সেতুর খবর", "text": BN}, ensure_ascii=False)
    record = one(name, (f"[{row}]" if name.endswith(".json") else row).encode(encoding))
    assert isinstance(record, Record) and (record.title, record.text) == ("সেতুর খবর", BN)


def test_legacy_single_byte_encoding_is_decoded() -> None:
    text = "Café society: the naïve critic’s résumé was déjà vu for everyone in the newsroom. " * 3
    assert decode(text.encode("cp1252")) == text


def test_mojibake_is_repaired_never_stored() -> None:
    broken = BN.encode("utf-8").decode("cp1252", errors="ignore")
    assert "à¦" in broken
    # what survives cp1252 cannot always be restored exactly: either repaired or refused
    try:
        assert "à¦" not in decode(broken.encode("utf-8"))
    except NotText as exc:
        assert "mojibake" in str(exc)


@pytest.mark.parametrize(("data", "words"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
    (b"\xff\xd8\xff\xe0" + bytes(100), "JPEG"),
    (b"\x7fELF\x02\x01" + bytes(100), "program"),
    (bytes(range(256)) * 4, "not text"),
])
def test_binary_files_named_txt_are_not_text(data: bytes, words: str) -> None:
    assert words in rejected_reason("photo.txt", data)


def test_undecodable_bytes_are_rejected_clearly() -> None:
    assert rejected_reason("x.txt", b"\x81\x8d\x8f\x90\x9d" * 50 + b"\xff\xfe\xfd" * 50).startswith(("undecodable", "not text"))


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  "])
def test_empty_files_are_rejected(data: bytes) -> None:
    assert rejected_reason("empty.txt", data).startswith("empty")


def test_too_large_files_are_rejected_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(20 * MB)
    (result,) = read_path(big)
    assert isinstance(result, Rejected) and result.reason.startswith("too large") and "10 MB" in result.reason
    (small_limit,) = read_bytes("a.txt", BN.encode(), limits=Limits(max_file_bytes=10))
    assert isinstance(small_limit, Rejected)


def test_unknown_extension_is_rejected() -> None:
    assert "unsupported" in rejected_reason("a.exe", b"MZ....")


# ---- documents ----------------------------------------------------------------------------------

def test_html_main_text_and_metadata() -> None:
    page = f"""<html><head><title>সেতুর খবর</title><meta name="author" content="রিপোর্টার">
    <meta property="article:published_time" content="2025-03-04T08:00:00+06:00"></head>
    <body><nav>হোম | খেলা | রাজনীতি</nav><article><h1>সেতুর খবর</h1>
    <p>{BN}</p><p>{BN.replace("মেয়র", "প্রকৌশলী")}</p></article><footer>কপিরাইট</footer></body></html>"""
    record = one("page.html", page.encode())
    assert isinstance(record, Record)
    assert "রফিকুল আলম" in record.text and "কপিরাইট" not in record.text
    assert record.title == "সেতুর খবর"


def test_html_without_text_is_rejected() -> None:
    assert rejected_reason("blank.html", b"<html><body><script>var x = 1;</script></body></html>").startswith("empty")


def test_docx_paragraphs_and_properties() -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "সেতুর খবর"
    document.core_properties.author = "রিপোর্টার"
    document.core_properties.created = datetime(2013, 12, 23)  # python-docx's own template was made then
    document.add_paragraph(BN)
    document.add_paragraph("“এই সেতু স্বপ্ন,” মেয়র বলেন।")
    buffer = io.BytesIO()
    document.save(buffer)
    record = one("a.docx", buffer.getvalue())
    assert isinstance(record, Record)
    assert record.title == "সেতুর খবর" and record.author == "রিপোর্টার"
    assert record.published is None  # when the file was made is not when the story was published
    assert record.text.splitlines()[1] == "“এই সেতু স্বপ্ন,” মেয়র বলেন।"


def test_broken_docx_is_rejected() -> None:
    assert "Word" in rejected_reason("a.docx", make_zip({"hello.txt": b"not a document"}))


def test_pdf_text_layer() -> None:
    record = one("a.pdf", minimal_pdf("Dhaka bridge opens on Tuesday"))
    assert isinstance(record, Record) and "Dhaka bridge opens" in record.text


# What pypdf extracts from a Bengali PDF printed by Chromium: conjunct glyphs with no character
# (NUL), vowel signs in drawing order (সাবেক প্রধানমন্ত্রী ও বিএনপি চেয়ারপারসন খালেদা জিয়ার ...).
VISUAL_ORDER = "সােবক প্রধানম ী ও িবএনিপ  চয়ারপারসন খােলদা  জয়ার মৃত  েত  শাক জািনেয়েছন। িতিন েদেশর িবষেয় "


@pytest.mark.parametrize("extracted", [VISUAL_ORDER * 3, BN.replace("্", "\x00") * 3])
def test_pdf_whose_text_layer_is_not_the_bengali_printed_is_rejected_saying_so(
        extracted: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PageObject

    monkeypatch.setattr(PageObject, "extract_text", lambda self, *args, **kwargs: extracted)
    reason = rejected_reason("a.pdf", minimal_pdf("x"))
    assert reason.startswith("unreadable Bengali: ") and reason.endswith("upload the article as .docx, .txt or .html instead")


def test_pdf_without_text_layer_is_rejected() -> None:
    assert "text layer" in rejected_reason("scan.pdf", minimal_pdf(""))


def test_corrupt_pdf_is_rejected() -> None:
    assert rejected_reason("bad.pdf", b"%PDF-1.4\n garbage garbage").startswith(("not a readable PDF", "could not read"))


# ---- bulk formats -------------------------------------------------------------------------------

def test_jsonl_rows_fields_and_bad_rows() -> None:
    lines = [
        json.dumps({"id": "x1", "headline": "শিরোনাম", "paper_name": "সমকাল", "published": "2025-12-30", "text": BN},
                   ensure_ascii=False),
        "{not json",
        json.dumps({"headline": "no text"}),
        json.dumps([1, 2]),
        json.dumps({"body": BN + " আরও", "published": "sometime"}, ensure_ascii=False),
    ]
    results = list(read_bytes("feed.jsonl", "\n".join(lines).encode()))
    assert [type(r).__name__ for r in results] == ["Record", "Rejected", "Rejected", "Rejected", "Record"]
    first = results[0]
    assert isinstance(first, Record)
    assert (first.title, first.outlet, first.published, first.external_id) == ("শিরোনাম", "সমকাল", "2025-12-30", "x1")
    assert results[1].source == "feed.jsonl row 2" and "malformed row 2" in results[1].reason  # type: ignore[union-attr]
    last = results[4]
    assert isinstance(last, Record) and last.published is None


def test_jsonl_from_disk_streams(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps({"text": f"{BN} {i}"}, ensure_ascii=False) for i in range(5)), encoding="utf-8")
    assert sum(isinstance(r, Record) for r in read_path(path)) == 5


def test_json_list_and_wrapped_list() -> None:
    rows = [{"title": "এক", "text": BN}, {"title": "দুই", "text": BN + "।"}, "junk"]
    results = list(read_bytes("a.json", json.dumps(rows, ensure_ascii=False).encode()))
    assert [type(r).__name__ for r in results] == ["Record", "Record", "Rejected"]
    wrapped = list(read_bytes("b.json", json.dumps({"articles": rows[:1]}, ensure_ascii=False).encode()))
    assert len(wrapped) == 1 and isinstance(wrapped[0], Record)
    assert "not valid JSON" in rejected_reason("c.json", b"[{")


def test_csv_column_mapping_and_one_broken_row() -> None:
    data = (
        "headline,paper_name,url,published,body\n"
        f"প্রথম,প্রথম আলো,https://example.org/1,2025-12-29,\"{BN}\"\n"
        "ভাঙা,সমকাল,https://example.org/2\n"
        f"তৃতীয়,যুগান্তর,https://example.org/3,30/12/2025,\"{BN} দ্বিতীয় অংশ\"\n"
    ).encode()
    results = list(read_bytes("list.csv", data))
    assert [type(r).__name__ for r in results] == ["Record", "Rejected", "Record"]
    assert results[1].reason == "malformed row 3: 3 fields, the header has 5"  # type: ignore[union-attr]
    first, third = results[0], results[2]
    assert isinstance(first, Record) and isinstance(third, Record)
    assert (first.title, first.outlet, first.url, first.published) == ("প্রথম", "প্রথম আলো", "https://example.org/1", "2025-12-29")
    assert third.published == "2025-12-30"


def test_csv_without_text_column_is_rejected() -> None:
    assert "no text column" in rejected_reason("x.csv", b"name,age\nA,3\n")


# ---- zip ----------------------------------------------------------------------------------------

def test_zip_members_are_read_each_with_its_result() -> None:
    data = make_zip({"a.txt": BN.encode(), "dir/b.md": f"# খবর\n{BN} দুই".encode(), "c.txt": b"",
                     "__MACOSX/._a.txt": b"junk", "inner.zip": make_zip({"x.txt": b"x"})})
    results = list(read_bytes("bundle.zip", data))
    by_source = {r.source: r for r in results}
    assert isinstance(by_source["bundle.zip/a.txt"], Record)
    assert isinstance(by_source["bundle.zip/dir/b.md"], Record)
    assert by_source["bundle.zip/c.txt"].reason.startswith("empty")  # type: ignore[union-attr]
    assert "nested" in by_source["bundle.zip/inner.zip"].reason  # type: ignore[union-attr]
    assert not any("MACOSX" in s for s in by_source)


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "a/../../b.txt", "C:\\x.txt"])
def test_zip_with_path_traversal_is_refused_whole(name: str) -> None:
    data = make_zip({"good.txt": BN.encode(), name: BN.encode()})
    assert "unsafe path" in rejected_reason("evil.zip", data)


def test_zip_bomb_is_refused_whole() -> None:
    data = make_zip({"good.txt": BN.encode(), "bomb.txt": b"0" * (30 * MB)})
    reason = rejected_reason("bomb.zip", data)
    assert reason.startswith("refused") and ("bomb" in reason or "unpacks" in reason)
    assert "unpacks" in rejected_reason("big.zip", data, limits=Limits(max_zip_bytes=1 * MB, max_zip_ratio=10**9))


def test_not_a_zip() -> None:
    assert "not a valid ZIP" in rejected_reason("a.zip", b"PK\x03\x04 but truncated")


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-12-30", "2025-12-30"), ("2025-12-30T10:15:00+06:00", "2025-12-30"), ("2025-12-30T10:15:00Z", "2025-12-30"),
    ("৩০/১২/২০২৫", "2025-12-30"), ("30 December 2025", "2025-12-30"), ("Dec 30, 2025", "2025-12-30"),
    ("", None), (None, None), ("কাল", None), ("2025-13-45", None),
])
def test_parse_date(value: str | None, expected: str | None) -> None:
    assert parse_date(value) == expected
