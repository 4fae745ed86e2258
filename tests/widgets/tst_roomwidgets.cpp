#include "widgets/LibraryView.h"
#include "widgets/SearchPattern.h"
#include "widgets/SnippetDelegate.h"

#include <QTest>

using namespace sift;

/// The small pieces behind the room-to-work views: search terms found in text, snippets in bold, the natural
/// order of outlets, and a timeline period in words.
class TestRoomWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchPatternFindsTheQueryWords_data();
    void searchPatternFindsTheQueryWords();
    void snippetMarkupBecomesBold();
    void naturalOrder_data();
    void naturalOrder();
    void periodLabels_data();
    void periodLabels();
};

void TestRoomWidgets::searchPatternFindsTheQueryWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("matches");
    const QString text = QStringLiteral("Drones hit the depot; the drone operator could neither confirm nor deny it.");
    QTest::newRow("word, whole words only") << QStringLiteral("drone") << text << QStringList{QStringLiteral("drone")};
    QTest::newRow("prefix") << QStringLiteral("drone*") << text
                            << QStringList{QStringLiteral("Drones"), QStringLiteral("drone")};
    QTest::newRow("phrase across spaces")
        << QStringLiteral("\"neither confirm\"") << text << QStringList{QStringLiteral("neither confirm")};
    QTest::newRow("operators are not words") << QStringLiteral("depot AND NOT operator") << text
                                             << QStringList{QStringLiteral("depot"), QStringLiteral("operator")};
    QTest::newRow("column filter names a column")
        << QStringLiteral("title:depot") << text << QStringList{QStringLiteral("depot")};
    QTest::newRow("regex characters are text")
        << QStringLiteral("(depot") << text << QStringList{QStringLiteral("depot")};
    QTest::newRow("nothing to find") << QStringLiteral("\"\" AND") << text << QStringList{};
}

void TestRoomWidgets::searchPatternFindsTheQueryWords()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QStringList, matches);
    const QRegularExpression pattern = searchPattern(query);
    QStringList found;
    if (!pattern.pattern().isEmpty()) {
        QVERIFY(pattern.isValid());
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            found << it.next().captured();
    }
    QCOMPARE(found, matches);
}

void TestRoomWidgets::snippetMarkupBecomesBold()
{
    QCOMPARE(SnippetDelegate::toHtml(QStringLiteral("…the «drone» hit <b>«Pellan»…")),
             QStringLiteral("…the <b>drone</b> hit &lt;b&gt;<b>Pellan</b>…"));
    QCOMPARE(SnippetDelegate::toHtml(QStringLiteral("open «end")), QStringLiteral("open <b>end</b>"));
    QCOMPARE(SnippetDelegate::focused(QStringLiteral("…on Thursday after both sides reported «drone» strikes")),
             QStringLiteral("…both sides reported «drone» strikes"));
    QCOMPARE(SnippetDelegate::focused(QStringLiteral("a «b» c")), QStringLiteral("a «b» c"));
    QCOMPARE(SnippetDelegate::toPlain(QStringLiteral("the «drone» hit")), QStringLiteral("the drone hit"));
}

void TestRoomWidgets::naturalOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("less");
    QTest::newRow("2 before 10") << QStringLiteral("Outlet 2") << QStringLiteral("Outlet 10") << true;
    QTest::newRow("10 after 2") << QStringLiteral("Outlet 10") << QStringLiteral("Outlet 2") << false;
    QTest::newRow("case aside") << QStringLiteral("outlet 1") << QStringLiteral("Outlet 2") << true;
    QTest::newRow("leading zeros") << QStringLiteral("Desk 007") << QStringLiteral("Desk 8") << true;
    QTest::newRow("letters") << QStringLiteral("AP") << QStringLiteral("Reuters") << true;
    QTest::newRow("prefix first") << QStringLiteral("Outlet") << QStringLiteral("Outlet 1") << true;
}

void TestRoomWidgets::naturalOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, less);
    QCOMPARE(LibraryView::naturalLess(a, b), less);
}

void TestRoomWidgets::periodLabels_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("label");
    QTest::newRow("day") << QDate(2025, 3, 16) << QDate(2025, 3, 16) << QStringLiteral("2025-03-16");
    QTest::newRow("ISO week") << QDate(2025, 3, 10) << QDate(2025, 3, 16) << QStringLiteral("week 2025-W11");
    QTest::newRow("week of the year before")
        << QDate(2024, 12, 30) << QDate(2025, 1, 5) << QStringLiteral("week 2025-W01");
    QTest::newRow("year") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << QStringLiteral("2025");
    QTest::newRow("any range") << QDate(2025, 3, 3) << QDate(2025, 3, 20) << QStringLiteral("2025-03-03 to 2025-03-20");
}

void TestRoomWidgets::periodLabels()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, label);
    QCOMPARE(LibraryView::periodLabel(from, to), label);
}

QTEST_MAIN(TestRoomWidgets)
#include "tst_roomwidgets.moc"
