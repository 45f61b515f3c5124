#pragma once

#include <QString>

#include <optional>

namespace kp::server {

// What kind of document an uploaded file is, judged by its bytes alone, never by its name or
// declared type: PDF, PNG, JPEG, or plain UTF-8 text (CSV included). Anything else (an
// executable renamed .pdf, an archive, a Word macro file) is no document we keep.
struct UploadedDocument {
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    // "application/pdf", "image/png", "image/jpeg" or "text/plain"; std::nullopt for anything
    // else. Reads the file at `path` (at most its first kTextProbe bytes decide text).
    static std::optional<QString> contentType(const QString &path);

    // The name as the customer gave it, fit to show: the last path part, trimmed; empty when
    // nothing usable is left.
    static QString cleanName(const QString &name);

private:
    static constexpr qint64 kTextProbe = 64 * 1024;
};

} // namespace kp::server
