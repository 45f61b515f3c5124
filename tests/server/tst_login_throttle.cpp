#include "server/core/DomainError.h"
#include "server/security/AddressBucket.h"
#include "server/security/LoginThrottle.h"

#include <QTest>

#include <atomic>
#include <thread>

using kp::server::DomainError;
using kp::server::LoginThrottle;

// The rules of who may try a password, with a clock the test moves (the integration side is in
// tst_login_storm, against the real server).
class TestLoginThrottle : public QObject {
    Q_OBJECT

private slots:
    void blocksGuessesPerAccountAndAddressOnly();
    void blocksAnAddressAfterItsFailuresOverAllAccounts();
    void countsEveryAttemptOfAnAddressWhateverItsOutcome();
    void slowsAnAccountUnderAttackButNotFromAKnownAddress();
    void parallelCorrectAttemptsWaitInsteadOfLockingOut();
    void parallelWrongAttemptsCannotOvershoot();
    void addsNoKeysOnceAnAddressIsSpent();
    void bucketsIpv6ByPrefix();

private:
    // Seconds the attempt must wait (0 when admitted), concluding it with `outcome`.
    int tryLogin(LoginThrottle &throttle, const QString &account, const QString &address, bool right);
    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    kp::server::Clock clock()
    {
        return [this] { return m_now; };
    }
    static LoginThrottle::Limits limits()
    {
        LoginThrottle::Limits limits;
        limits.accountAddressFailures = 5;
        limits.addressFailures = 30;
        limits.addressAttempts = 100;
        limits.windowSeconds = 900;
        limits.accountSlowAfter = 20;
        limits.slowIntervalSeconds = 15;
        return limits;
    }
};

int TestLoginThrottle::tryLogin(LoginThrottle &throttle, const QString &account, const QString &address, bool right)
{
    try {
        auto attempt = throttle.admit(account, address);
        right ? attempt.succeeded() : attempt.failed();
        return 0;
    } catch (const DomainError &error) {
        return error.retryAfterSeconds();
    }
}

void TestLoginThrottle::blocksGuessesPerAccountAndAddressOnly()
{
    LoginThrottle throttle(limits(), clock());
    const auto admin = QStringLiteral("account:admin");
    for (int i = 0; i < 5; ++i)
        QCOMPARE(tryLogin(throttle, admin, QStringLiteral("203.0.113.9"), false), 0);
    QCOMPARE(tryLogin(throttle, admin, QStringLiteral("203.0.113.9"), true), 900); // this address, this account
    // The owner, from anywhere else, logs in at once; the attacker may still try other accounts.
    QCOMPARE(tryLogin(throttle, admin, QStringLiteral("198.51.100.7"), true), 0);
    QCOMPARE(tryLogin(throttle, QStringLiteral("account:other"), QStringLiteral("203.0.113.9"), false), 0);
    m_now = m_now.addSecs(900);
    QCOMPARE(tryLogin(throttle, admin, QStringLiteral("203.0.113.9"), true), 0);
}

void TestLoginThrottle::blocksAnAddressAfterItsFailuresOverAllAccounts()
{
    LoginThrottle throttle(limits(), clock());
    for (int i = 0; i < 30; ++i)
        QCOMPARE(tryLogin(throttle, QStringLiteral("login:user%1").arg(i), QStringLiteral("203.0.113.9"), false), 0);
    QVERIFY(tryLogin(throttle, QStringLiteral("login:fresh"), QStringLiteral("203.0.113.9"), true) > 0);
    QCOMPARE(tryLogin(throttle, QStringLiteral("login:fresh"), QStringLiteral("198.51.100.7"), true), 0);
}

void TestLoginThrottle::countsEveryAttemptOfAnAddressWhateverItsOutcome()
{
    // A pending account's right password answers 403, a failure for the throttle; even right
    // passwords of an approved account cost a hash each and count against the address.
    LoginThrottle throttle(limits(), clock());
    for (int i = 0; i < 100; ++i)
        QCOMPARE(tryLogin(throttle, QStringLiteral("account:busy"), QStringLiteral("203.0.113.9"), true), 0);
    QCOMPARE(tryLogin(throttle, QStringLiteral("account:busy"), QStringLiteral("203.0.113.9"), true), 900);
    QCOMPARE(tryLogin(throttle, QStringLiteral("account:busy"), QStringLiteral("198.51.100.7"), true), 0);
}

