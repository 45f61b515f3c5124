#pragma once

#include "client/api/SheetProblem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kp::client {

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
