#include "widgets/ReportDialog.h"

#include "core/export/ExportData.h"
#include "core/export/Exporter.h"
#include "core/export/HtmlReportWriter.h"
#include "core/export/ReportBuilder.h"
#include "core/project/Project.h"
#include "core/store/ArticleStore.h"
#include "widgets/Dialogs.h"
#include "widgets/TimelineChart.h"

#include <QBuffer>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace sift {

namespace {

/// The preview shows more than enough of a long report to judge it, and stays quick.
constexpr int kPreviewArticles = 40;
constexpr qsizetype kPreviewDataChars = 60000;

/// A preview that loads nothing from outside the report: the chart comes as a data: URI, everything else is refused.
class PreviewBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type != QTextDocument::ImageResource || name.scheme() != QLatin1String("data"))
            return {};
        const QString path = name.path(QUrl::FullyDecoded);
        const qsizetype comma = path.indexOf(QLatin1Char(','));
        if (comma < 0 || !path.left(comma).endsWith(QLatin1String(";base64")))
            return {};
        QImage image;
        image.loadFromData(QByteArray::fromBase64(path.mid(comma + 1).toLatin1()));
        return image.isNull() ? QVariant() : QVariant(image);
    }
};

QImage chartFor(const ExportData &data, const ReportOptions &options, ExportFormat format)
{
    if (!isReportFormat(format) || !options.has(ReportSection::Timeline) || data.incidents.isEmpty())
        return {};
    return TimelineChart::renderImage(data.timeline(), Exporter::chartSize());
}

} // namespace

ReportDialog::ReportDialog(Project &project, const ReportScopeChoices &choices, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_choices(choices)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export"));
    resize(1180, 760);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    buildScope(leftLayout);
    buildContent(leftLayout);
    leftLayout->addStretch(1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    m_scopeSummary = new QLabel(right);
    m_scopeSummary->setObjectName(QStringLiteral("scopeSummaryLabel"));
    m_scopeSummary->setWordWrap(true);
    m_preview = new PreviewBrowser(right);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    rightLayout->addWidget(m_scopeSummary);
    rightLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 780});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { startExport(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportDialog::updatePreview);

    restoreSettings();
    // The narrowest scope on offer is what the analyst most likely means.
    if (m_choices.selectedArticles.size() > 1)
        setScope(Scope::Selected);
    else if (m_choices.libraryFiltered && !m_choices.filteredArticles.isEmpty())
        setScope(Scope::LibraryFilter);
    else
        setScope(Scope::Everything);
    updateControls();
    schedulePreview();
}

ReportDialog::~ReportDialog()
{
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
    }
}

void ReportDialog::buildScope(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Scope"), this);
    auto *grid = new QVBoxLayout(box);
    m_scopeGroup = new QButtonGroup(this);
    const qint64 total = m_project.articles().count();
    const QString filter = m_choices.filterDescription.isEmpty()
                               ? tr("The current library list (%1 articles)").arg(m_choices.filteredArticles.size())
                               : tr("The current library list: %1 (%2 articles)")
                                     .arg(m_choices.filterDescription)
                                     .arg(m_choices.filteredArticles.size());
    const QList<std::tuple<Scope, QString, QString, bool>> scopes{
        {Scope::CurrentArticle, QStringLiteral("scopeCurrentArticle"), tr("This article"),
         m_choices.currentArticle != 0},
        {Scope::Selected, QStringLiteral("scopeSelected"),
         tr("Selected articles (%1)").arg(m_choices.selectedArticles.size()), !m_choices.selectedArticles.isEmpty()},
        {Scope::LibraryFilter, QStringLiteral("scopeLibraryFilter"), filter, !m_choices.filteredArticles.isEmpty()},
        {Scope::Everything, QStringLiteral("scopeEverything"), tr("Everything (%1 articles)").arg(total), true},
    };
    for (const auto &[scope, name, label, enabled] : scopes) {
        auto *radio = new QRadioButton(label, box);
        radio->setObjectName(name);
        radio->setEnabled(enabled);
        m_scopeGroup->addButton(radio, int(scope));
        grid->addWidget(radio);
    }
    connect(m_scopeGroup, &QButtonGroup::idClicked, this, &ReportDialog::schedulePreview);

    auto *dates = new QHBoxLayout;
    m_dateRange = new QCheckBox(tr("Published from"), box);
    m_dateRange->setObjectName(QStringLiteral("dateRangeCheck"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), box);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to = new QDateEdit(QDate::currentDate(), box);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &ReportDialog::schedulePreview);
    }
    dates->addWidget(m_dateRange);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), box));
    dates->addWidget(m_to);
    dates->addStretch(1);
    grid->addLayout(dates);
    connect(m_dateRange, &QCheckBox::toggled, this, [this] {
        updateControls();
        schedulePreview();
    });

    grid->addWidget(new QLabel(tr("Only claims with these statuses (none ticked: every status):"), box));
    m_statuses = new QListWidget(box);
    m_statuses->setObjectName(QStringLiteral("statusList"));
    m_statuses->setMaximumHeight(130);
    for (const Status &s : m_project.vocabulary().statuses()) {
        auto *item = new QListWidgetItem(s.name, m_statuses);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        QPixmap swatch(12, 12);
        swatch.fill(s.color);
        item->setIcon(QIcon(swatch));
    }
    connect(m_statuses, &QListWidget::itemChanged, this, &ReportDialog::schedulePreview);
    grid->addWidget(m_statuses);
    layout->addWidget(box);
}

