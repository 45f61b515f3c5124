#include "server/app/ServerApp.h"

#include "server/accounts/AccountRoutes.h"
#include "server/app/DataDir.h"
#include "server/db/Migrations.h"
#include "server/health/HealthRoutes.h"
#include "server/http/HttpServer.h"

#include <QLoggingCategory>

#include <csignal>
#include <pthread.h>
#include <thread>

Q_LOGGING_CATEGORY(lcServer, "kp.server")

namespace kp::server {
ServerApp::ServerApp(ServerConfig config)
    : m_config(std::move(config))
    , m_database((secureDataDir(m_config), m_config.databasePath()))
    , m_hasher(m_config.argon2MemoryKiB, m_config.argon2Passes, m_config.hashConcurrency)
    , m_accounts(m_database, systemClock())
    , m_sessions(m_database, systemClock())
    , m_auth(m_database, m_accounts, m_sessions, m_hasher, m_config)
    , m_approvals(m_accounts)
    , m_router(m_auth, m_config.behindProxy)
{
    applyMigrations(m_database.connection());
    if (const int composed = m_accounts.composeStoredEmails())
        qCInfo(lcServer) << "composed" << composed << "stored email addresses to NFC";

    m_jobs.add(QStringLiteral("session sweep"), std::chrono::seconds(m_config.sessionSweepIntervalS),
               [this] { m_sessions.deleteExpired(); });

    addHealthRoutes(m_router, m_database);
    addAuthRoutes(m_router, m_auth);
    addAdminAccountRoutes(m_router, m_approvals);
}

int ServerApp::serve()
{
    // Block the stop signals in every thread (the pool and the job thread inherit this mask, so
    // they start after it); one thread waits for them and asks the HTTP server to stop, which
    // then drains the running requests.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    HttpServer http(m_config, m_router);
    if (!http.bind())
        return 1;
    const auto scheme = m_config.tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http");
    qCInfo(lcServer).noquote() << QStringLiteral("listening on %1://%2:%3").arg(scheme, m_config.host).arg(http.port());
    m_jobs.start();

    std::thread signalWaiter([&http, stopSignals] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        qCInfo(lcServer) << "stopping on signal" << signal;
        http.stop();
    });
    http.run();
    // Ends the waiter when the server stopped for another reason than a signal.
    // The waiter blocks SIGTERM and takes it in sigwait(); this wakes it, it does not kill it.
    pthread_kill(signalWaiter.native_handle(), SIGTERM); // NOLINT(bugprone-bad-signal-to-kill-thread)
    signalWaiter.join();
    m_jobs.stop();
    qCInfo(lcServer) << "stopped";
    return 0;
}

} // namespace kp::server
