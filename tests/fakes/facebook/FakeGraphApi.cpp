#include "FakeGraphApi.h"

#include <httplib.h>

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace {

const QString graphHost = QStringLiteral("https://graph.facebook.com");

QString fbtrace()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("AbCdEf%1xYz").arg(++counter);
}

// Meta's error envelope. error_subcode only when there is one, as Meta sends it.
QJsonObject errorBody(int code, int subcode, const QString &message,
                      const QString &type = QStringLiteral("OAuthException"))
{
    QJsonObject error {{QStringLiteral("message"), message},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("fbtrace_id"), fbtrace()}};
    if (subcode != 0)
        error.insert(QStringLiteral("error_subcode"), subcode);
    return {{QStringLiteral("error"), error}};
}

void sendError(httplib::Response &response, int status, int code, int subcode, const QString &message)
{
    response.status = status;
    response.set_content(QJsonDocument(errorBody(code, subcode, message)).toJson(QJsonDocument::Compact).toStdString(),
                         "application/json; charset=UTF-8");
}

void badParameter(httplib::Response &response, const QString &message)
{
    sendError(response, 400, 100, 0, QStringLiteral("(#100) ") + message);
}

void noSuchObject(httplib::Response &response, const QString &id)
{
    sendError(response, 400, 100, 33,
              QStringLiteral("Unsupported get request. Object with ID '%1' does not exist, cannot be loaded due to "
                             "missing permissions, or does not support this operation.")
                  .arg(id));
}

QString usageHeader(const QString &key, int percent, int regainMinutes)
{
    const QJsonObject bucket {{QStringLiteral("type"), QStringLiteral("ads_insights")},
                              {QStringLiteral("call_count"), percent},
                              {QStringLiteral("total_cputime"), percent / 2},
                              {QStringLiteral("total_time"), percent / 3},
                              {QStringLiteral("estimated_time_to_regain_access"), regainMinutes},
                              {QStringLiteral("ads_api_access_tier"), QStringLiteral("standard_access")}};
    return QString::fromUtf8(QJsonDocument(QJsonObject {{key, QJsonArray {bucket}}}).toJson(QJsonDocument::Compact));
}

QString cursor(qsizetype index)
{
    return QString::fromLatin1(QByteArray::number(index).toBase64(QByteArray::Base64UrlEncoding));
}

qsizetype fromCursor(const QString &cursor, bool *ok)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    *ok = false;
    if (!decoded)
        return 0;
    return decoded.decoded.toLongLong(ok);
}

// A form body (POST) the way an HTML form encodes it: '+' is a space.
QMap<QString, QString> formParams(const std::string &body)
{
    QMap<QString, QString> params;
    auto text = QString::fromStdString(body);
    text.replace(QLatin1Char('+'), QLatin1Char(' '));
    for (const auto &[name, value] : QUrlQuery(text).queryItems(QUrl::FullyDecoded))
        params.insert(name, value);
    return params;
}

} // namespace

FakeGraphApi::Failure FakeGraphApi::throttle(int code, int regainMinutes)
{
    switch (code) {
    case 4:
        return {400, 4, 1504022, QStringLiteral("(#4) Application request limit reached"), regainMinutes};
    case 17:
        return {400, 17, 2446079, QStringLiteral("(#17) User request limit reached"), regainMinutes};
    case 613:
        return {400, 613, 1487742,
                QStringLiteral("(#613) There have been too many calls from this ad-account. Please wait a bit and "
                               "try again."),
                regainMinutes};
    case 80000:
        return {400, 80000, 2446079,
                QStringLiteral("There have been too many calls from this ad-account. Wait a bit and try again. For "
                               "more info, please refer to "
                               "https://developers.facebook.com/docs/graph-api/overview/rate-limiting#ads-insights."),
                regainMinutes};
    default:
        return {400, 80004, 2446079,
                QStringLiteral("There have been too many calls to this ad-account. Wait a bit and try again. For more "
                               "info, please refer to "
                               "https://developers.facebook.com/docs/graph-api/overview/rate-limiting#ads-management."),
                regainMinutes};
    }
}

FakeGraphApi::FakeGraphApi()
{
    const auto handler
        = [this](const httplib::Request &request, httplib::Response &response) { handle(request, response); };
    m_loopback.http().Get(".*", handler);
    m_loopback.http().Post(".*", handler);
}

void FakeGraphApi::addAccount(const QString &number, const QString &token, const QString &currency,
                              const QString &timeZone)
{
    const std::lock_guard lock(m_mutex);
    auto &account = m_accounts[number];
    account.currency = currency;
    account.timeZone = timeZone;
    account.tokens.insert(token);
}