void ReportDialog::buildContent(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Report"), this);
    auto *form = new QFormLayout(box);
    m_title = new QLineEdit(box);
    m_title->setObjectName(QStringLiteral("reportTitleEdit"));
    m_title->setPlaceholderText(ReportOptions().effectiveTitle());
    m_author = new QLineEdit(box);
    m_author->setObjectName(QStringLiteral("reportAuthorEdit"));
    m_author->setPlaceholderText(tr("analyst or organization"));
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Author"), m_author);
    for (QLineEdit *edit : {m_title, m_author})
        connect(edit, &QLineEdit::textChanged, this, &ReportDialog::schedulePreview);

    auto *sections = new QVBoxLayout;
    sections->setSpacing(2);
    for (ReportSection section : allReportSections()) {
        auto *check = new QCheckBox(reportSectionLabel(section), box);
        check->setObjectName(QStringLiteral("reportSection_") + reportSectionKey(section));
        check->setChecked(true);
        check->setProperty("section", int(section));
        connect(check, &QCheckBox::toggled, this, &ReportDialog::schedulePreview);
        m_sections << check;
        sections->addWidget(check);
    }
    form->addRow(tr("Sections"), sections);

    m_grouping = new QComboBox(box);
    m_grouping->setObjectName(QStringLiteral("claimGroupingCombo"));
    m_grouping->addItem(tr("by article"), int(ClaimGrouping::ByArticle));
    m_grouping->addItem(tr("by status"), int(ClaimGrouping::ByStatus));
    form->addRow(tr("Claims &table"), m_grouping);
    m_paper = new QComboBox(box);
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("US Letter"), int(PaperSize::Letter));
    form->addRow(tr("&Paper (PDF)"), m_paper);
    m_format = new QComboBox(box);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    for (ExportFormat f : allExportFormats())
        m_format->addItem(exportFormatLabel(f), int(f));
    form->addRow(tr("&Format"), m_format);
    // More formats in the same go: written beside the first file, under the same name.
    m_alsoFormats = new QListWidget(box);
    m_alsoFormats->setObjectName(QStringLiteral("alsoFormatsList"));
    for (ExportFormat f : allExportFormats()) {
        auto *item = new QListWidgetItem(exportFormatLabel(f), m_alsoFormats);
        item->setData(Qt::UserRole, int(f));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_alsoFormats->setMaximumHeight(m_alsoFormats->fontMetrics().lineSpacing() * 5 + 8);
    m_alsoFormats->setToolTip(tr("Tick more formats to write them too, next to the first file"));
    form->addRow(tr("Also &write"), m_alsoFormats);
    for (QComboBox *combo : {m_grouping, m_paper, m_format})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateControls();
            schedulePreview();
        });
    layout->addWidget(box);
}

ReportDialog::Scope ReportDialog::scope() const
{
    return Scope(m_scopeGroup->checkedId());
}

void ReportDialog::setScope(Scope scope)
{
    if (QAbstractButton *button = m_scopeGroup->button(int(scope)); button && button->isEnabled())
        button->setChecked(true);
    else
        m_scopeGroup->button(int(Scope::Everything))->setChecked(true);
    schedulePreview();
}

ExportFormat ReportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ReportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QList<ExportFormat> ReportDialog::alsoFormats() const
{
    QList<ExportFormat> out;
    for (int i = 0; i < m_alsoFormats->count(); ++i) {
        const QListWidgetItem *item = m_alsoFormats->item(i);
        if (item->checkState() == Qt::Checked && ExportFormat(item->data(Qt::UserRole).toInt()) != format())
            out << ExportFormat(item->data(Qt::UserRole).toInt());
    }
    return out;
}

