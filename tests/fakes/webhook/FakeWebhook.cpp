#include "FakeWebhook.h"

#include <httplib.h>

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

FakeWebhook::FakeWebhook(QByteArray secret)
    : m_secret(std::move(secret))
{
    m_loopback.http().Post(
        R"(/.*)", [this](const httplib::Request &request, httplib::Response &response) { handle(request, response); });
}

QList<FakeWebhook::Arrival> FakeWebhook::arrivals() const
{
    std::lock_guard lock(m_mutex);
    return m_arrivals;
}

QMap<QString, int> FakeWebhook::acceptedByKey() const
{
    QMap<QString, int> counts;
    for (const auto &arrival : arrivals()) {
        if (arrival.status / 100 == 2)
            ++counts[arrival.idempotencyKey];
    }
    return counts;
}

void FakeWebhook::handle(const httplib::Request &request, httplib::Response &response)
{
    Arrival arrival;
    arrival.path = QString::fromStdString(request.target);
    arrival.idempotencyKey = QString::fromStdString(request.get_header_value("Idempotency-Key"));
    const auto body = QByteArray::fromStdString(request.body);
    arrival.body = QJsonDocument::fromJson(body).object();
    // Written independently of the server's code, with Qt's HMAC, as a receiver would.
    const auto timestamp = QByteArray::fromStdString(request.get_header_value("X-Kundenportal-Timestamp"));
    const auto expected = "sha256="
        + QMessageAuthenticationCode::hash(timestamp + '.' + body, m_secret, QCryptographicHash::Sha256).toHex();
    arrival.signatureValid = !timestamp.isEmpty()
        && QByteArray::fromStdString(request.get_header_value("X-Kundenportal-Signature")) == expected;

    std::lock_guard lock(m_mutex);
    const auto fault = m_faults.take();
    if (!arrival.signatureValid) {
        arrival.status = 401;
    } else if (fault == FaultPlan::Fault::Down) {
        arrival.status = 503;
        response.set_header("Retry-After", "1");
    } else if (fault == FaultPlan::Fault::Throttle) {
        arrival.status = 429;
        response.set_header("Retry-After", "1");
    } else if (fault == FaultPlan::Fault::Permanent) {
        arrival.status = 410;
    } else {
        // A repeat of a key already taken is acknowledged again and counted, not processed again.
        arrival.status = 200;
    }
    response.status = arrival.status;
    response.set_content(arrival.status == 200 ? "{\"received\":true}" : "{\"error\":\"refused\"}", "application/json");
    m_arrivals.append(arrival);
}
