#include "core/domain/Claim.h"

#include <QCoreApplication>

namespace sift {

namespace {

QString normalizedKey(const QString &key)
{
    return key.trimmed()
        .toLower()
        .replace(QLatin1Char('-'), QLatin1Char(' '))
        .replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

QList<Stance> allStances()
{
    return {Stance::Asserts, Stance::Denies, Stance::NeitherConfirmsNorDenies, Stance::DeclinesToComment,
            Stance::Reports};
}

QString stanceKey(Stance stance)
{
    switch (stance) {
    case Stance::Asserts:
        return QStringLiteral("asserts");
    case Stance::Denies:
        return QStringLiteral("denies");
    case Stance::NeitherConfirmsNorDenies:
        return QStringLiteral("neither confirms nor denies");
    case Stance::DeclinesToComment:
        return QStringLiteral("declines to comment");
    case Stance::Reports:
        return QStringLiteral("reports");
    }
    return QStringLiteral("asserts");
}

std::optional<Stance> stanceFromKey(const QString &key)
{
    const QString k = normalizedKey(key);
    for (Stance s : allStances()) {
        if (stanceKey(s) == k)
            return s;
    }
    if (k == QLatin1String("ncnd") || k == QLatin1String("neither confirm nor deny"))
        return Stance::NeitherConfirmsNorDenies;
    if (k == QLatin1String("no comment") || k == QLatin1String("declines"))
        return Stance::DeclinesToComment;
    if (k == QLatin1String("assert"))
        return Stance::Asserts;
    if (k == QLatin1String("deny"))
        return Stance::Denies;
    return std::nullopt;
}

QString stanceLabel(Stance stance)
{
    switch (stance) {
    case Stance::Asserts:
        return QCoreApplication::translate("sift", "asserts");
    case Stance::Denies:
        return QCoreApplication::translate("sift", "denies");
    case Stance::NeitherConfirmsNorDenies:
        return QCoreApplication::translate("sift", "neither confirms nor denies");
    case Stance::DeclinesToComment:
        return QCoreApplication::translate("sift", "declines to comment");
    case Stance::Reports:
        return QCoreApplication::translate("sift", "reports");
    }
    return {};
}

QString claimRelationKey(ClaimRelation relation)
{
    switch (relation) {
    case ClaimRelation::Contradicts:
        return QStringLiteral("contradicts");
    case ClaimRelation::Supports:
        return QStringLiteral("supports");
    case ClaimRelation::Repeats:
        return QStringLiteral("repeats");
    }
    return QStringLiteral("contradicts");
}

std::optional<ClaimRelation> claimRelationFromKey(const QString &key)
{
    const QString k = normalizedKey(key);
    for (auto r : {ClaimRelation::Contradicts, ClaimRelation::Supports, ClaimRelation::Repeats}) {
        if (claimRelationKey(r) == k)
            return r;
    }
    return std::nullopt;
}

QString claimRelationLabel(ClaimRelation relation)
{
    switch (relation) {
    case ClaimRelation::Contradicts:
        return QCoreApplication::translate("sift", "contradicts");
    case ClaimRelation::Supports:
        return QCoreApplication::translate("sift", "supports");
    case ClaimRelation::Repeats:
        return QCoreApplication::translate("sift", "repeats");
    }
    return {};
}

} // namespace sift
