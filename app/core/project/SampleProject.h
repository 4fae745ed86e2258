#pragma once

#include <QString>

namespace sift {

class Database;

/// Builds the sample project a first run opens: the fictional demo corpus embedded in the program
/// (resources/demo), imported and annotated the way an analyst would have left it.
namespace SampleProject {

/// Creates a new project at path from the embedded corpus. Returns an error sentence, empty on success.
/// Refuses to overwrite an existing file.
QString create(const QString &path);

/// Applies an annotations document (the schema of resources/demo/annotations.json) to an open project.
QString applyAnnotations(Database &db, const QByteArray &json);

} // namespace SampleProject
} // namespace sift
