#include "app/MainWindow.h"
#include "core/domain/TextOffsets.h"
#include "core/ingest/ArticleParser.h"
#include "core/project/Project.h"
#include "support/TestSupport.h"
#include "widgets/AnnotationPanel.h"
#include "widgets/ArticleReader.h"
#include "widgets/Dialogs.h"
#include "widgets/IncidentDialog.h"
#include "widgets/LibraryView.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSpontaneKeyEvent>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace sift;

namespace {

/// One notch of the mouse wheel over the middle of a widget, delivered as the window system delivers it
/// (spontaneous, through notify() as QTest does for keys; sendEvent() would clear the flag): Qt then gives
/// wheel focus and passes an ignored event on to the parent.
void wheel(QWidget *widget, int delta)
{
    const QPointF pos = QRectF(widget->rect()).center();
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&event);
    QApplication::instance()->notify(widget, &event);
}

QString valueOf(const QWidget *widget)
{
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return QStringLiteral("%1 %2").arg(combo->currentIndex()).arg(combo->currentText());
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
        return spin->text();
    return {};
}

/// Every combo box and spin box under root that a user could point at.
QList<QWidget *> valueEditors(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool editor = qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w);
        if (editor && w->isEnabled() && w->isVisible())
            out << w;
    }
    return out;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

/// Point 4 of issue 11 through the real window: the mouse wheel, Alt+Down and an article edit never
/// change what the analyst did not mean to change.
class TestDeskSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wheelOverEveryEditorChangesNothing();
    void wheelScrollsTheClaimEditorInstead();
    void focusedBoxStillFollowsTheWheel();
    void wheelOverTheIncidentDialogChangesNothing();
    void altDownOpensTheFocusedCombo_data();
    void altDownOpensTheFocusedCombo();
    void altDownElsewhereMovesToTheNextArticle();
    void claimStaysSelectedAfterArticleEdit_data();
    void claimStaysSelectedAfterArticleEdit();

private:
    void openWindow();
    template <typename T> T *child(const QString &name) const
    {
        auto *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }
    /// The claim and the article as stored, to compare before and after.
    QString storedState() const;
    /// Wheels both ways over each editor under root while focus is elsewhere; names every editor that changed.
    QStringList wheelOver(QWidget *root);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_article = 0;
    qint64 m_otherArticle = 0;
    qint64 m_claim = 0;
};

void TestDeskSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setInteractive(false);
}

void TestDeskSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().remove(QStringLiteral("windowState"));
    openWindow();
}

void TestDeskSafety::cleanup()
{
    IncidentDialog::setAutoAccept(false);
    m_window.reset();
    m_dir.reset();
}

void TestDeskSafety::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openProject(m_dir->filePath(QStringLiteral("desk.sift")), true));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("annotationDock"));
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible());

    Project *project = m_window->project();
    const QString sample = test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"));
    for (Article a : parseArticles(test::readFile(sample), sample).articles) {
        a.uid = articleUid(a.title, a.body);
        const bool claimed = a.title.startsWith(QLatin1String("Azerbaijan"));
        // The library lists the newest first: the claim's article is the first row, Alt+Down has a next one.
        a.published = PartialDate{claimed ? QDate(2025, 3, 16) : QDate(2025, 1, 2), DatePrecision::Day};
        (claimed ? m_article : m_otherArticle) = project->articles().insert(a);
    }
    project->notifyArticlesImported();
    QVERIFY(m_article && m_otherArticle);
    // An incident gives the timeline its controls.
    Incident incident;
    incident.eventDate = PartialDate{QDate(2025, 3, 16), DatePrecision::Day};
    incident.eventType = QStringLiteral("Battles");
    QVERIFY(project->addIncident(incident));

    Claim claim;
    claim.articleId = m_article;
    claim.anchor = *TextOffsets::anchorForQuote(
        project->articles().body(m_article),
        QStringLiteral("Armenian forces had opened fire with small arms on Sunday morning from the Goris area"));
    claim.claimant = QStringLiteral("Azerbaijan's defense ministry");
    claim.credibility = 4;
    claim.stance = Stance::Asserts;
    m_claim = project->addClaim(claim);
    QVERIFY(m_claim);
    project->undoStack()->clear();

    m_window->library()->setCurrentArticle(m_article);
    QCOMPARE(m_window->currentArticle(), m_article);
    m_window->annotationPanel()->setCurrentClaim(m_claim);
    QCOMPARE(m_window->annotationPanel()->currentClaim(), m_claim);
    auto *credibility = child<QComboBox>(QStringLiteral("claimCredibilityCombo"));
    QVERIFY(credibility);
    QCOMPARE(credibility->currentData().toInt(), 4);
}

