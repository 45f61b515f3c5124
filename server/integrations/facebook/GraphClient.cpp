#include "server/integrations/facebook/GraphClient.h"

#include <QUrl>

namespace kp::server::facebook {

GraphClient::GraphClient(const OutboundHttp &http, QByteArray token)
    : m_http(http)
    , m_token(std::move(token))
{
}

GraphResult GraphClient::get(const QByteArray &path, const QByteArray &query)
{
    ++m_requests;
    return checked(m_http.get(path, query, OutboundHttp::bearer(m_token)));
}

GraphResult GraphClient::postForm(const QByteArray &path, const QByteArray &formBody)
{
    ++m_requests;
    return checked(m_http.post(path, formBody, QByteArrayLiteral("application/x-www-form-urlencoded"),
                               OutboundHttp::bearer(m_token)));
}

GraphResult GraphClient::checked(const HttpAnswer &answer)
{
    m_lastError = answer.status == 200 ? GraphErrorCode() : graphErrorCode(answer);
    if (answer.status != 200)
        return graphProblem(answer, m_token);
    if (auto problem = usageProblem(answer))
        return *problem;
    return answer.body;
}

std::optional<std::pair<QByteArray, QByteArray>> GraphClient::nextPage(const QString &nextUrl)
{
    const QUrl url(nextUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || !url.path().startsWith(QLatin1Char('/')))
        return std::nullopt;
    QByteArrayList kept;
    for (const auto &pair : url.query(QUrl::FullyEncoded).toUtf8().split('&')) {
        if (!pair.isEmpty() && !pair.startsWith("access_token="))
            kept.append(pair);
    }
    return std::make_pair(url.path(QUrl::FullyEncoded).toUtf8(), kept.join('&'));
}

} // namespace kp::server::facebook
