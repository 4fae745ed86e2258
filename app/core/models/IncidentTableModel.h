#pragma once

#include "core/domain/Incident.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>

namespace sift {

class Project;

/// The project's incidents as a table, narrowed to a period (the timeline's bar) and by words, kept in step
/// with the project.
class IncidentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TypeColumn,
        SubTypeColumn,
        Actor1Column,
        Actor2Column,
        LocationColumn,
        FatalitiesColumn,
        StatusColumn,
        ClaimsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, ///< a value that sorts as the column reads: ISO dates with undated last, numbers as numbers
        StatusColorRole,
    };

    explicit IncidentTableModel(Project &project, QObject *parent = nullptr);

    /// Only incidents dated from..to (inclusive); two invalid dates show every incident, undated ones too.
    void setPeriod(const QDate &from, const QDate &to);
    QDate periodFrom() const { return m_from; }
    QDate periodTo() const { return m_to; }
    bool hasPeriod() const { return m_from.isValid() || m_to.isValid(); }
    /// Only incidents whose fields contain every word of text (case-insensitive).
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    const Incident &incident(int row) const { return m_incidents.at(m_rows.at(row)); }
    qint64 idAt(int row) const;
    int rowOf(qint64 incidentId) const;                        ///< -1 when filtered out or unknown
    int totalCount() const { return int(m_incidents.size()); } ///< in the period, before the text filter

    /// "2025-03-16", "2025-W11", "2025-03", "2025", or "unknown".
    static QString dateText(const PartialDate &date);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

Q_SIGNALS:
    void reloaded();
    /// The project refused a read (a server that stopped answering): the table keeps what it showed.
    void readFailed(const QString &message);

private:
    void applyText();
    bool matches(const Incident &incident, const QStringList &words) const;
    QVariant display(const Incident &incident, int column) const;

    Project &m_project;
    QDate m_from;
    QDate m_to;
    QString m_text;
    QList<Incident> m_incidents; ///< in the period
    QList<int> m_rows;           ///< indexes into m_incidents that pass the text filter
    QHash<QString, QColor> m_statusColors;
};

} // namespace sift