void FakeGraphApi::addToken(const QString &number, const QString &token)
{
    const std::lock_guard lock(m_mutex);
    m_accounts[number].tokens.insert(token);
}

void FakeGraphApi::setAttributionSpec(const QString &number, const QJsonArray &spec)
{
    const std::lock_guard lock(m_mutex);
    m_accounts[number].attributionSpec = spec;
}

void FakeGraphApi::expireToken(const QString &token)
{
    const std::lock_guard lock(m_mutex);
    m_expired.insert(token);
}

void FakeGraphApi::setDay(const QString &number, QDate day, const Day &values)
{
    const std::lock_guard lock(m_mutex);
    m_accounts[number].days[day] = values;
}

void FakeGraphApi::removeDay(const QString &number, QDate day)
{
    const std::lock_guard lock(m_mutex);
    m_accounts[number].days.erase(day);
}

void FakeGraphApi::setToday(QDate today)
{
    const std::lock_guard lock(m_mutex);
    m_today = today;
}

void FakeGraphApi::failNext(int count, const Failure &failure)
{
    const std::lock_guard lock(m_mutex);
    for (int i = 0; i < count; ++i)
        m_failures.append(failure);
}

void FakeGraphApi::setUsage(int percent, int regainMinutes)
{
    const std::lock_guard lock(m_mutex);
    m_usagePercent = percent;
    m_regainMinutes = regainMinutes;
}

void FakeGraphApi::setReportRuns(int pollsUntilDone, const QString &finalStatus)
{
    const std::lock_guard lock(m_mutex);
    m_pollsUntilDone = std::max(1, pollsUntilDone);
    m_finalStatus = finalStatus;
}

QList<FakeGraphApi::Request> FakeGraphApi::requests() const
{
    const std::lock_guard lock(m_mutex);
    return m_requests;
}

void FakeGraphApi::clearRequests()
{
    const std::lock_guard lock(m_mutex);
    m_requests.clear();
}

void FakeGraphApi::handle(const httplib::Request &request, httplib::Response &response)
{
    static const QRegularExpression accountPath(QStringLiteral(R"(^/v\d+\.\d+/act_(\d+)(/insights)?$)"));
    static const QRegularExpression reportPath(QStringLiteral(R"(^/v\d+\.\d+/(\d+)(/insights)?$)"));
    const std::lock_guard lock(m_mutex);
    Request recorded;
    recorded.method = QString::fromStdString(request.method);
    recorded.path = QString::fromStdString(request.path);
    recorded.authorization = QString::fromStdString(request.get_header_value("Authorization"));
    for (const auto &[name, value] : request.params)
        recorded.params.insert(QString::fromStdString(name), QString::fromStdString(value));
    if (request.method == "POST")
        recorded.params.insert(formParams(request.body));
    m_requests.append(recorded);

    const bool post = request.method == "POST";
    if (const auto match = accountPath.match(recorded.path); match.hasMatch()) {
        const auto number = match.captured(1);
        const bool insights = !match.captured(2).isEmpty();
        if (!admit(response, recorded, number))
            return;
        if (!insights && !post)
            serveAccount(recorded, response, number);
        else if (insights && post)
            startReport(recorded, response, number);
        else if (insights)
            serveInsights(recorded, response, number);
        else
            badParameter(response, QStringLiteral("Unsupported post request."));
        return;
    }
    if (const auto match = reportPath.match(recorded.path); match.hasMatch() && !post) {
        const auto runId = match.captured(1);
        const auto report = m_reports.constFind(runId);
        if (!admit(response, recorded, report == m_reports.cend() ? QString() : report->account))
            return;
        if (report == m_reports.cend())
            noSuchObject(response, runId);
        else if (match.captured(2).isEmpty())
            serveReportStatus(response, runId);
        else
            serveReportRows(recorded, response, runId);
        return;
    }
    sendError(response, 400, 2500, 0, QStringLiteral("Unknown path components: %1").arg(recorded.path));
}

