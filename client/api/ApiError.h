#pragma once

#include "client/api/SheetProblem.h"
#include "shared/ErrorCode.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace kp::client {

// A failed API call as the app sees it: the server's error shape, or a network failure, with
// the sentences a person reads (German or English). The server's own English message is kept
// for logs only.
struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    std::optional<ErrorCode> code; // empty for network failures and unknown codes
    int httpStatus = 0;            // 0 when no HTTP answer came
    QString networkError;          // Qt's description of a transport failure
    QMap<QString, QString> fields; // field → problem code, as the server sent it
    int retryAfterSeconds = 0;
    QString rejectionReason;
    // A refused checklist import (422 validation_failed): every problem of the sheet, in order.
    QList<SheetProblem> sheetProblems;
    // A refused metrics CSV import (422): the line of the file that was refused (header = 1), 0
    // when the answer named none.
    int line = 0;

    // A 2xx answer that is not what the contract promises (the app says "answered unexpectedly").
    static ApiError unexpectedAnswer(int httpStatus);

    bool isNetworkError() const { return httpStatus == 0; }
    bool is(ErrorCode expected) const { return code == expected; }

    // One sentence for the whole failure.
    QString message() const;
    // The sentence for one field's problem, or empty when that field is fine.
    QString fieldMessage(const QString &field) const;
    // The sentence for a problem code of a field (also used by the forms' own checks).
    static QString problemText(const QString &field, const QString &problem);
};

} // namespace kp::client
