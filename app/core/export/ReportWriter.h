#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>

class QIODevice;

namespace sift {

struct ReportDocument;

/// Writes all of bytes to out; returns the device's error sentence, empty on success.
QString writeAll(QIODevice &out, const QByteArray &bytes);

/// Writes a ReportDocument in one format. One subclass per format; the document is never changed.
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;

    /// Writes doc to out; returns an error sentence a user can read, empty on success.
    virtual QString write(const ReportDocument &doc, QIODevice &out) = 0;

    /// Long writers poll this between pages and give up (returning an error) once it is set.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

protected:
    bool cancelled() const { return m_cancel && m_cancel->load(); }

private:
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace sift
