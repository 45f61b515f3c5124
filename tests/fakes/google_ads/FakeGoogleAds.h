#pragma once

#include "LoopbackServer.h"
#include "server/security/Clock.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <map>
#include <mutex>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

// Google's OAuth token endpoint (refresh grant) and the Google Ads API's googleAds:searchStream
// on a free loopback port, in Google's wire format, errors included (issue15-wire-formats.md §2).
// Point [google] oauth_url and ads_url at baseUrl().
//
//   FakeGoogleAds ads;
//   ads.addRefreshToken("1//refresh");
//   ads.addCustomer("1234567890", "EUR", "Europe/Berlin");
//   ads.setDay("1234567890", QDate(2026, 3, 1), {1230000, 4, 120, 2.5});
//   QVERIFY(ads.start());
//
// It checks what Google checks: the OAuth client (client_id/client_secret), refresh tokens it
// knows and has not revoked, Bearer tokens it issued that have not expired, the developer token
// (and whether it is approved), login-customer-id for customers reached through a manager, the
// user's access to the customer. It understands the two GAQL queries the connector sends and
// refuses any other with INVALID_ARGUMENT / queryError. Answers are JSON arrays of batches of
// batchSize rows; int64 metrics as strings, conversions as a number, zero metrics left out, days
// without delivery without a row. Daily metrics older than 37 months (by the fake's clock) are
// refused with dateRangeError REQUESTED_DATE_GRANULARITY_NOT_SUPPORTED, as Google does. Requests run on the fake's
// threads; every method is thread-safe.
class FakeGoogleAds {
public:
    struct Day {
        qint64 costMicros = 0;
        qint64 clicks = 0;
        qint64 impressions = 0;
        double conversions = 0; // fractional, as Google counts with data-driven attribution
    };
    // One searchStream request as it arrived, for assertions.
    struct SearchRequest {
        QString customerId; // from the path
        QString apiVersion; // "v21"
        QByteArray authorization;
        QByteArray developerToken;
        QByteArray loginCustomerId; // empty when the header was not sent
        QString query;
    };

    FakeGoogleAds();
    ~FakeGoogleAds(); // stops the server and joins its thread
    FakeGoogleAds(const FakeGoogleAds &) = delete;
    FakeGoogleAds &operator=(const FakeGoogleAds &) = delete;

    // Binds a free port on 127.0.0.1 and serves on a background thread until destroyed.
    bool start();
    QString baseUrl() const;

    // The agency's OAuth client and developer token; these defaults unless changed.
    QString clientId() const { return QStringLiteral("123-fake.apps.googleusercontent.com"); }
    QString clientSecret() const { return QStringLiteral("GOCSPX-fake-client-secret"); }
    QString developerToken() const { return QStringLiteral("fakeDevToken_AbCdEf123"); }
    // Off: every search answers 403 DEVELOPER_TOKEN_NOT_APPROVED (a test-access token on a real account).
    void setDeveloperTokenApproved(bool approved);

    // Refresh tokens (one per Google user that granted access) and what they may reach.
    void addRefreshToken(const QString &refreshToken);
    void revokeRefreshToken(const QString &refreshToken); // the token endpoint answers invalid_grant
    void setTokenLifetime(int seconds);                   // expires_in of issued access tokens; 3599 by default
    void expireAccessTokens();                            // every issued access token gets 401 from now on
    void setClock(kp::server::Clock clock);               // the fake's idea of now; the system clock by default

    // Customers (10 digits). managerId: the customer is reachable only with login-customer-id
    // set to it; without one, a login-customer-id other than the customer's own is refused.
    void addCustomer(const QString &customerId, const QString &currency, const QString &timeZone,
                     const QString &managerId = {});
    void setCustomerEnabled(const QString &customerId, bool enabled);     // off: CUSTOMER_NOT_ENABLED
    void denyAccess(const QString &customerId, bool denied);              // on: USER_PERMISSION_DENIED
    void setDay(const QString &customerId, QDate day, const Day &values); // adds or revises a day
    void removeDay(const QString &customerId, QDate day);
    QMap<QDate, Day> days(const QString &customerId) const;
    void setBatchSize(int rows); // rows per batch of the stream; 10 by default
    // On: the customer is a manager account, whose metrics Google refuses (REQUESTED_METRICS_FOR_MANAGER).
    void setManagerAccount(const QString &customerId, bool manager);

    // The next `count` searches answer 429 RESOURCE_EXHAUSTED with quotaErrorDetails.retryDelay
    // (and a Retry-After header when retryAfterHeader >= 0).
    void throttleNext(int count, int retryDelaySeconds, int retryAfterHeader = -1);
    // The next `count` searches answer `status` (401 UNAUTHENTICATED, 500 INTERNAL, 503 UNAVAILABLE).
    void failNext(int count, int status);
    // The next metrics read answers 200 but ends after its first batch with {"error": INTERNAL}, as a
    // stream that breaks midway.
    void breakNextStream();

    // What clients did.
    int tokenRequests() const;
    QList<SearchRequest> searches() const;
    QList<QByteArray> issuedAccessTokens() const;

private:
    struct Customer {
        QString currency;
        QString timeZone;
        QString managerId;
        bool enabled = true;
        bool denied = false;
        bool manager = false;
        QMap<QDate, Day> days;
    };
    struct Failure {
        int count = 0;
        int status = 0;
        int retryDelaySeconds = 0;
        int retryAfterHeader = -1;
    };

    void handleToken(const httplib::Request &request, httplib::Response &response);
    void handleSearch(const httplib::Request &request, httplib::Response &response);
    // True when the caller may go on; otherwise the response holds Google's error.
    bool authorize(const httplib::Request &request, const QString &customerId, httplib::Response &response);
    bool injectedFailure(httplib::Response &response);
    void answerRows(const QString &customerId, QDate from, QDate to, httplib::Response &response);

    LoopbackServer m_http;

    mutable std::mutex m_mutex;
    kp::server::Clock m_clock = kp::server::systemClock();
    bool m_developerTokenApproved = true;
    QSet<QString> m_refreshTokens;
    QSet<QString> m_revoked;
    int m_tokenLifetime = 3599;
    struct Issued {
        QDateTime expires;
        QString refreshToken;
    };
    std::map<QByteArray, Issued> m_accessTokens;
    QList<QByteArray> m_issued;
    QMap<QString, Customer> m_customers;
    int m_batchSize = 10;
    Failure m_failure;
    bool m_breakNextStream = false;
    int m_tokenRequests = 0;
    QList<SearchRequest> m_searches;
};