bool FakeGraphApi::admit(httplib::Response &response, const Request &recorded, const QString &account)
{
    if (!m_failures.isEmpty()) {
        const auto failure = m_failures.takeFirst();
        sendError(response, failure.httpStatus, failure.code, failure.subcode, failure.message);
        if (failure.regainMinutes >= 0)
            response.set_header(
                "x-business-use-case-usage",
                usageHeader(account.isEmpty() ? QStringLiteral("0") : account, 100, failure.regainMinutes)
                    .toStdString());
        return false;
    }
    auto token = recorded.params.value(QStringLiteral("access_token"));
    for (const auto *scheme : {"Bearer ", "OAuth "}) {
        if (token.isEmpty() && recorded.authorization.startsWith(QLatin1String(scheme)))
            token = recorded.authorization.mid(static_cast<qsizetype>(strlen(scheme)));
    }
    if (token.isEmpty()) {
        sendError(response, 400, 104, 0, QStringLiteral("An access token is required to request this resource."));
        return false;
    }
    if (m_expired.contains(token)) {
        sendError(response, 400, 190, 463,
                  QStringLiteral("Error validating access token: Session has expired on Thursday, 03-Dec-26 04:00:00 "
                                 "PST. The current time is Saturday, 05-Dec-26 07:23:54 PST."));
        return false;
    }
    bool known = false;
    for (const auto &each : std::as_const(m_accounts))
        known = known || each.tokens.contains(token);
    if (!known) {
        sendError(response, 400, 190, 0, QStringLiteral("Invalid OAuth access token - Cannot parse access token"));
        return false;
    }
    const auto found = m_accounts.constFind(account);
    if (found == m_accounts.cend() || !found->tokens.contains(token)) {
        noSuchObject(response, QStringLiteral("act_") + account);
        return false;
    }
    return true;
}

void FakeGraphApi::reply(httplib::Response &response, const QJsonObject &body, const QString &usageKey) const
{
    response.status = 200;
    response.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                         "application/json; charset=UTF-8");
    if (m_usagePercent >= 0)
        response.set_header("x-business-use-case-usage",
                            usageHeader(usageKey, m_usagePercent, m_regainMinutes).toStdString());
}

