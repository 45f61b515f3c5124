#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kp::server {

// A CSV file as the rows of a sheet, the shape ChecklistSheet reads (the Sheets API gives the
// same). RFC 4180: fields in double quotes may hold separators, line breaks and doubled quotes.
// The separator is the one of ',' and ';' found more often in the first line outside quotes
// (spreadsheets in a German locale export with ';'). UTF-8, a leading BOM dropped; CRLF or LF.
struct CsvRows {
    QList<QStringList> rows;
    // Empty when the file was read; else why not: "not_utf8" or "unterminated_quote".
    QString problem;

    static CsvRows parse(const QByteArray &bytes);
};

} // namespace kp::server
