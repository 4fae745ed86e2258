#include "core/ingest/TextDecoder.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace sift;

namespace {

QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes += char(c.unicode() & 0xFF);
        bytes += char(c.unicode() >> 8);
    }
    return bytes;
}

QByteArray utf16be(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes += char(c.unicode() >> 8);
        bytes += char(c.unicode() & 0xFF);
    }
    return bytes;
}

} // namespace

class TestTextDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesText_data();
    void decodesText();
    void refusesInput_data();
    void refusesInput();
    void tellsBinaryFromText_data();
    void tellsBinaryFromText();
    void mapsWindows1252HighBytes_data();
    void mapsWindows1252HighBytes();
    void readsDataFiles_data();
    void readsDataFiles();
};

void TestTextDecoder::decodesText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("warnings");

    const QString arabic = QStringLiteral("\u062F\u0645\u0634\u0642 (CNN) -- \u0623\u0643\u062F\u062A");
    QTest::newRow("plain ASCII") << QByteArray("Title\n\nBody.") << QStringLiteral("Title\n\nBody.")
                                 << QStringLiteral("UTF-8") << 0;
    QTest::newRow("UTF-8 Arabic") << arabic.toUtf8() << arabic << QStringLiteral("UTF-8") << 0;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBFTitle\n") << QStringLiteral("Title\n")
                                    << QStringLiteral("UTF-8") << 0;
    QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE", 2) + utf16le(arabic) << arabic
                                       << QStringLiteral("UTF-16LE") << 0;
    QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF", 2) + utf16be(arabic) << arabic
                                       << QStringLiteral("UTF-16BE") << 0;
    QTest::newRow("UTF-32LE with BOM") << QByteArray("\xFF\xFE\x00\x00H\x00\x00\x00i\x00\x00\x00", 12)
                                       << QStringLiteral("Hi") << QStringLiteral("UTF-32LE") << 0;
    QTest::newRow("UTF-16LE without BOM") << utf16le(QStringLiteral("Kremlin says\r\n"))
                                          << QStringLiteral("Kremlin says\n") << QStringLiteral("UTF-16LE") << 1;
    QTest::newRow("Windows-1252 quotes and dash")
        << QByteArray("\x93Quoted\x94 \x97 caf\xE9 \x80")
        << QStringLiteral("\u201CQuoted\u201D \u2014 caf\u00E9 \u20AC") << QStringLiteral("Windows-1252") << 1;
    QTest::newRow("UTF-8 BOM but invalid UTF-8")
        << QByteArray("\xEF\xBB\xBF\x93Hi\x94") << QStringLiteral("\u201CHi\u201D") << QStringLiteral("Windows-1252")
        << 1;
    QTest::newRow("CRLF to LF") << QByteArray("a\r\nb\r\n\r\nc") << QStringLiteral("a\nb\n\nc")
                                << QStringLiteral("UTF-8") << 0;
    QTest::newRow("lone CR to LF") << QByteArray("a\rb\r\rc") << QStringLiteral("a\nb\n\nc") << QStringLiteral("UTF-8")
                                   << 0;
    QTest::newRow("line separator to LF") << QByteArray("a\xE2\x80\xA8"
                                                        "b")
                                          << QStringLiteral("a\nb") << QStringLiteral("UTF-8") << 0;
    QTest::newRow("paragraph separator to a blank line") << QByteArray("a\xE2\x80\xA9"
                                                                       "b")
                                                         << QStringLiteral("a\n\nb") << QStringLiteral("UTF-8") << 0;
    QTest::newRow("decomposed to NFC") << QByteArray("Jose\xCC\x81") << QStringLiteral("Jos\u00E9")
                                       << QStringLiteral("UTF-8") << 0;
    QTest::newRow("one stray control char is still text")
        << QByteArray("Headline\n\nA long enough paragraph of ordinary text.\x1A")
        << QStringLiteral("Headline\n\nA long enough paragraph of ordinary text.\x1A") << QStringLiteral("UTF-8") << 0;
}

void TestTextDecoder::decodesText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(int, warnings);

    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.text, text);
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.warnings.size(), warnings);
}

void TestTextDecoder::refusesInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    const QString empty = QStringLiteral("the file is empty");
    const QString binary = QStringLiteral("binary data, not text");
    QTest::newRow("no bytes") << QByteArray() << empty;
    QTest::newRow("whitespace only") << QByteArray(" \r\n\t\n  \n") << empty;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << empty;
    QTest::newRow("UTF-16 BOM and spaces") << QByteArray("\xFF\xFE \x00\n\x00", 6) << empty;
    QTest::newRow("NUL byte in UTF-8") << QByteArray("Title\n\0Body", 11) << binary;
    QTest::newRow("mostly control characters") << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08"
                                                             "abc")
                                               << binary;
    QTest::newRow("NUL in Windows-1252") << QByteArray("\x93x\x94\0\0", 5) << binary;
}

