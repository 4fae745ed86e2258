#pragma once

#include "core/export/ExportFormat.h"
#include "core/export/ReportOptions.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QRadioButton;
class QTextBrowser;
class QThread;
class QTimer;
class QVBoxLayout;

namespace sift {

class Project;

/// The articles the main window can offer as a report's scope.
struct ReportScopeChoices {
    qint64 currentArticle = 0;      ///< the article being read; 0 = none
    QList<qint64> selectedArticles; ///< selected in the library
    QList<qint64> filteredArticles; ///< the library's current list
    bool libraryFiltered = false;   ///< the library shows a search or filter, not everything
    QString filterDescription;      ///< how the library filter reads ("search: drone"), optional
};

/// File ▸ Export…: the scope (this article, the selection, the library filter, everything; dates and
/// statuses), the report's title, author and sections, the format, and a preview of the report as HTML
/// before anything is written. The export itself runs on a worker thread.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { CurrentArticle, Selected, LibraryFilter, Everything };

    ReportDialog(Project &project, const ReportScopeChoices &choices, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportOptions options() const; ///< as the controls stand
    ExportFormat format() const;
    void setFormat(ExportFormat format);
    /// Formats written in the same go as format(), beside its file (Also write).
    QList<ExportFormat> alsoFormats() const;
    void setAlsoFormats(const QList<ExportFormat> &formats);
    /// Where a further format goes next to the first file: same folder and name, its own suffix.
    static QString siblingPath(const QString &firstPath, ExportFormat format);
    Scope scope() const;
    void setScope(Scope scope);
    QTextBrowser *preview() const { return m_preview; }
    bool isExporting() const;

    /// Rebuilds the preview now (it also follows the controls after a short pause).
    void updatePreview();
    /// Asks for a file (through Dialogs, so tests can answer) unless path is given, then writes the export on a
    /// worker thread; exportFinished() reports the outcome. False when nothing was started.
    bool startExport(const QString &path = {});

Q_SIGNALS:
    /// Once per file written; error is empty on success. The dialog stays open.
    void exportFinished(const QString &path, const QString &error);

private:
    void buildScope(QVBoxLayout *layout);
    void buildContent(QVBoxLayout *layout);
    void schedulePreview();
    void updateControls();
    void finishExport(const QString &path, const QString &error, bool last);
    QString suggestedFileName() const;
    void saveSettings() const;
    void restoreSettings();

    Project &m_project;
    ReportScopeChoices m_choices;

    QButtonGroup *m_scopeGroup = nullptr;
    QCheckBox *m_dateRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QListWidget *m_statuses = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_author = nullptr;
    QList<QCheckBox *> m_sections;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_format = nullptr;
    QListWidget *m_alsoFormats = nullptr;
    QLabel *m_status = nullptr;
    QStringList m_written;
    QStringList m_failed;
    QLabel *m_scopeSummary = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTimer *m_previewTimer = nullptr;

    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QProgressDialog> m_progress;
};

} // namespace sift
