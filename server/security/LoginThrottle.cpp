#include "server/security/LoginThrottle.h"

#include "server/core/DomainError.h"
#include "server/security/AddressBucket.h"

#include <algorithm>
#include <chrono>
#include <climits>

namespace kp::server {
namespace {

constexpr int kKnownPairDays = 30;
// How long an attempt waits for the outcome of attempts in flight; a hash takes well under a
// second, a queue for the hasher at most ten.
constexpr auto kMaxWaitForInFlight = std::chrono::seconds(15);
// Attempts waiting that way at once, over all keys: each holds a worker. Beyond, an attempt is
// told to come back in a second, about the time the ones in flight need.
constexpr int kMaxWaiting = 8;

} // namespace

LoginThrottle::LoginThrottle(Limits limits, Clock clock)
    : m_limits(limits)
    , m_clock(std::move(clock))
    , m_addressAttempts(limits.addressAttempts, limits.windowSeconds)
    , m_addressFailures(limits.addressFailures, limits.windowSeconds)
    , m_pairFailures(limits.accountAddressFailures, limits.windowSeconds)
    , m_accountFailures(INT_MAX, limits.windowSeconds)
    , m_knownPairs(INT_MAX, kKnownPairDays * 86400)
{
}

QString LoginThrottle::pairKey(const QString &account, const QString &bucket)
{
    return account + QLatin1Char('\n') + bucket;
}

int LoginThrottle::slowdownWait(const QString &account, const QString &pair, EventWindows::Millis now)
{
    const int failures = m_accountFailures.count(account, now);
    if (failures < m_limits.accountSlowAfter || m_knownPairs.count(pair, now) > 0)
        return 0;
    // Each further `accountSlowAfter` failures double the interval, up to the whole window.
    const int steps = std::min(20, (failures - m_limits.accountSlowAfter) / std::max(1, m_limits.accountSlowAfter));
    const auto interval = std::min<EventWindows::Millis>(EventWindows::Millis(m_limits.slowIntervalSeconds) << steps,
                                                         m_limits.windowSeconds)
        * 1000;
    const auto last = m_pairFailures.newest(pair, now);
    if (last == 0 || now - last >= interval)
        return 0;
    return int((last + interval - now + 999) / 1000);
}

LoginThrottle::Attempt LoginThrottle::admit(const QString &account, const QString &address)
{
    const auto bucket = addressBucket(address);
    const auto pair = pairKey(account, bucket);
    std::unique_lock lock(m_mutex);
    const auto giveUpAt = std::chrono::steady_clock::now() + kMaxWaitForInFlight;
    for (;;) {
        const auto time = now();
        // The address first: once it is spent, nothing per account is even looked up, so a flood
        // of made-up login names from one address adds no keys.
        int wait = m_addressAttempts.secondsUntilFree(bucket, time);
        if (!wait)
            wait = m_addressFailures.secondsUntilFree(bucket, time);
        if (!wait)
            wait = m_pairFailures.secondsUntilFree(pair, time);
        if (!wait)
            wait = slowdownWait(account, pair, time);
        if (wait)
            throw DomainError::rateLimited(wait);
        if (!m_addressFailures.isFull(bucket, time) && !m_pairFailures.isFull(pair, time)) {
            m_addressAttempts.record(bucket, time);
            m_addressFailures.beginAttempt(bucket, time);
            m_pairFailures.beginAttempt(pair, time);
            return Attempt(this, account, bucket);
        }
        // Full only with attempts in flight: if they turn out right, this one may go ahead.
        if (m_waiting >= kMaxWaiting)
            throw DomainError::rateLimited(1);
        ++m_waiting;
        const bool timedOut = m_concluded.wait_until(lock, giveUpAt) == std::cv_status::timeout;
        --m_waiting;
        if (timedOut)
            throw DomainError::rateLimited(1);
    }
}

void LoginThrottle::conclude(const QString &account, const QString &bucket, Outcome outcome)
{
    const auto pair = pairKey(account, bucket);
    {
        const std::lock_guard lock(m_mutex);
        const auto time = now();
        const bool failed = outcome == Failed;
        m_addressFailures.endAttempt(bucket, failed, time);
        m_pairFailures.endAttempt(pair, failed, time);
        if (failed)
            m_accountFailures.record(account, time);
        if (outcome == Succeeded) {
            m_pairFailures.forget(pair);
            m_knownPairs.record(pair, time);
        }
    }
    m_concluded.notify_all();
}

std::size_t LoginThrottle::keyCount()
{
    const std::lock_guard lock(m_mutex);
    return m_addressAttempts.keyCount() + m_addressFailures.keyCount() + m_pairFailures.keyCount()
        + m_accountFailures.keyCount() + m_knownPairs.keyCount();
}

LoginThrottle::Attempt::Attempt(LoginThrottle *throttle, QString account, QString bucket)
    : m_throttle(throttle)
    , m_account(std::move(account))
    , m_bucket(std::move(bucket))
{
}

LoginThrottle::Attempt::Attempt(Attempt &&other) noexcept
    : m_throttle(std::exchange(other.m_throttle, nullptr))
    , m_account(std::move(other.m_account))
    , m_bucket(std::move(other.m_bucket))
{
}

LoginThrottle::Attempt::~Attempt()
{
    conclude(TakenBack);
}

void LoginThrottle::Attempt::succeeded()
{
    conclude(Succeeded);
}

void LoginThrottle::Attempt::failed()
{
    conclude(Failed);
}

void LoginThrottle::Attempt::conclude(int outcome)
{
    if (auto *throttle = std::exchange(m_throttle, nullptr))
        throttle->conclude(m_account, m_bucket, Outcome(outcome));
}

} // namespace kp::server
