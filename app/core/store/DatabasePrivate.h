#pragma once

// The server connection's parts of Database and Statement, shared by Database.cpp and DatabasePg.cpp only.
#include "core/store/Database.h"
#include "core/store/SqlDialect.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <libpq-fe.h>

namespace sift {

struct Database::PgCache {
    QHash<QByteArray, SqlDialect::Translated> translations;
    QStringList idTables;
    bool idTablesKnown = false;
};

struct Statement::Pg {
    SqlDialect::Translated translated;
    QList<QByteArray> values;
    QList<bool> nulls;
    QList<int> formats;
    PGresult *result = nullptr;
    int row = -1;
    int rows = 0;
    ~Pg() { PQclear(result); }
};

} // namespace sift
