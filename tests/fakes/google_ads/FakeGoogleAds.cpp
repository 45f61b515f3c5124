#include "FakeGoogleAds.h"

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace {

const QString adsFailureType = QStringLiteral("type.googleapis.com/google.ads.googleads.v21.errors.GoogleAdsFailure");

QString requestId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(22);
}

void replyJson(httplib::Response &response, int status, const QJsonDocument &body)
{
    response.status = status;
    response.set_content(body.toJson(QJsonDocument::Compact).toStdString(), "application/json; charset=UTF-8");
}

void tokenError(httplib::Response &response, int status, const QString &error, const QString &description)
{
    replyJson(response, status,
              QJsonDocument(
                  QJsonObject {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}));
}

// One GoogleAdsError: {"errorCode": {family: code}, "message": …, "details"?: …}.
struct AdsErrorEntry {
    QString family;
    QString code;
    QString message;
    QJsonObject details;
};

// searchStream's error: a google.rpc.Status with a GoogleAdsFailure, wrapped in an array.
void adsError(httplib::Response &response, int httpStatus, const QString &status, const QString &message,
              const AdsErrorEntry &entry)
{
    QJsonObject error {{QStringLiteral("errorCode"), QJsonObject {{entry.family, entry.code}}},
                       {QStringLiteral("message"), entry.message}};
    if (!entry.details.isEmpty())
        error.insert(QStringLiteral("details"), entry.details);
    const QJsonObject failure {{QStringLiteral("@type"), adsFailureType},
                               {QStringLiteral("errors"), QJsonArray {error}},
                               {QStringLiteral("requestId"), requestId()}};
    const QJsonObject rpcStatus {{QStringLiteral("code"), httpStatus},
                                 {QStringLiteral("message"), message},
                                 {QStringLiteral("status"), status},
                                 {QStringLiteral("details"), QJsonArray {failure}}};
    replyJson(response, httpStatus, QJsonDocument(QJsonArray {QJsonObject {{QStringLiteral("error"), rpcStatus}}}));
}

void permissionDenied(httplib::Response &response, const QString &code, const QString &message)
{
    adsError(response, 403, QStringLiteral("PERMISSION_DENIED"), QStringLiteral("The caller does not have permission"),
             {QStringLiteral("authorizationError"), code, message, {}});
}

void unauthenticated(httplib::Response &response, const QString &code, const QString &message)
{
    adsError(response, 401, QStringLiteral("UNAUTHENTICATED"),
             QStringLiteral("Request is missing required authentication credential. Expected OAuth 2 access token, "
                            "login cookie or other valid authentication credential. See "
                            "https://developers.google.com/identity/sign-in/web/devconsole-project."),
             {QStringLiteral("authenticationError"), code, message, {}});
}

void invalidArgument(httplib::Response &response, const QString &family, const QString &code, const QString &message)
{
    adsError(response, 400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("Request contains an invalid argument."),
             {family, code, message, {}});
}

// int64 as proto3 JSON writes it: a string; zero left out, as Google may.
void putInt64(QJsonObject &metrics, const QString &name, qint64 value)
{
    if (value != 0)
        metrics.insert(name, QString::number(value));
}

} // namespace

FakeGoogleAds::FakeGoogleAds()
{
    auto &server = m_http.http();
    server.Post("/token", [this](const auto &request, auto &response) { handleToken(request, response); });
    server.Post(R"(/(v[0-9]+)/customers/([0-9]+)/googleAds:searchStream)",
                [this](const auto &request, auto &response) { handleSearch(request, response); });
}

FakeGoogleAds::~FakeGoogleAds()
{
    m_http.stop(); // before the members its handlers use go
}

bool FakeGoogleAds::start()
{
    return m_http.start();
}

QString FakeGoogleAds::baseUrl() const
{
    return m_http.baseUrl();
}

void FakeGoogleAds::setDeveloperTokenApproved(bool approved)
{
    const std::lock_guard lock(m_mutex);
    m_developerTokenApproved = approved;
}

void FakeGoogleAds::addRefreshToken(const QString &refreshToken)
{
    const std::lock_guard lock(m_mutex);
    m_refreshTokens.insert(refreshToken);
    m_revoked.remove(refreshToken);
}

void FakeGoogleAds::revokeRefreshToken(const QString &refreshToken)
{
    const std::lock_guard lock(m_mutex);
    m_revoked.insert(refreshToken);
    // Revoking a grant ends the access tokens issued under it too.
    std::erase_if(m_accessTokens, [&](const auto &issued) { return issued.second.refreshToken == refreshToken; });
}

