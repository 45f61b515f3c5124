#include "server/http/RequestContext.h"

#include "server/core/DomainError.h"
#include "server/http/RouteSpec.h"

#include <httplib.h>

#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <stdexcept>

namespace kp::server {

RequestContext::RequestContext(Parts parts)
    : m_parts(std::move(parts))
{
}

const QString &RequestContext::param(std::string_view name) const
{
    const auto &names = m_parts.paramNames;
    const auto found = std::find(names.begin(), names.end(), name);
    if (found == names.end())
        throw std::logic_error("the route has no {" + std::string(name) + "}");
    return m_parts.params.at(std::size_t(found - names.begin()));
}

QString RequestContext::query(const char *name) const
{
    return m_parts.request.has_param(name) ? QString::fromStdString(m_parts.request.get_param_value(name)) : QString();
}

std::string RequestContext::header(const char *name) const
{
    return m_parts.request.get_header_value(name);
}

QJsonObject RequestContext::json() const
{
    if (mediaTypeOf(m_parts.request.get_header_value("Content-Type")) != "application/json")
        throw DomainError(ErrorCode::UnsupportedMediaType, QStringLiteral("Send the body as application/json."));
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(
        QByteArray::fromRawData(m_parts.body.data(), qsizetype(m_parts.body.size())), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw DomainError(ErrorCode::BadRequest, QStringLiteral("The body is not a JSON object."));
    return document.object();
}

const UploadedFile &RequestContext::uploadedFile() const
{
    if (!m_parts.upload)
        throw std::logic_error("uploadedFile() on a route that does not stream its body");
    return *m_parts.upload;
}

QByteArray RequestContext::uploadedBytes() const
{
    QFile upload(uploadedFile().path);
    if (!upload.open(QIODevice::ReadOnly))
        throw std::runtime_error("a spooled upload cannot be read");
    return upload.readAll();
}

} // namespace kp::server
