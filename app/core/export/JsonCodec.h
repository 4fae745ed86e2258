#pragma once

#include "core/domain/Article.h"
#include "core/domain/Claim.h"
#include "core/domain/Entity.h"
#include "core/domain/Incident.h"
#include "core/store/ArticleStore.h"

#include <QJsonObject>

namespace sift {

/// The JSON shapes Sift prints and exports; one place so the CLI and the data export agree.
namespace JsonCodec {

QJsonObject article(const Article &article, bool withBody = true);
QJsonObject articleSummary(const ArticleSummary &summary);
QJsonObject claim(const Claim &claim);
QJsonObject claimLink(const ClaimLink &link);
QJsonObject entity(const Entity &entity);
QJsonObject incident(const Incident &incident);
QJsonValue date(const PartialDate &date); ///< ISO text, or null when unknown

} // namespace JsonCodec
} // namespace sift
