#include "server/integrations/google_sheets/SheetError.h"

namespace kp::server::google {

QString SheetError::codeOf(Kind kind)
{
    switch (kind) {
    case Kind::NotShared:
        return QStringLiteral("google_sheet_not_shared");
    case Kind::NotFound:
        return QStringLiteral("google_sheet_not_found");
    case Kind::BadRange:
        return QStringLiteral("google_sheet_bad_range");
    case Kind::BadCredentials:
        return QStringLiteral("google_bad_credentials");
    case Kind::ApiNotEnabled:
        return QStringLiteral("google_api_not_enabled");
    case Kind::Refused:
        return QStringLiteral("google_refused");
    case Kind::Throttled:
        return QStringLiteral("google_throttled");
    case Kind::Unavailable:
        return QStringLiteral("google_unavailable");
    case Kind::Unreachable:
        return QStringLiteral("google_unreachable");
    case Kind::BadAnswer:
        break;
    }
    return QStringLiteral("google_bad_answer");
}

} // namespace kp::server::google
