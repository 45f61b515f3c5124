#include "client/cache/OutboxSender.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcOutbox, "kp.outbox")

namespace kp::client::cache {

OutboxResult OutboxResult::fromHttpStatus(int httpStatus, const QString &error, int retryAfterSeconds)
{
    auto outcome = Outcome::Rejected;
    if (httpStatus >= 200 && httpStatus < 300)
        outcome = Outcome::Sent;
    else if (httpStatus == 0 || httpStatus == 408 || httpStatus == 429 || httpStatus >= 500)
        outcome = Outcome::Retry;
    else if (httpStatus == 401)
        outcome = Outcome::Unauthorized;
    return {outcome, httpStatus, error, retryAfterSeconds};
}

OutboxSender::OutboxSender(Outbox &outbox, OutboxSendFunction send, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_send(std::move(send))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &OutboxSender::sendNext);
    connect(&m_outbox, &Outbox::enqueued, this, [this] {
        if (!m_retryTimer.isActive())
            sendNext();
    });
}

void OutboxSender::setServerReachable(bool reachable)
{
    // Only a change counts: a data layer that reports every answer it gets must not cut short
    // the backoff of an entry the server keeps refusing with 503.
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    m_retryTimer.stop();
    if (!reachable)
        return;
    // Back after an outage: the next try need not wait out a backoff meant for the outage. But
    // when the entry failed again since the server last came back (it answers other requests
    // and keeps failing this one), coming back does not cut the pause short: otherwise each
    // "back" would send at once, fail, and go round again without a pause.
    if (m_failuresInARow > 1) {
        m_retryTimer.start(m_backoff);
        return;
    }
    m_backoff = std::chrono::milliseconds {0};
    sendNext();
}

void OutboxSender::setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_firstBackoff = first;
    m_longestBackoff = longest;
}

void OutboxSender::sendNext()
{
    if (!m_reachable || m_busy)
        return;
    m_busy = true;
    m_outbox.nextToSend(this, [this](std::optional<OutboxEntry> entry) {
        if (!entry || !m_reachable) {
            m_busy = false;
            if (!entry)
                emit drained();
            return;
        }
        send(*entry);
    });
}

void OutboxSender::send(OutboxEntry entry)
{
    m_outbox.markSending(entry.id);
    entry.state = OutboxEntry::State::Sending;
    ++entry.attempts;
    // The transport may answer after this sender is gone, or (by mistake) twice; neither may
    // record a result.
    auto answered = std::make_shared<bool>(false);
    QPointer<OutboxSender> self(this);
    m_send(entry, [self, entry, answered](const OutboxResult &result) {
        if (*answered || !self)
            return;
        *answered = true;
        self->finish(entry, result);
    });
}

void OutboxSender::finish(OutboxEntry entry, const OutboxResult &result)
{
    m_busy = false;
    switch (result.outcome) {
    case OutboxResult::Outcome::Sent:
        m_outbox.markSent(entry.id);
        m_backoff = std::chrono::milliseconds {0};
        m_failuresInARow = 0;
        entry.state = OutboxEntry::State::Sent;
        emit entrySent(entry);
        sendNext();
        return;
    case OutboxResult::Outcome::Rejected:
        m_failuresInARow = 0;
        m_outbox.markFailed(entry.id, result.error);
        entry.state = OutboxEntry::State::Failed;
        entry.lastError = result.error;
        emit entryFailed(entry, result.error);
        sendNext();
        return;
    case OutboxResult::Outcome::Unauthorized:
        m_outbox.markPending(entry.id, result.error);
        m_reachable = false;
        emit unauthorized();
        return;
    case OutboxResult::Outcome::Retry:
        break;
    }
    m_outbox.markPending(entry.id, result.error);
    entry.state = OutboxEntry::State::Pending;
    entry.lastError = result.error;
    ++m_failuresInARow;
    m_backoff = m_backoff.count() == 0 ? m_firstBackoff : std::min(m_backoff * 2, m_longestBackoff);
    const auto delay = std::max(m_backoff, std::chrono::milliseconds {result.retryAfterSeconds * 1000LL});
    qCInfo(lcOutbox) << "will retry outbox entry" << entry.id << "in" << delay.count() << "ms:" << result.error;
    if (m_reachable)
        m_retryTimer.start(delay);
    emit retryScheduled(entry, int(delay.count()));
}

} // namespace kp::client::cache
