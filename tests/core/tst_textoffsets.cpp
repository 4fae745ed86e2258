#include "core/domain/TextOffsets.h"

#include <QTest>

using namespace sift;

class TestTextOffsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codePoints_data();
    void codePoints();
    void anchorRoundTrip_data();
    void anchorRoundTrip();
    void contextIsThirtyTwoCodePoints();
    void reanchorAfterEdit();
    void reanchorPicksBestOccurrence();
    void orphanedWhenQuoteGone();
};

void TestTextOffsets::codePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("utf16");
    QTest::addColumn<int>("codePoints");
    QTest::newRow("ascii") << QStringLiteral("abc def") << 4 << 4;
    QTest::newRow("after one emoji") << QStringLiteral("a😀b") << 3 << 2;
    QTest::newRow("two emoji") << QStringLiteral("😀😀x") << 4 << 2;
    QTest::newRow("arabic is BMP") << QStringLiteral("قال المتحدث") << 3 << 3;
    QTest::newRow("end") << QStringLiteral("x😀") << 3 << 2;
}

void TestTextOffsets::codePoints()
{
    QFETCH(QString, text);
    QFETCH(int, utf16);
    QFETCH(int, codePoints);
    QCOMPARE(TextOffsets::toCodePoints(text, utf16), qint64(codePoints));
    QCOMPARE(TextOffsets::toUtf16(text, codePoints), qsizetype(utf16));
}

void TestTextOffsets::anchorRoundTrip_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("startCp");
    QTest::newRow("plain") << QStringLiteral("The Kremlin said it could neither confirm nor deny.")
                           << QStringLiteral("neither confirm nor deny") << 26;
    QTest::newRow("emoji before") << QStringLiteral("🔥🚒 Fire at the depot 🙏 says governor")
                                  << QStringLiteral("says governor") << 23;
    QTest::newRow("arabic") << QStringLiteral("He said: «لم نطلق النار» and left.") << QStringLiteral("لم نطلق النار")
                            << 10;
}

void TestTextOffsets::anchorRoundTrip()
{
    QFETCH(QString, body);
    QFETCH(QString, quote);
    QFETCH(int, startCp);
    const auto anchor = TextOffsets::anchorForQuote(body, quote);
    QVERIFY(anchor);
    QCOMPARE(anchor->start, qint64(startCp));
    QCOMPARE(anchor->end - anchor->start, TextOffsets::codePointLength(quote));
    QCOMPARE(TextOffsets::slice(body, anchor->start, anchor->end), quote);
    QCOMPARE(anchor->quote, quote);
}

void TestTextOffsets::contextIsThirtyTwoCodePoints()
{
    const QString body = QString(40, QLatin1Char('a')) + QStringLiteral("😀QUOTE😀") + QString(40, QLatin1Char('b'));
    const auto anchor = TextOffsets::anchorForQuote(body, QStringLiteral("QUOTE"));
    QVERIFY(anchor);
    QCOMPARE(TextOffsets::codePointLength(anchor->prefix), qint64(32));
    QVERIFY(anchor->prefix.endsWith(QStringLiteral("😀")));
    QCOMPARE(TextOffsets::codePointLength(anchor->suffix), qint64(32));
    QVERIFY(anchor->suffix.startsWith(QStringLiteral("😀b")));
}

void TestTextOffsets::reanchorAfterEdit()
{
    const QString before = QStringLiteral("Armenia's defense ministry said the statement was untrue.");
    const auto anchor = TextOffsets::anchorForQuote(before, QStringLiteral("the statement was untrue"));
    QVERIFY(anchor);
    const QString after = QStringLiteral("On Monday, ") + before;
    const auto moved = TextOffsets::reanchor(after, *anchor);
    QVERIFY(moved);
    QCOMPARE(moved->start, anchor->start + 11);
    QCOMPARE(TextOffsets::slice(after, moved->start, moved->end), anchor->quote);
}

void TestTextOffsets::reanchorPicksBestOccurrence()
{
    const QString body = QStringLiteral("Baku said it was untrue. Later, Yerevan said it was untrue as well.");
    const auto second = TextOffsets::anchorForQuote(body, QStringLiteral("said it was untrue"), 2);
    QVERIFY(second);
    const QString edited = QStringLiteral("Note: ") + body;
    const auto moved = TextOffsets::reanchor(edited, *second);
    QVERIFY(moved);
    QVERIFY(moved->prefix.endsWith(QStringLiteral("Yerevan ")));
}

void TestTextOffsets::orphanedWhenQuoteGone()
{
    const auto anchor = TextOffsets::anchorForQuote(QStringLiteral("one two three"), QStringLiteral("two"));
    QVERIFY(anchor);
    QVERIFY(!TextOffsets::reanchor(QStringLiteral("one three"), *anchor));
}

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
