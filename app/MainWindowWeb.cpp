// The web in the window: File ▸ Import from URL…, Article ▸ Source… (the provenance of a web capture, and its
// original bytes), and the Feeds menu (subscriptions, Refresh, and a quiet refresh on a timer while a project is
// open). Fetching and importing run on ImportController's worker thread, never on the GUI thread.
#include "app/ImportController.h"
#include "app/MainWindow.h"

#include "core/ingest/WebFetcher.h"
#include "core/project/FeedCommands.h"
#include "core/project/Project.h"
#include "core/store/WebStore.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace sift {

namespace {

/// How often the window looks for feeds whose interval has passed.
constexpr int kFeedCheckMs = 60 * 1000;

QLabel *selectableLabel(const QString &text, const QString &name)
{
    auto *label = new QLabel(text);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

bool isDue(const FeedSubscription &feed, const QDateTime &now)
{
    return !feed.lastFetched.isValid() || feed.lastFetched.addSecs(qint64(feed.intervalMinutes) * 60) <= now;
}

} // namespace

void MainWindow::addWebMenus(QMenu *fileMenu)
{
    auto *importUrl = new QAction(tr("Import from &URL…"), this);
    importUrl->setObjectName(QStringLiteral("actionImportUrl"));
    importUrl->setShortcut(QKeySequence(tr("Ctrl+Shift+U")));
    connect(importUrl, &QAction::triggered, this, &MainWindow::importUrlDialog);
    addAction(importUrl);
    const QList<QAction *> fileActions = fileMenu->actions();
    const qsizetype after = fileActions.indexOf(m_importFolder);
    fileMenu->insertAction(after >= 0 && after + 1 < fileActions.size() ? fileActions.at(after + 1) : nullptr,
                           importUrl);

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    article->setObjectName(QStringLiteral("articleMenu"));
    auto *source = article->addAction(tr("&Source…"));
    source->setObjectName(QStringLiteral("actionArticleSource"));
    source->setShortcut(QKeySequence(tr("Ctrl+U"))); // a browser's View Source
    addAction(source);
    connect(source, &QAction::triggered, this, &MainWindow::showArticleSource);

    QMenu *feeds = menuBar()->addMenu(tr("Fee&ds"));
    feeds->setObjectName(QStringLiteral("feedsMenu"));
    auto *manage = feeds->addAction(tr("&Manage Feeds…"));
    manage->setObjectName(QStringLiteral("actionManageFeeds"));
    connect(manage, &QAction::triggered, this, &MainWindow::manageFeeds);
    auto *refresh = feeds->addAction(tr("&Refresh Feeds"));
    refresh->setObjectName(QStringLiteral("actionRefreshFeeds"));
    refresh->setShortcut(QKeySequence(tr("Ctrl+R")));
    connect(refresh, &QAction::triggered, this, [this] { refreshFeeds(false); });

    auto *timer = new QTimer(this);
    timer->setObjectName(QStringLiteral("feedTimer"));
    timer->setInterval(kFeedCheckMs);
    connect(timer, &QTimer::timeout, this, [this] { refreshFeeds(true); });
    timer->start();
}

void MainWindow::importUrlDialog()
{
    if (!m_project || m_project->isReadOnly() || isImporting())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("importUrlDialog"));
    dialog->setWindowTitle(tr("Import from URL"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *help = new QLabel(tr("Web pages and feeds (RSS, Atom), one address per line. Each is fetched once, now, and "
                               "kept with the article as evidence of what the site served."));
    help->setWordWrap(true);
    layout->addWidget(help);
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QStringLiteral("urlEdit"));
    edit->setPlaceholderText(QStringLiteral("https://example.org/news/article.html"));
    edit->setTabChangesFocus(true);
    layout->addWidget(edit);
    auto *fullText = new QCheckBox(tr("For feed entries that carry only a summary, fetch the linked page"));
    fullText->setObjectName(QStringLiteral("fullTextCheck"));
    fullText->setChecked(true);
    layout->addWidget(fullText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("importUrlButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, edit, fullText] {
        QStringList urls;
        QStringList refused;
        for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
            const QString url = line.trimmed();
            if (url.isEmpty())
                continue;
            if (WebFetcher::isWebAddress(url) && QUrl(url, QUrl::StrictMode).isValid())
                urls << url;
            else
                refused << url;
        }
        if (!refused.isEmpty()) {
            Dialogs::warning(
                dialog, tr("Import from URL"),
                tr("These lines are not http or https addresses:\n%1").arg(refused.join(QLatin1Char('\n'))));
            return;
        }
        if (urls.isEmpty())
            return;
        ImportOptions options;
        options.fetchFullText = fullText->isChecked();
        dialog->accept();
        importPaths(urls, options);
    });
    dialog->resize(560, 320);
    dialog->open();
}

