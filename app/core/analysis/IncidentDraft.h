#pragma once

#include "core/domain/Incident.h"

#include <QList>

namespace sift {

class Database;

/// A first version of the incident that claims report, for the analyst to confirm or correct; nothing is written.
/// - date: the first date expression in a claim's quote, else in its sentence, else nearest it in its paragraph,
///   resolved against the article's publication date ("on Sunday" -> the Sunday on or before it), with that
///   expression's precision; else the publication date itself;
/// - actors: known entities (names, aliases) and phrases like "Armenian forces" or "forces of Armenia" in the
///   quotes, in text order; the first claim's claimant when none is named;
/// - location: a known place or a capitalised name after from/in/near/at ("from the Goris area" -> Goris), with
///   country, admin1/2 and coordinates copied from the last incident recorded there;
/// - event type and fatalities when the wording makes them plain ("opened fire", "12 killed");
/// - status from the first claim; every claim and its article linked.
/// Reads the project through db (its stores); actor ids are 0 for names that are not entities yet
/// (Project::addIncident creates them).
Incident draftIncident(Database &db, const QList<qint64> &claimIds);

} // namespace sift
