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
    void setDateRange(const QDate &from, const QDate &to); ///< from the timeline; invalid dates clear
    void refreshFilters();

Q_SIGNALS:
    void articleActivated(qint64 articleId);
    void message(const QString &text);

private:
    void applyQuery();

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
    QTimer *m_searchTimer = nullptr;
    QDate m_from;
    QDate m_to;
};

} // namespace sift
