#include "core/domain/Entity.h"

namespace sift {

QStringList entityKinds()
{
    return {QStringLiteral("person"),      QStringLiteral("government"),   QStringLiteral("armed forces"),
            QStringLiteral("armed group"), QStringLiteral("organization"), QStringLiteral("outlet"),
            QStringLiteral("wire agency"), QStringLiteral("place")};
}

bool isValidReliability(const QString &grade)
{
    return grade.isEmpty() || (grade.size() == 1 && grade.at(0) >= QLatin1Char('A') && grade.at(0) <= QLatin1Char('F'));
}

} // namespace sift
