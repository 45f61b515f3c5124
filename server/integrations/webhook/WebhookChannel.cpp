#include "server/integrations/webhook/WebhookChannel.h"

#include "server/integrations/webhook/WebhookSignature.h"
#include "shared/Account.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcWebhook, "kp.webhook")

namespace kp::server::webhook {

using callbacks::DeliveryOutcome;

namespace {

QString origin(const QString &url)
{
    return QUrl(url).adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

QByteArray pathAndQuery(const QString &url)
{
    const QUrl parsed(url);
    auto target = parsed.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (parsed.hasQuery())
        target += '?' + parsed.query(QUrl::FullyEncoded).toUtf8();
    return target;
}

} // namespace

WebhookChannel::WebhookChannel(const WebhookSettings &settings)
    : m_settings(settings)
    , m_http(origin(settings.url), lcWebhook())
    , m_target(pathAndQuery(settings.url))
{
    if (m_target != "/")
        m_http.hideInLog(m_target.mid(1));
}

QByteArray WebhookChannel::body(const callbacks::CallbackMessage &message)
{
    const QJsonObject customer {{QStringLiteral("id"), message.customerId},
                                {QStringLiteral("name"), message.customerName},
                                {QStringLiteral("company"), message.customerCompany},
                                {QStringLiteral("email"), message.customerEmail}};
    const QJsonObject callback {{QStringLiteral("id"), message.callbackId},
                                {QStringLiteral("phone"), message.phoneE164},
                                {QStringLiteral("phone_display"), message.phoneDisplay},
                                {QStringLiteral("note"), message.note},
                                {QStringLiteral("topic"), message.topic},
                                {QStringLiteral("created_at"), toApiInstant(message.createdAt)},
                                {QStringLiteral("admin_url"), message.adminLink},
                                {QStringLiteral("customer"), customer}};
    return QJsonDocument(QJsonObject {{QStringLiteral("event"), QStringLiteral("callback.requested")},
                                      {QStringLiteral("delivery_key"), message.deliveryKey},
                                      {QStringLiteral("text"), message.text()},
                                      {QStringLiteral("callback"), callback}})
        .toJson(QJsonDocument::Compact);
}

DeliveryOutcome WebhookChannel::send(const callbacks::CallbackMessage &message)
{
    const auto payload = body(message);
    const auto timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const HttpHeaders headers {{QByteArrayLiteral("Idempotency-Key"), message.deliveryKey.toUtf8()},
                               {QByteArrayLiteral("X-Kundenportal-Timestamp"), timestamp},
                               {QByteArrayLiteral("X-Kundenportal-Signature"),
                                webhookSignature(m_settings.secret.toUtf8(), timestamp, payload)}};
    return webhookOutcome(m_http.post(m_target, payload, "application/json", headers));
}

DeliveryOutcome webhookOutcome(const HttpAnswer &answer)
{
    if (answer.status >= 200 && answer.status < 300)
        return DeliveryOutcome::delivered();
    if (answer.status == 0)
        return DeliveryOutcome::retry(QStringLiteral("The webhook could not be reached (no answer)."));
    if (answer.status == 408 || answer.status == 429 || answer.status >= 500)
        return DeliveryOutcome::retry(
            QStringLiteral("The webhook answered HTTP %1; trying again later.").arg(answer.status),
            callbacks::retryAfterSeconds(answer.retryAfter));
    if (answer.status >= 300 && answer.status < 400)
        return DeliveryOutcome::failed(
            QStringLiteral("The webhook redirects (HTTP %1); set [webhook] url to the final address.")
                .arg(answer.status));
    return DeliveryOutcome::failed(
        QStringLiteral("The webhook refused the request (HTTP %1); check [webhook] url and secret.")
            .arg(answer.status));
}

} // namespace kp::server::webhook
