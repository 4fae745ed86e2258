#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sift {

class ArticleListModel;
class Project;

/// The list of articles with a full-text search box and filters by review state, outlet,
/// claim status and tag.
class LibraryView final : public QWidget
{
    Q_OBJECT

public:
    LibraryView(Project &project, ArticleListModel &model, QWidget *parent = nullptr);

    qint64 currentArticle() const;
    void setCurrentArticle(qint64 articleId);
    void step(int delta); ///< next (+1) or previous (-1) article
    QLineEdit *searchEdit() const { return m_search; }
    void setDateRange(const QDate &from, const QDate &to); ///< on publication dates; invalid dates clear
    /// Shows only the articles linked to the incidents dated from..to (the timeline's bar); invalid dates clear.
    void setIncidentPeriod(const QDate &from, const QDate &to);
    void refreshFilters();
    /// Every filter off: search, state, outlet, status, tag, dates, incident period.
    void clearFilters();
    /// The active filters in words ("incidents in week 2025-W11 · outlet Reuters"); empty when none.
    QString filterDescription() const;
    /// A period as the timeline shows its bar: "week 2025-W11", "March 2025", "2025-03-16", "2025".
    static QString periodLabel(const QDate &from, const QDate &to);
    /// The order a reader expects: "Outlet 2" before "Outlet 10", case aside.
    static bool naturalLess(const QString &a, const QString &b);

Q_SIGNALS:
    void articleActivated(qint64 articleId);
    void message(const QString &text);
    void filtersCleared(); ///< the analyst pressed Clear on the filter banner

private:
    void applyQuery();
    void updateBanner();
    void setUpColumnChoice();

    Project &m_project;
    ArticleListModel &m_model;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_outlet = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_tag = nullptr;
    QCheckBox *m_suggested = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QDate m_from;
    QDate m_to;
    qint64 m_lastArticle = 0;
    /// The article that was current when the model began a reset; made current again, quietly, once it ends.
    qint64 m_articleAcrossReset = 0;
    bool m_restoringCurrent = false;
    QDate m_incidentFrom;
    QDate m_incidentTo;
};

} // namespace sift
