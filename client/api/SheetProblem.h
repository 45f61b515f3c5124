#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace kp::client {

// One problem of a checklist sheet the server refused (openapi.json SheetProblem): in a sync's
// `last_error` and in the 422 answer of a CSV import. `row` as the spreadsheet counts (header =
// 1), 0 for the sheet or file as a whole; `column` the header name; `value` the offending cell.
// The code is data; the admin's page words it (ChecklistStatusPage::problemText).
struct SheetProblem {
    QString code;
    int row = 0;
    QString column;
    QString value;

    // Every entry of a `problems` array; entries that are not objects are skipped.
    static QList<SheetProblem> listFromJson(const QJsonArray &json);

    friend bool operator==(const SheetProblem &, const SheetProblem &) = default;
};

} // namespace kp::client
