#pragma once

#include "google/FakeGoogle.h"
#include "google/TestServiceAccount.h"

#include <QMap>
#include <QString>

// The config keys that point the real server's checklist sync at FakeGoogle (for suites that
// link kpfakes): its spreadsheet, read with `account`'s key file through the fake's token,
// Drive and Sheets endpoints. The periodic sync reads the sheet once at start and then not for a
// day, so a test decides when the server reads again (POST /api/v1/admin/checklist/sync).
inline QMap<QString, QString> fakeGoogleSettings(const FakeGoogle &google, const TestServiceAccount &account)
{
    return {{QStringLiteral("google/spreadsheet_id"), google.spreadsheetId()},
            {QStringLiteral("google/service_account_file"), account.keyFile},
            {QStringLiteral("google/oauth_url"), google.baseUrl()},
            {QStringLiteral("google/sheets_url"), google.baseUrl()},
            {QStringLiteral("google/drive_url"), google.baseUrl()},
            {QStringLiteral("sync/checklist_interval_min"), QStringLiteral("1440")}};
}
