#pragma once

#include "server/security/Clock.h"
#include "server/security/EventWindows.h"

#include <QString>

#include <condition_variable>
#include <mutex>

namespace kp::server {

// Who may try a password now, after OWASP's and NIST 800-63B's advice: guesses are throttled
// per (account, address) and per address, so an attacker is stopped where he stands; an
// account's failures from everywhere only *slow* further tries from addresses that have never
// logged in to it successfully, so nobody who cannot guess the password can keep its owner
// out. Addresses count per addressBucket() (IPv6 per /64).
//
// An attempt counts from admit() on, before the slow hash, so parallel guesses cannot overshoot
// a budget. A budget that is full only with attempts still in flight makes the next one wait
// for their outcome instead of refusing it: parallel correct logins are never locked out.
class LoginThrottle {
public:
    struct Limits {
        int accountAddressFailures = 5; // per (account, address) and window
        int addressFailures = 30;       // per address and window, over all accounts
        int addressAttempts = 100;      // per address and window, whatever the outcome (hash cost)
        int windowSeconds = 900;
        int accountSlowAfter = 20;    // failures of an account (from anywhere) before it slows down
        int slowIntervalSeconds = 15; // then: one try per address and interval, doubling per step
    };

    LoginThrottle(Limits limits, Clock clock = systemClock());

    // One admitted attempt. Unless it ends with succeeded() or failed(), it is taken back (it
    // never reached a verdict, e.g. the hasher was busy).
    class Attempt {
    public:
        Attempt(Attempt &&other) noexcept;
        Attempt &operator=(Attempt &&) = delete;
        Attempt(const Attempt &) = delete;
        ~Attempt();
        // The password was right and a session was issued.
        void succeeded();
        // Anything else that cost a hash: a wrong password, an unknown login, or a right
        // password for an account that may not log in (pending, rejected).
        void failed();

    private:
        friend class LoginThrottle;
        Attempt(LoginThrottle *throttle, QString account, QString bucket);
        void conclude(int outcome);
        LoginThrottle *m_throttle;
        QString m_account;
        QString m_bucket;
    };

    // Admits an attempt of `account` (a stable key for the login) from `address`, waiting for
    // attempts in flight where their outcome decides; throws DomainError(rate_limited).
    Attempt admit(const QString &account, const QString &address);

    // For tests and the memory bound: keys held over all tables.
    std::size_t keyCount();

private:
    enum Outcome { TakenBack, Succeeded, Failed };
    static QString pairKey(const QString &account, const QString &bucket);
    // Seconds this (account, address) must wait while the account is slowed down; 0 if none.
    int slowdownWait(const QString &account, const QString &pair, EventWindows::Millis now);
    void conclude(const QString &account, const QString &bucket, Outcome outcome);
    EventWindows::Millis now() const { return m_clock().toMSecsSinceEpoch(); }

    Limits m_limits;
    Clock m_clock;
    std::mutex m_mutex;
    std::condition_variable m_concluded;
    int m_waiting = 0; // attempts waiting for the outcome of others
    EventWindows m_addressAttempts;
    EventWindows m_addressFailures;
    EventWindows m_pairFailures;
    EventWindows m_accountFailures;
    EventWindows m_knownPairs; // (account, address) with a successful login in the last 30 days
};

} // namespace kp::server
