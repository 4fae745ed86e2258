#pragma once

#include "core/domain/Incident.h"

#include <QJsonObject>
#include <QJsonValue>

namespace sift {

/// An incident as Sift's JSON names its fields: the data export prints it, and the history of an edited incident
/// names each changed field by its key here.
QJsonObject incidentJson(const Incident &incident);
/// ISO text, or null when unknown.
QJsonValue partialDateJson(const PartialDate &date);

} // namespace sift
