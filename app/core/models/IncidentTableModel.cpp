#include "core/models/IncidentTableModel.h"

#include "core/project/Project.h"

#include <QLocale>

namespace sift {

IncidentTableModel::IncidentTableModel(Project &project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    connect(&m_project, &Project::incidentsChanged, this, &IncidentTableModel::reload);
    // Actor names are read with the incidents, so a renamed or merged entity shows up here too.
    connect(&m_project, &Project::entitiesChanged, this, &IncidentTableModel::reload);
    reload();
}

void IncidentTableModel::setPeriod(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    reload();
}

void IncidentTableModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    beginResetModel();
    applyText();
    endResetModel();
    Q_EMIT reloaded();
}

void IncidentTableModel::reload()
{
    // Read everything before the reset, so a refused read leaves the table as it was; it is called from the
    // project's signals, where an exception would unwind through Qt's code.
    QHash<QString, QColor> statusColors;
    QList<Incident> incidents;
    try {
        for (const Status &s : m_project.vocabulary().statuses())
            statusColors.insert(s.name, s.color);
        IncidentFilter filter;
        filter.from = m_from;
        filter.to = m_to;
        filter.includeUndated = !hasPeriod();
        incidents = m_project.incidents().incidents(filter);
    } catch (const StoreError &e) {
        Q_EMIT readFailed(tr("Could not read the incidents: %1").arg(e.message()));
        return;
    }
    beginResetModel();
    m_statusColors = std::move(statusColors);
    m_incidents = std::move(incidents);
    applyText();
    endResetModel();
    Q_EMIT reloaded();
}

void IncidentTableModel::applyText()
{
    m_rows.clear();
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_incidents.size(); ++i) {
        if (words.isEmpty() || matches(m_incidents.at(i), words))
            m_rows << i;
    }
}

bool IncidentTableModel::matches(const Incident &i, const QStringList &words) const
{
    const QString haystack = QStringList{dateText(i.eventDate),
                                         i.eventType,
                                         i.subEventType,
                                         i.actor1,
                                         i.actor2,
                                         i.country,
                                         i.admin1,
                                         i.admin2,
                                         i.location,
                                         i.status,
                                         i.notes}
                                 .join(QLatin1Char('\n'));
    for (const QString &word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

qint64 IncidentTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? incident(row).id : 0;
}

int IncidentTableModel::rowOf(qint64 incidentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (incident(row).id == incidentId)
            return row;
    }
    return -1;
}

QString IncidentTableModel::dateText(const PartialDate &date)
{
    if (!date.isValid())
        return tr("unknown");
    switch (date.precision) {
    case DatePrecision::Day:
        return date.date.toString(Qt::ISODate);
    case DatePrecision::Week: {
        int year = 0;
        const int week = date.date.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case DatePrecision::Month:
    case DatePrecision::Year:
        return date.toIso();
    }
    return {};
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::display(const Incident &i, int column) const
{
    switch (column) {
    case DateColumn:
        return dateText(i.eventDate);
    case TypeColumn:
        return i.eventType;
    case SubTypeColumn:
        return i.subEventType;
    case Actor1Column:
        return i.actor1;
    case Actor2Column:
        return i.actor2;
    case LocationColumn:
        return i.location;
    case FatalitiesColumn:
        return i.fatalities ? QVariant(*i.fatalities) : QVariant();
    case StatusColumn:
        return i.status;
    case ClaimsColumn: {
        QStringList ids;
        for (const qint64 id : i.claimIds)
            ids << QStringLiteral("#%1").arg(id);
        return ids.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Incident &i = incident(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(i, index.column());
    case IdRole:
        return i.id;
    case StatusColorRole:
        return m_statusColors.value(i.status);
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && m_statusColors.contains(i.status))
            return m_statusColors.value(i.status);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FatalitiesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DateColumn && i.eventDate.isValid() && i.eventDate.precision != DatePrecision::Day)
            return tr("Known to the %1, from %2")
                .arg(datePrecisionKey(i.eventDate.precision),
                     QLocale().toString(i.eventDate.date, QLocale::LongFormat));
        if (index.column() == LocationColumn) {
            const QStringList parts{i.location, i.admin2, i.admin1, i.country};
            QStringList shown;
            for (const QString &p : parts) {
                if (!p.isEmpty())
                    shown << p;
            }
            return shown.join(QStringLiteral(", "));
        }
        if (!i.notes.isEmpty())
            return i.notes;
        return {};
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return i.eventDate.isValid() ? i.eventDate.date.toString(Qt::ISODate) : QStringLiteral("9999");
        case FatalitiesColumn:
            return i.fatalities ? *i.fatalities : -1;
        case ClaimsColumn:
            return int(i.claimIds.size());
        default:
            return display(i, index.column()).toString().toLower();
        }
    default:
        return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Event type");
    case SubTypeColumn:
        return tr("Sub-event type");
    case Actor1Column:
        return tr("Actor 1");
    case Actor2Column:
        return tr("Actor 2");
    case LocationColumn:
        return tr("Location");
    case FatalitiesColumn:
        return tr("Fatalities");
    case StatusColumn:
        return tr("Status");
    case ClaimsColumn:
        return tr("Claims");
    default:
        return {};
    }
}

} // namespace sift
