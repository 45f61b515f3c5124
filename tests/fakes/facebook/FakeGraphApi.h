#pragma once

#include "LoopbackServer.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <mutex>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

// The Graph API's ad account object and Marketing API Insights for a few ad accounts, on a free
// loopback port, in Meta's wire format, errors included. Point [facebook] graph_url at baseUrl().
//
//   FakeGraphApi graph;
//   graph.addAccount("123456", "EAAB-token");
//   graph.setDay("123456", QDate(2026, 3, 1), {"12.34", "345", "12", 2});
//   QVERIFY(graph.start());
//
// What it serves, as Meta does: GET /{v}/act_{id}?fields=… (the requested fields plus id);
// GET /{v}/act_{id}/insights with level=account, time_increment=1 and a JSON time_range: one
// row per day with delivery (days without are left out), numbers as strings, `actions` with
// `lead` plus its two overlapping sub-actions (onsite_conversion.lead_grouped and
// offsite_conversion.fb_pixel_lead, which together are not the lead count, so a client adding
// them is caught) and left out of rows without leads, cursor paging with an absolute
// https://graph.facebook.com `next` link; async report runs (POST …/insights, GET /{v}/{run},
// GET /{v}/{run}/insights); the x-business-use-case-usage header on every answer; errors as
// {"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}} with HTTP 400.
// The token may come as access_token= or as Authorization: Bearer / OAuth. Requests run on the
// fake's own threads; every method here is thread-safe.
class FakeGraphApi {
public:
    // One day of an ad account, as Meta reports it. Strings as sent, so a test can also send
    // something that is not a number.
    struct Day {
        QString spend = QStringLiteral("0.00");
        QString impressions = QStringLiteral("0");
        QString clicks = QStringLiteral("0");
        int leads = 0; // the `lead` action; 0 leaves `actions` out of the row
    };

    // An error answer: HTTP status, Graph error code and subcode, Meta's message. With
    // regainMinutes >= 0 the answer carries x-business-use-case-usage at 100 percent and that
    // estimated_time_to_regain_access.
    struct Failure {
        int httpStatus = 400;
        int code = 0;
        int subcode = 0;
        QString message;
        int regainMinutes = -1;
    };
    // Meta's answer for a rate limit code (4, 17, 613, 80000, 80004): its message and subcode.
    static Failure throttle(int code, int regainMinutes = 5);

    // A recorded request: method, path, its parameters (query and form body together; the token
    // under "access_token" only when it came that way), and the Authorization header.
    struct Request {
        QString method;
        QString path;
        QMap<QString, QString> params;
        QString authorization;
    };

    FakeGraphApi();

    // Binds a free port on 127.0.0.1 and serves on a background thread until stop() or the end.
    bool start() { return m_loopback.start(); }
    void stop() { m_loopback.stop(); } // from now on the Graph API cannot be reached
    QString baseUrl() const { return m_loopback.baseUrl(); }

    // Ad accounts by number ("123456", without act_), each readable with the tokens given.
    void addAccount(const QString &number, const QString &token, const QString &currency = QStringLiteral("EUR"),
                    const QString &timeZone = QStringLiteral("Europe/Berlin"));
    void addToken(const QString &number, const QString &token);
    // The account's attribution_spec, e.g. [{"event_type":"CLICK_THROUGH","window_days":7}];
    // empty (the default) leaves the field out, as Meta does for most accounts today.
    void setAttributionSpec(const QString &number, const QJsonArray &spec);
    // From now on the token answers 190/463 "Session has expired".
    void expireToken(const QString &token);

    // Sets (or revises: the later call wins) one day; removeDay makes it a day without delivery.
    void setDay(const QString &number, QDate day, const Day &values);
    void removeDay(const QString &number, QDate day);

    // Insights start dates before today − 37 months answer 3018. Today is the system date unless set.
    void setToday(QDate today);

    // The next `count` requests (any endpoint) answer with failure.
    void failNext(int count, const Failure &failure);
    // Usage in percent (call_count; the cpu and time values follow it) reported in
    // x-business-use-case-usage on successful answers, with estimated_time_to_regain_access
    // (minutes, 0 while not blocked). percent < 0 sends no usage header at all.
    void setUsage(int percent, int regainMinutes = 0);

    // Async reports finish after this many status polls (2 by default; the poll before the last
    // reads 100 percent while still "Job Running", as Meta's sometimes do). finalStatus is the
    // status they end in: "Job Completed", "Job Failed" or "Job Skipped".
    void setReportRuns(int pollsUntilDone, const QString &finalStatus = QStringLiteral("Job Completed"));

    QList<Request> requests() const;
    void clearRequests();

private:
    struct Account {
        QString currency;
        QString timeZone;
        QJsonArray attributionSpec;
        QSet<QString> tokens;
        std::map<QDate, Day> days;
    };
    struct Report {
        QString account;
        int polls = 0;
        QJsonArray rows; // fixed when the run starts
    };

    void handle(const httplib::Request &request, httplib::Response &response);
    // Every request but an unknown path passes here: injected failures first, then the token
    // (given, not expired, known, and allowed to read account). false: response holds the error.
    bool admit(httplib::Response &response, const Request &recorded, const QString &account);
    void serveAccount(const Request &request, httplib::Response &response, const QString &number);
    void serveInsights(const Request &request, httplib::Response &response, const QString &number);
    void startReport(const Request &request, httplib::Response &response, const QString &number);
    void serveReportStatus(httplib::Response &response, const QString &runId);
    void serveReportRows(const Request &request, httplib::Response &response, const QString &runId);
    void servePage(const Request &request, httplib::Response &response, const QJsonArray &rows,
                   const QString &usageKey);
    // time_range, level, time_increment checked; rows of [since, until] or an error answer.
    bool rowsFor(const Request &request, httplib::Response &response, const QString &number, QJsonArray &rows);
    QJsonObject row(const Account &account, QDate date, const Day &day, const QStringList &fields) const;
    void reply(httplib::Response &response, const QJsonObject &body, const QString &usageKey) const;

    mutable std::mutex m_mutex; // before m_loopback: handlers lock it until the server is joined
    QMap<QString, Account> m_accounts;
    QSet<QString> m_expired;
    QDate m_today;
    QList<Failure> m_failures;
    int m_usagePercent = 3;
    int m_regainMinutes = 0;
    int m_pollsUntilDone = 2;
    QString m_finalStatus = QStringLiteral("Job Completed");
    QMap<QString, Report> m_reports;
    qint64 m_nextReportId = 6042987654321000;
    QList<Request> m_requests;

    LoopbackServer m_loopback; // last: stopped and joined before the state its handlers use goes
};
