#pragma once

#include <QColor>
#include <QString>

namespace sift {

/// A label for claims; tags nest ("conflict/shelling") and carry a colour.
struct Tag {
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QColor color;
};

} // namespace sift
