#include "client/api/ApiClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace kp::client {
namespace {

constexpr int kTransferTimeoutMs = 20000;

ApiError errorFrom(QNetworkReply *reply, const QJsonObject &body)
{
    ApiError error;
    error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error.httpStatus == 0) {
        error.networkError = reply->errorString();
        return error;
    }
    const auto object = body.value(QLatin1String("error")).toObject();
    error.code = errorCodeFromName(object.value(QLatin1String("code")).toString());
    const auto fields = object.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        error.fields.insert(it.key(), it.value().toString());
    error.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    error.rejectionReason = object.value(QLatin1String("reason")).toString();
    return error;
}

// One path segment, percent-encoded so that '/', '?', '#', '%' and spaces in it stay data.
QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QJsonValue optional(const QString &value)
{
    return value.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

ApiCall::ApiCall(QNetworkReply *reply)
    : QObject(reply->manager())
    , m_reply(reply)
{
    connect(reply, &QNetworkReply::finished, this, &ApiCall::finish);
}

void ApiCall::finish()
{
    const auto body = QJsonDocument::fromJson(m_reply->readAll()).object();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
        emit succeeded(body);
    else
        emit failed(errorFrom(m_reply, body));
    m_reply->deleteLater();
    deleteLater();
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ApiError>();
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

QNetworkRequest ApiClient::request(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    auto url = m_baseUrl;
    // `path` arrives percent-encoded (ids go through pathSegment()); taken as decoded text,
    // QUrl would encode its '%' once more and "x/y" would reach the server as "x%252Fy".
    auto base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        QUrlQuery urlQuery;
        for (const auto &[key, value] : query)
            urlQuery.addQueryItem(key, value);
        url.setQuery(urlQuery);
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    // Qt 6's default (NoLessSafeRedirectPolicy) follows a redirect to any other host and sends
    // our headers along, the session token included. Our API never redirects; a redirect off
    // this origin fails (the app shows "answered unexpectedly") instead of leaking the token.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Kundenportal/" KP_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return request;
}

ApiCall *ApiClient::get(const QString &path, const QList<std::pair<QString, QString>> &query)
{
    return new ApiCall(m_network->get(request(path, query)));
}

ApiCall *ApiClient::post(const QString &path, const QJsonObject &body)
{
    auto request = this->request(path);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return new ApiCall(m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ApiCall *ApiClient::registerAccount(const RegistrationForm &form)
{
    return post(QStringLiteral("/api/v1/auth/register"),
                {{QStringLiteral("email"), form.email},
                 {QStringLiteral("password"), form.password},
                 {QStringLiteral("name"), form.name},
                 {QStringLiteral("company"), form.company},
                 {QStringLiteral("phone"), optional(form.phone)},
                 {QStringLiteral("username"), optional(form.username)},
                 {QStringLiteral("referral_code"), optional(form.referralCode)}});
}

ApiCall *ApiClient::login(const QString &login, const QString &password)
{
    return post(QStringLiteral("/api/v1/auth/login"),
                {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
}

ApiCall *ApiClient::logout()
{
    return post(QStringLiteral("/api/v1/auth/logout"), {});
}

ApiCall *ApiClient::me()
{
    return get(QStringLiteral("/api/v1/me"));
}

ApiCall *ApiClient::accounts(AccountStatus status, const QString &cursor)
{
    QList<std::pair<QString, QString>> query {{QStringLiteral("status"), statusName(status)}};
    if (!cursor.isEmpty())
        query.append({QStringLiteral("cursor"), cursor});
    return get(QStringLiteral("/api/v1/admin/accounts"), query);
}

ApiCall *ApiClient::approve(const QString &accountId)
{
    return post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(pathSegment(accountId)), {});
}

ApiCall *ApiClient::reject(const QString &accountId, const QString &reason)
{
    return post(QStringLiteral("/api/v1/admin/accounts/%1/reject").arg(pathSegment(accountId)),
                {{QStringLiteral("reason"), reason}});
}

} // namespace kp::client
