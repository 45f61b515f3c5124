#include "server/integrations/facebook/GraphError.h"

#include "server/core/LogSafe.h"
#include "server/integrations/facebook/UsageHeader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kp::server::facebook {
namespace {

using metrics::SourceStatus;

bool isThrottle(int code)
{
    // 4: app, 17: user, 613: ad account, 80000: ads_insights and 80004: ads_management
    // business-use-case limits. Insights reads meet all of them in practice.
    return code == 4 || code == 17 || code == 613 || code == 80000 || code == 80004;
}

SourceProblem throttled(const QString &why, std::chrono::seconds wait)
{
    const auto minutes = std::chrono::ceil<std::chrono::minutes>(wait).count();
    return {SourceStatus::Throttled, QStringLiteral("%1; the sync pauses for %2 minutes.").arg(why).arg(minutes), wait};
}

std::chrono::seconds regainTime(const HttpAnswer &answer)
{
    const auto usage = parseBusinessUseCaseUsage(answer.header("x-business-use-case-usage"));
    if (!usage || usage->regainMinutes <= 0)
        return defaultBackoff;
    return std::chrono::minutes(usage->regainMinutes);
}

QString unreachable(const HttpAnswer &answer)
{
    const auto what = answer.status == 0 ? QStringLiteral("no answer") : QStringLiteral("HTTP %1").arg(answer.status);
    return QStringLiteral("Facebook could not be reached (%1); the next sync tries again.").arg(what);
}

// Meta's own words, one line, short, and never the token even if Meta were to quote it.
QString metaMessage(const QJsonObject &error, const QByteArray &token)
{
    auto message = error.value(QLatin1String("message")).toString();
    if (!token.isEmpty())
        message.replace(QString::fromUtf8(token), QStringLiteral("…"));
    return logSafe(message, 300);
}

} // namespace

GraphErrorCode graphErrorCode(const HttpAnswer &answer)
{
    const auto error = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("error")).toObject();
    return {error.value(QLatin1String("code")).toInt(), error.value(QLatin1String("error_subcode")).toInt()};
}

bool asksForLessData(GraphErrorCode error)
{
    return (error.code == 1 && error.subcode == 99) || (error.code == 100 && error.subcode == 1487534);
}

SourceProblem graphProblem(const HttpAnswer &answer, const QByteArray &token)
{
    const auto error = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("error")).toObject();
    const int code = error.value(QLatin1String("code")).toInt();
    if (answer.status == 0 || answer.status >= 500 || code == 0)
        return {SourceStatus::Error, unreachable(answer), {}};
    if (code == 190)
        return {SourceStatus::NeedsToken,
                QStringLiteral("The Facebook access token has expired or was revoked; enter a new one."),
                {}};
    if (isThrottle(code))
        return throttled(QStringLiteral("Facebook limits the requests for this ad account (code %1)").arg(code),
                         regainTime(answer));
    if (code == 3018)
        return {SourceStatus::Error,
                QStringLiteral("Facebook keeps daily insights for 37 months only; the requested range starts earlier."),
                {}};
    return {SourceStatus::Error,
            QStringLiteral("Facebook refused the request (code %1): %2").arg(code).arg(metaMessage(error, token)),
            {}};
}

std::optional<SourceProblem> usageProblem(const HttpAnswer &answer)
{
    const auto usage = parseBusinessUseCaseUsage(answer.header("x-business-use-case-usage"));
    if (!usage || usage->highestPercent < backoffPercent)
        return std::nullopt;
    return throttled(
        QStringLiteral("This ad account has used %1% of its Facebook request quota").arg(usage->highestPercent),
        usage->regainMinutes > 0 ? std::chrono::minutes(usage->regainMinutes) : defaultBackoff);
}

} // namespace kp::server::facebook
