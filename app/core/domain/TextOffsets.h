#pragma once

#include "core/domain/Claim.h"

#include <QString>

#include <optional>

namespace sift {

/// The one place that converts between QString's UTF-16 units and the Unicode code points that
/// the project file, W3C Web Annotation and REFI-QDA count in.
namespace TextOffsets {

qint64 toCodePoints(const QString &text, qsizetype utf16Index);
qsizetype toUtf16(const QString &text, qint64 codePointIndex); ///< clamps to the text's end
qint64 codePointLength(const QString &text);
/// The text between two code-point offsets.
QString slice(const QString &text, qint64 startCp, qint64 endCp);

inline constexpr int kContextLength = 32;

/// Builds an anchor for the UTF-16 range [start, end) of body: code points, quote, prefix, suffix.
TextAnchor anchorFor(const QString &body, qsizetype start, qsizetype end);
/// Finds the occurrence-th (1-based) match of quote in body; nullopt when there is none.
std::optional<TextAnchor> anchorForQuote(const QString &body, const QString &quote, int occurrence = 1);
/// Where an anchor lands in a (possibly edited) body: the stored position when the quote is still there,
/// otherwise the occurrence of the quote whose prefix and suffix fit best; nullopt = orphaned.
std::optional<TextAnchor> reanchor(const QString &body, const TextAnchor &anchor);

} // namespace TextOffsets
} // namespace sift
