#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace sift {

class IncidentTableModel;

/// The incidents beside the timeline: a sortable table with a word filter and the period picked on the chart.
class IncidentTable final : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentTable(IncidentTableModel &model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    qint64 currentIncident() const;
    void setCurrentIncident(qint64 incidentId);
    /// Puts a button for action in the bar above the table, and the action in the table's context menu.
    void addToolAction(QAction *action);
    /// Adds action to the context menu only.
    void addContextAction(QAction *action);
    int visibleRowCount() const;

Q_SIGNALS:
    void incidentActivated(qint64 incidentId); ///< double-click or Enter
    void currentIncidentChanged(qint64 incidentId);
    void periodCleared(); ///< the analyst dropped the period filter

private:
    void updateBanner();
    void setUpColumns();

    IncidentTableModel &m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QHBoxLayout *m_bar = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_period = nullptr;
    QToolButton *m_clearPeriod = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace sift
