#pragma once

#include "client/cache/Outbox.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace kp::client::cache {

// How one attempt to send an entry ended, as the transport saw it.
struct OutboxResult {
    enum class Outcome {
        Sent,         // 2xx: done
        Retry,        // no answer, 408, 429 or 5xx: the same entry again later, nothing after it first
        Rejected,     // any other 4xx (409, 422, …): final; the user is told and the next entry goes
        Unauthorized, // 401: the session ended; stop until the app is logged in again
    };
    Outcome outcome = Outcome::Retry;
    int httpStatus = 0;        // 0 when no answer came
    QString error;             // shown to the user for a rejection, logged for a retry
    int retryAfterSeconds = 0; // the server's Retry-After, if any

    // The outcome the status implies; `httpStatus` 0 means the network failed.
    static OutboxResult fromHttpStatus(int httpStatus, const QString &error = {}, int retryAfterSeconds = 0);
};

// Sends one entry and calls the callback exactly once with the result. The transport is the data
// layer's (it adds the base URL, token and Idempotency-Key header); the sender only decides order
// and retries, so it can be tested without a network.
using OutboxSendFunction = std::function<void(const OutboxEntry &, std::function<void(OutboxResult)>)>;

// Works through the outbox while the server is reachable: one entry at a time, strictly in order.
// A network failure keeps the entry at the front and tries again after a growing pause; a final
// refusal marks it failed and moves on; success marks it sent. An entry left "sending" by a crash is
// sent again with its idempotency key, so the server applies it once.
class OutboxSender : public QObject {
    Q_OBJECT

public:
    OutboxSender(Outbox &outbox, OutboxSendFunction send, QObject *parent = nullptr);

    // The data layer says whether the server answers (any answer after a network error means it
    // is back; a network error means it is gone). A change to true starts sending at once, without
    // waiting out a backoff (unless the entry failed again since the last change to true); false
    // stops after the entry in flight (its result is still recorded).
    // Repeating the current state changes nothing.
    void setServerReachable(bool reachable);
    bool isServerReachable() const { return m_reachable; }
    bool isBusy() const { return m_busy; }

    // The pause after the first failed try; it doubles with each failure up to `longest`.
    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest);

signals:
    void entrySent(const kp::client::cache::OutboxEntry &entry);
    // Refused for good; `error` is the server's reason, for the user.
    void entryFailed(const kp::client::cache::OutboxEntry &entry, const QString &error);
    // A try failed for now; the next one follows in `delayMs`.
    void retryScheduled(const kp::client::cache::OutboxEntry &entry, int delayMs);
    // The server said the session is over; the data layer returns to the login page.
    void unauthorized();
    // Nothing left to send.
    void drained();

private:
    void sendNext();
    void send(OutboxEntry entry);
    void finish(OutboxEntry entry, const OutboxResult &result);

    Outbox &m_outbox;
    OutboxSendFunction m_send;
    QTimer m_retryTimer;
    std::chrono::milliseconds m_firstBackoff {1000};
    std::chrono::milliseconds m_longestBackoff {5 * 60 * 1000};
    std::chrono::milliseconds m_backoff {0};
    int m_failuresInARow = 0; // tries that failed for now since the last one the server took
    bool m_reachable = false;
    bool m_busy = false; // a lookup or a send is under way; at most one at a time
};

} // namespace kp::client::cache
