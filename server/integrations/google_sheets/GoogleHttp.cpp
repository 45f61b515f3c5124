#include "server/integrations/google_sheets/GoogleHttp.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGoogleHttp, "kp.google")

namespace kp::server::google {

GoogleHttp::GoogleHttp(const QString &baseUrl, std::chrono::seconds timeout)
    : m_http(baseUrl, lcGoogleHttp(), timeout)
{
}

HttpAnswer GoogleHttp::get(const QByteArray &path, const QByteArray &query, const QByteArray &bearerToken) const
{
    return m_http.get(path, query, bearerToken.isEmpty() ? HttpHeaders() : OutboundHttp::bearer(bearerToken));
}

HttpAnswer GoogleHttp::postForm(const QByteArray &path, const QByteArray &formBody) const
{
    return m_http.post(path, formBody, QByteArrayLiteral("application/x-www-form-urlencoded"));
}

} // namespace kp::server::google
