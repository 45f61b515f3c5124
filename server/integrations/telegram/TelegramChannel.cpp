#include "server/integrations/telegram/TelegramChannel.h"

#include "server/core/LogSafe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTelegram, "kp.telegram")

namespace kp::server::telegram {

using callbacks::DeliveryOutcome;

TelegramChannel::TelegramChannel(const TelegramSettings &settings)
    : m_settings(settings)
    , m_http(settings.apiUrl, lcTelegram())
{
    m_http.hideInLog(settings.botToken.toUtf8());
}

DeliveryOutcome TelegramChannel::send(const callbacks::CallbackMessage &message)
{
    const QJsonObject body {{QStringLiteral("chat_id"), m_settings.chatId},
                            {QStringLiteral("text"), message.text()},
                            {QStringLiteral("disable_web_page_preview"), true}};
    const auto answer = m_http.post("/bot" + m_settings.botToken.toUtf8() + "/sendMessage",
                                    QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
    auto outcome = telegramOutcome(answer);
    outcome.error.replace(m_settings.botToken, QStringLiteral("…"));
    return outcome;
}

DeliveryOutcome telegramOutcome(const HttpAnswer &answer)
{
    if (answer.status == 0)
        return DeliveryOutcome::retry(QStringLiteral("Telegram could not be reached (no answer)."));
    const auto json = QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 200 && json.value(QLatin1String("ok")).toBool())
        return DeliveryOutcome::delivered();
    const auto description = logSafe(json.value(QLatin1String("description")).toString(), 300);
    const auto parameters = json.value(QLatin1String("parameters")).toObject();
    const auto retryAfter = parameters.value(QLatin1String("retry_after")).toInt(-1);
    if (answer.status == 429 || retryAfter >= 0) {
        const auto wait = retryAfter >= 0 ? std::optional(std::chrono::seconds(retryAfter))
                                          : callbacks::retryAfterSeconds(answer.retryAfter);
        return DeliveryOutcome::retry(wait ? QStringLiteral("Telegram asks to wait %1 s.").arg(wait->count())
                                           : QStringLiteral("Telegram asks to slow down."),
                                      wait);
    }
    if (answer.status == 401 || answer.status == 404)
        return DeliveryOutcome::failed(
            QStringLiteral("Telegram refused the bot token (HTTP %1); check [telegram] bot_token.").arg(answer.status));
    if (answer.status == 403)
        return DeliveryOutcome::failed(
            QStringLiteral("The bot may not post to the chat (%1); add the bot to the chat again or unblock it.")
                .arg(description));
    if (answer.status == 400) {
        const auto migratedTo = parameters.value(QLatin1String("migrate_to_chat_id")).toVariant().toString();
        if (!migratedTo.isEmpty())
            return DeliveryOutcome::failed(
                QStringLiteral("The Telegram group became a supergroup; set [telegram] chat_id to %1.")
                    .arg(migratedTo));
        if (description.contains(QLatin1String("chat not found"), Qt::CaseInsensitive))
            return DeliveryOutcome::failed(
                QStringLiteral("Telegram does not know the chat; check [telegram] chat_id (%1).").arg(description));
        return DeliveryOutcome::failed(QStringLiteral("Telegram refused the message: %1").arg(description));
    }
    return DeliveryOutcome::retry(QStringLiteral("Telegram answered HTTP %1; trying again later.").arg(answer.status));
}

} // namespace kp::server::telegram
