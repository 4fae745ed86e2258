#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace sift {

/// Turns a file's bytes into text every parser can trust: picks the encoding, refuses binary and
/// empty input, converts CRLF and lone CR to LF and composes Unicode to NFC.
class TextDecoder final
{
public:
    struct Result {
        QString text;
        QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE" or "Windows-1252"
        QStringList warnings;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    static Result decode(const QByteArray &bytes);

    /// Windows-1252 as browsers read it: 0x80–0x9F from the code page, undefined bytes and the rest as Latin-1.
    static QString fromWindows1252(QByteArrayView bytes);
    static QString normalizeLineBreaks(const QString &text);
    /// True when the text holds NUL characters or is mostly control characters.
    static bool looksBinary(const QString &text);
};

} // namespace sift
