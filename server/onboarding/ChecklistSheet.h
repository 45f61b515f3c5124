#pragma once

#include "shared/Checklist.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace kp::server {

// One thing wrong with a sheet, as data: the admin area words it in the admin's language.
struct SheetProblem {
    QString code;   // see ChecklistSheet
    int row = 0;    // 1-based as the spreadsheet counts (the header is row 1); 0: the sheet
    QString column; // the header name, or empty
    QString value;  // the offending cell, shortened, or empty

    QJsonObject toJson() const;
    // "row 4, type: unknown_type \"dropdown\"": for the log and the error's message.
    QString describe() const;
};

// The agency's checklist sheet (DESIGN.md "The checklist sheet") read into a Checklist, from
// CSV (CsvRows) or the Sheets API alike: rows of cells, the first row the header.
//
// The header is matched by name (trimmed, any case, any order); columns `section`, `item_id`,
// `label`, `type` and `required` must be there; `options`, `help`, `stage` and `owner` may;
// others are ignored (notes of the agency). Rows may be ragged (the Sheets API leaves trailing
// empty cells out); empty rows are skipped; an empty `section` continues the one above.
// `required`: ja/yes/true/x/1 or nein/no/false/0/empty. `owner`: empty, kunde/customer, or
// agentur/agency. `options`: ';'-separated.
//
// Problem codes: missing_column, duplicate_column, empty_sheet, too_many_items (value: the
// count), missing_value, invalid_item_id, duplicate_item_id, unknown_type, invalid_required,
// unknown_owner, choice_without_options, too_long. Every problem is reported, up to
// kMaxProblems, so one round of fixes is enough.
class ChecklistSheet {
public:
    static constexpr int kMaxItems = 2000;
    static constexpr int kMaxProblems = 50;
    static constexpr int kLabelMax = 500;
    static constexpr int kHelpMax = 2000;
    static constexpr int kOptionMax = 200;

    using Result = std::variant<Checklist, QList<SheetProblem>>;
    static Result read(const QList<QStringList> &rows);
};

} // namespace kp::server
