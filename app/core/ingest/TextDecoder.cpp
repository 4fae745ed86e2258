#include "core/ingest/TextDecoder.h"

#include "core/domain/Translation.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

namespace sift {

namespace {

struct Bom {
    QByteArrayView bytes;
    QStringConverter::Encoding encoding;
    const char *name;
};

// UTF-32LE must be tried before UTF-16LE: its BOM starts with the UTF-16LE one.
const std::array<Bom, 5> kBoms = {{
    {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, "UTF-32LE"},
    {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, "UTF-32BE"},
    {QByteArrayView("\xEF\xBB\xBF", 3), QStringConverter::Utf8, "UTF-8"},
    {QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE, "UTF-16LE"},
    {QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE, "UTF-16BE"},
}};

// Windows-1252 0x80–0x9F; the five undefined bytes keep their C1 code points, as browsers do.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

std::optional<QString> decodeStrict(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString decodeLenient(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

// Some tools write UTF-16 without a byte-order mark; mostly-ASCII text then shows NUL in every other byte.
std::optional<Bom> sniffBomlessUtf16(QByteArrayView bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < bytes.size(); i += 2) {
        evenNuls += bytes[i] == '\0';
        oddNuls += bytes[i + 1] == '\0';
    }
    const qsizetype units = bytes.size() / 2;
    if (oddNuls * 10 >= units * 9 && evenNuls * 20 < units)
        return Bom{{}, QStringConverter::Utf16LE, "UTF-16LE"};
    if (evenNuls * 10 >= units * 9 && oddNuls * 20 < units)
        return Bom{{}, QStringConverter::Utf16BE, "UTF-16BE"};
    return std::nullopt;
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    Result result;
    if (bytes.isEmpty()) {
        result.error = Sift::tr("the file is empty");
        return result;
    }

    QString text;
    bool decoded = false;
    for (const Bom &bom : kBoms) {
        if (!bytes.startsWith(bom.bytes))
            continue;
        const QByteArrayView payload = QByteArrayView(bytes).sliced(bom.bytes.size());
        if (bom.encoding == QStringConverter::Utf8)
            break; // UTF-8 with a BOM still falls back to Windows-1252 when it is not valid UTF-8
        result.encoding = QString::fromLatin1(bom.name);
        if (std::optional<QString> strict = decodeStrict(payload, bom.encoding)) {
            text = *strict;
        } else {
            text = decodeLenient(payload, bom.encoding);
            result.warnings << Sift::tr("not valid %1; unreadable characters were replaced").arg(result.encoding);
        }
        decoded = true;
        break;
    }

    if (!decoded) {
        const bool utf8Bom = bytes.startsWith(QByteArrayView("\xEF\xBB\xBF", 3));
        const QByteArrayView payload = QByteArrayView(bytes).sliced(utf8Bom ? 3 : 0);
        if (std::optional<Bom> utf16 = utf8Bom ? std::nullopt : sniffBomlessUtf16(payload)) {
            result.encoding = QString::fromLatin1(utf16->name);
            text = decodeLenient(payload, utf16->encoding);
            result.warnings << Sift::tr("no byte-order mark; read as %1").arg(result.encoding);
        } else if (std::optional<QString> utf8 = decodeStrict(payload, QStringConverter::Utf8)) {
            result.encoding = QStringLiteral("UTF-8");
            text = *utf8;
        } else {
            result.encoding = QStringLiteral("Windows-1252");
            text = fromWindows1252(payload);
            result.warnings << Sift::tr("not valid UTF-8; read as Windows-1252");
        }
    }

    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (looksBinary(text)) {
        result.warnings.clear();
        result.error = Sift::tr("binary data, not text");
        return result;
    }
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); })) {
        result.warnings.clear();
        result.error = Sift::tr("the file is empty");
        return result;
    }
    result.text = normalizeLineBreaks(text).normalized(QString::NormalizationForm_C);
    return result;
}

QString TextDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = (b >= 0x80 && b <= 0x9F) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString TextDecoder::normalizeLineBreaks(const QString &text)
{
    // Most files have nothing to replace: a character search is far cheaper than four substring passes.
    if (!text.contains(QLatin1Char('\r')) && !text.contains(QChar(0x2029)) && !text.contains(QChar(0x2028)))
        return text;
    QString out = text;
    out.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    out.replace(QChar(0x2029), QLatin1String("\n\n")); // paragraph separator
    out.replace(QChar(0x2028), QLatin1Char('\n'));     // line separator
    return out;
}

bool TextDecoder::looksBinary(const QString &text)
{
    // Runs over every imported character: printable ASCII and everything from U+00A0 up pass with one
    // well-predicted test. Counted are NULs, and control characters other than the usual whitespace:
    // C0 but tab, line feed, vertical tab, form feed and carriage return; DEL; C1.
    constexpr quint32 kC0Controls = ~quint32(0x3E00);
    qsizetype nuls = 0;
    qsizetype controls = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (char16_t(c - 0x20) < 0x5F || c >= 0xA0)
            continue;
        nuls += c == 0;
        controls += c < 0x20 ? (kC0Controls >> c) & 1 : 1;
    }
    return nuls > 0 || (controls > 0 && controls * 10 > text.size());
}

} // namespace sift
