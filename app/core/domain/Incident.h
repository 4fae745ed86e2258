#pragma once

#include "core/domain/PartialDate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sift {

/// Something that happened, or is said to have happened, recorded as the ACLED codebook does.
struct Incident {
    qint64 id = 0;
    PartialDate eventDate;
    QString eventType;
    QString subEventType;
    qint64 actor1Id = 0;
    QString actor1;
    qint64 actor2Id = 0;
    QString actor2;
    QString country;
    QString admin1;
    QString admin2;
    QString location;
    std::optional<double> latitude;
    std::optional<double> longitude;
    int geoPrecision = 0; ///< 1 exact, 2 near, 3 region; 0 unknown
    std::optional<int> fatalities;
    QString notes;
    qint64 statusId = 0;
    QString status;
    QString sourceKey;  ///< identity of an imported row (event_id_cnty, a mapped id, or a row hash)
    QString importHash; ///< IncidentStore::contentHash as the last import wrote it; empty if never imported
    QList<qint64> claimIds;
    QList<qint64> articleIds;
};

} // namespace sift
