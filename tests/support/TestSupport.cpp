#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace sift::test {

QString sharedPath(const QString &relative)
{
    const QString path = QDir(QStringLiteral(SIFT_SHARED_DIR)).absoluteFilePath(relative);
    if (!QFileInfo::exists(path))
        qWarning("shared test material missing: %s", qPrintable(path));
    return QDir::cleanPath(path);
}

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(SIFT_TEST_DATA)).absoluteFilePath(relative);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace sift::test
