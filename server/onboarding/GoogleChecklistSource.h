#pragma once

#include "server/integrations/google_sheets/GoogleSheetsClient.h"
#include "server/onboarding/ChecklistSource.h"

namespace kp::server {

// The checklist from the agency's Google Sheet: the onboarding module's ChecklistSource seam
// over GoogleSheetsClient, with Google's error kinds folded into the ones the admin's status
// shows. Blocking, like the client: the periodic job and the admin's "sync now" call it.
class GoogleChecklistSource : public ChecklistSource {
public:
    explicit GoogleChecklistSource(const google::GoogleSheetsSettings &settings);

    QString describe() const override;
    Result read(const std::optional<QDateTime> &ifModifiedAfter) override;

    static SourceError::Kind kindOf(google::SheetError::Kind kind);

private:
    google::GoogleSheetsSettings m_settings;
    google::GoogleSheetsClient m_client;
};

} // namespace kp::server
