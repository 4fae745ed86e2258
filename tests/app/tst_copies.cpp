// Article ▸ Show Copies and Find This Claim in Copies in the real window, driven from the keyboard: real news copies
// imported through the window's importer, the copies listed most similar first, a copy opened with Enter, and a
// claim's quote found (and selected) in the copy that holds it, not offered in the one that was cut.
#include "app/MainWindow.h"

#include "core/domain/Claim.h"
#include "core/domain/TextOffsets.h"
#include "core/models/ArticleListModel.h"
#include "core/project/Project.h"
#include "support/FindChild.h"
#include "support/TestSupport.h"
#include "widgets/AnnotationPanel.h"
#include "widgets/ArticleReader.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>

#include <functional>

#include <memory>

using namespace sift;

namespace {

QStringList newsParagraphs(const QString &name)
{
    QFile file(QStringLiteral(SIFT_SHARED_DIR "/corpora/news/newspaper3k-text/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QString &p : QString::fromUtf8(file.readAll()).split(QStringLiteral("\n\n"))) {
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    }
    return out;
}

QByteArray record(const QString &title, const QString &outlet, const QStringList &paragraphs)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("title"), title},
                                     {QStringLiteral("outlet"), outlet},
                                     {QStringLiteral("body"), paragraphs.join(QStringLiteral("\n\n"))}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

} // namespace

class TestCopies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showCopiesListsAndOpensACopyFromTheKeyboard();
    void anArticleWithoutCopiesSaysSo();
    void findClaimInCopiesSelectsTheQuoteInTheCopy();
    void libraryContextMenuShowsCopiesOfTheRowClicked();
    void libraryContextMenuFindsTheCurrentClaimInCopies();

private:
    /// One entry of the library's right-click menu: its objectName and whether it could be chosen.
    struct MenuEntry {
        QString name;
        bool enabled = false;
    };
    qint64 idOf(const QString &title) const;
    /// Right-clicks the library row of articleId, as a mouse does (press, then the context menu event), and chooses
    /// the menu's action named choose. Returns the menu's entries as shown.
    QList<MenuEntry> chooseFromLibraryMenu(qint64 articleId, const QString &choose);
    QDialog *dialog(const QString &name) const;
    /// Opens a new claim on the first words of the original's last paragraph (in the reordered copy, cut from the
    /// trimmed one); Find This Claim in Copies is then enabled.
    void openClaimOnLastParagraph(QString &quote);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_original;
};

void TestCopies::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setInteractive(false);
}

void TestCopies::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().remove(QStringLiteral("windowState"));
    m_original = newsParagraphs(QStringLiteral("pewresearch.org1.txt"));
    const QStringList unrelated = newsParagraphs(QStringLiteral("nypost.com1.txt"));
    QVERIFY(m_original.size() >= 12 && unrelated.size() >= 12);
    QStringList reordered(m_original.crbegin(), m_original.crend());
    reordered.prepend(QStringLiteral("By Jane Roe, Wire Service"));
    const QStringList trimmed = m_original.mid(0, m_original.size() * 3 / 4);
    QFile file(m_dir->filePath(QStringLiteral("articles.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(record(QStringLiteral("Original"), QStringLiteral("Pew"), m_original) +
               record(QStringLiteral("Unrelated"), QStringLiteral("NY Post"), unrelated) +
               record(QStringLiteral("Reordered"), QStringLiteral("Wire"), reordered) +
               record(QStringLiteral("Trimmed"), QStringLiteral("Daily"), trimmed));
    file.close();

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_dir->filePath(QStringLiteral("c.sift")), true));
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QSignalSpy suggested(m_window.get(), &MainWindow::suggestingFinished);
    m_window->importPaths({file.fileName()});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).value<ImportSummary>().imported(), 4);
    // The background suggestion pass after the import refreshes the library when it ends: the tests click rows
    // only once it is over (on a busy host it used to end between a right click and its menu).
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(suggested.cbegin(), suggested.cend(),
                                         [](const QList<QVariant> &args) { return args.at(0).toInt() > 0; }),
                             20000);
}

void TestCopies::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

qint64 TestCopies::idOf(const QString &title) const
{
    const ArticleQuery q;
    for (const qint64 id : m_window->project()->articles().ids(q)) {
        if (m_window->project()->articles().article(id)->title == title)
            return id;
    }
    return 0;
}

