#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;

namespace sift {

class ClaimTableModel;
class Project;

/// Every claim of the project in one table, with a filter bar, multi-select, bulk changes from a context menu
/// and keyboard triage: 1–8 set the status by the vocabulary's order, J/K move, Enter opens the claim.
class ClaimTableView final : public QWidget
{
    Q_OBJECT

public:
    ClaimTableView(Project &project, ClaimTableModel &model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    /// The selected claims (the current one when nothing is selected), in table order.
    QList<qint64> selectedClaimIds() const;
    qint64 currentClaim() const;
    void setCurrentRow(int row);
    /// Move, open and the status keys: shortcuts that work while the table has focus.
    QList<QAction *> triageActions() const;
    /// Stance, credibility, tags, incident, delete: for many claims at once.
    QList<QAction *> bulkActions() const;
    /// Adds an action at the end of the table's context menu.
    void addContextAction(QAction *action);
    /// Re-reads the choices of the filter boxes (statuses, entities, tags, outlets).
    void refreshFilters();

Q_SIGNALS:
    void claimActivated(qint64 claimId, qint64 articleId); ///< Enter or double-click
    void message(const QString &text);

private:
    void buildFilterBar();
    void buildTable();
    void buildActions();
    void applyQuery();
    void clearFilters();
    void step(int delta);
    void activateCurrent();
    void setStatusByPosition(int position);
    void addTag();
    void removeTag();
    void linkToIncident();
    void deleteClaims();
    void showContextMenu(const QPoint &pos);
    void updateStatusActions();

    Project &m_project;
    ClaimTableModel &m_model;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_stance = nullptr;
    QComboBox *m_claimant = nullptr;
    QComboBox *m_reportedBy = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_outlet = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_searchTimer = nullptr;
    QList<QAction *> m_statusActions; ///< 1–8
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_open = nullptr;
    QAction *m_addTag = nullptr;
    QAction *m_removeTag = nullptr;
    QAction *m_link = nullptr;
    QAction *m_delete = nullptr;
    QList<QAction *> m_extraContext;
    int m_rowBeforeReset = -1;
};

} // namespace sift
