#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The agency's checklist sheet the onboarding suites share (DESIGN.md "The checklist sheet"):
// two sections, every item type, an optional file and URL, and one item the agency ticks. Six
// items are the customer's, four of them required (firma, branche, start, zugang).
namespace testchecklist {

// As the admin uploads it (POST /api/v1/admin/checklist/import).
inline const QByteArray baseSheetCsv = "section,item_id,label,type,required,options,help,stage,owner\n"
                                       "Unternehmen,firma,Firmenname,text,ja,,Wie im Impressum.,start,\n"
                                       "Unternehmen,branche,Branche,choice,ja,Immobilien;Handwerk,,start,\n"
                                       "Unternehmen,logo,Logo,file,nein,,,,\n"
                                       "Werbekonten,website,Website,url,nein,,,,\n"
                                       "Werbekonten,start,Wunschstart,date,ja,,,,\n"
                                       "Werbekonten,zugang,Zugang freigegeben,checkbox,ja,,,,\n"
                                       "Werbekonten,pixel,Pixel eingerichtet,checkbox,ja,,,,agentur\n";

// The same sheet as rows of cells, as the Sheets API hands them out (FakeGoogle::setRows). The
// sheet has no quoted cells, so splitting at commas is exact.
inline QList<QStringList> baseSheetRows()
{
    QList<QStringList> rows;
    for (const auto &line : baseSheetCsv.split('\n')) {
        if (!line.isEmpty())
            rows.append(QString::fromUtf8(line).split(QLatin1Char(',')));
    }
    return rows;
}

// Answers to the four required customer items of the base sheet: enough to complete it.
inline QJsonObject allRequiredAnswers()
{
    return {{QStringLiteral("firma"), QStringLiteral("Muster GmbH")},
            {QStringLiteral("branche"), QStringLiteral("Handwerk")},
            {QStringLiteral("start"), QStringLiteral("2026-03-01")},
            {QStringLiteral("zugang"), true}};
}

} // namespace testchecklist
