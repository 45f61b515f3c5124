#include "server/onboarding/GoogleChecklistSource.h"

namespace kp::server {

GoogleChecklistSource::GoogleChecklistSource(const google::GoogleSheetsSettings &settings)
    : m_settings(settings)
    , m_client(settings)
{
}

QString GoogleChecklistSource::describe() const
{
    // The id is no secret (sharing decides who reads the sheet), but the start is enough to
    // recognise it.
    return QStringLiteral("Google Sheet %1…/%2").arg(m_settings.spreadsheetId.left(8), m_settings.range);
}

SourceError::Kind GoogleChecklistSource::kindOf(google::SheetError::Kind kind)
{
    using Google = google::SheetError::Kind;
    switch (kind) {
    case Google::NotShared:
        return SourceError::Kind::NotShared;
    case Google::NotFound:
        return SourceError::Kind::NotFound;
    case Google::BadRange:
        return SourceError::Kind::BadRange;
    case Google::BadCredentials:
    case Google::ApiNotEnabled:
        return SourceError::Kind::Credentials;
    case Google::Throttled:
        return SourceError::Kind::RateLimited;
    case Google::Unavailable:
    case Google::Unreachable:
        return SourceError::Kind::Unreachable;
    case Google::Refused:
    case Google::BadAnswer:
        break;
    }
    return SourceError::Kind::Other;
}

ChecklistSource::Result GoogleChecklistSource::read(const std::optional<QDateTime> &ifModifiedAfter)
{
    auto result = m_client.read(ifModifiedAfter);
    if (const auto *error = std::get_if<google::SheetError>(&result))
        return SourceError {kindOf(error->kind), error->message};
    auto &values = std::get<google::SheetValues>(result);
    if (values.unchanged)
        return SheetUnchanged {values.modifiedTime};
    return SheetRead {std::move(values.rows), values.modifiedTime};
}

} // namespace kp::server
