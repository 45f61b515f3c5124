#include "server/security/EventWindows.h"
#include "server/security/RateLimiter.h"

#include <QTest>

using kp::server::RateLimiter;

// The sliding window, with a clock the test moves instead of one it waits for.
class TestRateLimiter : public QObject {
    Q_OBJECT

private slots:
    void allowsUpToTheLimitThenAsksToWait();
    void freesTheKeyWhenTheOldestEventLeavesTheWindow();
    void keepsKeysApart();
    void forgetsAKeyOnReset();
    void refusesToCountBeyondTheLimit();
    void dropsKeysWhoseEventsExpired();
    void staysWithinItsKeyCap();

private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    kp::server::Clock clock()
    {
        return [this] { return m_now; };
    }
};

void TestRateLimiter::allowsUpToTheLimitThenAsksToWait()
{
    RateLimiter limiter(3, 600, clock());
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(limiter.retryAfter(QStringLiteral("anna")), 0);
        limiter.acquire(QStringLiteral("anna"));
        m_now = m_now.addSecs(10);
    }
    // The first event was 30 s ago, so the key waits the remaining 570 s.
    QCOMPARE(limiter.retryAfter(QStringLiteral("anna")), 570);
}

void TestRateLimiter::freesTheKeyWhenTheOldestEventLeavesTheWindow()
{
    RateLimiter limiter(2, 60, clock());
    limiter.acquire(QStringLiteral("anna"));
    m_now = m_now.addSecs(30);
    limiter.acquire(QStringLiteral("anna"));
    QCOMPARE(limiter.retryAfter(QStringLiteral("anna")), 30);
    m_now = m_now.addSecs(30);
    QCOMPARE(limiter.retryAfter(QStringLiteral("anna")), 0);
    limiter.acquire(QStringLiteral("anna"));
    QCOMPARE(limiter.retryAfter(QStringLiteral("anna")), 30);
}

void TestRateLimiter::keepsKeysApart()
{
    RateLimiter limiter(1, 60, clock());
    limiter.acquire(QStringLiteral("anna"));
    QVERIFY(limiter.retryAfter(QStringLiteral("anna")) > 0);
    QCOMPARE(limiter.retryAfter(QStringLiteral("ben")), 0);
}

void TestRateLimiter::forgetsAKeyOnReset()
{
    RateLimiter limiter(1, 60, clock());
    limiter.acquire(QStringLiteral("anna"));
    limiter.reset(QStringLiteral("anna"));
    QCOMPARE(limiter.retryAfter(QStringLiteral("anna")), 0);
}

void TestRateLimiter::refusesToCountBeyondTheLimit()
{
    RateLimiter limiter(2, 60, clock());
    QCOMPARE(limiter.acquire(QStringLiteral("anna")), 0);
    QCOMPARE(limiter.acquire(QStringLiteral("anna")), 0);
    QCOMPARE(limiter.acquire(QStringLiteral("anna")), 60); // refused, and not counted
    m_now = m_now.addSecs(60);
    QCOMPARE(limiter.acquire(QStringLiteral("anna")), 0);
}

void TestRateLimiter::dropsKeysWhoseEventsExpired()
{
    RateLimiter limiter(3, 60, clock());
    for (int i = 0; i < 100; ++i)
        limiter.acquire(QStringLiteral("visitor-%1").arg(i));
    QCOMPARE(limiter.keyCount(), std::size_t(100));
    m_now = m_now.addSecs(61);
    // Any touch after a window sweeps the expired keys; asking about an absent key adds none.
    QCOMPARE(limiter.retryAfter(QStringLiteral("someone-new")), 0);
    limiter.acquire(QStringLiteral("anna"));
    QCOMPARE(limiter.keyCount(), std::size_t(1));
}

void TestRateLimiter::staysWithinItsKeyCap()
{
    kp::server::EventWindows windows(5, 3600, 1000);
    for (int i = 0; i < 100000; ++i)
        windows.record(QStringLiteral("name-%1").arg(i), 1000 + i);
    QVERIFY2(windows.keyCount() <= 1000, qPrintable(QString::number(windows.keyCount())));
    // The newest keys survive an eviction; the least recently active go first.
    QCOMPARE(windows.count(QStringLiteral("name-99999"), 200000), 1);
    QCOMPARE(windows.count(QStringLiteral("name-0"), 200000), 0);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_rate_limiter.moc"