void FakeGoogleAds::setTokenLifetime(int seconds)
{
    const std::lock_guard lock(m_mutex);
    m_tokenLifetime = seconds;
}

void FakeGoogleAds::expireAccessTokens()
{
    const std::lock_guard lock(m_mutex);
    m_accessTokens.clear();
}

void FakeGoogleAds::setClock(kp::server::Clock clock)
{
    const std::lock_guard lock(m_mutex);
    m_clock = std::move(clock);
}

void FakeGoogleAds::addCustomer(const QString &customerId, const QString &currency, const QString &timeZone,
                                const QString &managerId)
{
    const std::lock_guard lock(m_mutex);
    auto &customer = m_customers[customerId];
    customer.currency = currency;
    customer.timeZone = timeZone;
    customer.managerId = managerId;
}

void FakeGoogleAds::setCustomerEnabled(const QString &customerId, bool enabled)
{
    const std::lock_guard lock(m_mutex);
    m_customers[customerId].enabled = enabled;
}

void FakeGoogleAds::denyAccess(const QString &customerId, bool denied)
{
    const std::lock_guard lock(m_mutex);
    m_customers[customerId].denied = denied;
}

void FakeGoogleAds::setDay(const QString &customerId, QDate day, const Day &values)
{
    const std::lock_guard lock(m_mutex);
    m_customers[customerId].days.insert(day, values);
}

void FakeGoogleAds::removeDay(const QString &customerId, QDate day)
{
    const std::lock_guard lock(m_mutex);
    m_customers[customerId].days.remove(day);
}

QMap<QDate, FakeGoogleAds::Day> FakeGoogleAds::days(const QString &customerId) const
{
    const std::lock_guard lock(m_mutex);
    return m_customers.value(customerId).days;
}

void FakeGoogleAds::setBatchSize(int rows)
{
    const std::lock_guard lock(m_mutex);
    m_batchSize = std::max(rows, 1);
}

void FakeGoogleAds::throttleNext(int count, int retryDelaySeconds, int retryAfterHeader)
{
    const std::lock_guard lock(m_mutex);
    m_failure = {count, 429, retryDelaySeconds, retryAfterHeader};
}

void FakeGoogleAds::setManagerAccount(const QString &customerId, bool manager)
{
    const std::lock_guard lock(m_mutex);
    m_customers[customerId].manager = manager;
}

void FakeGoogleAds::breakNextStream()
{
    const std::lock_guard lock(m_mutex);
    m_breakNextStream = true;
}

void FakeGoogleAds::failNext(int count, int status)
{
    const std::lock_guard lock(m_mutex);
    m_failure = {count, status, 0, -1};
}

int FakeGoogleAds::tokenRequests() const
{
    const std::lock_guard lock(m_mutex);
    return m_tokenRequests;
}

QList<FakeGoogleAds::SearchRequest> FakeGoogleAds::searches() const
{
    const std::lock_guard lock(m_mutex);
    return m_searches;
}

QList<QByteArray> FakeGoogleAds::issuedAccessTokens() const
{
    const std::lock_guard lock(m_mutex);
    return m_issued;
}

