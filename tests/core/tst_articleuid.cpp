#include "core/domain/Article.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace sift;
using namespace Qt::StringLiterals;

namespace {

/// The stored definition, written the slow and obvious way. Every project's uids were made by it.
QString reference(const QString &title, const QString &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(title.simplified().toCaseFolded().toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(body.simplified().toCaseFolded().toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString fromUcs4(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

} // namespace

class TestArticleUid final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownValues_data();
    void knownValues();
    void matchesDefinitionForEveryCodePoint();
    void matchesDefinitionOnRandomText();
    void ignoresCaseAndWhitespace();
};

void TestArticleUid::knownValues_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("uid");

    // Expected values: SHA-1 of the normalized text written out by hand, hashed outside Sift (Python hashlib).
    QTest::newRow("ascii") << u"  Kremlin NEITHER\tconfirms "_s << u"The Kremlin said\n\non Monday."_s
                           << u"af85d1c23c9a648412f5c59be04bcdf48b78e0fb"_s;
    QTest::newRow("simple folding only") << u"Straße\u00a0NEWS"_s << u"\u03a3\u0391\u03a3  body\u2028line\n"_s
                                         << u"cb782a15300c271a5b30b5b712def43de21122b4"_s;
}

void TestArticleUid::knownValues()
{
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QString, uid);
    QCOMPARE(articleUid(title, body), uid);
    QCOMPARE(reference(title, body), uid);
}

void TestArticleUid::matchesDefinitionForEveryCodePoint()
{
    // Every code point but the surrogates, 64 to a body, each next to upper-case ASCII and a space.
    QString body;
    int checked = 0;
    for (char32_t c = 0; c <= 0x10ffff; ++c) {
        if (QChar::isSurrogate(c))
            continue;
        body += u'X' + fromUcs4(c) + u' ';
        if (++checked % 64 == 0 || c == 0x10ffff) {
            const QString title = fromUcs4(c) + u"Title"_s;
            QVERIFY2(
                articleUid(title, body) == reference(title, body),
                qPrintable(u"differs in the 64 code points before U+%1"_s.arg(qulonglong(c), 4, 16, QLatin1Char('0'))));
            body.clear();
        }
    }
    QCOMPARE(checked, 0x110000 - 0x800);
}

void TestArticleUid::matchesDefinitionOnRandomText()
{
    const QList<QString> pieces = {
        u"a"_s,
        u"Z"_s,
        u"Kremlin"_s,
        u" "_s,
        u"  "_s,
        u"\t"_s,
        u"\n"_s,
        u"\n\n"_s,
        u"\r\n"_s,
        u"\v"_s,
        u"\f"_s,
        u"\u0085"_s,
        u"\u00a0"_s,
        u"\u1680"_s,
        u"\u2003"_s,
        u"\u2028"_s,
        u"\u2029"_s,
        u"\u202f"_s,
        u"\u3000"_s,
        u"\u200b"_s,
        u"\u00df"_s,
        u"\u1e9e"_s,
        u"\u03a3"_s,
        u"\u03c2"_s,
        u"\u0130"_s,
        u"\u0131"_s,
        u"\u212a"_s,
        u"\ufb01"_s,
        u"\u0301"_s,
        u"\u0627\u0644\u062e\u0628\u0631"_s,
        u"\u041c\u041e\u0421\u041a\u0412\u0410"_s,
        u"\u201cquoted\u201d"_s,
        fromUcs4(0x10400),
        fromUcs4(0x1f600),
        fromUcs4(0x1e900),
        QString(QChar(0xd83d)),
        QString(QChar(0xde00)),
        u"\u0000"_s,
        u"\u00ff"_s,
        u"\uffff"_s,
    };
    QRandomGenerator random(20261125);
    const auto randomText = [&] {
        QString text;
        const int n = random.bounded(0, 40);
        for (int i = 0; i < n; ++i)
            text += pieces[random.bounded(int(pieces.size()))];
        return text;
    };
    for (int i = 0; i < 5000; ++i) {
        const QString title = randomText();
        const QString body = randomText();
        QVERIFY2(articleUid(title, body) == reference(title, body),
                 qPrintable(u"title %1, body %2"_s.arg(QString::fromLatin1(title.toUtf8().toHex()),
                                                       QString::fromLatin1(body.toUtf8().toHex()))));
    }
}

void TestArticleUid::ignoresCaseAndWhitespace()
{
    const QString uid = articleUid(u"Ceasefire talks resume"_s, u"Talks resumed.\n\nOfficials said so."_s);
    QCOMPARE(articleUid(u" CEASEFIRE  Talks\u00a0resume\t"_s, u"talks resumed. officials SAID so."_s), uid);
    QVERIFY(articleUid(u"Ceasefire talks resumed"_s, u"Talks resumed.\n\nOfficials said so."_s) != uid);
    QVERIFY(articleUid(u"Ceasefire talks"_s, u"resume Talks resumed.\n\nOfficials said so."_s) != uid);
}

QTEST_GUILESS_MAIN(TestArticleUid)
#include "tst_articleuid.moc"