QString TestDeskSafety::storedState() const
{
    const auto claim = m_window->project()->claims().claim(m_claim);
    const auto article = m_window->project()->articles().article(m_article);
    if (!claim || !article)
        return QStringLiteral("missing");
    return QStringLiteral("credibility %1, stance %2, status %3, state %4, undo steps %5")
        .arg(claim->credibility)
        .arg(stanceKey(claim->stance))
        .arg(claim->statusId)
        .arg(reviewStateKey(article->reviewState))
        .arg(m_window->project()->undoStack()->count());
}

QStringList TestDeskSafety::wheelOver(QWidget *root)
{
    QStringList changed;
    if (!root)
        return {QStringLiteral("(no root)")};
    const QList<QWidget *> editors = valueEditors(root);
    if (editors.isEmpty())
        return {root->objectName() + QStringLiteral(" has no editor")};
    QWidget *focus = QApplication::focusWidget();
    for (QWidget *editor : editors) {
        for (int delta : {-120, 120, 120, -120}) {
            const QString before = valueOf(editor);
            const QString stored = storedState();
            wheel(editor, delta);
            QApplication::processEvents();
            if (valueOf(editor) != before)
                changed << QStringLiteral("%1 showed %2, then %3").arg(editor->objectName(), before, valueOf(editor));
            if (storedState() != stored)
                changed << QStringLiteral("%1 wrote %2").arg(editor->objectName(), storedState());
            if (QApplication::focusWidget() != focus)
                changed << editor->objectName() + QStringLiteral(" took the focus");
        }
    }
    return changed;
}

void TestDeskSafety::wheelOverEveryEditorChangesNothing()
{
    m_window->reader()->setFocus();
    QTRY_VERIFY(m_window->reader()->hasFocus());
    const QString stored = storedState();
    // The claim editor first: an article edit made by the wheel would clear it, hiding what it does.
    QStringList changed = wheelOver(child<QWidget>(QStringLiteral("claimEditor")));
    changed += wheelOver(child<QWidget>(QStringLiteral("annotationPanel")));
    changed += wheelOver(child<QWidget>(QStringLiteral("libraryView")));
    changed += wheelOver(child<QWidget>(QStringLiteral("timelineChart")));
    for (const QString &change : std::as_const(changed))
        qWarning("%s", qPrintable(change));
    QVERIFY2(changed.isEmpty(), "the wheel changed an editor it was only passing over");
    QCOMPARE(storedState(), stored);
    QCOMPARE(m_window->project()->claims().claim(m_claim)->credibility, 4);
    QCOMPARE(m_window->project()->undoStack()->count(), 0);
}

void TestDeskSafety::wheelScrollsTheClaimEditorInstead()
{
    QWidget *editor = child<QWidget>(QStringLiteral("claimEditor"));
    QVERIFY(editor);
    QScrollArea *area = nullptr;
    for (QWidget *w = editor; w && !area; w = w->parentWidget())
        area = qobject_cast<QScrollArea *>(w);
    QVERIFY(area);
    // A short panel, so the editor has somewhere to scroll.
    area->setFixedHeight(160);
    QTRY_VERIFY(area->verticalScrollBar()->maximum() > 0);
    auto *credibility = child<QComboBox>(QStringLiteral("claimCredibilityCombo"));
    QScrollBar *bar = area->verticalScrollBar();
    bar->setValue(0);
    m_window->reader()->setFocus();
    QTRY_VERIFY(m_window->reader()->hasFocus());
    wheel(credibility, -120);
    QVERIFY2(bar->value() > 0, "the scroll area did not scroll");
    QCOMPARE(credibility->currentData().toInt(), 4);
    QCOMPARE(m_window->project()->claims().claim(m_claim)->credibility, 4);
}

void TestDeskSafety::focusedBoxStillFollowsTheWheel()
{
    // The wheel still works where the analyst has put the keyboard focus: it is a deliberate edit.
    auto *credibility = child<QComboBox>(QStringLiteral("claimCredibilityCombo"));
    credibility->setFocus();
    QTRY_VERIFY(credibility->hasFocus());
    wheel(credibility, -120);
    QCOMPARE(credibility->currentData().toInt(), 5);
    QCOMPARE(m_window->project()->claims().claim(m_claim)->credibility, 5);

    // The link's relation box (the link target is picked from a list now, not spun to a number).
    auto *relation = child<QComboBox>(QStringLiteral("linkRelationCombo"));
    if (!relation)
        return;
    const QString before = relation->currentText();
    relation->setFocus();
    QTRY_VERIFY(relation->hasFocus());
    wheel(relation, -120);
    QVERIFY(relation->currentText() != before);
}

