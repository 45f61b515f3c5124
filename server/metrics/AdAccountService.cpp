#include "server/metrics/AdAccountService.h"

#include "server/accounts/AccountStore.h"
#include "server/core/DomainError.h"
#include "server/db/Database.h"
#include "server/http/JsonFields.h"
#include "server/metrics/MetricsCsv.h"
#include "server/metrics/MetricsSync.h"
#include "server/security/SecretBox.h"
#include "shared/Account.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace kp::server::metrics {
namespace {

// What each platform's credentials hold, and how its account ids look.
struct ProviderRule {
    const char *provider;
    const char *credentialKey;
    const char *idPattern;
    bool actPrefix; // Facebook's "act_…", else Google's "123-456-7890"
};
constexpr ProviderRule kProviders[] = {
    {"facebook", "access_token", "^(act_)?[0-9]{1,20}$", true},
    {"google_ads", "refresh_token", "^[0-9]{3}-?[0-9]{3}-?[0-9]{4}$", false},
};

const ProviderRule *ruleOf(const QString &provider)
{
    for (const auto &rule : kProviders)
        if (provider == QLatin1String(rule.provider))
            return &rule;
    return nullptr;
}

// One spelling per account, so the same account entered twice is one source:
// "act_123…" for Facebook, "123-456-7890" for Google Ads.
QString normalizedId(const ProviderRule &rule, QString id)
{
    if (rule.actPrefix)
        return id.startsWith(QLatin1String("act_")) ? id : QStringLiteral("act_") + id;
    id.remove(QLatin1Char('-'));
    return id.left(3) + QLatin1Char('-') + id.mid(3, 3) + QLatin1Char('-') + id.mid(6);
}

bool isPrintableToken(const QString &token)
{
    static const QRegularExpression printable(QStringLiteral("^[\\x21-\\x7e]{16,4096}$"));
    return printable.match(token).hasMatch();
}

} // namespace

AdAccountService::AdAccountService(Database &database, AccountStore &accounts, AdAccountStore &adAccounts,
                                   MetricDayStore &days, MetricsReports &reports, MetricsSync &sync,
                                   const SecretBox &secrets, MetricsGeneration &generation)
    : m_database(database)
    , m_accounts(accounts)
    , m_adAccounts(adAccounts)
    , m_days(days)
    , m_reports(reports)
    , m_sync(sync)
    , m_secrets(secrets)
    , m_generation(generation)
{
}

void AdAccountService::requireCustomer(const QString &customerId)
{
    const auto account = m_accounts.findById(customerId);
    if (!account || account->isAdmin())
        throw DomainError(ErrorCode::NotFound, QStringLiteral("No such customer."));
}

QList<kp::metrics::MetricsSource> AdAccountService::list(const QString &customerId)
{
    requireCustomer(customerId);
    QList<kp::metrics::MetricsSource> sources;
    for (const auto &record : m_adAccounts.forAccount(customerId))
        sources.append(record.toSource(m_reports.provisionalFrom(record)));
    return sources;
}

kp::metrics::MetricsSource AdAccountService::connect(const QString &customerId, const QJsonObject &json)
{
    requireCustomer(customerId);
    JsonFields body(json);
    const auto provider = body.requiredString(QStringLiteral("provider"));
    const auto externalId = body.requiredString(QStringLiteral("external_id")).trimmed();
    const auto credentials = body.requiredObject(QStringLiteral("credentials"));
    const auto *rule = ruleOf(provider);
    if (!provider.isEmpty() && !rule)
        body.addProblem(QStringLiteral("provider"), QStringLiteral("invalid"));
    if (rule && !externalId.isEmpty()
        && !QRegularExpression(QLatin1String(rule->idPattern)).match(externalId).hasMatch())
        body.addProblem(QStringLiteral("external_id"), QStringLiteral("invalid"));
    if (rule && !json.value(QLatin1String("credentials")).isUndefined()
        && (credentials.keys() != QStringList {QLatin1String(rule->credentialKey)}
            || !isPrintableToken(credentials.value(QLatin1String(rule->credentialKey)).toString())))
        body.addProblem(QStringLiteral("credentials"), QStringLiteral("invalid"));
    body.finish();
    if (!m_sync.hasConnector(provider))
        throw DomainError(ErrorCode::Conflict,
                          QStringLiteral("This server is not set up for Google Ads yet: its operator sets the "
                                         "[google] client_id, client_secret and developer_token keys."));
    const auto sealed = m_secrets.seal(QJsonDocument(credentials).toJson(QJsonDocument::Compact));
    const MetricsGeneration::Change change(m_generation);
    const auto record = m_adAccounts.connect(customerId, provider, normalizedId(*rule, externalId), sealed);
    return record.toSource();
}

void AdAccountService::remove(const QString &customerId, const QString &provider, const QString &externalId)
{
    requireCustomer(customerId);
    const MetricsGeneration::Change change(m_generation);
    WriteTransaction transaction(m_database.connection());
    if (!m_adAccounts.remove(customerId, provider, externalId))
        throw DomainError(ErrorCode::NotFound, QStringLiteral("This customer has no such ad account."));
    // Its rows went with it (ON DELETE CASCADE); the customer's sums must lose them too.
    m_days.rollUpAll(customerId);
    transaction.commit();
}

QJsonObject AdAccountService::importCsv(const QString &customerId, const QString &sourceName, const QByteArray &csv)
{
    requireCustomer(customerId);
    static const QRegularExpression name(QStringLiteral("^[\\p{L}\\p{N} _.-]{1,40}$"));
    if (!name.match(sourceName).hasMatch())
        throw DomainError::validation({{QStringLiteral("source"), QStringLiteral("invalid")}});
    const auto parsed = MetricsCsv::parse(csv);
    if (parsed.problemLine > 0)
        throw DomainError(ErrorCode::ValidationFailed,
                          QStringLiteral("Line %1: %2.").arg(parsed.problemLine).arg(parsed.problem),
                          {{QStringLiteral("csv"), QStringLiteral("invalid")}})
            .withDetail(QStringLiteral("line"), parsed.problemLine);
    const MetricsGeneration::Change change(m_generation);
    auto &connection = m_database.connection();
    WriteTransaction transaction(connection);
    const auto record = m_adAccounts.touchImported(customerId, sourceName);
    m_days.upsert(record.id, parsed.days, toApiInstant(record.lastSyncedAt));
    transaction.commit();
    return QJsonObject {{QStringLiteral("imported"), int(parsed.days.size())},
                        {QStringLiteral("source"), record.toSource().toJson()}};
}

} // namespace kp::server::metrics
