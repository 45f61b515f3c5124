#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kp::client {

// One problem of a refused sheet (openapi.json SheetProblem): `row` as the spreadsheet counts
// (header = 1), 0 for the sheet as a whole.
struct SheetProblem {
    QString code;
    int row = 0;
    QString column;
    QString value;
};

// Where the checklist comes from and how the last read went (GET /api/v1/admin/checklist/status,
// also the answer of sync and import).
struct ChecklistStatus {
    QString source; // "sheet", "csv" or empty before the first version
    int version = 0;
    QDateTime publishedAt;
    QDateTime lastReadAt;
    QString sheet; // the configured Google Sheet, or empty
    struct Error {
        QString code;
        QString message; // English, for logs
        QList<SheetProblem> problems;
    };
    std::optional<Error> lastError;
    QString outcome; // import and sync: "published", "unchanged" or "failed"

    static std::optional<ChecklistStatus> fromJson(const QJsonObject &json);
};

} // namespace kp::client