void TestDeskSafety::wheelOverTheIncidentDialogChangesNothing()
{
    QStringList changed;
    IncidentDialog::setAutoAccept(true, [&](IncidentDialog &dialog) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *notes = dialog.findChild<QWidget *>(QStringLiteral("incidentNotesEdit"));
        QVERIFY(notes);
        notes->setFocus();
        QTRY_VERIFY(notes->hasFocus());
        const QList<QWidget *> editors = valueEditors(&dialog);
        QVERIFY(editors.size() >= 5);
        for (QWidget *editor : editors) {
            for (int delta : {-120, 120, 120, -120}) {
                const QString before = valueOf(editor);
                wheel(editor, delta);
                if (valueOf(editor) != before)
                    changed << QStringLiteral("%1 (%2 → %3)").arg(editor->objectName(), before, valueOf(editor));
            }
        }
    });
    m_window->findChild<QAction *>(QStringLiteral("actionNewIncidentFromClaim"))->trigger();
    for (const QString &change : std::as_const(changed))
        qWarning("%s", qPrintable(change));
    QVERIFY2(changed.isEmpty(), "the wheel changed a field of the incident dialog it was only passing over");
    const QList<Incident> incidents = m_window->project()->incidents().incidents();
    QCOMPARE(incidents.size(), 2);
    const Incident &drafted = incidents.last().claimIds.isEmpty() ? incidents.first() : incidents.last();
    QCOMPARE(drafted.claimIds, QList<qint64>{m_claim});
    QCOMPARE(drafted.eventDate.toIso(), QStringLiteral("2025-03-16"));
}

void TestDeskSafety::altDownOpensTheFocusedCombo_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("credibility") << QStringLiteral("claimCredibilityCombo");
    QTest::newRow("stance") << QStringLiteral("claimStanceCombo");
    QTest::newRow("article state") << QStringLiteral("articleStateCombo");
    QTest::newRow("library filter") << QStringLiteral("libraryStateFilter");
    QTest::newRow("timeline bin") << QStringLiteral("timelineBinCombo");
}

void TestDeskSafety::altDownOpensTheFocusedCombo()
{
    QFETCH(QString, name);
    auto *combo = child<QComboBox>(name);
    QVERIFY(combo);
    const int index = combo->currentIndex();
    combo->setFocus();
    QTRY_VERIFY(combo->hasFocus());
    QTest::keyClick(combo, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY(combo->view()->isVisible());
    QCOMPARE(m_window->currentArticle(), m_article);
    QCOMPARE(combo->currentIndex(), index);
    combo->hidePopup();
    QCOMPARE(m_window->project()->claims().claim(m_claim)->credibility, 4);
}

void TestDeskSafety::altDownElsewhereMovesToTheNextArticle()
{
    // The shortcut keeps working everywhere a combo box does not claim the key.
    const qint64 before = m_window->currentArticle();
    m_window->reader()->setFocus();
    QTRY_VERIFY(m_window->reader()->hasFocus());
    QTest::keyClick(m_window->reader(), Qt::Key_Down, Qt::AltModifier);
    QVERIFY(m_window->currentArticle() != before);
    QTest::keyClick(m_window->reader(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_window->currentArticle(), before);
}

void TestDeskSafety::claimStaysSelectedAfterArticleEdit_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("outlet") << QStringLiteral("articleOutletEdit") << QStringLiteral("Reuters");
    QTest::newRow("published") << QStringLiteral("articlePublishedEdit") << QStringLiteral("2025-03-17");
    QTest::newRow("title") << QStringLiteral("articleTitleEdit") << QStringLiteral("Border fire near Goris");
    QTest::newRow("review state") << QStringLiteral("articleStateCombo") << reviewStateLabel(ReviewState::InReview);
}

void TestDeskSafety::claimStaysSelectedAfterArticleEdit()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    IncidentDialog::setAutoAccept(true);
    auto *claimList = child<QListView>(QStringLiteral("claimList"));
    QVERIFY(claimList);
    // Select the claim as a user does: click it in the list.
    claimList->setFocus();
    const QRect row = claimList->visualRect(claimList->model()->index(0, 0));
    QTest::mouseClick(claimList->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(m_window->annotationPanel()->currentClaim(), m_claim);

    if (auto *combo = m_window->findChild<QComboBox *>(field)) {
        // The keyboard way: focus the box, open it, pick the entry.
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        const int index = combo->findText(value);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    } else {
        typeInto(child<QLineEdit>(field), value);
    }
    const auto article = m_window->project()->articles().article(m_article);
    QVERIFY(article);
    QVERIFY2(article->title == value || article->outlet == value || article->published.toIso() == value ||
                 reviewStateLabel(article->reviewState) == value,
             "the edit did not reach the project");

    QCOMPARE(m_window->annotationPanel()->currentClaim(), m_claim);
    QCOMPARE(claimList->currentIndex().row(), 0);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionNewIncidentFromClaim"));
    QVERIFY(action && action->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    const QList<Incident> incidents = m_window->project()->incidents().incidents();
    QCOMPARE(incidents.size(), 2);
    QVERIFY(incidents.first().claimIds == QList<qint64>{m_claim} ||
            incidents.last().claimIds == QList<qint64>{m_claim});
}

QTEST_MAIN(TestDeskSafety)
#include "tst_desksafety.moc"
