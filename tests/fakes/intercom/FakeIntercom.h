#pragma once

#include "LoopbackServer.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <mutex>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

// Intercom on a free loopback port: the Contacts REST API (Intercom-Version 2.11) the server's
// contact sync calls, and a stand-in for the Messenger's widget script that the server's
// /messenger page loads in web-view tests. Point [intercom] api_url at baseUrl() and
// [intercom] widget_url at widgetUrl().
//
//   FakeIntercom intercom;
//   QVERIFY(intercom.start());
//   intercom.setDown(true);          // every request answers 503 service_unavailable
//   intercom.throttleNext(1, reset); // 429 rate_limit_exceeded with X-RateLimit-Reset
//
// REST as Intercom answers it: a Bearer token it knows (else 401 unauthorized), contacts by
// id with external_id and email unique (a second create: 409 conflict naming the existing id),
// POST /contacts/search for `external_id =`, PUT /contacts/{id} (unknown id: 404 not_found).
// Errors are {"type": "error.list", "request_id", "errors": [{code, message}]}. Thread-safe.
class FakeIntercom {
public:
    struct Contact {
        QString id;
        QString externalId;
        QString email;
        QString name;
        qint64 signedUpAt = 0;
        QString role;
    };

    FakeIntercom();
    ~FakeIntercom();
    FakeIntercom(const FakeIntercom &) = delete;
    FakeIntercom &operator=(const FakeIntercom &) = delete;

    bool start();
    QString baseUrl() const;
    // The stand-in widget script: it takes over window.Intercom, replays the page's queued calls
    // and reports every call to the fake (bootCalls()) and to window.kpStandIn in the page.
    QString widgetUrl() const { return baseUrl() + QStringLiteral("/widget/standin.js"); }
    QString accessToken() const { return QStringLiteral("dG9rOmZha2UtaW50ZXJjb20tdG9rZW4="); }

    void setDown(bool down);
    // The next `count` REST requests answer 429 with X-RateLimit-Reset = resetUnixSeconds.
    void throttleNext(int count, qint64 resetUnixSeconds);
    // A contact made in Intercom by someone else (e.g. the agency by hand); its id.
    QString addContact(const QString &externalId, const QString &email, const QString &name);

    QList<Contact> contacts() const;
    int requests(const QString &methodAndPath) const; // "POST /contacts", "PUT /contacts/{id}", …
    QList<QJsonObject> bootCalls() const;             // settings of each Intercom('boot', …) reported
    QList<QString> messengerCalls() const;            // names of every Intercom(…) call reported

private:
    bool authorize(const httplib::Request &request, httplib::Response &response);
    void handleCreate(const httplib::Request &request, httplib::Response &response);
    void handleSearch(const httplib::Request &request, httplib::Response &response);
    void handleUpdate(const httplib::Request &request, httplib::Response &response);
    void handleReport(const httplib::Request &request, httplib::Response &response);
    // Under the lock: the contact with this external id or email, or nullptr.
    Contact *findClash(const QString &externalId, const QString &email, const QString &exceptId);

    LoopbackServer m_http;
    mutable std::mutex m_mutex;
    bool m_down = false;
    int m_throttleCount = 0;
    qint64 m_throttleReset = 0;
    int m_nextId = 1;
    QMap<QString, Contact> m_contacts; // by id
    QMap<QString, int> m_requests;
    QList<QJsonObject> m_boots;
    QList<QString> m_calls;
};
