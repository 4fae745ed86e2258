#include "core/export/CsvWriter.h"
#include "core/ingest/CsvReader.h"

#include <QTest>

using namespace sift;

/// RFC 4180 writing, checked field by field and by reading the output back with the importer's CsvReader.
class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesWhatNeedsIt_data();
    void quotesWhatNeedsIt();
    void endsRecordsWithCrlf();
    void roundTripsThroughReader();
};

void TestCsvWriter::quotesWhatNeedsIt_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Halden") << QStringLiteral("Halden");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Kyiv, Ukraine") << QStringLiteral("\"Kyiv, Ukraine\"");
    QTest::newRow("quotes doubled") << QStringLiteral("He said \"no\"") << QStringLiteral("\"He said \"\"no\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("carriage return") << QStringLiteral("one\rtwo") << QStringLiteral("\"one\rtwo\"");
    QTest::newRow("edge spaces kept") << QStringLiteral(" padded ") << QStringLiteral("\" padded \"");
    QTest::newRow("unicode untouched") << QStringLiteral("Кремль 🔥 الهجوم") << QStringLiteral("Кремль 🔥 الهجوم");
}

void TestCsvWriter::quotesWhatNeedsIt()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::field(value), field);
}

void TestCsvWriter::endsRecordsWithCrlf()
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("a"), QStringLiteral("b")});
    csv.addRow({QString()});
    QCOMPARE(csv.text(), QStringLiteral("a,b\r\n\"\"\r\n"));
}

void TestCsvWriter::roundTripsThroughReader()
{
    const QList<QStringList> rows{
        {QStringLiteral("id"), QStringLiteral("notes"), QStringLiteral("last")},
        {QStringLiteral("1"), QStringLiteral("Commas, \"quotes\",\nand a second line"), QString()},
        {QStringLiteral("2"), QStringLiteral("para one\n\npara two"), QStringLiteral(" x ")},
        {QStringLiteral("3"), QStringLiteral("\"\""), QStringLiteral("🔥,👎")},
        {QString(), QString(), QString()},
    };
    CsvWriter csv;
    for (const QStringList &row : rows)
        csv.addRow(row);
    const CsvReader::Result read = CsvReader().read(QString::fromUtf8(csv.toUtf8()));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.rows, rows);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
