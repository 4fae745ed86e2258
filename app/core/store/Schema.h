#pragma once

#include <QString>

namespace sift {

class Database;

/// The project file's layout, versioned by PRAGMA user_version and marked by PRAGMA application_id.
namespace Schema {

inline constexpr int kVersion = 7;
inline constexpr int kApplicationId = 0x53494654; // "SIFT"

/// Creates every table of the current version in an empty database and seeds the vocabularies.
void create(Database &db);
/// Brings a database from an older version up to kVersion, one step at a time, in one transaction.
void migrate(Database &db, int fromVersion);

} // namespace Schema
} // namespace sift
