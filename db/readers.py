"""Turning the files editors have into article records, or into a reason they were refused.

Every input yields results: a `Record` per article found, a `Rejected` per file or row that could
not be read. Readers never raise for bad input; a bad row never hides the rows after it.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from charset_normalizer import from_bytes

MB = 1024 * 1024
FORMATS = (".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".jsonl", ".json", ".csv", ".zip")

# Field names accepted in JSON, JSONL and CSV input (first match wins, case-insensitive).
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text"),
    "title": ("title", "headline", "heading"),
    "outlet": ("outlet", "paper_name", "paper", "newspaper", "source", "site", "publisher"),
    "url": ("url", "link", "href"),
    "published": ("published", "date", "published_at", "publish_date", "pub_date", "datetime"),
    "author": ("author", "byline", "reporter", "authors"),
    "external_id": ("id", "article_id", "guid", "uid"),
}

# Magic numbers of files that are not text, whatever their name says.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or Word file)"), (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"), (b"MZ", "a Windows program"), (b"BM", "a bitmap image"),
    (b"RIFF", "a media file"), (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"), (b"SQLite format 3", "a SQLite database"), (b"ID3", "an MP3 file"),
    (b"OggS", "an audio file"), (b"\x00\x00\x00\x18ftyp", "a video file"), (b"\x00\x00\x00\x20ftyp", "a video file"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
# UTF-8 Bengali read as Windows-1252 / Latin-1 starts every letter with these pairs.
_MOJIBAKE = re.compile("à¦|à§|Ã |â€")
_TITLE_LENGTH = 200
_COMMON_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "cp1251", "gb18030", "shift_jis", "euc_kr")


@dataclass(frozen=True)
class Limits:
    """Size limits for untrusted files; configurable on the CLI and in the Upload page."""

    max_file_bytes: int = 10 * MB
    max_zip_bytes: int = 100 * MB  # total uncompressed size of a zip's members
    max_zip_members: int = 5000
    max_zip_ratio: int = 100  # uncompressed / compressed size of a member: higher is a zip bomb


@dataclass(frozen=True)
class Record:
    """One article read from an input, not yet stored."""

    source: str  # where it came from: "file.txt", "feed.jsonl row 3", "a.zip/x.txt"
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD or None
    external_id: str | None = None
    source_file: str | None = None


@dataclass(frozen=True)
class Rejected:
    source: str
    reason: str


DEFAULT_LIMITS = Limits()
# Environment variables that set the limits for the app and the CLI (megabytes, decimals allowed).
LIMIT_VARIABLES = {"NEWSROOM_MAX_FILE_MB": "max_file_bytes", "NEWSROOM_MAX_ZIP_MB": "max_zip_bytes"}


def limits_from_env(environ: dict[str, str] | None = None) -> Limits:
    """The default limits, changed by $NEWSROOM_MAX_FILE_MB and $NEWSROOM_MAX_ZIP_MB when set;
    `ValueError` naming the variable when one is not a positive number."""
    environ = dict(os.environ) if environ is None else environ
    values: dict[str, int] = {}
    for variable, attr in LIMIT_VARIABLES.items():
        raw = (environ.get(variable) or "").strip()
        if not raw:
            continue
        try:
            megabytes = float(raw)
        except ValueError:
            megabytes = 0.0
        if not megabytes > 0:
            raise ValueError(f"{variable} must be a positive number of megabytes, got {raw!r}")
        values[attr] = int(megabytes * MB)
    return Limits(**values)


class NotText(ValueError):
    """Bytes that are not (decodable) text; the message is the reason shown to the editor."""


def decode(data: bytes) -> str:
    """Text from bytes: BOM-marked UTF-8/16/32, plain UTF-8, UTF-16 without a BOM, else a legacy
    encoding charset-normalizer is confident about. Raises `NotText` for binary data, for bytes no
    encoding explains and for mojibake (UTF-8 that was already decoded wrongly once)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                # utf-8-sig drops its mark; the utf-16/32 codecs of a fixed byte order keep it as U+FEFF,
                # which JSON refuses and a title would start with
                return _checked(data.decode(encoding).removeprefix("\ufeff"))
            except UnicodeDecodeError:
                raise NotText(f"undecodable: starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotText(f"not text: the file is {what}")
    if b"\x00" in data[:4096]:
        utf16 = _sniff_utf16(data)
        if utf16 is None:
            raise NotText("not text: binary data (NUL bytes)")
        return _checked(utf16)
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data[: 2 * MB])
    best = matches.best()
    if best is None or best.encoding is None or best.chaos > 0.3:
        raise NotText("undecodable: not UTF-8 and no known encoding fits; save it as UTF-8 and try again")
    encoding = best.encoding
    # Short Western text fits several code pages equally well; the common one is the likely one.
    tied = {m.encoding for m in matches if m.chaos <= best.chaos + 0.1}
    encoding = next((e for e in _COMMON_ENCODINGS if e in tied), encoding)
    try:
        return _checked(data.decode(encoding))
    except (UnicodeDecodeError, LookupError):
        raise NotText(f"undecodable: looks like {encoding} but does not decode cleanly") from None


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: spaces and ASCII leave a NUL in every other byte."""
    sample = data[:4096]
    odd_nuls, even_nuls = sample[1::2].count(0), sample[0::2].count(0)
    order = ("utf-16-le", "utf-16-be") if odd_nuls >= even_nuls else ("utf-16-be", "utf-16-le")
    for encoding in order:
        try:
            text = data[: len(data) - len(data) % 2].decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text
    return None


_BAD_CATEGORIES = ("Cc", "Cn", "Co", "Cs")
# Characters of the common blocks (ASCII, Latin, Bengali, general punctuation) that are fine, so
# only the rest is looked up one by one: ingest reads every article through `_plausible`.
_SURELY_TEXT = re.compile("[" + "".join(
    re.escape(chr(c)) for lo, hi in ((0x20, 0x7E), (0xA0, 0x24F), (0x980, 0x9FF), (0x2000, 0x206F))
    for c in range(lo, hi + 1) if unicodedata.category(chr(c)) not in _BAD_CATEGORIES
) + "\n\r\t]+")


def _plausible(text: str) -> bool:
    """Mostly letters, marks, digits, spaces and punctuation: what a decoded article looks like."""
    sample = text[:4000]
    if not sample:
        return False
    rest = _SURELY_TEXT.sub("", sample)
    bad = sum(1 for ch in rest if unicodedata.category(ch) in _BAD_CATEGORIES and ch not in "\n\r\t")
    return bad / len(sample) < 0.02


def _checked(text: str) -> str:
    if not _plausible(text) and text.strip():
        raise NotText("not text: mostly control characters (a binary file?)")
    if "\ufffd" in text[:100_000] and text.count("\ufffd") > 3:
        raise NotText("undecodable: the text contains replacement characters (it was damaged before)")
    if _MOJIBAKE.search(text[:100_000]):
        fixed = _undo_mojibake(text)
        if fixed is None:
            raise NotText("undecodable: the text is mojibake (UTF-8 decoded with the wrong encoding)")
        return fixed
    return text


def _undo_mojibake(text: str) -> str | None:
    for encoding in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(encoding).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if not _MOJIBAKE.search(fixed):
            return fixed
    return None


def parse_date(value: Any) -> str | None:
    """A metadata date as YYYY-MM-DD, or None when it cannot be read (never a guess).

    >>> parse_date("2025-12-30T10:15:00+06:00"), parse_date("৩০/১২/২০২৫"), parse_date("soon")
    ('2025-12-30', '2025-12-30', None)
    """
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip().translate(str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789"))
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%d %B %Y", "%d %b %Y",
                    "%B %d, %Y", "%b %d, %Y", "%a, %d %b %Y %H:%M:%S %z", "%a, %d %b %Y %H:%M:%S %Z"):
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    match = re.match(r"^(\d{4}-\d{2}-\d{2})", text)
    if match:
        try:
            return date.fromisoformat(match[1]).isoformat()
        except ValueError:
            return None
    return None


def title_from_text(text: str) -> str:
    """The first non-empty line, shortened at a word boundary: what a person calls the article."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            if len(line) <= _TITLE_LENGTH:
                return line
            cut = line[:_TITLE_LENGTH].rsplit(" ", 1)[0]
            return cut + "…"
    return ""


