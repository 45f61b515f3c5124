#pragma once

#include "FaultPlan.h"
#include "LoopbackServer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <mutex>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

// An agency's webhook receiver on a free loopback port, as the README tells one to write it:
// it checks X-Kundenportal-Signature (HMAC-SHA256 of "<X-Kundenportal-Timestamp>.<body>" with
// the shared secret) and answers 401 when it does not match, and counts the requests per
// Idempotency-Key so that repeats show. Point [webhook] url at url(). Down answers 503 (with
// Retry-After 1), a throttle 429 with Retry-After 1, a permanent fault 410 Gone.
class FakeWebhook {
public:
    struct Arrival {
        QString path;
        QString idempotencyKey;
        bool signatureValid = false;
        QJsonObject body;
        int status = 0;
    };

    explicit FakeWebhook(QByteArray secret);
    ~FakeWebhook() { m_loopback.stop(); }

    bool start() { return m_loopback.start(); }
    QString url() const { return m_loopback.baseUrl() + QStringLiteral("/hooks/kundenportal?key=receiver-key-77"); }
    FaultPlan &faults() { return m_faults; }

    QList<Arrival> arrivals() const;
    // Accepted (2xx) requests per Idempotency-Key.
    QMap<QString, int> acceptedByKey() const;

private:
    void handle(const httplib::Request &request, httplib::Response &response);

    QByteArray m_secret;
    FaultPlan m_faults;
    mutable std::mutex m_mutex;
    QList<Arrival> m_arrivals;
    LoopbackServer m_loopback;
};
