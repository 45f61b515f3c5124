#include "FakeTelegram.h"

#include <httplib.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

void answer(httplib::Response &response, int status, const QJsonObject &body)
{
    response.status = status;
    response.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}

void refuse(httplib::Response &response, int code, const QString &description, const QJsonObject &parameters = {})
{
    QJsonObject body {{QStringLiteral("ok"), false},
                      {QStringLiteral("error_code"), code},
                      {QStringLiteral("description"), description}};
    if (!parameters.isEmpty())
        body.insert(QStringLiteral("parameters"), parameters);
    answer(response, code, body);
}

} // namespace

FakeTelegram::FakeTelegram(QString token, QString chatId)
    : m_token(std::move(token))
    , m_chatId(std::move(chatId))
{
    m_loopback.http().Post(
        R"(/bot([^/]+)/sendMessage)",
        [this](const httplib::Request &request, httplib::Response &response) { handle(request, response); });
}

void FakeTelegram::setRetryAfter(int seconds)
{
    std::lock_guard lock(m_mutex);
    m_retryAfter = seconds;
}

void FakeTelegram::holdNext()
{
    std::lock_guard lock(m_mutex);
    m_holdNext = true;
    m_released = false;
}

bool FakeTelegram::waitUntilHeld(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_held.wait_for(lock, timeout, [this] { return m_holding; });
}

void FakeTelegram::release()
{
    std::lock_guard lock(m_mutex);
    m_released = true;
    m_held.notify_all();
}

QList<FakeTelegram::Arrival> FakeTelegram::arrivals() const
{
    std::lock_guard lock(m_mutex);
    return m_arrivals;
}

QStringList FakeTelegram::delivered() const
{
    QStringList texts;
    for (const auto &arrival : arrivals()) {
        if (arrival.status == 200)
            texts.append(arrival.text);
    }
    return texts;
}

void FakeTelegram::handle(const httplib::Request &request, httplib::Response &response)
{
    Arrival arrival;
    arrival.at = std::chrono::steady_clock::now();
    QJsonObject body;
    if (request.get_header_value("Content-Type").starts_with("application/json")) {
        body = QJsonDocument::fromJson(QByteArray::fromStdString(request.body)).object();
    } else {
        for (const auto &[name, value] : QUrlQuery(QString::fromStdString(request.body)).queryItems(QUrl::FullyDecoded))
            body.insert(name, value);
    }
    const auto chat = body.value(QLatin1String("chat_id"));
    arrival.chatId = chat.isString() ? chat.toString() : QString::number(chat.toInteger());
    arrival.text = body.value(QLatin1String("text")).toString();

    std::unique_lock lock(m_mutex);
    if (m_holdNext) {
        m_holdNext = false;
        m_holding = true;
        m_arrivals.append(arrival);
        m_held.notify_all();
        m_held.wait(lock, [this] { return m_released; });
        m_holding = false;
        lock.unlock();
        // The caller is gone by now (killed); whatever is written goes nowhere.
        answer(response, 200, {{QStringLiteral("ok"), true}, {QStringLiteral("result"), QJsonObject {}}});
        return;
    }
    const auto fault = m_faults.take();
    if (QString::fromStdString(request.matches[1]) != m_token) {
        arrival.status = 401;
        refuse(response, 401, QStringLiteral("Unauthorized"));
    } else if (fault == FaultPlan::Fault::Down) {
        arrival.status = 502;
        response.status = 502;
        response.set_content("<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");
    } else if (fault == FaultPlan::Fault::Throttle) {
        arrival.status = 429;
        refuse(response, 429, QStringLiteral("Too Many Requests: retry after %1").arg(m_retryAfter),
               {{QStringLiteral("retry_after"), m_retryAfter}});
    } else if (fault == FaultPlan::Fault::Permanent) {
        arrival.status = 403;
        refuse(response, 403, QStringLiteral("Forbidden: bot was blocked by the user"));
    } else if (arrival.chatId != m_chatId) {
        arrival.status = 400;
        refuse(response, 400, QStringLiteral("Bad Request: chat not found"));
    } else if (arrival.text.isEmpty() || arrival.text.size() > 4096) {
        arrival.status = 400;
        refuse(response, 400, QStringLiteral("Bad Request: message text is empty"));
    } else {
        arrival.status = 200;
        const QJsonObject result {
            {QStringLiteral("message_id"), m_nextMessageId++},
            {QStringLiteral("from"),
             QJsonObject {{QStringLiteral("id"), m_token.section(QLatin1Char(':'), 0, 0).toLongLong()},
                          {QStringLiteral("is_bot"), true},
                          {QStringLiteral("first_name"), QStringLiteral("Kundenportal")}}},
            {QStringLiteral("chat"),
             QJsonObject {{QStringLiteral("id"), m_chatId.toLongLong()},
                          {QStringLiteral("type"), QStringLiteral("supergroup")}}},
            {QStringLiteral("date"), QDateTime::currentSecsSinceEpoch()},
            {QStringLiteral("text"), arrival.text}};
        answer(response, 200, {{QStringLiteral("ok"), true}, {QStringLiteral("result"), result}});
    }
    m_arrivals.append(arrival);
}