void TestTextDecoder::refusesInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QVERIFY(result.text.isEmpty());
}

void TestTextDecoder::tellsBinaryFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("binary");

    const auto repeated = [](char16_t c, int n) { return QString(n, QChar(c)); };
    QTest::newRow("plain text") << QStringLiteral("Title\n\nBody text.") << false;
    QTest::newRow("one NUL anywhere") << QStringLiteral("Title") + QChar(0) + repeated(u'a', 1000) << true;
    QTest::newRow("tab, line feed, vertical tab, form feed, return")
        << QStringLiteral("a\t\n\v\f\r\t\n\v\f\rb") << false;
    QTest::newRow("C0 controls, more than a tenth") << repeated(0x01, 2) + repeated(u'a', 17) << true;
    QTest::newRow("C0 controls, a tenth") << repeated(0x1f, 2) + repeated(u'a', 18) << false;
    QTest::newRow("DEL") << repeated(0x7f, 3) + QStringLiteral("abc") << true;
    QTest::newRow("C1 controls") << repeated(0x80, 2) + repeated(0x9f, 2) + QStringLiteral("abc") << true;
    QTest::newRow("no-break spaces are text") << repeated(0xa0, 10) + QStringLiteral("a") << false;
    QTest::newRow("line and paragraph separators are text") << repeated(0x2028, 5) + repeated(0x2029, 5) << false;
}

void TestTextDecoder::tellsBinaryFromText()
{
    QFETCH(QString, text);
    QFETCH(bool, binary);
    QCOMPARE(TextDecoder::looksBinary(text), binary);
}

void TestTextDecoder::mapsWindows1252HighBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("euro") << QByteArray("\x80") << QStringLiteral("\u20AC");
    QTest::newRow("low-9 quote") << QByteArray("\x82") << QStringLiteral("\u201A");
    QTest::newRow("ellipsis") << QByteArray("\x85") << QStringLiteral("\u2026");
    QTest::newRow("S caron") << QByteArray("\x8A") << QStringLiteral("\u0160");
    QTest::newRow("apostrophe") << QByteArray("\x92") << QStringLiteral("\u2019");
    QTest::newRow("en dash") << QByteArray("\x96") << QStringLiteral("\u2013");
    QTest::newRow("trade mark") << QByteArray("\x99") << QStringLiteral("\u2122");
    QTest::newRow("Y diaeresis") << QByteArray("\x9F") << QStringLiteral("\u0178");
    QTest::newRow("undefined 0x81 stays C1") << QByteArray("\x81") << QStringLiteral("\u0081");
    QTest::newRow("Latin-1 range") << QByteArray("\xA0\xE9\xFF") << QStringLiteral("\u00A0\u00E9\u00FF");
    QTest::newRow("ASCII") << QByteArray("Abc 1") << QStringLiteral("Abc 1");
}

void TestTextDecoder::mapsWindows1252HighBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(TextDecoder::fromWindows1252(bytes), text);
}

void TestTextDecoder::readsDataFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("startsWith");
    QTest::addColumn<QString>("error");

    QTest::newRow("scraped CRLF with BOM") << QStringLiteral("ingest/scraped-crlf-bom.txt") << QStringLiteral("UTF-8")
                                           << QStringLiteral("Sudan's Army Says") << QString();
    QTest::newRow("UTF-16LE with BOM") << QStringLiteral("ingest/utf16le-bom.txt") << QStringLiteral("UTF-16LE")
                                       << QStringLiteral("\u0627\u0644\u0643\u0631\u0645\u0644\u064A\u0646")
                                       << QString();
    QTest::newRow("Windows-1252") << QStringLiteral("ingest/windows-1252.txt") << QStringLiteral("Windows-1252")
                                  << QStringLiteral("Eurozone Ministers Back \u20AC2") << QString();
    QTest::newRow("PNG image") << QStringLiteral("ingest/binary.png") << QString() << QString()
                               << QStringLiteral("binary data, not text");
    QTest::newRow("empty file") << QStringLiteral("ingest/empty.txt") << QString() << QString()
                                << QStringLiteral("the file is empty");
}

void TestTextDecoder::readsDataFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, startsWith);
    QFETCH(QString, error);

    const QByteArray bytes = test::readFile(test::dataPath(file));
    QVERIFY(!bytes.isEmpty() || file.endsWith(QLatin1String("empty.txt")));
    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QCOMPARE(result.error, error);
    if (!error.isEmpty())
        return;
    QCOMPARE(result.encoding, encoding);
    QVERIFY2(result.text.startsWith(startsWith), qPrintable(result.text.left(60)));
    QVERIFY(!result.text.contains(QLatin1Char('\r')));
    QVERIFY(!result.text.contains(QChar(0xFEFF)));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
