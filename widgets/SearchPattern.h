#pragma once

#include <QRegularExpression>
#include <QString>

namespace sift {

/// The words of a library search (FTS5 syntax: words, "phrases", prefix*, AND/OR/NOT, NEAR) as one
/// case-insensitive pattern that finds them in an article's text, so the reader can mark what the search found.
/// An invalid pattern when the query names no word.
QRegularExpression searchPattern(const QString &ftsQuery);

} // namespace sift
