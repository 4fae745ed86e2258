#pragma once

#include <QColor>
#include <QString>

namespace sift {

/// One verification status of the project's vocabulary, with its ClaimReview rating.
struct Status {
    qint64 id = 0;
    QString name;
    QColor color;
    QString alternateName; ///< ClaimReview reviewRating.alternateName
    int ratingValue = 3;   ///< ClaimReview ratingValue, 1 (worst) to 5 (best)
    int position = 0;
    bool isDefault = false;
    QString description;
};

} // namespace sift
