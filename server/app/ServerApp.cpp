#include "server/app/ServerApp.h"

#include "server/app/DataDir.h"
#include "server/app/RotateKey.h"
#include "server/callbacks/CallbacksModule.h"
#include "server/db/Migrations.h"
#include "server/health/HealthModule.h"
#include "server/http/HttpServer.h"
#include "server/messenger/MessengerModule.h"
#include "server/metrics/MetricsModule.h"
#include "server/profile/ProfileModule.h"
#include "server/referrals/ReferralsModule.h"
#include "server/roadmap/RoadmapModule.h"
#include "server/videos/VideosModule.h"

#include <QLoggingCategory>

#include <csignal>
#include <pthread.h>
#include <thread>

Q_LOGGING_CATEGORY(lcServer, "kp.server")

namespace kp::server {
namespace {

// What the roadmap reads of the onboarding, videos and metrics modules (they know nothing of it).
roadmap::StageEvidence stageEvidence(ChecklistService &checklists, VideoStore &videos, metrics::MetricDayStore &days)
{
    const auto checklistCompletedAt = [&checklists](const QString &accountId) {
        const auto completion = checklists.store().completion(accountId);
        return completion ? completion->completedAt : QDateTime();
    };
    return {
        .checklistCompletedAt = checklistCompletedAt,
        .videosUnderstoodAt =
            [&videos, checklistCompletedAt](const QString &accountId) {
                // With no required video published there is nothing to watch, and the onboarding
                // gate counts the videos as done (/me's videos_complete): the stage is done when
                // the gate opened, with the checklist, rather than "current" with nothing to do.
                if (videos.requiredCount(accountId).total == 0)
                    return checklistCompletedAt(accountId);
                return videos.requiredUnderstoodAt(accountId);
            },
        .firstDayWithLeads = [&days](const QString &accountId) { return days.firstDayWithLeads(accountId); },
        .checklistItemsByStage = [&checklists] { return checklists.itemsByStage(); },
        .itemsAnsweredAt
        = [&checklists](const QString &accountId,
                        const QStringList &itemIds) { return checklists.answeredValidlyAt(accountId, itemIds); },
    };
}

} // namespace

ServerApp::ServerApp(ServerConfig config)
    : m_config(std::move(config))
    , m_database((secureDataDir(m_config), m_config.databasePath()))
    , m_dataDirLock(m_config.dataDir)
    , m_hasher(m_config.argon2MemoryKiB, m_config.argon2Passes, m_config.hashConcurrency)
    , m_secrets(SecretBox::fromKeyFile(m_config.keyFilePath(), &m_keyFileCreated))
    , m_context {m_config, m_database, m_hasher, m_secrets, systemClock()}
    , m_accounts(std::make_unique<AccountsModule>(m_context))
    , m_idempotencyStore(m_database, systemClock())
    , m_idempotency(m_idempotencyStore)
    , m_router(m_accounts->auth(), m_config.behindProxy)
{
    m_router.setIdempotency(m_idempotency);
    m_jobs.add(QStringLiteral("idempotency sweep"), std::chrono::hours(1), [this] { m_idempotency.deleteExpired(); });
    applyMigrations(m_database.connection());
    refuseNewKeyForOldSecrets(m_config, m_keyFileCreated, m_database.connection());
    if (const int composed = accounts().composeStoredEmails())
        qCInfo(lcServer) << "composed" << composed << "stored email addresses to NFC";

    m_modules.push_back(std::make_unique<HealthModule>(m_context));
    m_modules.push_back(std::make_unique<ProfileModule>(m_context, *m_accounts));
    auto onboarding = std::make_unique<OnboardingModule>(m_context, *m_accounts, makeChecklistSource(m_config));
    m_onboarding = onboarding.get();
    m_modules.push_back(std::move(onboarding));
    // After onboarding: its account contributor makes `onboarding`, this one adds the videos.
    auto videos = std::make_unique<VideosModule>(m_context, *m_accounts);
    auto &videoStore = videos->store();
    m_modules.push_back(std::move(videos));
    auto metrics = std::make_unique<metrics::MetricsModule>(
        m_context, *m_accounts, metrics::makeMetricsConnectors(m_config, [this](std::chrono::milliseconds wait) {
            return m_jobs.sleepFor(wait);
        }));
    m_metrics = metrics.get();
    m_modules.push_back(std::move(metrics));
    auto callbacks = std::make_unique<callbacks::CallbacksModule>(m_context, callbacks::makeCallbackChannels(m_config));
    auto &callbackService = callbacks->service();
    m_modules.push_back(std::move(callbacks));
    m_modules.push_back(std::make_unique<messenger::MessengerModule>(m_context));
    auto referrals = std::make_unique<referrals::ReferralsModule>(m_context, *m_accounts);
    m_referrals = referrals.get();
    m_modules.push_back(std::move(referrals));
    auto roadmap = std::make_unique<roadmap::RoadmapModule>(
        m_context, *m_accounts, stageEvidence(m_onboarding->checklists(), videoStore, m_metrics->dayStore()),
        roadmap::InterestNotices {[&callbackService](const Account &customer, const QString &title) {
                                      return callbackService.fileNotice(customer, QStringLiteral("upsell"), title);
                                  },
                                  [&callbackService] { callbackService.deliverSoon(); }});
    m_roadmap = roadmap.get();
    m_modules.push_back(std::move(roadmap));

    m_accounts->addRoutes(m_router);
    m_accounts->addJobs(m_jobs);
    for (const auto &module : m_modules) {
        module->addRoutes(m_router);
        module->addJobs(m_jobs);
    }
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
