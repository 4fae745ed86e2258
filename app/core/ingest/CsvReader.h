#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace sift {

/// Reads RFC 4180 CSV into rows of fields: quoted fields, doubled quotes, delimiters and line breaks
/// inside quotes, records ended by CRLF, LF or a lone CR. Line breaks kept inside a field become LF.
/// Lenient where spreadsheets are: a quote inside an unquoted field, or text after a closing quote,
/// is kept as it stands.
class CsvReader final
{
public:
    struct Result {
        QList<QStringList> rows;
        QList<int> rowLines; ///< 1-based line on which each row starts, parallel to rows
        QString error;       ///< non-empty when the text is not CSV; a sentence a user can read
        int errorLine = 0;
        bool truncated = false; ///< reading stopped after maxRows rows; error is empty
        bool ok() const { return error.isEmpty(); }
    };

    explicit CsvReader(QChar delimiter = QLatin1Char(','));

    QChar delimiter() const { return m_delimiter; }
    /// Empty lines are skipped by default; when kept, each is a row with one empty field.
    void setSkipEmptyLines(bool skip) { m_skipEmptyLines = skip; }
    /// Stops reading after this many rows (and sets Result::truncated when more follow); 0 reads all.
    void setMaxRows(qsizetype rows) { m_maxRows = rows; }

    Result read(QStringView text) const;

    /// The likeliest delimiter of a header line among comma, semicolon and tab (comma on a tie).
    static QChar guessDelimiter(QStringView firstLine);

private:
    QChar m_delimiter = QLatin1Char(',');
    bool m_skipEmptyLines = true;
    qsizetype m_maxRows = 0;
};

} // namespace sift
