#pragma once

#include "server/core/Authenticator.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace httplib {
struct Request;
} // namespace httplib

namespace kp::server {

// A streamed upload, complete on disk (see UploadSpool). The handler may rename it into place;
// whatever is still at `path` when the handler returns is removed.
struct UploadedFile {
    QString path;
    qint64 size = 0;
    std::string contentType; // the media type, as checked against the route's list
};

// What a handler sees of its request.
class RequestContext {
public:
    struct Parts {
        const httplib::Request &request;
        const std::vector<std::string> &paramNames; // the route's {placeholders}, in order
        std::vector<QString> params;                // their values, decoded
        std::string_view body;                      // empty for streamed uploads
        const UploadedFile *upload = nullptr;
        QString clientIp;
        std::optional<AuthenticatedSession> session;
    };
    explicit RequestContext(Parts parts);

    const httplib::Request &request() const { return m_parts.request; }
    // The value of the route pattern's `{name}`, decoded; a name the pattern lacks is a
    // programming error (std::logic_error, answered 500).
    const QString &param(std::string_view name) const;
    // A query parameter, or an empty string.
    QString query(const char *name) const;
    std::string header(const char *name) const;
    const QString &clientIp() const { return m_parts.clientIp; }
    // Present on every route whose access is not Public.
    const AuthenticatedSession &session() const { return *m_parts.session; }
    const Account &account() const { return m_parts.session->account; }
    // The raw body (routes with BodySpec::raw; its Content-Type is checked already).
    std::string_view body() const { return m_parts.body; }
    // The body as a JSON object: 415 unless Content-Type is JSON, 400 unless it parses to an object.
    QJsonObject json() const;
    // The spooled body of a BodySpec::stream route.
    const UploadedFile &uploadedFile() const;
    // The spooled body read into memory, for small uploads a parser takes whole (a CSV file).
    QByteArray uploadedBytes() const;

private:
    Parts m_parts;
};

} // namespace kp::server
