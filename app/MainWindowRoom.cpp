// The main window's room to work: the start page of an empty project, search matches in the reader (F3),
// View ▸ Theme, the claim editor in its own window, and a first window that fits the screen.
#include "app/MainWindow.h"

#include "app/Theme.h"
#include "core/models/ArticleListModel.h"
#include "core/project/Project.h"
#include "core/project/SampleProject.h"
#include "widgets/AnnotationPanel.h"
#include "widgets/ArticleReader.h"
#include "widgets/Dialogs.h"
#include "widgets/LibraryView.h"
#include "widgets/StartPage.h"

#include <QAction>
#include <QActionGroup>
#include <QFileInfo>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>

namespace sift {

void MainWindow::createRoomActions()
{
    m_findNextMatch = new QAction(tr("Find &Next"), this);
    m_findNextMatch->setObjectName(QStringLiteral("actionFindNext"));
    m_findNextMatch->setShortcut(QKeySequence::FindNext);
    m_findPreviousMatch = new QAction(tr("Find Pre&vious"), this);
    m_findPreviousMatch->setObjectName(QStringLiteral("actionFindPrevious"));
    m_findPreviousMatch->setShortcut(QKeySequence::FindPrevious);
    for (QAction *a : {m_findNextMatch, m_findPreviousMatch}) {
        addAction(a);
        connect(a, &QAction::triggered, this, [this, a] { stepMatch(a == m_findNextMatch ? 1 : -1); });
    }
    // In the Edit menu, right after Find in Article.
    for (QAction *menuAction : menuBar()->actions()) {
        if (QMenu *menu = menuAction->menu(); menu && menu->actions().contains(m_find)) {
            const auto actions = menu->actions();
            QAction *after = actions.value(actions.indexOf(m_find) + 1);
            menu->insertAction(after, m_findNextMatch);
            menu->insertAction(after, m_findPreviousMatch);
        }
    }

    m_openSample = new QAction(tr("Open the &Sample Project"), this);
    m_openSample->setObjectName(QStringLiteral("actionOpenSample"));
    connect(m_openSample, &QAction::triggered, this, &MainWindow::openSampleProject);

    QMenu *themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(this);
    const Theme::Mode current = Theme::current();
    for (const auto &[mode, text] :
         {std::pair{Theme::Mode::System, tr("&System")}, std::pair{Theme::Mode::Light, tr("&Light")},
          std::pair{Theme::Mode::Dark, tr("&Dark")}}) {
        QAction *a = themeMenu->addAction(text);
        const QString key = Theme::key(mode);
        a->setObjectName(QStringLiteral("actionTheme") + key.at(0).toUpper() + key.mid(1));
        a->setCheckable(true);
        a->setChecked(mode == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [mode] { Theme::apply(mode); });
    }
    m_viewMenu->addSeparator();
    m_floatEditor = m_viewMenu->addAction(tr("Claim &Editor in Its Own Window"));
    m_floatEditor->setObjectName(QStringLiteral("actionFloatClaimEditor"));
    m_floatEditor->setCheckable(true);
    connect(m_floatEditor, &QAction::toggled, this, [this](bool on) {
        if (m_panel)
            m_panel->setEditorFloating(on);
    });

    m_startPage = new StartPage(centralWidget());
    centralWidget()->layout()->addWidget(m_startPage);
    m_startPage->addActionButton(m_importFiles, tr("Pick one or more files of articles."));
    m_startPage->addActionButton(m_importFolder, tr("Every article file in a folder and the folders inside it."));
    if (auto *importUrl = findChild<QAction *>(QStringLiteral("importUrlAction")))
        m_startPage->addActionButton(importUrl, tr("Fetch an article from the web."));
    m_startPage->addActionButton(m_openSample,
                                 tr("A small fictional desk, with claims and incidents, to try Sift on."));
}

void MainWindow::connectRoom()
{
    auto followSearch = [this] { m_reader->setSearchQuery(m_articles->query().text.trimmed()); };
    connect(m_library, &LibraryView::articleActivated, this, followSearch);
    connect(m_articles, &QAbstractItemModel::modelReset, this, followSearch);
    connect(m_project.get(), &Project::articlesReset, this, &MainWindow::updateStartPage);
    m_floatEditor->setChecked(false); // a new panel starts with the editor in it
    connect(m_panel, &AnnotationPanel::editorFloatingChanged, m_floatEditor, &QAction::setChecked);
    // The incidents dock leaves the reader and the claim editor most of the height, on a laptop screen too.
    // At least 210 px for the dock itself: the tab bar of the claims dock tabbed beside it comes out of the area.
    if (m_incidentDock)
        resizeDocks({m_incidentDock},
                    {qMax(210 + (tabifiedDockWidgets(m_incidentDock).isEmpty() ? 0 : 30), height() / 4)}, Qt::Vertical);
    updateStartPage();
}

void MainWindow::updateStartPage()
{
    const bool empty = !m_project || m_project->articles().count() == 0;
    m_startPage->setHeading(m_project ? tr("This project has no articles yet") : tr("No project is open"));
    m_startPage->setVisible(empty);
    m_reader->setVisible(!empty);
    if (empty)
        m_findBar->hide();
}

void MainWindow::stepMatch(int delta)
{
    if (m_reader->stepSearchMatch(delta)) {
        showMessage(tr("Match %1 of %2").arg(m_reader->currentSearchMatch() + 1).arg(m_reader->searchMatchCount()));
        return;
    }
    if (!m_findEdit->text().isEmpty())
        findNext(delta < 0);
}

void MainWindow::openSampleProject()
{
    const QString path = defaultSampleProjectPath();
    if (!QFileInfo::exists(path)) {
        if (const QString error = SampleProject::create(path); !error.isEmpty()) {
            Dialogs::warning(this, tr("Sample project"), error);
            return;
        }
    }
    openProject(path);
}

void MainWindow::fitToScreen()
{
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // A saved geometry from a bigger screen, or none: fit the window inside what this screen offers, frame included.
    const QRect frame = frameGeometry();
    QSize frameExtra = frame.size() - size();
    if (frameExtra.isEmpty() || frameExtra == QSize(0, 0))
        frameExtra = QSize(16, 40); // not shown yet: leave room for a title bar and borders the platform adds

    if (QSettings().contains(QStringLiteral("geometry")) && available.contains(frame))
        return;
    const QSize wanted(qMin(1500, available.width() - frameExtra.width()),
                       qMin(920, available.height() - frameExtra.height()));
    resize(wanted);
    move(available.topLeft() + QPoint((available.width() - wanted.width() - frameExtra.width()) / 2,
                                      (available.height() - wanted.height() - frameExtra.height()) / 2));
}

} // namespace sift
