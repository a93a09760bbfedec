"""A small demo set so a newcomer sees a working dashboard on an empty database.

The articles are FICTIONAL, written for this project: invented people, a made-up town (নদীপুর) and
events that never happened. Each title starts with "নমুনা:" (sample) and each row has is_sample = 1;
`remove_samples` deletes exactly them.
"""
from __future__ import annotations

from sqlite_utils import Database

from db.ingest import IngestSummary, ingest_records
from db.readers import Record
from db.store import write

SAMPLE_OUTLET = "নমুনা সংবাদ (কাল্পনিক)"
SAMPLE_PREFIX = "নমুনা:"

SAMPLES: tuple[dict[str, str], ...] = (
    {
        "title": "নমুনা: নদীপুরে নতুন সেতুর নির্মাণকাজ শুরু",
        "published": "2025-03-04",
        "text": (
            "নদীপুর, ৪ মার্চ – নদীপুর পৌরসভার মেয়র রফিকুল আলম মঙ্গলবার সকালে কাঁচা নদীর ওপর নতুন সেতুর "
            "নির্মাণকাজের উদ্বোধন করেন।\n"
            "“এই সেতু দুই পাড়ের মানুষের দীর্ঘদিনের স্বপ্ন। আগামী বছরের জুন মাসের মধ্যে কাজ শেষ হবে,” "
            "অনুষ্ঠানে মেয়র রফিকুল আলম বলেন।\n"
            "প্রকল্প পরিচালক নাসরিন হক জানান, সেতুটি নির্মাণে মোট ব্যয় হবে প্রায় ৮০ কোটি টাকা।\n"
            "স্থানীয় ব্যবসায়ী সমিতির সভাপতি কামাল উদ্দিন বলেছেন, সেতু চালু হলে বাজারে পণ্য আনতে সময় অর্ধেক কমে যাবে।\n"
            "২০২২ সালে প্রথম এই সেতুর প্রস্তাব দেওয়া হয়েছিল।"
        ),
    },
    {
        "title": "নমুনা: বন্যা পরিস্থিতির উন্নতি, তবে সতর্কতা বহাল",
        "published": "2025-07-16",
        "text": (
            "নদীপুর, ১৬ জুলাই – টানা বৃষ্টির পর গত সপ্তাহে দেখা দেওয়া বন্যা পরিস্থিতির উন্নতি হয়েছে বলে জানিয়েছে "
            "জেলা দুর্যোগ ব্যবস্থাপনা কমিটি।\n"
            "কমিটির আহ্বায়ক ডা. শাহানা পারভীন বুধবার সাংবাদিকদের বলেন, “পানি কমছে, কিন্তু আমরা এখনই আশ্রয়কেন্দ্র বন্ধ করছি না।”\n"
            "নাম প্রকাশে অনিচ্ছুক এক কর্মকর্তা জানান, ত্রাণের চাল বিতরণে কয়েকটি ইউনিয়নে দেরি হয়েছে।\n"
            "আবহাওয়া অফিসের কর্মকর্তা তানভীর রহমান দাবি করেন, আগামী শুক্রবার থেকে আবার ভারী বৃষ্টি হতে পারে।"
        ),
    },
    {
        "title": "নমুনা: স্কুল ক্রিকেট লিগের ফাইনালে নদীপুর উচ্চ বিদ্যালয়",
        "published": "2025-11-21",
        "text": (
            "নদীপুর, ২১ নভেম্বর – জেলা স্কুল ক্রিকেট লিগের সেমিফাইনালে বৃহস্পতিবার নদীপুর উচ্চ বিদ্যালয় ৪৫ রানে জয় পেয়েছে।\n"
            "দলের অধিনায়ক সুমাইয়া ইসলাম ম্যাচ শেষে বলেন, “আমরা পুরো মৌসুম এই দিনের জন্য অনুশীলন করেছি।”\n"
            "কোচ জাহিদ হাসান জানিয়েছেন, ফাইনাল খেলা হবে ২৮ নভেম্বর জেলা স্টেডিয়ামে।\n"
            "“মেয়েদের এই সাফল্য পুরো এলাকার গর্ব,” বলেন প্রধান শিক্ষক মাহমুদা খাতুন।"
        ),
    },
    {
        "title": "নমুনা: হাসপাতালে নতুন ডায়ালাইসিস ইউনিট চালু",
        "published": "2025-12-02",
        "text": (
            "নদীপুর, ২ ডিসেম্বর – নদীপুর জেনারেল হাসপাতালে সোমবার ১০ শয্যার একটি ডায়ালাইসিস ইউনিট চালু হয়েছে।\n"
            "হাসপাতালের তত্ত্বাবধায়ক ডা. মাসুদ করিম বলেন, “আগে রোগীদের শহরের বাইরে যেতে হতো, এখন সেই কষ্ট কমবে।”\n"
            "রোগী কল্যাণ সমিতির এক সদস্য অভিযোগ করেন, ইউনিটে এখনো প্রশিক্ষিত নার্সের সংকট রয়েছে।\n"
            "ডা. মাসুদ করিম জানান, জানুয়ারি মাসে আরও চারজন নার্স যোগ দেবেন।"
        ),
    },
)


def has_samples(db: Database) -> bool:
    return db.conn.execute("SELECT 1 FROM articles WHERE is_sample = 1 LIMIT 1").fetchone() is not None


def load_samples(db: Database) -> IngestSummary:
    """Store the demo articles (already stored ones count as duplicates)."""
    records = [
        Record(f"sample {i}", s["text"], title=s["title"], outlet=SAMPLE_OUTLET, published=s["published"],
               external_id=f"sample-{i}", source_file="samples")
        for i, s in enumerate(SAMPLES, 1)
    ]
    return ingest_records(db, records, is_sample=True)


def remove_samples(db: Database) -> int:
    """Delete the demo articles (with their extraction rows and corrections) and the registry
    entities only they used; returns how many articles were removed."""
    with write(db):
        removed = db.conn.execute("DELETE FROM articles WHERE is_sample = 1").rowcount
        db.conn.execute(
            "DELETE FROM entities WHERE status = 'active' AND merged_into IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = entities.id) "
            "AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_entity_id = entities.id) "
            "AND NOT EXISTS (SELECT 1 FROM event_entities ee WHERE ee.entity_id = entities.id) "
            "AND NOT EXISTS (SELECT 1 FROM corrections c WHERE c.entity_id = entities.id) "
            "AND NOT EXISTS (SELECT 1 FROM entities m WHERE m.merged_into = entities.id)"
        )
    return int(removed)