void FakeGraphApi::serveAccount(const Request &request, httplib::Response &response, const QString &number)
{
    const auto &account = m_accounts[number];
    QJsonObject body {{QStringLiteral("id"), QStringLiteral("act_") + number}};
    for (const auto &field :
         request.params.value(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (field == QLatin1String("currency"))
            body.insert(field, account.currency);
        else if (field == QLatin1String("timezone_name"))
            body.insert(field, account.timeZone);
        else if (field == QLatin1String("account_status"))
            body.insert(field, 1);
        else if (field == QLatin1String("attribution_spec") && !account.attributionSpec.isEmpty())
            body.insert(field, account.attributionSpec);
    }
    reply(response, body, number);
}

QJsonObject FakeGraphApi::row(const Account &account, QDate date, const Day &day, const QStringList &fields) const
{
    QJsonObject row;
    const auto text = date.toString(Qt::ISODate);
    if (fields.contains(QStringLiteral("spend")))
        row.insert(QStringLiteral("spend"), day.spend);
    if (fields.contains(QStringLiteral("impressions")))
        row.insert(QStringLiteral("impressions"), day.impressions);
    if (fields.contains(QStringLiteral("clicks")))
        row.insert(QStringLiteral("clicks"), day.clicks);
    if (fields.contains(QStringLiteral("account_currency")))
        row.insert(QStringLiteral("account_currency"), account.currency);
    if (fields.contains(QStringLiteral("actions")) && day.leads > 0) {
        const auto action = [](const char *type, int value) {
            return QJsonObject {{QStringLiteral("action_type"), QLatin1String(type)},
                                {QStringLiteral("value"), QString::number(value)}};
        };
        // `lead` is the total; the two sub-actions overlap it (and each other's sum is not it
        // either), so only a client reading `lead` alone gets the right count.
        QJsonArray actions {action("link_click", day.clicks.toInt()), action("lead", day.leads)};
        actions.append(action("onsite_conversion.lead_grouped", day.leads - day.leads / 2));
        if (day.leads / 2 > 0)
            actions.append(action("offsite_conversion.fb_pixel_lead", day.leads / 2 + 1));
        row.insert(QStringLiteral("actions"), actions);
    }
    row.insert(QStringLiteral("date_start"), text);
    row.insert(QStringLiteral("date_stop"), text);
    return row;
}

bool FakeGraphApi::rowsFor(const Request &request, httplib::Response &response, const QString &number, QJsonArray &rows)
{
    const auto &params = request.params;
    if (params.value(QStringLiteral("level"), QStringLiteral("account")) != QLatin1String("account")) {
        badParameter(response, QStringLiteral("This fake serves level=account only"));
        return false;
    }
    if (params.value(QStringLiteral("time_increment")) != QLatin1String("1")) {
        badParameter(response, QStringLiteral("This fake serves time_increment=1 only"));
        return false;
    }
    const auto range = QJsonDocument::fromJson(params.value(QStringLiteral("time_range")).toUtf8()).object();
    const auto since = QDate::fromString(range.value(QStringLiteral("since")).toString(), Qt::ISODate);
    const auto until = QDate::fromString(range.value(QStringLiteral("until")).toString(), Qt::ISODate);
    if (!since.isValid() || !until.isValid() || since > until) {
        badParameter(response, QStringLiteral("param time_range must be a JSON object with since and until"));
        return false;
    }
    const auto today = m_today.isValid() ? m_today : QDate::currentDate();
    if (since < today.addMonths(-37)) {
        sendError(response, 400, 3018, 0,
                  QStringLiteral("(#3018) The start date of the time range cannot be beyond 37 months from the "
                                 "current date"));
        return false;
    }
    const auto fields
        = params.value(QStringLiteral("fields"), QStringLiteral("spend,impressions")).split(QLatin1Char(','));
    const auto &account = m_accounts[number];
    for (auto day = account.days.lower_bound(since); day != account.days.end() && day->first <= until; ++day)
        rows.append(row(account, day->first, day->second, fields));
    return true;
}

void FakeGraphApi::servePage(const Request &request, httplib::Response &response, const QJsonArray &rows,
                             const QString &usageKey)
{
    bool ok = true;
    const int limit = request.params.value(QStringLiteral("limit"), QStringLiteral("25")).toInt(&ok);
    if (!ok || limit <= 0) {
        badParameter(response, QStringLiteral("param limit must be a positive number"));
        return;
    }
    qsizetype start = 0;
    if (request.params.contains(QStringLiteral("after"))) {
        start = fromCursor(request.params.value(QStringLiteral("after")), &ok) + 1;
        if (!ok || start <= 0) {
            badParameter(response, QStringLiteral("The after cursor is invalid"));
            return;
        }
    }
    QJsonArray data;
    for (auto i = start; i < rows.size() && data.size() < limit; ++i)
        data.append(rows.at(i));
    QJsonObject body {{QStringLiteral("data"), data}};
    if (!data.isEmpty()) {
        const auto last = start + data.size() - 1;
        QJsonObject paging {
            {QStringLiteral("cursors"),
             QJsonObject {{QStringLiteral("before"), cursor(start)}, {QStringLiteral("after"), cursor(last)}}}};
        if (last + 1 < rows.size()) {
            // Meta's next link repeats every parameter (the token too, when it came as one).
            QStringList query;
            for (auto param = request.params.cbegin(); param != request.params.cend(); ++param) {
                if (param.key() != QLatin1String("after"))
                    query.append(param.key() + QLatin1Char('=')
                                 + QString::fromLatin1(QUrl::toPercentEncoding(param.value())));
            }
            query.append(QStringLiteral("after=") + cursor(last));
            paging.insert(QStringLiteral("next"),
                          graphHost + request.path + QLatin1Char('?') + query.join(QLatin1Char('&')));
        }
        body.insert(QStringLiteral("paging"), paging);
    }
    reply(response, body, usageKey);
}

void FakeGraphApi::serveInsights(const Request &request, httplib::Response &response, const QString &number)
{
    QJsonArray rows;
    if (rowsFor(request, response, number, rows))
        servePage(request, response, rows, number);
}

void FakeGraphApi::startReport(const Request &request, httplib::Response &response, const QString &number)
{
    Report report;
    if (!rowsFor(request, response, number, report.rows))
        return;
    report.account = number;
    const auto id = QString::number(m_nextReportId++);
    m_reports.insert(id, report);
    reply(response, {{QStringLiteral("report_run_id"), id}}, number);
}

void FakeGraphApi::serveReportStatus(httplib::Response &response, const QString &runId)
{
    auto &report = m_reports[runId];
    ++report.polls;
    QString status = QStringLiteral("Job Running");
    int percent = 100 * report.polls / m_pollsUntilDone;
    if (report.polls >= m_pollsUntilDone) {
        status = m_finalStatus;
        percent = m_finalStatus == QLatin1String("Job Completed") ? 100 : percent;
    } else if (report.polls == 1) {
        status = QStringLiteral("Job Not Started");
        percent = 0;
    } else if (report.polls == m_pollsUntilDone - 1) {
        percent = 100; // Meta's reports sometimes read 100 a poll before they are done
    }
    reply(response,
          {{QStringLiteral("id"), runId},
           {QStringLiteral("async_status"), status},
           {QStringLiteral("async_percent_completion"), percent}},
          report.account);
}

void FakeGraphApi::serveReportRows(const Request &request, httplib::Response &response, const QString &runId)
{
    const auto &report = m_reports[runId];
    if (report.polls < m_pollsUntilDone || m_finalStatus != QLatin1String("Job Completed")) {
        badParameter(response, QStringLiteral("The report is not ready; check async_status first"));
        return;
    }
    servePage(request, response, report.rows, report.account);
}
