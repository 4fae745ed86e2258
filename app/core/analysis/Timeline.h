#pragma once

#include "core/store/IncidentStore.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sift {

/// The width of one bar of the timeline chart. Weeks are ISO weeks: Monday to Sunday.
enum class TimeBin { Day, Week, Month, Year };

QString timeBinKey(TimeBin bin); ///< "day", "week", "month", "year"
std::optional<TimeBin> timeBinFromKey(const QString &key);

/// What splits each bar into stacks.
enum class StackBy { Type, Status };

QString stackByKey(StackBy stack); ///< "type", "status"
std::optional<StackBy> stackByFromKey(const QString &key);

/// The name of the bin holding date: "2016-03-14", "2016-W09" (ISO week-year: 2021-01-01 is in "2020-W53"),
/// "2016-03", "2016".
QString periodKey(const QDate &date, TimeBin bin);
QDate binStart(const QDate &date, TimeBin bin); ///< first day of the bin holding date (a Monday for weeks)
QDate binEnd(const QDate &date, TimeBin bin);   ///< last day of the bin holding date
QDate nextBin(const QDate &date, TimeBin bin);  ///< first day of the bin after the one holding date

/// The bin that gives a chart of roughly 20–150 bars over first..last (in either order), by the days spanned:
/// up to 120 days by day, up to 2.5 years (913 days) by week, up to 12 years (4383 days) by month, else by year.
/// Month when either date is invalid.
TimeBin autoBin(const QDate &first, const QDate &last);

/// One bar: the incidents dated within [start, end].
struct TimelineBin {
    QString period; ///< periodKey(start)
    QDate start;
    QDate end;
    int count = 0;
    QMap<QString, int> stacks; ///< stack key -> count, only keys present in this bin; "" = type or status not set
};

struct TimelineData {
    TimeBin bin = TimeBin::Month;
    QList<TimelineBin> bins; ///< contiguous and in order, empty bins included
    QStringList stackKeys;   ///< every stack key present, largest total first, then by name
    int undated = 0;         ///< incidents without a date, passed through for the chart's note
};

/// Counts rows into contiguous bins from the bin of `from` (else of the earliest row) to the bin of `to` (else of
/// the latest row). Rows outside from..to are left out; bins keep their full calendar extent even where from/to
/// cut into them. No bins when there is neither a row nor a bound. Rows may come in any order.
TimelineData aggregate(const QList<IncidentStore::DatedRow> &rows, TimeBin bin, StackBy stack, const QDate &from = {},
                       const QDate &to = {}, int undated = 0);

} // namespace sift
