#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace sift {

class Store;

/// Copies a whole project between engines (sift-cli push / pull): every row of every table, ids, history and
/// all, in one transaction on the destination, then compares every table's row count. The destination must be
/// a freshly created project of the same schema version (only its seeded vocabularies, which are replaced).
namespace ProjectCopy {

struct Result {
    QString error;                        ///< empty on success; on error the destination is as before
    QList<QPair<QString, qint64>> tables; ///< table and rows copied (equal on both sides), in copy order
};

Result copy(Store &from, Store &to);

} // namespace ProjectCopy
} // namespace sift
