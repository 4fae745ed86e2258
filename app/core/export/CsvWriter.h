#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sift {

/// Writes RFC 4180 CSV: a field is quoted when it holds a comma, a quote, a line break or edge spaces, quotes
/// inside are doubled, and every record ends with CRLF. Line breaks inside a field are kept as they are.
class CsvWriter final
{
public:
    void addRow(const QStringList &fields);
    QString text() const { return m_text; }
    QByteArray toUtf8() const { return m_text.toUtf8(); } ///< no byte-order mark

    static QString field(const QString &value);

private:
    QString m_text;
};

} // namespace sift
