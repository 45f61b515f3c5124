#include "server/onboarding/ChecklistSheet.h"
#include "server/onboarding/CsvRows.h"

#include <QTest>

using namespace kp;
using namespace kp::server;

// The sheet reader both CSV import and the Google Sheets sync feed (ChecklistSheet), and the
// CSV rows it reads from an upload (CsvRows).
class TestChecklistSheet : public QObject {
    Q_OBJECT

private slots:
    void readsQuotedFieldsSeparatorsBomAndLineEnds();
    void refusesUnterminatedQuotesAndBrokenUtf8();
    void readsRaggedRowsByHeaderNameAndContinuesSections();
    void namesEveryProblemWithItsRow();
    void refusesTooManyRowsBeforeReadingThem();
};

static QList<SheetProblem> problemsOf(const ChecklistSheet::Result &result)
{
    const auto *problems = std::get_if<QList<SheetProblem>>(&result);
    return problems ? *problems : QList<SheetProblem> {};
}

void TestChecklistSheet::readsQuotedFieldsSeparatorsBomAndLineEnds()
{
    const auto comma = CsvRows::parse("a,\"b,c\",\"d \"\"e\"\"\"\r\n\"mehr\nzeilen\",,x\n");
    QVERIFY(comma.problem.isEmpty());
    QCOMPARE(comma.rows.size(), 2);
    QCOMPARE(comma.rows[0], (QStringList {QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d \"e\"")}));
    QCOMPARE(comma.rows[1], (QStringList {QStringLiteral("mehr\nzeilen"), QString(), QStringLiteral("x")}));
    const auto semicolon = CsvRows::parse("\xEF\xBB\xBFsection;item_id\nÄrger;\"a;b\"\n\n");
    QCOMPARE(semicolon.rows.size(), 2);
    QCOMPARE(semicolon.rows[0][0], QStringLiteral("section"));
    QCOMPARE(semicolon.rows[1], (QStringList {QStringLiteral("Ärger"), QStringLiteral("a;b")}));
}

void TestChecklistSheet::refusesUnterminatedQuotesAndBrokenUtf8()
{
    QCOMPARE(CsvRows::parse("a,\"b\n").problem, QStringLiteral("unterminated_quote"));
    QCOMPARE(CsvRows::parse("a,\xFF\xFE\n").problem, QStringLiteral("not_utf8"));
}

void TestChecklistSheet::readsRaggedRowsByHeaderNameAndContinuesSections()
{
    const QList<QStringList> rows {
        {QStringLiteral(" Required "), QStringLiteral("TYPE"), QStringLiteral("label"), QStringLiteral("item_id"),
         QStringLiteral("Section"), QStringLiteral("options"), QStringLiteral("owner"), QStringLiteral("Notiz")},
        {QStringLiteral("ja"), QStringLiteral("choice"), QStringLiteral("Branche"), QStringLiteral("branche"),
         QStringLiteral("Unternehmen & Zugänge"), QStringLiteral("A; B ;A;")},
        {QStringLiteral("nein"),
         QStringLiteral("checkbox"),
         QStringLiteral("Pixel"),
         QStringLiteral("pixel"),
         {},
         {},
         QStringLiteral("Agentur")},
        {},
        {QStringLiteral(""), QStringLiteral("url"), QStringLiteral("Website"), QStringLiteral("website"),
         QStringLiteral("Online")},
    };
    const auto result = ChecklistSheet::read(rows);
    QVERIFY(std::holds_alternative<Checklist>(result));
    const auto &checklist = std::get<Checklist>(result);
    QCOMPARE(checklist.sections.size(), 2);
    QCOMPARE(checklist.sections[0].id, QStringLiteral("unternehmen-zugange"));
    QCOMPARE(checklist.sections[0].items.size(), 2);
    const auto &branche = checklist.sections[0].items[0];
    QCOMPARE(branche.options, (QStringList {QStringLiteral("A"), QStringLiteral("B")}));
    QVERIFY(branche.required);
    QCOMPARE(checklist.sections[0].items[1].owner, ChecklistOwner::Agency);
    QVERIFY(!checklist.item(QStringLiteral("website"))->required);
}

void TestChecklistSheet::namesEveryProblemWithItsRow()
{
    const auto missing = problemsOf(ChecklistSheet::read({{QStringLiteral("section"), QStringLiteral("label")}}));
    QCOMPARE(missing.size(), 3);
    QCOMPARE(missing[0].code, QStringLiteral("missing_column"));
    QCOMPARE(missing[0].column, QStringLiteral("item_id"));

    const QStringList header {QStringLiteral("section"), QStringLiteral("item_id"),  QStringLiteral("label"),
                              QStringLiteral("type"),    QStringLiteral("required"), QStringLiteral("options")};
    const auto problems = problemsOf(ChecklistSheet::read({
        header,
        {QStringLiteral("A"), QStringLiteral("a"), QStringLiteral("Eins"), QStringLiteral("choice"),
         QStringLiteral("ja")},
        {QStringLiteral("A"), QStringLiteral("a"), QStringLiteral("Zwei"), QStringLiteral("text"),
         QStringLiteral("ja")},
        {QStringLiteral("A"), QStringLiteral("b c"), QString(), QStringLiteral("Datum"), QStringLiteral("kann sein")},
    }));
    QStringList described;
    for (const auto &problem : problems)
        described.append(problem.describe());
    QCOMPARE(described,
             (QStringList {QStringLiteral("row 2, options: choice_without_options"),
                           QStringLiteral("row 3, item_id: duplicate_item_id \"a\""),
                           QStringLiteral("row 4, item_id: invalid_item_id \"b c\""),
                           QStringLiteral("row 4, label: missing_value"),
                           QStringLiteral("row 4, type: unknown_type \"Datum\""),
                           QStringLiteral("row 4, required: invalid_required \"kann sein\"")}));
    QCOMPARE(problemsOf(ChecklistSheet::read({header}))[0].code, QStringLiteral("empty_sheet"));
}

void TestChecklistSheet::refusesTooManyRowsBeforeReadingThem()
{
    QList<QStringList> rows {{QStringLiteral("section"), QStringLiteral("item_id"), QStringLiteral("label"),
                              QStringLiteral("type"), QStringLiteral("required")}};
    for (int i = 0; i <= ChecklistSheet::kMaxItems; ++i)
        rows.append({QStringLiteral("A"), QStringLiteral("i%1").arg(i), QStringLiteral("L"), QStringLiteral("text"),
                     QStringLiteral("ja")});
    const auto problems = problemsOf(ChecklistSheet::read(rows));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].code, QStringLiteral("too_many_items"));
    QCOMPARE(problems[0].value, QString::number(ChecklistSheet::kMaxItems + 1));
    rows.removeLast();
    QVERIFY(std::holds_alternative<Checklist>(ChecklistSheet::read(rows)));
}

QTEST_GUILESS_MAIN(TestChecklistSheet)
#include "tst_checklist_sheet.moc"
