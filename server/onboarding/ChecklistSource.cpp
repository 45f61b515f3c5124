#include "server/onboarding/ChecklistSource.h"

#include "server/config/ServerConfig.h"
#include "server/onboarding/GoogleChecklistSource.h"

namespace kp::server {

QString sourceErrorCode(SourceError::Kind kind)
{
    switch (kind) {
    case SourceError::Kind::NotShared:
        return QStringLiteral("not_shared");
    case SourceError::Kind::NotFound:
        return QStringLiteral("not_found");
    case SourceError::Kind::BadRange:
        return QStringLiteral("bad_range");
    case SourceError::Kind::Unreachable:
        return QStringLiteral("unreachable");
    case SourceError::Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case SourceError::Kind::Credentials:
        return QStringLiteral("credentials");
    case SourceError::Kind::Other:
        break;
    }
    return QStringLiteral("source_error");
}

std::unique_ptr<ChecklistSource> makeChecklistSource(const ServerConfig &config)
{
    // Without `[google] spreadsheet_id` there is no live sheet: admins import CSV.
    if (!config.googleSheets.enabled())
        return nullptr;
    return std::make_unique<GoogleChecklistSource>(config.googleSheets);
}

} // namespace kp::server
