#include "core/export/ReportWriter.h"

#include <QIODevice>

namespace sift {

QString writeAll(QIODevice &out, const QByteArray &bytes)
{
    return out.write(bytes) == bytes.size() ? QString() : out.errorString();
}

} // namespace sift