QList<TestCopies::MenuEntry> TestCopies::chooseFromLibraryMenu(qint64 articleId, const QString &choose)
{
    QList<MenuEntry> entries;
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("libraryTable"));
    if (!table)
        return entries;
    QModelIndex index;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(ArticleListModel::IdRole).toLongLong() == articleId)
            index = table->model()->index(row, ArticleListModel::Title);
    }
    if (!index.isValid())
        return entries;
    const QPoint at = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::RightButton, {}, at);
    // The menu runs its own event loop: it is read and answered from inside it, once it shows.
    int attempts = 0;
    std::function<void()> answer = [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            if (++attempts < 200)
                QTimer::singleShot(10, answer);
            return;
        }
        QAction *chosen = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            entries << MenuEntry{a->objectName(), a->isEnabled()};
            if (a->objectName() == choose && a->isEnabled())
                chosen = a;
        }
        if (chosen) {
            menu->setActiveAction(chosen);
            QTest::keyClick(menu, Qt::Key_Return);
        } else {
            menu->close();
        }
    };
    QTimer::singleShot(0, answer);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &event);
    return entries;
}

void TestCopies::openClaimOnLastParagraph(QString &quote)
{
    const qint64 original = idOf(QStringLiteral("Original"));
    m_window->showArticle(original);
    // A quote from the last paragraph: the reordered copy has it, the trimmed copy was cut before it.
    quote = m_original.last().section(QLatin1Char(' '), 0, 11);
    const QString body = m_window->project()->articles().body(original);
    const qsizetype at = body.indexOf(quote);
    QVERIFY(at > 0);
    Claim claim;
    claim.articleId = original;
    claim.anchor = TextOffsets::anchorFor(body, at, at + quote.size());
    const qint64 claimId = m_window->project()->addClaim(claim);
    QVERIFY(claimId);
    m_window->openClaim(claimId);
    SIFT_CHILD(QAction, find, m_window.get(), "actionFindClaimInCopies");
    QTRY_VERIFY(find->isEnabled());
}

QDialog *TestCopies::dialog(const QString &name) const
{
    // A closed dialog may linger until its deferred delete: only a visible one counts.
    for (QDialog *d : m_window->findChildren<QDialog *>(name)) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

void TestCopies::showCopiesListsAndOpensACopyFromTheKeyboard()
{
    SIFT_CHILD(QAction, show, m_window.get(), "actionShowCopies");
    m_window->showArticle(idOf(QStringLiteral("Original")));
    QTRY_VERIFY(show->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QDialog *copies = nullptr;
    QTRY_VERIFY((copies = dialog(QStringLiteral("copiesDialog"))));
    SIFT_CHILD(QTableWidget, table, copies, "copiesDialogTable");
    // Most similar first: the reordered copy keeps every sentence, the trimmed one lost a quarter.
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Reordered"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Wire"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Trimmed"));
    const int first = table->item(0, 2)->text().chopped(1).toInt();
    const int second = table->item(1, 2)->text().chopped(1).toInt();
    QVERIFY2(first > second && second >= 40, qPrintable(QStringLiteral("%1 %2").arg(first).arg(second)));
    QCOMPARE(table->currentRow(), 0);
    QTRY_VERIFY(table->hasFocus());

    // Down, Enter: the trimmed copy opens in the reader and the dialog closes.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentRow(), 1);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(!dialog(QStringLiteral("copiesDialog")));
    const qint64 trimmed = idOf(QStringLiteral("Trimmed"));
    QCOMPARE(m_window->reader()->articleId(), trimmed);

    // From the copy, the others: the original and the reordered copy; Escape closes without opening anything.
    // (The offscreen platform does not hand activation back to the window when the dialog closes, as a desktop does.)
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY((copies = dialog(QStringLiteral("copiesDialog"))));
    SIFT_CHILD(QTableWidget, others, copies, "copiesDialogTable");
    QStringList titles;
    for (int row = 0; row < others->rowCount(); ++row)
        titles << others->item(row, 0)->text();
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("Original"), QStringLiteral("Reordered")}));
    QTest::keyClick(others, Qt::Key_Escape);
    QTRY_VERIFY(!dialog(QStringLiteral("copiesDialog")));
    QCOMPARE(m_window->reader()->articleId(), trimmed);
}

