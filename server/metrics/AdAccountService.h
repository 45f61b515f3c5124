#pragma once

#include "server/metrics/AdAccountStore.h"
#include "server/metrics/MetricDayStore.h"
#include "server/metrics/MetricsReports.h"

#include <QByteArray>
#include <QJsonObject>

namespace kp::server {

class AccountStore;
class Database;
class SecretBox;

namespace metrics {

class MetricsSync;

// The admin's side of a customer's ad accounts: connect one with its credentials (sealed at
// once, never returned), list them with their sync status, remove one, import a CSV of any other
// platform. Every call names the customer and answers 404 for anyone else.
class AdAccountService {
public:
    AdAccountService(Database &database, AccountStore &accounts, AdAccountStore &adAccounts, MetricDayStore &days,
                     MetricsReports &reports, MetricsSync &sync, const SecretBox &secrets,
                     MetricsGeneration &generation);

    QList<kp::metrics::MetricsSource> list(const QString &customerId);
    // body: {provider, external_id, credentials: {access_token} | {refresh_token}}; 422 naming the fields.
    kp::metrics::MetricsSource connect(const QString &customerId, const QJsonObject &body);
    void remove(const QString &customerId, const QString &provider, const QString &externalId);
    // {imported, source}; 422 with `line` for a bad row, nothing stored then.
    QJsonObject importCsv(const QString &customerId, const QString &sourceName, const QByteArray &csv);

    void requireCustomer(const QString &customerId);

private:
    Database &m_database;
    AccountStore &m_accounts;
    AdAccountStore &m_adAccounts;
    MetricDayStore &m_days;
    MetricsReports &m_reports;
    MetricsSync &m_sync;
    const SecretBox &m_secrets;
    MetricsGeneration &m_generation;
};

} // namespace metrics
} // namespace kp::server
