#include "core/analysis/Timeline.h"

#include <QHash>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <numeric>
#include <vector>

namespace sift {

QString timeBinKey(TimeBin bin)
{
    switch (bin) {
    case TimeBin::Day:
        return QStringLiteral("day");
    case TimeBin::Week:
        return QStringLiteral("week");
    case TimeBin::Month:
        return QStringLiteral("month");
    case TimeBin::Year:
        return QStringLiteral("year");
    }
    return QStringLiteral("month");
}

std::optional<TimeBin> timeBinFromKey(const QString &key)
{
    for (auto bin : {TimeBin::Day, TimeBin::Week, TimeBin::Month, TimeBin::Year}) {
        if (key.compare(timeBinKey(bin), Qt::CaseInsensitive) == 0)
            return bin;
    }
    return std::nullopt;
}

QString stackByKey(StackBy stack)
{
    return stack == StackBy::Status ? QStringLiteral("status") : QStringLiteral("type");
}

std::optional<StackBy> stackByFromKey(const QString &key)
{
    for (auto stack : {StackBy::Type, StackBy::Status}) {
        if (key.compare(stackByKey(stack), Qt::CaseInsensitive) == 0)
            return stack;
    }
    return std::nullopt;
}

QString periodKey(const QDate &date, TimeBin bin)
{
    if (!date.isValid())
        return {};
    switch (bin) {
    case TimeBin::Day:
        return date.toString(Qt::ISODate);
    case TimeBin::Week: {
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        return QStringLiteral("%1-W%2").arg(weekYear, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
    }
    case TimeBin::Month:
        return QStringLiteral("%1-%2")
            .arg(date.year(), 4, 10, QLatin1Char('0'))
            .arg(date.month(), 2, 10, QLatin1Char('0'));
    case TimeBin::Year:
        return QStringLiteral("%1").arg(date.year(), 4, 10, QLatin1Char('0'));
    }
    return {};
}

QDate binStart(const QDate &date, TimeBin bin)
{
    if (!date.isValid())
        return {};
    switch (bin) {
    case TimeBin::Day:
        return date;
    case TimeBin::Week:
        return date.addDays(1 - date.dayOfWeek());
    case TimeBin::Month:
        return QDate(date.year(), date.month(), 1);
    case TimeBin::Year:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

QDate nextBin(const QDate &date, TimeBin bin)
{
    if (!date.isValid())
        return {};
    switch (bin) {
    case TimeBin::Day:
        return date.addDays(1);
    case TimeBin::Week:
        return binStart(date, bin).addDays(7);
    case TimeBin::Month:
        return binStart(date, bin).addMonths(1);
    case TimeBin::Year:
        return QDate(date.year() + 1, 1, 1);
    }
    return date;
}

QDate binEnd(const QDate &date, TimeBin bin)
{
    return date.isValid() ? nextBin(date, bin).addDays(-1) : QDate();
}

TimeBin autoBin(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid())
        return TimeBin::Month;
    const qint64 days = std::abs(first.daysTo(last)) + 1;
    if (days <= 120)
        return TimeBin::Day;
    if (days <= 913)
        return TimeBin::Week;
    if (days <= 4383)
        return TimeBin::Month;
    return TimeBin::Year;
}

namespace {

/// Maps a date to the index of its bin counted from the bin of `origin`, with day arithmetic only.
class BinIndexer
{
public:
    BinIndexer(const QDate &origin, TimeBin bin)
        : m_bin(bin)
        , m_originDay(binStart(origin, bin).toJulianDay())
        , m_originMonth(origin.year() * 12 + origin.month() - 1)
        , m_originYear(origin.year())
    {}

    qint64 index(const QDate &date) const
    {
        switch (m_bin) {
        case TimeBin::Day:
            return date.toJulianDay() - m_originDay;
        case TimeBin::Week:
            return (date.toJulianDay() - m_originDay) / 7;
        case TimeBin::Month:
        case TimeBin::Year: {
            int year = 0;
            int month = 0;
            date.getDate(&year, &month, nullptr);
            return m_bin == TimeBin::Year ? year - m_originYear : year * 12 + month - 1 - m_originMonth;
        }
        }
        return 0;
    }

private:
    TimeBin m_bin;
    qint64 m_originDay;
    qint64 m_originMonth;
    qint64 m_originYear;
};

/// Counts per stack key and bin; keys are numbered in order of first appearance.
class StackCounter
{
public:
    explicit StackCounter(qsizetype binCount)
        : m_binCount(binCount)
    {}

    void add(const QString &key, qsizetype binIndex)
    {
        // Rows of one type tend to share one string; skip the hash when the key repeats.
        if (m_lastKey < 0 || (!key.isSharedWith(m_keys.at(m_lastKey)) && key != m_keys.at(m_lastKey))) {
            auto it = m_index.constFind(key);
            if (it == m_index.cend()) {
                it = m_index.insert(key, int(m_keys.size()));
                m_keys << key;
                m_counts.emplace_back(m_binCount, 0);
                m_totals.push_back(0);
            }
            m_lastKey = it.value();
        }
        ++m_counts[m_lastKey][binIndex];
        ++m_totals[m_lastKey];
    }

    /// Keys by total, largest first, then by name.
    QList<int> order() const
    {
        QList<int> order(m_keys.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [this](int a, int b) {
            return m_totals[a] != m_totals[b] ? m_totals[a] > m_totals[b] : m_keys.at(a) < m_keys.at(b);
        });
        return order;
    }

    const QString &key(int k) const { return m_keys.at(k); }
    int count(int k, qsizetype binIndex) const { return m_counts[k][binIndex]; }

private:
    qsizetype m_binCount;
    QHash<QString, int> m_index;
    QStringList m_keys;
    std::vector<std::vector<int>> m_counts;
    std::vector<int> m_totals;
    int m_lastKey = -1;
};

} // namespace

TimelineData aggregate(const QList<IncidentStore::DatedRow> &rows, TimeBin bin, StackBy stack, const QDate &from,
                       const QDate &to, int undated)
{
    TimelineData data;
    data.bin = bin;
    data.undated = undated;

    const qint64 fromDay = from.isValid() ? from.toJulianDay() : std::numeric_limits<qint64>::min();
    const qint64 toDay = to.isValid() ? to.toJulianDay() : std::numeric_limits<qint64>::max();
    qint64 firstDay = std::numeric_limits<qint64>::max();
    qint64 lastDay = std::numeric_limits<qint64>::min();
    for (const IncidentStore::DatedRow &row : rows) {
        if (!row.date.isValid())
            continue;
        const qint64 day = row.date.toJulianDay();
        if (day >= fromDay && day <= toDay) {
            firstDay = std::min(firstDay, day);
            lastDay = std::max(lastDay, day);
        }
    }
    QDate first = from.isValid() ? from : QDate::fromJulianDay(firstDay);
    QDate last = to.isValid() ? to : QDate::fromJulianDay(lastDay);
    if (firstDay > lastDay && !(from.isValid() && to.isValid())) {
        // No row in range: a single bound still shows its own bin.
        first = last = from.isValid() ? from : to;
    }
    if (!first.isValid() || !last.isValid() || first > last)
        return data;

    const BinIndexer indexer(first, bin);
    const qsizetype binCount = indexer.index(last) + 1;
    std::vector<int> counts(binCount, 0);
    StackCounter stacks(binCount);
    for (const IncidentStore::DatedRow &row : rows) {
        if (!row.date.isValid())
            continue;
        const qint64 day = row.date.toJulianDay();
        if (day < fromDay || day > toDay)
            continue;
        const qsizetype index = indexer.index(row.date);
        ++counts[index];
        stacks.add(stack == StackBy::Type ? row.eventType : row.status, index);
    }

    const QList<int> order = stacks.order();
    for (int k : order)
        data.stackKeys << stacks.key(k);
    data.bins.reserve(binCount);
    QDate start = binStart(first, bin);
    for (qsizetype index = 0; index < binCount; ++index) {
        const QDate next = nextBin(start, bin);
        TimelineBin b{periodKey(start, bin), start, next.addDays(-1), counts[index], {}};
        if (b.count > 0) {
            for (int k : order) {
                if (const int n = stacks.count(k, index))
                    b.stacks.insert(stacks.key(k), n);
            }
        }
        data.bins << b;
        start = next;
    }
    return data;
}

} // namespace sift