void TestCopies::anArticleWithoutCopiesSaysSo()
{
    SIFT_CHILD(QAction, show, m_window.get(), "actionShowCopies");
    m_window->showArticle(idOf(QStringLiteral("Unrelated")));
    QTRY_VERIFY(show->isEnabled());
    show->trigger();
    QVERIFY(!dialog(QStringLiteral("copiesDialog")));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("No copies of this article were found in the project."));
    // Without a claim, there is nothing to look for in the copies.
    SIFT_CHILD(QAction, find, m_window.get(), "actionFindClaimInCopies");
    QVERIFY(!find->isEnabled());
}

void TestCopies::findClaimInCopiesSelectsTheQuoteInTheCopy()
{
    QString quote;
    openClaimOnLastParagraph(quote);
    if (QTest::currentTestFailed())
        return;

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QDialog *copies = nullptr;
    QTRY_VERIFY((copies = dialog(QStringLiteral("claimCopiesDialog"))));
    SIFT_CHILD(QTableWidget, table, copies, "claimCopiesDialogTable");
    SIFT_CHILD(QPushButton, open, copies, "claimCopiesDialogOpen");
    SIFT_CHILD(QLabel, intro, copies, "claimCopiesDialogIntro");
    QVERIFY2(intro->text().contains(QLatin1String("in 1 of 2 copies")), qPrintable(intro->text()));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Reordered"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("found"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Trimmed"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("not found"));
    // A copy without the words cannot be opened at them.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentRow(), 1);
    QVERIFY(!open->isEnabled());
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(dialog(QStringLiteral("claimCopiesDialog")));
    QTest::keyClick(table, Qt::Key_Up);
    QVERIFY(open->isEnabled());
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(!dialog(QStringLiteral("claimCopiesDialog")));

    // The copy is open with the claim's words selected, ready for New Claim from Selection.
    const qint64 reordered = idOf(QStringLiteral("Reordered"));
    QCOMPARE(m_window->reader()->articleId(), reordered);
    const auto range = m_window->reader()->selectedBodyRange();
    QVERIFY(range.has_value());
    QCOMPARE(m_window->reader()->body().mid(range->first, range->second - range->first), quote);
}

void TestCopies::libraryContextMenuShowsCopiesOfTheRowClicked()
{
    // The reader shows the original; the right click is on the trimmed copy's row, and the copies listed are its own.
    m_window->showArticle(idOf(QStringLiteral("Original")));
    const qint64 trimmed = idOf(QStringLiteral("Trimmed"));
    const QList<MenuEntry> entries = chooseFromLibraryMenu(trimmed, QStringLiteral("actionShowCopies"));
    QCOMPARE(m_window->reader()->articleId(), trimmed);
    QStringList names;
    for (const MenuEntry &e : entries)
        names << e.name;
    QVERIFY2(names.contains(QStringLiteral("actionShowCopies")), qPrintable(names.join(u' ')));
    QVERIFY2(names.contains(QStringLiteral("actionFindClaimInCopies")), qPrintable(names.join(u' ')));
    // No claim is current: there is no quote to look for.
    for (const MenuEntry &e : entries) {
        if (e.name == QLatin1String("actionFindClaimInCopies"))
            QVERIFY(!e.enabled);
    }
    QDialog *copies = nullptr;
    QTRY_VERIFY((copies = dialog(QStringLiteral("copiesDialog"))));
    SIFT_CHILD(QTableWidget, table, copies, "copiesDialogTable");
    QCOMPARE(table->rowCount(), 2);
    QStringList titles{table->item(0, 0)->text(), table->item(1, 0)->text()};
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("Original"), QStringLiteral("Reordered")}));
    QCOMPARE(table->item(0, 1)->text(),
             table->item(0, 0)->text() == QLatin1String("Original") ? QStringLiteral("Pew") : QStringLiteral("Wire"));
}

void TestCopies::libraryContextMenuFindsTheCurrentClaimInCopies()
{
    const qint64 original = idOf(QStringLiteral("Original"));
    QString quote;
    openClaimOnLastParagraph(quote);
    if (QTest::currentTestFailed())
        return;

    // A right click on the claim's own article keeps the claim current, so the menu offers to look for it.
    chooseFromLibraryMenu(original, QStringLiteral("actionFindClaimInCopies"));
    QDialog *copies = nullptr;
    QTRY_VERIFY((copies = dialog(QStringLiteral("claimCopiesDialog"))));
    SIFT_CHILD(QTableWidget, table, copies, "claimCopiesDialogTable");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Reordered"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("found"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Trimmed"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("not found"));
}

QTEST_MAIN(TestCopies)
#include "tst_copies.moc"