void ReportDialog::setAlsoFormats(const QList<ExportFormat> &formats)
{
    for (int i = 0; i < m_alsoFormats->count(); ++i) {
        QListWidgetItem *item = m_alsoFormats->item(i);
        item->setCheckState(formats.contains(ExportFormat(item->data(Qt::UserRole).toInt())) ? Qt::Checked
                                                                                             : Qt::Unchecked);
    }
}

QString ReportDialog::siblingPath(const QString &firstPath, ExportFormat format)
{
    const QFileInfo first(firstPath);
    QString base = first.completeBaseName();
    for (const QString &tail : {QStringLiteral(" claims"), QStringLiteral(" incidents")}) {
        if (base.endsWith(tail))
            base.chop(tail.size());
    }
    if (format == ExportFormat::ClaimsCsv)
        base += QStringLiteral(" claims");
    else if (format == ExportFormat::IncidentsCsv)
        base += QStringLiteral(" incidents");
    else if (format == ExportFormat::Json || format == ExportFormat::ClaimReview ||
             format == ExportFormat::WebAnnotation)
        base += QLatin1Char(' ') + exportFormatKey(format); // three JSON formats, one suffix
    return first.dir().filePath(base + QLatin1Char('.') + exportFormatSuffix(format));
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    switch (scope()) {
    case Scope::CurrentArticle:
        o.articleIds = {m_choices.currentArticle};
        o.scopeLabel = tr("one article");
        break;
    case Scope::Selected:
        o.articleIds = m_choices.selectedArticles;
        o.scopeLabel = tr("articles selected in the library");
        break;
    case Scope::LibraryFilter:
        o.articleIds = m_choices.filteredArticles;
        o.scopeLabel = m_choices.filterDescription.isEmpty()
                           ? tr("the library list")
                           : tr("the library list (%1)").arg(m_choices.filterDescription);
        break;
    case Scope::Everything:
        break;
    }
    if (m_dateRange->isChecked()) {
        o.from = m_from->date();
        o.to = m_to->date();
    }
    for (int i = 0; i < m_statuses->count(); ++i) {
        if (m_statuses->item(i)->checkState() == Qt::Checked)
            o.statuses << m_statuses->item(i)->text();
    }
    o.title = m_title->text();
    o.author = m_author->text();
    o.sections = {};
    for (QCheckBox *check : m_sections) {
        if (check->isChecked())
            o.sections |= ReportSection(check->property("section").toInt());
    }
    o.grouping = ClaimGrouping(m_grouping->currentData().toInt());
    o.paper = PaperSize(m_paper->currentData().toInt());
    return o;
}

void ReportDialog::updateControls()
{
    m_from->setEnabled(m_dateRange->isChecked());
    m_to->setEnabled(m_dateRange->isChecked());
    const bool report = isReportFormat(format());
    for (QCheckBox *check : m_sections)
        check->setEnabled(report);
    m_grouping->setEnabled(report);
    m_paper->setEnabled(format() == ExportFormat::Pdf);
    m_exportButton->setEnabled(!isExporting());
}

void ReportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ReportDialog::updatePreview()
{
    m_previewTimer->stop();
    ReportOptions opts = options();
    QString note;
    if (isReportFormat(format())) {
        // A long report previews its first articles; the export has them all.
        QList<qint64> ids = opts.articleIds;
        if (ids.isEmpty()) {
            ArticleQuery query;
            query.from = opts.from;
            query.to = opts.to;
            query.sort = ArticleQuery::Sort::Published;
            ids = m_project.articles().ids(query);
        }
        if (ids.size() > kPreviewArticles && opts.statuses.isEmpty()) {
            note = tr("The preview shows the first %1 of %2 articles; the export holds them all.")
                       .arg(kPreviewArticles)
                       .arg(ids.size());
            opts.articleIds = ids.mid(0, kPreviewArticles);
        }
    }
    const ExportData data = ExportData::load(m_project.db(), opts);
    m_scopeSummary->setText(note.isEmpty() ? tr("%1 articles, %2 claims, %3 incidents.")
                                                 .arg(data.articles.size())
                                                 .arg(data.claims.size())
                                                 .arg(data.incidents.size())
                                           : note);
    if (isReportFormat(format())) {
        const ReportDocument doc = ReportBuilder::build(data, opts, chartFor(data, opts, format()));
        m_preview->setHtml(HtmlReportWriter::toHtml(doc));
        return;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Exporter(data, opts).write(format(), buffer);
    QString text = QString::fromUtf8(buffer.data());
    if (text.size() > kPreviewDataChars)
        text = text.left(kPreviewDataChars) + QStringLiteral("\n…");
    m_preview->setPlainText(text);
}

bool ReportDialog::isExporting() const
{
    return m_worker != nullptr;
}

QString ReportDialog::suggestedFileName() const
{
    QString base = m_title->text().simplified();
    if (base.isEmpty())
        base = QFileInfo(m_project.path()).completeBaseName() + QStringLiteral(" report");
    base.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("-"));
    if (format() == ExportFormat::ClaimsCsv)
        base += QStringLiteral(" claims");
    else if (format() == ExportFormat::IncidentsCsv)
        base += QStringLiteral(" incidents");
    const QString folder = QSettings().value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    return QDir(folder).filePath(base + QLatin1Char('.') + exportFormatSuffix(format()));
}

