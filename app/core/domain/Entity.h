#pragma once

#include <QString>
#include <QStringList>

namespace sift {

/// A person, body, force, outlet, wire agency or place that claims, relays or acts.
struct Entity {
    qint64 id = 0;
    QString name;
    QString kind;        ///< "person", "government", "armed forces", "outlet", "wire agency", "place", …
    QString reliability; ///< Admiralty source reliability "A"–"F", empty when not rated
    QStringList aliases;
    QString notes;
};

QStringList entityKinds();
bool isValidReliability(const QString &grade); ///< "A"–"F" or empty

} // namespace sift
