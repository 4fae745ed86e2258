#include "core/ingest/CsvReader.h"

#include <QTest>

using namespace sift;

using Rows = QList<QStringList>;

class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRows_data();
    void readsRows();
    void reportsRowLines();
    void keepsEmptyLinesWhenAsked();
    void reportsUnclosedQuote_data();
    void reportsUnclosedQuote();
    void guessesDelimiter_data();
    void guessesDelimiter();
};

void TestCsvReader::readsRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Rows>("rows");

    const QChar comma = QLatin1Char(',');
    QTest::newRow("simple") << QStringLiteral("a,b,c\n1,2,3\n") << comma
                            << Rows{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                    {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}};
    QTest::newRow("no final newline") << QStringLiteral("a,b\n1,2") << comma
                                      << Rows{{QStringLiteral("a"), QStringLiteral("b")},
                                              {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("CRLF records") << QStringLiteral("a,b\r\n1,2\r\n") << comma
                                  << Rows{{QStringLiteral("a"), QStringLiteral("b")},
                                          {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("lone CR records") << QStringLiteral("a,b\r1,2\r") << comma
                                     << Rows{{QStringLiteral("a"), QStringLiteral("b")},
                                             {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("quoted comma") << QStringLiteral("\"Kyiv, Ukraine\",x") << comma
                                  << Rows{{QStringLiteral("Kyiv, Ukraine"), QStringLiteral("x")}};
    QTest::newRow("doubled quotes") << QStringLiteral("\"He said \"\"no\"\".\",y") << comma
                                    << Rows{{QStringLiteral("He said \"no\"."), QStringLiteral("y")}};
    QTest::newRow("quoted CRLF becomes LF") << QStringLiteral("\"line one\r\nline two\",z\r\nnext,row") << comma
                                            << Rows{{QStringLiteral("line one\nline two"), QStringLiteral("z")},
                                                    {QStringLiteral("next"), QStringLiteral("row")}};
    QTest::newRow("quoted blank line") << QStringLiteral("\"para one\n\npara two\"") << comma
                                       << Rows{{QStringLiteral("para one\n\npara two")}};
    QTest::newRow("empty fields") << QStringLiteral(",a,,\n") << comma
                                  << Rows{{QString(), QStringLiteral("a"), QString(), QString()}};
    QTest::newRow("empty quoted field") << QStringLiteral("\"\",b") << comma << Rows{{QString(), QStringLiteral("b")}};
    QTest::newRow("blank lines skipped") << QStringLiteral("a\n\n\nb\n") << comma
                                         << Rows{{QStringLiteral("a")}, {QStringLiteral("b")}};
    QTest::newRow("stray quote inside unquoted field kept")
        << QStringLiteral("5\" screen,ok") << comma << Rows{{QStringLiteral("5\" screen"), QStringLiteral("ok")}};
    QTest::newRow("text after closing quote kept")
        << QStringLiteral("\"a\"b,c") << comma << Rows{{QStringLiteral("ab"), QStringLiteral("c")}};
    QTest::newRow("spaces are data") << QStringLiteral(" a , b ") << comma
                                     << Rows{{QStringLiteral(" a "), QStringLiteral(" b ")}};
    QTest::newRow("semicolon delimiter") << QStringLiteral("a;\"b;c\"\n1;2") << QChar(QLatin1Char(';'))
                                         << Rows{{QStringLiteral("a"), QStringLiteral("b;c")},
                                                 {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("tab delimiter") << QStringLiteral("a\tb,c\n") << QChar(QLatin1Char('\t'))
                                   << Rows{{QStringLiteral("a"), QStringLiteral("b,c")}};
    QTest::newRow("Arabic and emoji") << QStringLiteral("\u062F\u0645\u0634\u0642,\U0001F600") << comma
                                      << Rows{{QStringLiteral("\u062F\u0645\u0634\u0642"),
                                               QStringLiteral("\U0001F600")}};
    QTest::newRow("empty text") << QString() << comma << Rows{};
}

void TestCsvReader::readsRows()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QFETCH(Rows, rows);

    const CsvReader::Result result = CsvReader(delimiter).read(text);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows, rows);
    QCOMPARE(result.rowLines.size(), rows.size());
}

void TestCsvReader::reportsRowLines()
{
    const QString text = QStringLiteral("h1,h2\r\n\"multi\r\nline\r\nfield\",x\r\n\r\nlast,row\r\n");
    const CsvReader::Result result = CsvReader().read(text);
    QVERIFY(result.ok());
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rowLines, (QList<int>{1, 2, 6}));
    QCOMPARE(result.rows[1].first(), QStringLiteral("multi\nline\nfield"));
}

void TestCsvReader::keepsEmptyLinesWhenAsked()
{
    CsvReader reader;
    reader.setSkipEmptyLines(false);
    const CsvReader::Result result = reader.read(QStringLiteral("a\n\nb\n"));
    QCOMPARE(result.rows, (Rows{{QStringLiteral("a")}, {QString()}, {QStringLiteral("b")}}));
    QCOMPARE(result.rowLines, (QList<int>{1, 2, 3}));
}

void TestCsvReader::reportsUnclosedQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");

    QTest::newRow("first line") << QStringLiteral("\"never closed,a\nb,c\n") << 1;
    QTest::newRow("third line") << QStringLiteral("h1,h2\nx,y\nz,\"open\n\nstill open") << 3;
}

void TestCsvReader::reportsUnclosedQuote()
{
    QFETCH(QString, text);
    QFETCH(int, line);

    const CsvReader::Result result = CsvReader().read(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorLine, line);
    QCOMPARE(result.error,
             QStringLiteral("a quoted field that starts on line %1 is never closed").arg(QString::number(line)));
}

void TestCsvReader::guessesDelimiter_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("comma") << QStringLiteral("title,body,url") << QChar(QLatin1Char(','));
    QTest::newRow("semicolon") << QStringLiteral("title;body;url") << QChar(QLatin1Char(';'));
    QTest::newRow("tab") << QStringLiteral("title\tbody\turl") << QChar(QLatin1Char('\t'));
    QTest::newRow("commas inside quotes ignored") << QStringLiteral("\"a,b,c\";d;e") << QChar(QLatin1Char(';'));
    QTest::newRow("only first line counts") << QStringLiteral("a,b\nc;d;e;f") << QChar(QLatin1Char(','));
    QTest::newRow("tie goes to comma") << QStringLiteral("a,b;c") << QChar(QLatin1Char(','));
    QTest::newRow("no delimiter") << QStringLiteral("title") << QChar(QLatin1Char(','));
}

void TestCsvReader::guessesDelimiter()
{
    QFETCH(QString, line);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::guessDelimiter(line), delimiter);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