bool ReportDialog::startExport(const QString &requestedPath)
{
    if (isExporting())
        return false;
    const ExportFormat fmt = format();
    QString path = requestedPath;
    if (path.isEmpty()) {
        path = Dialogs::saveFileName(this, tr("Export"), suggestedFileName(), exportFormatFilter(fmt));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + exportFormatSuffix(fmt);
    }
    saveSettings();
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());

    // Read the scope and draw the charts here (the project's connection and the widgets live on this thread);
    // laying out and writing, the slow part, runs on the worker, one file after another.
    const ReportOptions opts = options();
    auto data = std::make_shared<const ExportData>(ExportData::load(m_project.db(), opts));
    struct Job {
        ExportFormat format;
        QString path;
        QImage chart;
    };
    QList<Job> jobs{{fmt, path, chartFor(*data, opts, fmt)}};
    for (ExportFormat other : alsoFormats()) {
        QString otherPath = siblingPath(path, other);
        if (otherPath == path)
            otherPath =
                QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + QLatin1Char(' ') +
                                               exportFormatKey(other) + QLatin1Char('.') + exportFormatSuffix(other));
        jobs.append({other, otherPath, chartFor(*data, opts, other)});
    }
    m_written.clear();
    m_failed.clear();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_worker = QThread::create([this, data, opts, jobs, cancel = m_cancel] {
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            const Job &job = jobs.at(i);
            Exporter exporter(*data, opts);
            exporter.setChart(job.chart);
            exporter.setCancelFlag(cancel.get());
            const QString error = exporter.writeFile(job.format, job.path);
            const bool last = i + 1 == jobs.size() || cancel->load();
            QMetaObject::invokeMethod(
                this, [this, path = job.path, error, last] { finishExport(path, error, last); }, Qt::QueuedConnection);
            if (last)
                break;
        }
    });
    m_progress = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });
    m_status->clear();
    updateControls();
    m_worker->start();
    return true;
}

void ReportDialog::finishExport(const QString &path, const QString &error, bool last)
{
    if (error.isEmpty())
        m_written << QFileInfo(path).fileName();
    else
        m_failed << error;
    if (!last) {
        emit exportFinished(path, error);
        return;
    }
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    if (m_progress) {
        m_progress->reset();
        m_progress->deleteLater();
    }
    updateControls();
    // The dialog stays open: another scope or format is often next. It says what it wrote.
    QString status = m_written.isEmpty() ? QString() : tr("Wrote %1").arg(m_written.join(QStringLiteral(", ")));
    if (!m_failed.isEmpty())
        status += (status.isEmpty() ? QString() : QStringLiteral(". ")) + m_failed.join(QLatin1Char(' '));
    m_status->setText(status);
    emit exportFinished(path, error);
    if (!m_failed.isEmpty())
        Dialogs::warning(this, tr("Export"), m_failed.join(QLatin1Char('\n')));
}

void ReportDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue(QStringLiteral("author"), m_author->text());
    settings.setValue(QStringLiteral("format"), exportFormatKey(format()));

    settings.setValue(QStringLiteral("paper"), m_paper->currentIndex());
    settings.setValue(QStringLiteral("grouping"), m_grouping->currentIndex());
    QStringList sections;
    for (QCheckBox *check : m_sections) {
        if (check->isChecked())
            sections << reportSectionKey(ReportSection(check->property("section").toInt()));
    }
    settings.setValue(QStringLiteral("sections"), sections);
}

void ReportDialog::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    m_author->setText(settings.value(QStringLiteral("author")).toString());
    if (const auto f = exportFormatFromKey(settings.value(QStringLiteral("format")).toString()))
        setFormat(*f);

    m_paper->setCurrentIndex(settings.value(QStringLiteral("paper"), 0).toInt());
    m_grouping->setCurrentIndex(settings.value(QStringLiteral("grouping"), 0).toInt());
    if (settings.contains(QStringLiteral("sections"))) {
        const QStringList sections = settings.value(QStringLiteral("sections")).toStringList();
        for (QCheckBox *check : m_sections)
            check->setChecked(sections.contains(reportSectionKey(ReportSection(check->property("section").toInt()))));
    }
}

} // namespace sift
