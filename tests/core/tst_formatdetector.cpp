#include "core/ingest/FormatDetector.h"

#include <QTest>

using namespace sift;

class TestFormatDetector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data();
    void detects();
};

void TestFormatDetector::detects_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<InputFormat>("format");

    const QString scraped =
        QStringLiteral("Headline\n\nA photo. (Reuters)\nA photo. (Reuters)\nTT\n20\n\nHeadline\n\nBody.");
    const QString plain = QStringLiteral("Headline\n\nFirst paragraph.\n\nSecond paragraph.");
    const QString json = QStringLiteral("[{\"title\": \"A\"}]");
    const QString csv = QStringLiteral("title,body\nA,a\n");

    QTest::newRow(".json by extension, even if prose") << QStringLiteral("feed.json") << plain << InputFormat::Json;
    QTest::newRow(".JSONL upper case") << QStringLiteral("/x/FEED.JSONL") << plain << InputFormat::Json;
    QTest::newRow(".ndjson") << QStringLiteral("feed.ndjson") << json << InputFormat::Json;
    QTest::newRow(".csv by extension") << QStringLiteral("export.csv") << plain << InputFormat::Csv;
    QTest::newRow(".tsv by extension") << QStringLiteral("export.tsv") << plain << InputFormat::Csv;
    QTest::newRow(".txt scraped") << QStringLiteral("aawsat.txt") << scraped << InputFormat::Scraped;
    QTest::newRow(".txt plain") << QStringLiteral("story.txt") << plain << InputFormat::Text;
    QTest::newRow("no extension scraped") << QStringLiteral("aawsat") << scraped << InputFormat::Scraped;
    QTest::newRow("no extension plain") << QStringLiteral("story") << plain << InputFormat::Text;
    QTest::newRow("no extension JSON") << QStringLiteral("dump") << json << InputFormat::Json;
    QTest::newRow("JSON Lines without extension")
        << QString() << QStringLiteral("{\"title\":\"A\"}\n{\"title\":\"B\"}") << InputFormat::Json;
    QTest::newRow("CSV saved as .txt") << QStringLiteral("export.txt") << csv << InputFormat::Csv;
    QTest::newRow("unknown extension plain") << QStringLiteral("story.dat") << plain << InputFormat::Text;
    QTest::newRow("prose starting with a bracket")
        << QStringLiteral("note.txt") << QStringLiteral("[Updated] Headline\n\nBody.") << InputFormat::Text;
    // Large files: the detector first reads a prefix of whole articles, and the whole text when that does not tell.
    const QString story = QStringLiteral("Story headline\n\nA paragraph of plain prose, long enough to fill.\n\n\n");
    const QString manyPlain = story.repeated(3000); // ~150,000 characters
    QTest::newRow("large scraped file") << QStringLiteral("big.txt")
                                        << (scraped + QStringLiteral("\n\n\n")).repeated(2000) << InputFormat::Scraped;
    QTest::newRow("large plain file") << QStringLiteral("big.txt") << manyPlain << InputFormat::Text;
    QTest::newRow("large file, scraped articles only past the prefix")
        << QStringLiteral("big.txt") << manyPlain + (scraped + QStringLiteral("\n\n\n")).repeated(3)
        << InputFormat::Scraped;
    QTest::newRow("prose with commas in first line")
        << QStringLiteral("note.txt") << QStringLiteral("Title, body and more\n\nBody.") << InputFormat::Text;
}

void TestFormatDetector::detects()
{
    QFETCH(QString, fileName);
    QFETCH(QString, text);
    QFETCH(InputFormat, format);
    QCOMPARE(FormatDetector::detect(fileName, text), format);
}

QTEST_GUILESS_MAIN(TestFormatDetector)
#include "tst_formatdetector.moc"