void MainWindow::showArticleSource()
{
    if (!m_project || !m_articleId)
        return;
    const qint64 articleId = m_articleId;
    const std::optional<WebCapture> capture = WebStore(m_project->db()).captureForArticle(articleId, false);
    if (!capture) {
        const std::optional<Article> article = m_project->articles().article(articleId);
        Dialogs::information(this, tr("Source"),
                             tr("This article was not imported from the web; it came from the file %1.")
                                 .arg(article ? article->sourceFile : QString()));
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("articleSourceDialog"));
    dialog->setWindowTitle(tr("Source of the Article"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *form = new QFormLayout;
    const QLocale locale;
    form->addRow(tr("Requested:"), selectableLabel(capture->requestedUrl, QStringLiteral("requestedUrlLabel")));
    form->addRow(tr("Final address:"), selectableLabel(capture->finalUrl, QStringLiteral("finalUrlLabel")));
    form->addRow(tr("Fetched:"),
                 selectableLabel(tr("%1 (%2 UTC)")
                                     .arg(locale.toString(capture->fetchedAt.toLocalTime(), QLocale::LongFormat),
                                          capture->fetchedAt.toUTC().toString(Qt::ISODate)),
                                 QStringLiteral("fetchedLabel")));
    form->addRow(tr("HTTP status:"),
                 selectableLabel(QString::number(capture->httpStatus), QStringLiteral("statusLabel")));
    form->addRow(tr("Content type:"), selectableLabel(capture->contentType, QStringLiteral("contentTypeLabel")));
    form->addRow(tr("Size:"), selectableLabel(locale.formattedDataSize(capture->size), QStringLiteral("sizeLabel")));
    QLabel *sha = selectableLabel(capture->sha256, QStringLiteral("sha256Label"));
    sha->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("SHA-256:"), sha);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The original bytes are kept in the project, compressed. Anyone can check a saved copy "
                               "against the SHA-256 above."));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *save = buttons->addButton(tr("Save &Original…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveOriginalButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(save, &QPushButton::clicked, dialog, [this, dialog, articleId, finalUrl = capture->finalUrl] {
        QString suggested = QUrl(finalUrl).fileName();
        if (suggested.isEmpty())
            suggested = QUrl(finalUrl).host();
        const QString path = Dialogs::saveFileName(dialog, tr("Save the Original"), suggested, tr("All files (*)"));
        if (path.isEmpty() || !m_project)
            return;
        std::optional<WebCapture> full;
        try {
            full = WebStore(m_project->db()).captureForArticle(articleId, true);
        } catch (const StoreError &e) {
            Dialogs::warning(dialog, tr("Save the Original"), e.message());
            return;
        }
        QFile file(path);
        if (!full || !file.open(QIODevice::WriteOnly) || file.write(full->raw) != full->raw.size()) {
            Dialogs::warning(dialog, tr("Save the Original"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
            return;
        }
        showMessage(tr("Saved the original to %1").arg(path));
    });
    dialog->resize(640, 300);
    dialog->open();
}

void MainWindow::manageFeeds()
{
    if (!m_project)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("feedsDialog"));
    dialog->setWindowTitle(tr("Feeds"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *addRow = new QHBoxLayout;
    auto *urlEdit = new QLineEdit;
    urlEdit->setObjectName(QStringLiteral("feedUrlEdit"));
    urlEdit->setPlaceholderText(tr("Feed address (http or https)"));
    auto *add = new QPushButton(tr("&Add"));
    add->setObjectName(QStringLiteral("addFeedButton"));
    addRow->addWidget(urlEdit);
    addRow->addWidget(add);
    layout->addLayout(addRow);
    auto *table = new QTableWidget(0, 5);
    table->setObjectName(QStringLiteral("feedTable"));
    table->setHorizontalHeaderLabels({tr("Name"), tr("Address"), tr("Every (min)"), tr("Last fetched"), tr("Status")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    remove->setObjectName(QStringLiteral("removeFeedButton"));
    auto *refresh = buttons->addButton(tr("Refresh &Now"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("refreshFeedsButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const bool writable = !m_project->isReadOnly();
    add->setEnabled(writable);
    remove->setEnabled(writable);
    refresh->setEnabled(writable);

    // Rows are rebuilt from the store after every edit; edits of the name and interval are undo commands.
    // The rows' own handlers reach the function through a weak pointer: a strong one would be a cycle that is never
    // freed. The dialog's connections below hold it for as long as the dialog lives.
    auto reload = std::make_shared<std::function<void()>>();
    *reload = [this, table, writable, weakReload = std::weak_ptr<std::function<void()>>(reload)] {
        if (!m_project)
            return;
        const QSignalBlocker blocker(table);
        const QList<FeedSubscription> feeds = WebStore(m_project->db()).feeds();
        table->setRowCount(int(feeds.size()));
        const QLocale locale;
        for (int row = 0; row < feeds.size(); ++row) {
            const FeedSubscription &f = feeds.at(row);
            auto *name = new QTableWidgetItem(f.title);
            name->setData(Qt::UserRole, f.id);
            if (!writable)
                name->setFlags(name->flags() & ~Qt::ItemIsEditable);
            table->setItem(row, 0, name);
            auto *url = new QTableWidgetItem(f.url);
            url->setFlags(url->flags() & ~Qt::ItemIsEditable);
            table->setItem(row, 1, url);
            auto *interval = new QSpinBox;
            interval->setObjectName(QStringLiteral("feedInterval%1").arg(row));
            interval->setRange(1, 7 * 24 * 60);
            interval->setValue(f.intervalMinutes);
            interval->setEnabled(writable);
            connect(interval, &QSpinBox::editingFinished, table, [this, interval, f, weakReload] {
                if (!m_project || interval->value() == f.intervalMinutes)
                    return;
                FeedSubscription changed = f;
                changed.intervalMinutes = interval->value();
                m_project->push(new UpdateFeedCommand(*m_project, changed));
                QTimer::singleShot(0, interval, [weakReload] {
                    if (const auto reload = weakReload.lock())
                        (*reload)();
                });
            });
            table->setCellWidget(row, 2, interval);
            auto *fetched = new QTableWidgetItem(
                f.lastFetched.isValid() ? locale.toString(f.lastFetched.toLocalTime(), QLocale::ShortFormat)
                                        : tr("never"));
            fetched->setFlags(fetched->flags() & ~Qt::ItemIsEditable);
            table->setItem(row, 3, fetched);
            auto *status = new QTableWidgetItem(f.lastError.isEmpty() ? tr("OK") : f.lastError);
            status->setFlags(status->flags() & ~Qt::ItemIsEditable);
            table->setItem(row, 4, status);
        }
        table->resizeColumnsToContents();
    };
    (*reload)();
    connect(table, &QTableWidget::itemChanged, dialog, [this, reload](QTableWidgetItem *item) {
        if (!m_project || item->column() != 0)
            return;
        const std::optional<FeedSubscription> feed =
            WebStore(m_project->db()).feed(item->data(Qt::UserRole).toLongLong());
        if (!feed || feed->title == item->text().trimmed())
            return;
        FeedSubscription renamed = *feed;
        renamed.title = item->text().trimmed();
        m_project->push(new UpdateFeedCommand(*m_project, renamed));
        QTimer::singleShot(0, item->tableWidget(), [reload] { (*reload)(); });
    });
    connect(add, &QPushButton::clicked, dialog, [this, dialog, urlEdit, reload] {
        const QString url = urlEdit->text().trimmed();
        if (!m_project || url.isEmpty())
            return;
        if (!WebFetcher::isWebAddress(url) || !QUrl(url, QUrl::StrictMode).isValid()) {
            Dialogs::warning(dialog, tr("Feeds"), tr("%1 is not an http or https address.").arg(url));
            return;
        }
        FeedSubscription feed;
        feed.url = url;
        if (m_project->push(new AddFeedCommand(*m_project, feed)))
            urlEdit->clear();
        (*reload)();
    });
    connect(urlEdit, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(remove, &QPushButton::clicked, dialog, [this, table, reload] {
        const int row = table->currentRow();
        if (!m_project || row < 0 || !table->item(row, 0))
            return;
        m_project->push(new RemoveFeedCommand(*m_project, table->item(row, 0)->data(Qt::UserRole).toLongLong()));
        (*reload)();
    });
    connect(refresh, &QPushButton::clicked, this, [this] { refreshFeeds(false); });
    connect(this, &MainWindow::importFinished, dialog, [reload] { (*reload)(); });
    dialog->resize(760, 360);
    dialog->open();
}

void MainWindow::refreshFeeds(bool onlyDue)
{
    if (!m_project || m_project->isReadOnly() || isImporting())
        return;
    QList<FeedSubscription> feeds = WebStore(m_project->db()).feeds();
    if (onlyDue) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        feeds.removeIf([&now](const FeedSubscription &f) { return !isDue(f, now); });
    }
    if (feeds.isEmpty()) {
        if (!onlyDue)
            showMessage(tr("The project follows no feeds yet (Feeds ▸ Manage Feeds…)."));
        return;
    }
    if (!onlyDue) {
        // The analyst asked: progress, Cancel and the summary, as for any import.
        importPaths({}, {}, feeds);
        return;
    }
    // The timer: quietly, a line in the status bar when done.
    m_feedRefresh = new ImportController(m_project->path(), this);
    m_feedRefresh->setShowProgress(false);
    connect(m_feedRefresh, &ImportController::finished, this, [this](const ImportSummary &summary) {
        if (m_feedRefresh)
            m_feedRefresh->deleteLater();
        if (m_project)
            m_project->notifyArticlesImported();
        showMessage(tr("Feeds refreshed: %1 new article(s), %2 failed").arg(summary.imported()).arg(summary.failed()));
    });
    m_feedRefresh->start({}, {}, feeds);
}

} // namespace sift
