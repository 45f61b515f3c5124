#include "server/integrations/google_sheets/Retrier.h"

#include <QLoggingCategory>

#include <thread>

Q_LOGGING_CATEGORY(lcGoogleRetry, "kp.google")

namespace kp::server::google {

Sleeper threadSleeper()
{
    return [](std::chrono::milliseconds wait) {
        std::this_thread::sleep_for(wait);
        return true;
    };
}

Retrier::Retrier(RetryLimits limits, Sleeper sleep)
    : m_limits(limits)
    , m_sleep(std::move(sleep))
{
}

bool Retrier::isRetryable(const HttpAnswer &answer)
{
    // Drive reports its rate limits as 403 with reason userRateLimitExceeded or rateLimitExceeded.
    return answer.status == 429 || (answer.status >= 500 && answer.status <= 599)
        || (answer.status == 403 && answer.body.contains("ateLimitExceeded"));
}

std::chrono::milliseconds Retrier::waitBefore(int retry, const HttpAnswer &answer) const
{
    bool ok = false;
    const int seconds = QString::fromLatin1(answer.retryAfter).toInt(&ok);
    if (ok && seconds >= 0)
        return std::chrono::seconds(seconds);
    return m_limits.firstWait * (1LL << std::min(retry, 20));
}

HttpAnswer Retrier::run(const std::function<HttpAnswer()> &attempt)
{
    m_nextWaitSeconds = 0;
    for (int tries = 1;; ++tries) {
        auto answer = attempt();
        if (!isRetryable(answer))
            return answer;
        const auto wait = waitBefore(tries - 1, answer);
        if (!m_stopped && tries < m_limits.attempts && m_waited + wait <= m_limits.totalWait) {
            qCInfo(lcGoogleRetry, "Google answered %d; trying again in %lld ms", answer.status,
                   static_cast<long long>(wait.count()));
            m_waited += wait;
            m_stopped = !m_sleep(wait);
            if (!m_stopped)
                continue;
        }
        const auto seconds = std::chrono::ceil<std::chrono::seconds>(wait).count();
        m_nextWaitSeconds = static_cast<int>(std::max<decltype(seconds)>(seconds, 1));
        qCInfo(lcGoogleRetry, "Google answered %d %d times; giving up for now", answer.status, tries);
        return answer;
    }
}

} // namespace kp::server::google