void TestLoginThrottle::slowsAnAccountUnderAttackButNotFromAKnownAddress()
{
    LoginThrottle throttle(limits(), clock());
    const auto owner = QStringLiteral("account:owner");
    QCOMPARE(tryLogin(throttle, owner, QStringLiteral("192.0.2.1"), true), 0); // the owner's office
    // A botnet: 20 addresses, one wrong guess each, puts the account under attack.
    for (int i = 0; i < 20; ++i)
        QCOMPARE(tryLogin(throttle, owner, QStringLiteral("203.0.113.%1").arg(i + 1), false), 0);
    // Each guessing address now gets one try per interval; a new address its first one.
    QCOMPARE(tryLogin(throttle, owner, QStringLiteral("203.0.113.1"), false), 15);
    QCOMPARE(tryLogin(throttle, owner, QStringLiteral("203.0.113.200"), false), 0);
    // The owner from the office is never slowed; from a new place it is not locked out.
    QCOMPARE(tryLogin(throttle, owner, QStringLiteral("192.0.2.1"), true), 0);
    QCOMPARE(tryLogin(throttle, owner, QStringLiteral("198.51.100.50"), true), 0);
    m_now = m_now.addSecs(15);
    QCOMPARE(tryLogin(throttle, owner, QStringLiteral("203.0.113.1"), false), 0);
}

void TestLoginThrottle::parallelCorrectAttemptsWaitInsteadOfLockingOut()
{
    // Eight correct logins at once from one office address (a team sharing a login): the
    // pair's budget of 5 fills with attempts in flight; the others wait for their outcome.
    LoginThrottle throttle(limits(), clock());
    std::atomic<int> admitted = 0;
    std::atomic<int> refused = 0;
    std::vector<std::thread> team;
    for (int i = 0; i < 8; ++i) {
        team.emplace_back([&] {
            try {
                auto attempt = throttle.admit(QStringLiteral("account:team"), QStringLiteral("192.0.2.1"));
                ++admitted;
                std::this_thread::sleep_for(std::chrono::milliseconds(50)); // the hash
                attempt.succeeded();
            } catch (const DomainError &) {
                ++refused;
            }
        });
    }
    for (auto &member : team)
        member.join();
    QCOMPARE(admitted.load(), 8);
    QCOMPARE(refused.load(), 0);
}

void TestLoginThrottle::parallelWrongAttemptsCannotOvershoot()
{
    LoginThrottle throttle(limits(), clock());
    std::atomic<int> admitted = 0;
    std::vector<std::thread> guesses;
    for (int i = 0; i < 16; ++i) {
        guesses.emplace_back([&] {
            try {
                auto attempt = throttle.admit(QStringLiteral("account:target"), QStringLiteral("203.0.113.9"));
                ++admitted;
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                attempt.failed();
            } catch (const DomainError &) {
            }
        });
    }
    for (auto &guess : guesses)
        guess.join();
    QCOMPARE(admitted.load(), 5);
}

void TestLoginThrottle::addsNoKeysOnceAnAddressIsSpent()
{
    LoginThrottle throttle(limits(), clock());
    for (int i = 0; i < 100000; ++i)
        tryLogin(throttle, QStringLiteral("login:made-up-%1").arg(i), QStringLiteral("203.0.113.9"), false);
    // 30 failures spend the address; the names before that are all it ever held.
    QVERIFY2(throttle.keyCount() < 100, qPrintable(QString::number(throttle.keyCount())));
}

void TestLoginThrottle::bucketsIpv6ByPrefix()
{
    using kp::server::addressBucket;
    QCOMPARE(addressBucket(QStringLiteral("2001:db8:1:2:aaaa::1")), QStringLiteral("2001:db8:1:2::/64"));
    QCOMPARE(addressBucket(QStringLiteral("2001:db8:1:2:ffff:1:2:3")), QStringLiteral("2001:db8:1:2::/64"));
    QCOMPARE(addressBucket(QStringLiteral("::ffff:192.0.2.7")), QStringLiteral("192.0.2.7"));
    QCOMPARE(addressBucket(QStringLiteral("192.0.2.7")), QStringLiteral("192.0.2.7"));

    LoginThrottle throttle(limits(), clock());
    for (int i = 0; i < 5; ++i)
        tryLogin(throttle, QStringLiteral("account:a"), QStringLiteral("2001:db8::%1").arg(i + 1), false);
    // Another address of the same /64 is the same client.
    QVERIFY(tryLogin(throttle, QStringLiteral("account:a"), QStringLiteral("2001:db8::beef"), true) > 0);
    QCOMPARE(tryLogin(throttle, QStringLiteral("account:a"), QStringLiteral("2001:db8:0:1::beef"), true), 0);
}

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_login_throttle.moc"
