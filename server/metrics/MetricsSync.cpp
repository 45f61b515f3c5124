#include "server/metrics/MetricsSync.h"

#include "server/db/Database.h"
#include "server/security/SecretBox.h"
#include "shared/Account.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcMetricsSync, "kp.metrics")

namespace kp::server::metrics {

MetricsSync::MetricsSync(Database &database, AdAccountStore &adAccounts, MetricDayStore &days, const SecretBox &secrets,
                         const MetricsSettings &settings, Connectors connectors, Clock clock,
                         MetricsGeneration &generation)
    : m_database(database)
    , m_adAccounts(adAccounts)
    , m_days(days)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_connectors(std::move(connectors))
    , m_clock(std::move(clock))
    , m_generation(generation)
{
}

int MetricsSync::syncDue(const QString &accountId)
{
    const auto due = m_adAccounts.dueForSync(accountId);
    for (const auto &source : due)
        sync(source);
    return int(due.size());
}

void MetricsSync::fail(const AdAccountRecord &source, const SourceProblem &problem,
                       const std::optional<AdAccountInfo> &info)
{
    SyncResult result;
    result.status = problem.status;
    result.lastError = problem.message;
    result.info = info;
    if (problem.status == SourceStatus::Throttled)
        result.throttledUntil = m_clock().addSecs(std::max<qint64>(problem.retryAfter.count(), 60));
    m_adAccounts.recordSync(source.id, result);
    qCInfo(lcMetricsSync).noquote() << source.provider << source.externalId
                                    << "not synced:" << sourceStatusName(problem.status);
}

QString MetricsSync::currencyConflict(const AdAccountRecord &source, const AdAccountInfo &info)
{
    for (const auto &other : m_adAccounts.forAccount(source.accountId)) {
        if (other.id != source.id && !other.currency.isEmpty() && !info.currency.isEmpty()
            && other.currency != info.currency && other.createdAt <= source.createdAt)
            return QStringLiteral("This ad account reports in %1, the customer's other ad accounts in %2; "
                                  "the dashboard cannot add up two currencies. Connect accounts of one currency.")
                .arg(info.currency, other.currency);
    }
    return {};
}

void MetricsSync::sync(const AdAccountRecord &source)
{
    const MetricsGeneration::Change change(m_generation);
    const auto connector = m_connectors.find(source.provider);
    if (connector == m_connectors.end()) {
        fail(source,
             {SourceStatus::Error,
              QStringLiteral("The server is not set up for %1 (see the [google] keys of its config file).")
                  .arg(source.provider)});
        return;
    }
    const auto plain = m_secrets.open(source.sealedCredentials);
    const auto credentials = plain ? QJsonDocument::fromJson(*plain).object() : QJsonObject();
    if (credentials.isEmpty()) {
        fail(source,
             {SourceStatus::NeedsToken,
              QStringLiteral("The stored credentials cannot be read with the server's key; enter them again.")});
        return;
    }
    m_adAccounts.markSyncing(source.id);
    auto &platform = *connector->second;
    const auto info = platform.accountInfo(source.externalId, credentials);
    if (const auto *problem = std::get_if<SourceProblem>(&info)) {
        fail(source, *problem);
        return;
    }
    const auto &account = std::get<AdAccountInfo>(info);
    if (const auto conflict = currencyConflict(source, account); !conflict.isEmpty()) {
        fail(source, {SourceStatus::Error, conflict}, account);
        return;
    }
    // Days count in the ad account's time zone: "today" there may be tomorrow or yesterday here.
    const QTimeZone zone(account.timeZone.toUtf8());
    const auto today = zone.isValid() ? m_clock().toTimeZone(zone).date() : m_clock().date();
    const bool firstRead = !source.historyFrom.isValid();
    const auto from
        = firstRead ? today.addMonths(-platform.historyMonths()).addDays(1) : today.addDays(1 - m_settings.recentDays);
    const auto days = platform.dailyMetrics(source.externalId, credentials, from, today);
    if (const auto *problem = std::get_if<SourceProblem>(&days)) {
        fail(source, *problem, account);
        return;
    }
    SyncResult result;
    result.succeeded = true;
    result.info = account;
    if (firstRead)
        result.historyFrom = from;
    auto &connection = m_database.connection();
    WriteTransaction transaction(connection);
    m_days.replaceRange(source.id, from, today, std::get<QList<DailyMetrics>>(days), toApiInstant(m_clock()));
    m_adAccounts.recordSync(source.id, result);
    transaction.commit();
    qCInfo(lcMetricsSync).noquote() << source.provider << source.externalId << "synced"
                                    << std::get<QList<DailyMetrics>>(days).size() << "days from"
                                    << from.toString(Qt::ISODate);
}

} // namespace kp::server::metrics
