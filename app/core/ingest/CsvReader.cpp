#include "core/ingest/CsvReader.h"

#include <QCoreApplication>

namespace sift {

namespace {

// Parser state for one pass over the text; kept out of the header so CsvReader stays a value.
class CsvScanner
{
public:
    CsvScanner(QStringView text, QChar delimiter, bool skipEmptyLines, qsizetype maxRows)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_skipEmptyLines(skipEmptyLines)
        , m_maxRows(maxRows)
    {}

    CsvReader::Result run()
    {
        while (m_pos < m_text.size()) {
            if (m_maxRows > 0 && m_result.rows.size() >= m_maxRows) {
                m_result.truncated = true;
                return std::move(m_result);
            }
            const QChar c = m_text[m_pos];
            if (m_fieldStart && c == QLatin1Char('"')) {
                if (!readQuoted())
                    return std::move(m_result);
            } else if (c == m_delimiter) {
                endField();
                ++m_pos;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                skipLineBreak();
                endRow();
            } else {
                m_field += c;
                m_fieldStart = false;
                m_rowHasContent = true;
                ++m_pos;
            }
        }
        if (m_rowHasContent || !m_fields.isEmpty())
            endRow();
        return std::move(m_result);
    }

private:
    bool readQuoted()
    {
        const int startLine = m_line;
        m_rowHasContent = true;
        m_fieldStart = false;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('"')) {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == QLatin1Char('"')) {
                    m_field += c;
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                skipLineBreak();
                m_field += QLatin1Char('\n');
                continue;
            }
            m_field += c;
            ++m_pos;
        }
        m_result.error =
            QCoreApplication::translate("sift", "a quoted field that starts on line %1 is never closed").arg(startLine);
        m_result.errorLine = startLine;
        return false;
    }

    void skipLineBreak()
    {
        if (m_text[m_pos] == QLatin1Char('\r') && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == QLatin1Char('\n'))
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    void endField()
    {
        m_fields << m_field;
        m_field.clear();
        m_fieldStart = true;
        m_rowHasContent = true;
    }

    void endRow()
    {
        if (m_rowHasContent || !m_skipEmptyLines) {
            m_fields << m_field;
            m_result.rows << m_fields;
            m_result.rowLines << m_rowLine;
        }
        m_fields.clear();
        m_field.clear();
        m_fieldStart = true;
        m_rowHasContent = false;
        m_rowLine = m_line;
    }

    QStringView m_text;
    QChar m_delimiter;
    bool m_skipEmptyLines;
    qsizetype m_maxRows = 0;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_rowLine = 1;
    QStringList m_fields;
    QString m_field;
    bool m_fieldStart = true;
    bool m_rowHasContent = false;
    CsvReader::Result m_result;
};

} // namespace

CsvReader::CsvReader(QChar delimiter)
    : m_delimiter(delimiter)
{}

CsvReader::Result CsvReader::read(QStringView text) const
{
    return CsvScanner(text, m_delimiter, m_skipEmptyLines, m_maxRows).run();
}

QChar CsvReader::guessDelimiter(QStringView firstLine)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : firstLine) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char('\n') && !quoted)
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace sift