void FakeGoogleAds::handleToken(const httplib::Request &request, httplib::Response &response)
{
    const std::lock_guard lock(m_mutex);
    ++m_tokenRequests;
    const auto param = [&](const char *name) { return QString::fromStdString(request.get_param_value(name)); };
    if (param("grant_type") != QLatin1String("refresh_token"))
        return tokenError(response, 400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("Invalid grant_type."));
    if (param("client_id") != clientId() || param("client_secret") != clientSecret())
        return tokenError(response, 401, QStringLiteral("invalid_client"), QStringLiteral("Unauthorized"));
    const auto refreshToken = param("refresh_token");
    if (!m_refreshTokens.contains(refreshToken) || m_revoked.contains(refreshToken))
        return tokenError(response, 400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Token has been expired or revoked."));

    const auto token = "ya29.a0fake-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    m_accessTokens[token] = {m_clock().addSecs(m_tokenLifetime), refreshToken};
    m_issued.append(token);
    replyJson(
        response, 200,
        QJsonDocument(QJsonObject {{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                   {QStringLiteral("expires_in"), m_tokenLifetime},
                                   {QStringLiteral("scope"), QStringLiteral("https://www.googleapis.com/auth/adwords")},
                                   {QStringLiteral("token_type"), QStringLiteral("Bearer")}}));
}

bool FakeGoogleAds::injectedFailure(httplib::Response &response)
{
    if (m_failure.count <= 0)
        return false;
    --m_failure.count;
    if (m_failure.status == 429) {
        if (m_failure.retryAfterHeader >= 0)
            response.set_header("Retry-After", std::to_string(m_failure.retryAfterHeader));
        const QJsonObject quota {
            {QStringLiteral("rateScope"), QStringLiteral("DEVELOPER")},
            {QStringLiteral("rateName"), QStringLiteral("Number of operations for basic access")},
            {QStringLiteral("retryDelay"), QStringLiteral("%1s").arg(m_failure.retryDelaySeconds)}};
        adsError(response, 429, QStringLiteral("RESOURCE_EXHAUSTED"),
                 QStringLiteral("Resource has been exhausted (e.g. check quota)."),
                 {QStringLiteral("quotaError"), QStringLiteral("RESOURCE_EXHAUSTED"),
                  QStringLiteral("Too many requests. Retry in %1 seconds.").arg(m_failure.retryDelaySeconds),
                  QJsonObject {{QStringLiteral("quotaErrorDetails"), quota}}});
    } else if (m_failure.status == 401) {
        unauthenticated(response, QStringLiteral("OAUTH_TOKEN_EXPIRED"),
                        QStringLiteral("Authentication of the request failed."));
    } else {
        adsError(response, m_failure.status,
                 m_failure.status == 503 ? QStringLiteral("UNAVAILABLE") : QStringLiteral("INTERNAL"),
                 QStringLiteral("Internal error encountered."),
                 {QStringLiteral("internalError"),
                  QStringLiteral("INTERNAL_ERROR"),
                  QStringLiteral("An internal error has occurred."),
                  {}});
    }
    return true;
}

bool FakeGoogleAds::authorize(const httplib::Request &request, const QString &customerId, httplib::Response &response)
{
    if (QString::fromStdString(request.get_header_value("developer-token")) != developerToken()) {
        unauthenticated(response, QStringLiteral("DEVELOPER_TOKEN_INVALID"),
                        QStringLiteral("The developer token is not valid."));
        return false;
    }
    const auto authorization = QByteArray::fromStdString(request.get_header_value("Authorization"));
    const auto issued = m_accessTokens.find(authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray());
    if (issued == m_accessTokens.end() || issued->second.expires <= m_clock()) {
        unauthenticated(response, QStringLiteral("OAUTH_TOKEN_EXPIRED"),
                        QStringLiteral("Authentication of the request failed."));
        return false;
    }
    if (!m_developerTokenApproved) {
        permissionDenied(response, QStringLiteral("DEVELOPER_TOKEN_NOT_APPROVED"),
                         QStringLiteral("The developer token is only approved for use with test accounts. To access "
                                        "non-test accounts, apply for Basic or Standard access."));
        return false;
    }
    const auto found = m_customers.constFind(customerId);
    const auto login = QString::fromStdString(request.get_header_value("login-customer-id"));
    const bool reachable = found != m_customers.cend()
        && (found->managerId.isEmpty() ? (login.isEmpty() || login == customerId) : login == found->managerId);
    if (!reachable || found->denied) {
        permissionDenied(
            response, QStringLiteral("USER_PERMISSION_DENIED"),
            QStringLiteral("User doesn't have permission to access customer. Note: If you're accessing "
                           "a client customer, the manager's customer id must be set in the "
                           "'login-customer-id' header. See "
                           "https://developers.google.com/google-ads/api/docs/concepts/call-structure#cid"));
        return false;
    }
    if (!found->enabled) {
        permissionDenied(response, QStringLiteral("CUSTOMER_NOT_ENABLED"),
                         QStringLiteral("The customer account can't be accessed because it is not yet enabled or "
                                        "has been deactivated."));
        return false;
    }
    return true;
}

void FakeGoogleAds::handleSearch(const httplib::Request &request, httplib::Response &response)
{
    const std::lock_guard lock(m_mutex);
    const auto customerId = QString::fromStdString(request.matches[2]);
    const auto body = QJsonDocument::fromJson(QByteArray::fromStdString(request.body)).object();
    const auto query = body.value(QLatin1String("query")).toString().simplified();
    m_searches.append({customerId, QString::fromStdString(request.matches[1]),
                       QByteArray::fromStdString(request.get_header_value("Authorization")),
                       QByteArray::fromStdString(request.get_header_value("developer-token")),
                       QByteArray::fromStdString(request.get_header_value("login-customer-id")), query});
    if (injectedFailure(response) || !authorize(request, customerId, response))
        return;

    if (query == QLatin1String("SELECT customer.currency_code, customer.time_zone FROM customer")) {
        const auto &customer = m_customers[customerId];
        const QJsonObject row {
            {QStringLiteral("customer"),
             QJsonObject {{QStringLiteral("resourceName"), QStringLiteral("customers/") + customerId},
                          {QStringLiteral("currencyCode"), customer.currency},
                          {QStringLiteral("timeZone"), customer.timeZone}}}};
        return replyJson(response, 200,
                         QJsonDocument(QJsonArray {QJsonObject {
                             {QStringLiteral("results"), QJsonArray {row}},
                             {QStringLiteral("fieldMask"), QStringLiteral("customer.currencyCode,customer.timeZone")},
                             {QStringLiteral("requestId"), requestId()}}}));
    }
    static const QRegularExpression daily(
        QStringLiteral("^SELECT segments\\.date, metrics\\.cost_micros, metrics\\.clicks, metrics\\.impressions, "
                       "metrics\\.conversions FROM customer WHERE segments\\.date BETWEEN "
                       "'([0-9]{4}-[0-9]{2}-[0-9]{2})' AND '([0-9]{4}-[0-9]{2}-[0-9]{2})'$"));
    const auto match = daily.match(query);
    const auto from = QDate::fromString(match.captured(1), Qt::ISODate);
    const auto to = QDate::fromString(match.captured(2), Qt::ISODate);
    if (!match.hasMatch() || !from.isValid() || !to.isValid())
        return invalidArgument(response, QStringLiteral("queryError"), QStringLiteral("UNRECOGNIZED_FIELD"),
                               QStringLiteral("The fake understands only the connector's two queries."));
    if (m_customers.value(customerId).manager)
        return invalidArgument(response, QStringLiteral("queryError"), QStringLiteral("REQUESTED_METRICS_FOR_MANAGER"),
                               QStringLiteral("Metrics cannot be requested for a manager account. To retrieve metrics, "
                                              "issue separate requests against each client account under the manager "
                                              "account."));
    if (from < m_clock().date().addMonths(-37))
        return invalidArgument(response, QStringLiteral("dateRangeError"),
                               QStringLiteral("REQUESTED_DATE_GRANULARITY_NOT_SUPPORTED"),
                               QStringLiteral("Metrics with daily segmentation are only available for the last 37 "
                                              "months."));
    answerRows(customerId, from, to, response);
}

void FakeGoogleAds::answerRows(const QString &customerId, QDate from, QDate to, httplib::Response &response)
{
    const auto fieldMask = QStringLiteral("segments.date,metrics.costMicros,metrics.clicks,metrics.impressions,"
                                          "metrics.conversions");
    const auto id = requestId();
    QJsonArray batches;
    QJsonArray results;
    const auto flush = [&] {
        batches.append(QJsonObject {{QStringLiteral("results"), results},
                                    {QStringLiteral("fieldMask"), fieldMask},
                                    {QStringLiteral("requestId"), id}});
        results = {};
    };
    const auto &days = m_customers.value(customerId).days;
    for (auto it = days.lowerBound(from); it != days.cend() && it.key() <= to; ++it) {
        const auto &day = it.value();
        if (day.costMicros == 0 && day.clicks == 0 && day.impressions == 0 && day.conversions == 0)
            continue; // Google returns no row whose metrics are all zero
        QJsonObject metrics;
        putInt64(metrics, QStringLiteral("costMicros"), day.costMicros);
        putInt64(metrics, QStringLiteral("clicks"), day.clicks);
        putInt64(metrics, QStringLiteral("impressions"), day.impressions);
        if (day.conversions != 0)
            metrics.insert(QStringLiteral("conversions"), day.conversions);
        results.append(QJsonObject {
            {QStringLiteral("customer"),
             QJsonObject {{QStringLiteral("resourceName"), QStringLiteral("customers/") + customerId}}},
            {QStringLiteral("segments"), QJsonObject {{QStringLiteral("date"), it.key().toString(Qt::ISODate)}}},
            {QStringLiteral("metrics"), metrics}});
        if (results.size() >= m_batchSize)
            flush();
        if (m_breakNextStream && !batches.isEmpty()) {
            m_breakNextStream = false;
            const QJsonObject broken {{QStringLiteral("code"), 500},
                                      {QStringLiteral("message"), QStringLiteral("Internal error encountered.")},
                                      {QStringLiteral("status"), QStringLiteral("INTERNAL")}};
            batches.append(QJsonObject {{QStringLiteral("error"), broken}});
            return replyJson(response, 200, QJsonDocument(batches));
        }
    }
    if (!results.isEmpty() || batches.isEmpty()) {
        if (results.isEmpty()) // nothing ran: one batch without "results"
            batches.append(QJsonObject {{QStringLiteral("fieldMask"), fieldMask}, {QStringLiteral("requestId"), id}});
        else
            flush();
    }
    replyJson(response, 200, QJsonDocument(batches));
}
