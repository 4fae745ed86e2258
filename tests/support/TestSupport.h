#pragma once

#include <QByteArray>
#include <QString>

namespace sift::test {

/// Absolute path of a file under ../shared (samples, corpora). Fails the test when shared/ is missing.
QString sharedPath(const QString &relative);
/// Absolute path of a file under tests/data.
QString dataPath(const QString &relative);
QByteArray readFile(const QString &path);

} // namespace sift::test
