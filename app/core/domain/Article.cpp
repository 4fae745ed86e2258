#include "core/domain/Article.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace sift {

QString reviewStateKey(ReviewState state)
{
    switch (state) {
    case ReviewState::New:
        return QStringLiteral("new");
    case ReviewState::InReview:
        return QStringLiteral("in review");
    case ReviewState::Done:
        return QStringLiteral("done");
    }
    return QStringLiteral("new");
}

std::optional<ReviewState> reviewStateFromKey(const QString &key)
{
    const QString k =
        key.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    for (auto s : {ReviewState::New, ReviewState::InReview, ReviewState::Done}) {
        if (reviewStateKey(s) == k)
            return s;
    }
    if (k == QLatin1String("inreview") || k == QLatin1String("review"))
        return ReviewState::InReview;
    return std::nullopt;
}

QString reviewStateLabel(ReviewState state)
{
    switch (state) {
    case ReviewState::New:
        return QCoreApplication::translate("sift", "new");
    case ReviewState::InReview:
        return QCoreApplication::translate("sift", "in review");
    case ReviewState::Done:
        return QCoreApplication::translate("sift", "done");
    }
    return {};
}

QString articleUid(const QString &title, const QString &body)
{
    // Case and whitespace differences between two scrapes of the same story must not defeat dedupe.
    auto normalize = [](const QString &s) { return s.simplified().toCaseFolded(); };
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(normalize(title).toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(normalize(body).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace sift
