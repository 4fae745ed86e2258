#include "core/export/CsvWriter.h"

namespace sift {

QString CsvWriter::field(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString out = value;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    // A record of one empty field would be a blank line, which readers skip.
    if (fields.size() == 1 && fields.first().isEmpty()) {
        m_text += QLatin1String("\"\"\r\n");
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += QLatin1Char(',');
        m_text += field(fields.at(i));
    }
    m_text += QLatin1String("\r\n");
}

} // namespace sift
