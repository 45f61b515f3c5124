#include "server/integrations/whatsapp/WhatsAppChannel.h"

#include "server/core/LogSafe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcWhatsApp, "kp.whatsapp")

namespace kp::server::whatsapp {

using callbacks::DeliveryOutcome;

namespace {

QString oneLine(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    auto line = QString(text).replace(spaces, QStringLiteral(" ")).trimmed();
    return line.isEmpty() ? QStringLiteral("-") : line;
}

bool isThrottle(int code)
{
    // 130429: the number's throughput; 131056: too many messages to one recipient; 4 and 80007:
    // the app's and the business account's rate limits.
    return code == 130429 || code == 131056 || code == 4 || code == 80007;
}

} // namespace

WhatsAppChannel::WhatsAppChannel(const WhatsAppSettings &settings)
    : m_settings(settings)
    , m_http(settings.graphUrl, lcWhatsApp())
{
}

QStringList WhatsAppChannel::templateParameters(const callbacks::CallbackMessage &message)
{
    return {oneLine(message.customerName), oneLine(message.customerCompany),
            oneLine(message.phoneDisplay), oneLine(message.isInterest() ? message.headline() : message.note),
            oneLine(message.customerId),   oneLine(message.adminLink),
            oneLine(message.deliveryKey)};
}

DeliveryOutcome WhatsAppChannel::send(const callbacks::CallbackMessage &message)
{
    QJsonArray parameters;
    for (const auto &text : templateParameters(message))
        parameters.append(
            QJsonObject {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}});
    const QJsonObject body {
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("to"), m_settings.to},
        {QStringLiteral("type"), QStringLiteral("template")},
        {QStringLiteral("biz_opaque_callback_data"), message.deliveryKey},
        {QStringLiteral("template"),
         QJsonObject {{QStringLiteral("name"), m_settings.templateName},
                      {QStringLiteral("language"), QJsonObject {{QStringLiteral("code"), m_settings.language}}},
                      {QStringLiteral("components"),
                       QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("body")},
                                                {QStringLiteral("parameters"), parameters}}}}}}};
    const auto path = '/' + m_settings.apiVersion.toUtf8() + '/' + m_settings.phoneNumberId.toUtf8() + "/messages";
    const auto answer = m_http.post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                                    OutboundHttp::bearer(m_settings.accessToken.toUtf8()));
    auto outcome = whatsAppOutcome(answer);
    outcome.error.replace(m_settings.accessToken, QStringLiteral("…"));
    return outcome;
}

DeliveryOutcome whatsAppOutcome(const HttpAnswer &answer)
{
    if (answer.status == 0)
        return DeliveryOutcome::retry(QStringLiteral("WhatsApp could not be reached (no answer)."));
    const auto json = QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 200
        && !json.value(QLatin1String("messages"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("id"))
                .toString()
                .isEmpty())
        return DeliveryOutcome::delivered();
    const auto error = json.value(QLatin1String("error")).toObject();
    const int code = error.value(QLatin1String("code")).toInt();
    const auto metaMessage = logSafe(error.value(QLatin1String("message")).toString(), 300);
    if (isThrottle(code) || answer.status == 429)
        return DeliveryOutcome::retry(
            QStringLiteral("WhatsApp limits the messages (code %1); trying again later.").arg(code),
            callbacks::retryAfterSeconds(answer.retryAfter));
    if (code == 190)
        return DeliveryOutcome::failed(
            QStringLiteral("The WhatsApp access token has expired or was revoked; set a new [whatsapp] access_token."));
    if (code == 131047)
        return DeliveryOutcome::failed(
            QStringLiteral("WhatsApp sends free-form messages only within 24 hours of the recipient's last reply; "
                           "an approved template is needed: check [whatsapp] template."));
    if (answer.status == 0 || answer.status >= 500 || code == 0 || code == 1 || code == 2 || code == 131000)
        return DeliveryOutcome::retry(
            QStringLiteral("WhatsApp could not take the message (HTTP %1); trying again later.").arg(answer.status));
    if (code == 132000 || code == 132001 || code == 132012)
        return DeliveryOutcome::failed(
            QStringLiteral("WhatsApp refused the template (code %1): %2; check [whatsapp] template and language, and "
                           "that the template's body has seven parameters.")
                .arg(code)
                .arg(metaMessage));
    return DeliveryOutcome::failed(
        QStringLiteral("WhatsApp refused the message (code %1): %2").arg(code).arg(metaMessage));
}

} // namespace kp::server::whatsapp
