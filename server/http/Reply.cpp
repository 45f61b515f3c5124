#include "server/http/Reply.h"

#include <stdexcept>

namespace kp::server {

Reply::Reply(Kind kind, int status)
    : m_kind(kind)
    , m_status(status)
{
}

Reply Reply::json(QJsonObject body, int status)
{
    Reply reply(Kind::Json, status);
    reply.m_json = std::move(body);
    return reply;
}

Reply Reply::noContent()
{
    return Reply(Kind::Empty, 204);
}

Reply Reply::bytes(QByteArray bytes, std::string contentType, int status)
{
    Reply reply(Kind::Bytes, status);
    reply.m_bytes = std::move(bytes);
    reply.m_contentType = std::move(contentType);
    return reply;
}

Reply Reply::file(QString path, std::string contentType)
{
    Reply reply(Kind::File, 200);
    reply.m_filePath = std::move(path);
    reply.m_contentType = std::move(contentType);
    return reply;
}

Reply Reply::html(const QString &page, int status)
{
    Reply reply(Kind::Html, status);
    reply.m_bytes = page.toUtf8();
    reply.m_contentType = "text/html; charset=utf-8";
    return reply;
}

Reply Reply::redirect(const QString &url, int status)
{
    // 301/308 would be cached by clients for good; the product's links move (signed, expiring).
    if (status != 302 && status != 303 && status != 307)
        throw std::logic_error("a redirect answers 302, 303 or 307");
    Reply reply(Kind::Redirect, status);
    reply.m_headers.emplace_back("Location", url.toStdString());
    return reply;
}

Reply &Reply::holding(std::shared_ptr<void> lease)
{
    m_lease = std::move(lease);
    return *this;
}

Reply &Reply::withHeader(std::string name, std::string value)
{
    m_headers.emplace_back(std::move(name), std::move(value));
    return *this;
}

} // namespace kp::server