def read_path(path: Path, *, limits: Limits = DEFAULT_LIMITS, name: str | None = None) -> Iterator[Record | Rejected]:
    """Records from one file on disk (size checked before reading)."""
    label = name or path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Rejected(label, f"cannot read: {exc.strerror or exc}")
        return
    if size > limits.max_file_bytes:
        yield _too_large(label, size, limits)
        return
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl_stream(path, label)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Rejected(label, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(label, data, limits=limits)


def read_bytes(name: str, data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> Iterator[Record | Rejected]:
    """Records from one file's contents; `name` decides the format by its extension."""
    suffix = PurePosixPath(name).suffix.lower()
    if len(data) > limits.max_file_bytes:
        yield _too_large(name, len(data), limits)
        return
    if not data.strip():
        yield Rejected(name, "empty: the file has no text")
        return
    reader = _READERS.get(suffix)
    if reader is None:
        yield Rejected(name, f"unsupported file type {suffix or '(none)'}; use one of {', '.join(FORMATS)}")
        return
    try:
        yield from reader(name, data, limits)
    except NotText as exc:
        yield Rejected(name, str(exc))
    except Exception as exc:  # noqa: BLE001 -- a broken file of any format must not stop the other inputs
        yield Rejected(name, f"could not read the {suffix[1:].upper()} file: {type(exc).__name__}: {exc}".strip())


def _read_plain(name: str, data: bytes, limits: Limits) -> Iterator[Record | Rejected]:
    text = decode(data)
    if not text.strip():
        yield Rejected(name, "empty: the file has no text")
        return
    yield Record(name, text, title=title_from_text(text) or None, source_file=name)


def _read_html(name: str, data: bytes, limits: Limits) -> Iterator[Record | Rejected]:
    import trafilatura

    html = decode(data)
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_recall=True)
    text = (getattr(document, "text", None) or "") if document is not None else ""
    if not text.strip():
        yield Rejected(name, "empty: no article text found in the HTML page")
        return

    def field(attr: str) -> str | None:
        value = getattr(document, attr, None)
        return str(value).strip() or None if value else None

    yield Record(
        name, text, title=field("title") or title_from_text(text), outlet=field("sitename"),
        author=field("author"), url=field("url"), published=parse_date(field("date")), source_file=name,
    )


def _read_docx(name: str, data: bytes, limits: Limits) -> Iterator[Record | Rejected]:
    import docx  # python-docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 -- python-docx raises many kinds for a broken file
        yield Rejected(name, "not a valid Word (.docx) document")
        return
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    text = "\n".join(lines)
    if not text.strip():
        yield Rejected(name, "empty: the Word document has no text")
        return
    props = document.core_properties
    # No publication date from the properties: `created` is when the file (or the template it was
    # copied from) was made, often years before the story; the dateline in the text decides.
    yield Record(
        name, text, title=(props.title or "").strip() or title_from_text(text), author=(props.author or "").strip() or None,
        source_file=name,
    )


def _read_pdf(name: str, data: bytes, limits: Limits) -> Iterator[Record | Rejected]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        pdf = PdfReader(io.BytesIO(data))
        if pdf.is_encrypted:
            yield Rejected(name, "the PDF is encrypted; export it without a password")
            return
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    except PdfReadError as exc:
        yield Rejected(name, f"not a readable PDF ({exc})")
        return
    if not text.strip():
        yield Rejected(name, "empty: the PDF has no text layer (a scan? run OCR first)")
        return
    if problem := _garbled_bengali(text):
        yield Rejected(name, f"unreadable Bengali: {problem}; upload the article as .docx, .txt or .html instead")
        return
    text = _checked(text)
    meta: Any = pdf.metadata or {}
    title = str(meta.get("/Title") or "").strip()
    author = str(meta.get("/Author") or "").strip()
    yield Record(name, text, title=title or title_from_text(text), author=author or None, source_file=name)


# A Bengali word never starts with one of the vowel signs written before their consonant (ি ে ৈ):
# a PDF text layer in visual order does (বিএনপি comes out as িবএনিপ).
_VISUAL_ORDER = re.compile(r"(?<![\u0980-\u09ff])[\u09bf\u09c7\u09c8]")


def _garbled_bengali(text: str) -> str | None:
    """Why a PDF's text layer cannot be read as Bengali, or None. Many PDFs (a browser's print, some
    layout programs) draw conjuncts with glyphs that map to no character, and store the vowel
    signs in the order they are drawn; the words extracted from them are not the words printed."""
    unmapped = text.count("\x00")
    if unmapped > 3:
        return f"{unmapped} letters of the PDF's text layer map to no character (conjuncts drawn as glyphs)"
    words = sum(1 for _ in re.finditer(r"[\u0980-\u09ff]+", text))
    misplaced = len(_VISUAL_ORDER.findall(text))
    if misplaced > 3 and misplaced > 0.02 * words:
        return f"the PDF's text layer stores vowel signs in drawing order ({misplaced} words start with ি, ে or ৈ)"
    return None


def record_from_mapping(source: str, row: dict[str, Any], *, source_file: str | None = None) -> Record | Rejected:
    """A JSON object or CSV row as a record, through the field names in `FIELDS`."""
    lowered = {str(k).strip().lower(): v for k, v in row.items() if k is not None}

    def pick(field: str) -> Any:
        for key in FIELDS[field]:
            value = lowered.get(key)
            if value not in (None, ""):
                return value
        return None

    text = pick("text")
    if text is None:
        if not any(k in lowered for k in FIELDS["text"]):
            return Rejected(source, f"malformed: no text column (expected one of {', '.join(FIELDS['text'])})")
        return Rejected(source, "empty: no text")
    if not isinstance(text, str):
        return Rejected(source, "malformed: the text field is not a string")
    if not text.strip():
        return Rejected(source, "empty: no text")
    try:
        text = _checked(text)
    except NotText as exc:
        return Rejected(source, str(exc))

    def as_str(value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        return str(value).strip() or None

    return Record(
        source, text, title=as_str(pick("title")) or title_from_text(text), outlet=as_str(pick("outlet")),
        author=as_str(pick("author")), url=as_str(pick("url")), published=parse_date(pick("published")),
        external_id=as_str(pick("external_id")), source_file=source_file,
    )


def _json_rows(name: str, number: int, line: str) -> Record | Rejected:
    source = f"{name} row {number}"
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return Rejected(source, f"malformed row {number}: not valid JSON ({exc.msg})")
    if not isinstance(row, dict):
        return Rejected(source, f"malformed row {number}: expected a JSON object, got {type(row).__name__}")
    return record_from_mapping(source, row, source_file=name)


def _read_jsonl_stream(path: Path, name: str) -> Iterator[Record | Rejected]:
    """JSON Lines read line by line, so a large archive is never all in memory."""
    with path.open("rb") as handle:
        head = handle.read(4)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
            handle.seek(0)
            yield from read_bytes(name, handle.read(), limits=Limits(max_file_bytes=1 << 62))
            return
        handle.seek(0)
        for number, raw in enumerate(handle, 1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield Rejected(f"{name} row {number}", f"malformed row {number}: not UTF-8")
                continue
            yield _json_rows(name, number, line)


def _read_jsonl(name: str, data: bytes, limits: Limits) -> Iterator[Record | Rejected]:
    text = decode(data)
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield _json_rows(name, number, line)


def _read_json(name: str, data: bytes, limits: Limits) -> Iterator[Record | Rejected]:
    try:
        value = json.loads(decode(data))
    except json.JSONDecodeError as exc:
        yield Rejected(name, f"malformed: not valid JSON (line {exc.lineno}: {exc.msg})")
        return
    if isinstance(value, dict):
        lists = [v for v in value.values() if isinstance(v, list)]
        value = lists[0] if len(lists) == 1 and not any(k in value for k in FIELDS["text"]) else [value]
    if not isinstance(value, list):
        yield Rejected(name, "malformed: expected a list of article objects")
        return
    if not value:
        yield Rejected(name, "empty: the list has no articles")
        return
    for number, row in enumerate(value, 1):
        source = f"{name} row {number}"
        if not isinstance(row, dict):
            yield Rejected(source, f"malformed row {number}: expected an object, got {type(row).__name__}")
            continue
        yield record_from_mapping(source, row, source_file=name)


def _read_csv(name: str, data: bytes, limits: Limits) -> Iterator[Record | Rejected]:
    text = decode(data)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        yield Rejected(name, "malformed: no header row")
        return
    header = [h.strip().lstrip("\ufeff") for h in header]
    if not any(h.lower() in FIELDS["text"] for h in header):
        yield Rejected(name, f"malformed: no text column in the header (expected one of {', '.join(FIELDS['text'])})")
        return
    number = 1
    while True:
        number += 1  # data rows are numbered as in a spreadsheet: the header is row 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Rejected(f"{name} row {number}", f"malformed row {number}: {exc}")
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            yield Rejected(
                f"{name} row {number}",
                f"malformed row {number}: {len(cells)} fields, the header has {len(header)}",
            )
            continue
        yield record_from_mapping(f"{name} row {number}", dict(zip(header, cells)), source_file=name)


def _safe_member(member: str) -> bool:
    if "\\" in member or member.startswith("/") or re.match(r"^[A-Za-z]:", member) or "\x00" in member:
        return False
    return ".." not in PurePosixPath(member).parts


def _read_zip(name: str, data: bytes, limits: Limits) -> Iterator[Record | Rejected]:
    """The members of an archive, each read like a file in a folder (its own result). What makes
    the archive itself untrustworthy (a path leaving it, a zip bomb, too many or too large members
    in total, a password, a damaged member) refuses it whole before any member is handed on, so
    nothing of a refused archive is stored."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        yield Rejected(name, "not a valid ZIP archive")
        return
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        # refuse the whole archive before anything is read from it
        if (why := _archive_refusal(members, limits)) is not None:
            yield Rejected(name, why)
            return
        wanted = [(member, f"{name}/{member.filename}") for member in members if not _is_hidden(member.filename)]
        # Unpack every member before yielding any (at most max_zip_bytes, checked above): an archive
        # found damaged half-way is refused whole, so nothing of it is stored.
        try:
            contents = [_unpacked(archive, member, label, limits) for member, label in wanted]
        except _DamagedMember as damaged:
            yield Rejected(name, str(damaged))
            return
        for (_, label), unpacked in zip(wanted, contents):
            if isinstance(unpacked, Rejected):
                yield unpacked
            else:
                yield from read_bytes(label, unpacked, limits=limits)


def _archive_refusal(members: list[zipfile.ZipInfo], limits: Limits) -> str | None:
    """Why an archive is refused whole, from its directory alone: a path leaving it, too many
    members, too much in total, a zip bomb, a password. None when nothing does."""
    unsafe = [m.filename for m in members if not _safe_member(m.filename)]
    if unsafe:
        return f"refused: unsafe path in the archive ({unsafe[0]!r} points outside it)"
    if len(members) > limits.max_zip_members:
        return f"refused: {len(members)} files in the archive, the limit is {limits.max_zip_members}"
    total = sum(m.file_size for m in members)
    if total > limits.max_zip_bytes:
        return f"refused: unpacks to {total / MB:.1f} MB, the limit is {_mb(limits.max_zip_bytes)}"
    for m in members:
        if m.file_size > 1 * MB and m.file_size > limits.max_zip_ratio * max(1, m.compress_size):
            return (f"refused: {m.filename} would unpack from {_size(m.compress_size)} to "
                    f"{_size(m.file_size)} ({m.file_size // max(1, m.compress_size)}× its packed size): "
                    "this looks like a zip bomb")
        if m.flag_bits & 0x1:
            return "refused: the archive is password-protected"
    return None


def _is_hidden(member: str) -> bool:
    """A dot file or folder, or macOS's __MACOSX resource forks: what the packing tool added, no article."""
    return any(p.startswith(".") or p == "__MACOSX" for p in PurePosixPath(member).parts)


class _DamagedMember(Exception):
    """A member that cannot be unpacked: the message refuses the whole archive."""


def _unpacked(archive: zipfile.ZipFile, member: zipfile.ZipInfo, label: str, limits: Limits) -> bytes | Rejected:
    """A member's bytes, or why it alone is rejected (a nested archive, over the file limit);
    `_DamagedMember` when it cannot be unpacked, which refuses the whole archive."""
    if PurePosixPath(member.filename).suffix.lower() == ".zip":
        return Rejected(label, "nested ZIP archives are not read; unpack it first")
    if member.file_size > limits.max_file_bytes:
        return _too_large(label, member.file_size, limits)
    try:
        with archive.open(member) as handle:
            # zipfile never unpacks more than the header's size, and checks the CRC at the end
            return handle.read(limits.max_file_bytes + 1)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, EOFError, OSError,
            ValueError) as exc:
        # the plain words first; the unpacker's own message ("Error -3 while decompressing data:
        # invalid bit length repeat") only last, for whoever looks into it
        raise _DamagedMember(f"refused: {member.filename} is damaged or cannot be unpacked, so nothing from this "
                             f"archive was stored (technical detail: {exc})") from exc


def _too_large(label: str, size: int, limits: Limits) -> Rejected:
    """A file over the per-file limit, saying its size and the limit."""
    return Rejected(label, f"too large: {size / MB:.1f} MB, the limit is {_mb(limits.max_file_bytes)}")


def _mb(n: int) -> str:
    """A limit in megabytes as people write it: 10 MB, 0.5 MB."""
    return f"{round(n / MB, 2):g} MB"


def _size(n: int) -> str:
    return f"{n / MB:.0f} MB" if n >= MB else f"{max(1, n // 1024)} KB"


_READERS = {
    ".txt": _read_plain, ".md": _read_plain, ".markdown": _read_plain, ".text": _read_plain,
    ".html": _read_html, ".htm": _read_html, ".docx": _read_docx, ".pdf": _read_pdf,
    ".jsonl": _read_jsonl, ".ndjson": _read_jsonl, ".json": _read_json, ".csv": _read_csv, ".zip": _read_zip,
}
