#pragma once

#include <QString>

namespace kp::server::google {

// The [google] keys the checklist sheet needs, with the defaults installer/kundenportal-server.ini
// documents. The integration is on when spreadsheet_id is set; ServerConfig then insists on
// exactly one of api_key and service_account_file.
struct GoogleSheetsSettings {
    QString spreadsheetId;
    QString range = QStringLiteral("Checkliste!A1:Z");
    QString apiKey;             // a sheet shared as "anyone with the link can view"
    QString serviceAccountFile; // absolute path of the JSON key file; wins over apiKey if both are set
    // Base URLs, so tests and staging can point each at a fake.
    QString oauthUrl = QStringLiteral("https://oauth2.googleapis.com");
    QString sheetsUrl = QStringLiteral("https://sheets.googleapis.com");
    QString driveUrl = QStringLiteral("https://www.googleapis.com");

    bool enabled() const { return !spreadsheetId.isEmpty(); }
    bool usesServiceAccount() const { return !serviceAccountFile.isEmpty(); }
};

} // namespace kp::server::google
