#pragma once

#include "FaultPlan.h"
#include "LoopbackServer.h"

#include <QList>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

// The Telegram Bot API's sendMessage for one bot and one chat, on a free loopback port, in
// Telegram's wire format. Point [telegram] api_url at baseUrl().
//
//   FakeTelegram telegram("123456:ABC-token", "-100200300");
//   QVERIFY(telegram.start());
//   telegram.faults().setAlways(FaultPlan::Fault::Down);   // 502, as when Telegram is away
//
// POST /bot<token>/sendMessage with a JSON or form body {chat_id, text} answers
// {"ok": true, "result": {message_id, from, chat, date, text}}; errors are {"ok": false,
// "error_code", "description"[, "parameters": {"retry_after"}]}: an unknown token 401
// "Unauthorized", another chat 400 "Bad Request: chat not found", a throttle 429 "Too Many
// Requests: retry after N" with parameters.retry_after = N, a permanent fault 403 "Forbidden:
// bot was blocked by the user", down 502 "Bad Gateway". Every request is recorded.
class FakeTelegram {
public:
    struct Arrival {
        QString chatId;
        QString text;
        int status = 0; // what the fake answered
        std::chrono::steady_clock::time_point at;
    };

    FakeTelegram(QString token, QString chatId);
    ~FakeTelegram() { m_loopback.stop(); }

    bool start() { return m_loopback.start(); }
    QString baseUrl() const { return m_loopback.baseUrl(); }
    FaultPlan &faults() { return m_faults; }
    // retry_after of a throttle answer, in seconds.
    void setRetryAfter(int seconds);

    // The next sendMessage is held open (recorded, not answered) until release(): a test can kill
    // the server while it waits for Telegram.
    void holdNext();
    bool waitUntilHeld(std::chrono::milliseconds timeout);
    void release();

    QList<Arrival> arrivals() const;
    // Texts of the answered (status 200) messages.
    QStringList delivered() const;

private:
    void handle(const httplib::Request &request, httplib::Response &response);

    QString m_token;
    QString m_chatId;
    FaultPlan m_faults;
    mutable std::mutex m_mutex; // before m_loopback: handlers lock it until the server is joined
    std::condition_variable m_held;
    int m_retryAfter = 1;
    bool m_holdNext = false;
    bool m_holding = false;
    bool m_released = false;
    int m_nextMessageId = 1;
    QList<Arrival> m_arrivals;
    LoopbackServer m_loopback;
};
