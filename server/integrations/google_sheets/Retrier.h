#pragma once

#include "server/integrations/google_sheets/GoogleHttp.h"

#include <chrono>
#include <functional>

namespace kp::server::google {

// How the caller waits between tries; tests pass one that records the wait and returns at once.
// Returns false when the wait was cut short because the caller is stopping (a job runner's stop
// request): the Retrier then gives up at once instead of trying again.
using Sleeper = std::function<bool(std::chrono::milliseconds)>;
Sleeper threadSleeper();

struct RetryLimits {
    int attempts = 5;                            // tries in all, the first one included
    std::chrono::milliseconds firstWait {1000};  // doubled after every further try
    std::chrono::milliseconds totalWait {30000}; // all waits of one read together, at most
};

// Google's advice for 429 and 5xx: try again with exponential backoff, and wait as long as a
// Retry-After header asks (seconds; the rarer HTTP-date form is treated as absent). One Retrier
// serves one read of the sheet, so the token, Drive and Sheets requests share one time budget and
// a sync job never waits much longer than totalWait. No answer at all (DNS, connection refused,
// timeout) is not retried: each try could cost the whole timeout, and the job runs again soon.
class Retrier {
public:
    Retrier(RetryLimits limits, Sleeper sleep);

    // Calls attempt until its answer is neither 429 nor 5xx, or the tries or the budget run out;
    // returns the last answer.
    HttpAnswer run(const std::function<HttpAnswer()> &attempt);

    // After run() gave up on 429/5xx: the wait it would have made next, in whole seconds (≥ 1).
    int nextWaitSeconds() const { return m_nextWaitSeconds; }

    static bool isRetryable(const HttpAnswer &answer);

private:
    std::chrono::milliseconds waitBefore(int retry, const HttpAnswer &answer) const;

    RetryLimits m_limits;
    Sleeper m_sleep;
    std::chrono::milliseconds m_waited {0};
    int m_nextWaitSeconds = 0;
    bool m_stopped = false; // the Sleeper said the caller is stopping: no more waits
};

} // namespace kp::server::google
