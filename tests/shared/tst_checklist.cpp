#include "shared/Checklist.h"
#include "shared/ChecklistValidation.h"

#include <QJsonArray>
#include <QTest>

using namespace kp;
namespace v = kp::validation;

// The checklist's types as API.md's GET /api/v1/checklist shows them, and the answer rules
// both sides apply (shared/ChecklistValidation.h).
class TestChecklist : public QObject {
    Q_OBJECT

private slots:
    void roundTripsThroughJsonWithOwnerAndOptions();
    void refusesUnknownTypesAndOwnersFromJson();
    void checksEachTypesValue_data();
    void checksEachTypesValue();
    void asksRequiredItemsForANonEmptyValue();
};

static ChecklistItem item(ChecklistItemType type, bool required = false)
{
    ChecklistItem item;
    item.id = QStringLiteral("x");
    item.label = QStringLiteral("X");
    item.type = type;
    item.required = required;
    if (type == ChecklistItemType::Choice)
        item.options = {QStringLiteral("Immobilien"), QStringLiteral("Handwerk")};
    return item;
}

void TestChecklist::roundTripsThroughJsonWithOwnerAndOptions()
{
    Checklist checklist;
    checklist.version = 3;
    auto choice = item(ChecklistItemType::Choice, true);
    choice.owner = ChecklistOwner::Agency;
    choice.stage = QStringLiteral("start");
    checklist.sections.append(
        {QStringLiteral("unternehmen"), QStringLiteral("Unternehmen"), {choice, item(ChecklistItemType::Date)}});
    const auto json = checklist.toJson();
    QCOMPARE(json.value(QLatin1String("version")).toInt(), 3);
    const auto first = json.value(QLatin1String("sections"))
                           .toArray()[0]
                           .toObject()
                           .value(QLatin1String("items"))
                           .toArray()[0]
                           .toObject();
    QCOMPARE(first.value(QLatin1String("owner")).toString(), QStringLiteral("agency"));
    QCOMPARE(first.value(QLatin1String("options")).toArray().size(), 2);
    const auto back = Checklist::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->version, 3);
    QVERIFY(*back == checklist);
    QVERIFY(back->item(QStringLiteral("x")));
    QCOMPARE(back->items().size(), 2);
}

void TestChecklist::refusesUnknownTypesAndOwnersFromJson()
{
    QVERIFY(!ChecklistItem::fromJson(
        {{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("type"), QStringLiteral("dropdown")}}));
    QVERIFY(!ChecklistItem::fromJson({{QStringLiteral("id"), QStringLiteral("a")},
                                      {QStringLiteral("type"), QStringLiteral("text")},
                                      {QStringLiteral("owner"), QStringLiteral("nobody")}}));
    QVERIFY(!ChecklistItem::fromJson({{QStringLiteral("type"), QStringLiteral("text")}}));
}

void TestChecklist::checksEachTypesValue_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("problem"); // empty: fine
    const auto row = [](const char *name, ChecklistItemType type, const QJsonValue &value, const QString &problem) {
        QTest::newRow(name) << int(type) << value << problem;
    };
    using T = ChecklistItemType;
    row("checkbox true", T::Checkbox, true, {});
    row("checkbox false", T::Checkbox, false, {});
    row("checkbox string", T::Checkbox, QStringLiteral("ja"), v::problem::invalidType);
    row("text", T::Text, QStringLiteral("Zeile 1\nZeile 2"), {});
    row("text number", T::Text, 42, v::problem::invalidType);
    row("text 2000", T::Text, QString(2000, QLatin1Char('a')), {});
    row("text 2001", T::Text, QString(2001, QLatin1Char('a')), v::problem::tooLong);
    row("text control", T::Text, QStringLiteral("a\u0007b"), v::problem::invalidCharacters);
    row("url https", T::Url, QStringLiteral("https://www.firma.de/pfad?x=1"), {});
    row("url empty", T::Url, QString(), {});
    row("url ftp", T::Url, QStringLiteral("ftp://firma.de"), v::problem::invalid);
    row("url no host", T::Url, QStringLiteral("https://"), v::problem::invalid);
    row("url no scheme", T::Url, QStringLiteral("www.firma.de"), v::problem::invalid);
    row("url space", T::Url, QStringLiteral("https://firma.de/a b"), v::problem::invalid);
    row("date", T::Date, QStringLiteral("2028-02-29"), {});
    row("date impossible", T::Date, QStringLiteral("2026-02-30"), v::problem::invalid);
    row("date german", T::Date, QStringLiteral("01.03.2026"), v::problem::invalid);
    row("date short", T::Date, QStringLiteral("2026-3-1"), v::problem::invalid);
    row("choice", T::Choice, QStringLiteral("Handwerk"), {});
    row("choice other", T::Choice, QStringLiteral("handwerk"), v::problem::invalid);
    row("file", T::File, QString(64, QLatin1Char('a')), {});
    row("file path", T::File, QStringLiteral("../../etc/passwd"), v::problem::invalid);
    row("file upper", T::File, QString(64, QLatin1Char('A')), v::problem::invalid);
}

void TestChecklist::checksEachTypesValue()
{
    QFETCH(int, type);
    QFETCH(QJsonValue, value);
    QFETCH(QString, problem);
    QCOMPARE(v::checkChecklistAnswer(item(ChecklistItemType(type)), value).value_or(QString()), problem);
}

void TestChecklist::asksRequiredItemsForANonEmptyValue()
{
    const auto checkbox = item(ChecklistItemType::Checkbox, true);
    QCOMPARE(v::checkRequiredAnswer(checkbox, QJsonValue(false)), v::Problem(v::problem::required));
    QCOMPARE(v::checkRequiredAnswer(checkbox, QJsonValue(QJsonValue::Undefined)), v::Problem(v::problem::required));
    QCOMPARE(v::checkRequiredAnswer(checkbox, QJsonValue(true)), std::nullopt);
    const auto text = item(ChecklistItemType::Text, true);
    QCOMPARE(v::checkRequiredAnswer(text, QJsonValue(QStringLiteral("  "))), v::Problem(v::problem::required));
    QCOMPARE(v::checkRequiredAnswer(item(ChecklistItemType::Date, true), QJsonValue(QStringLiteral("2026-02-30"))),
             v::Problem(v::problem::invalid));
    QCOMPARE(v::checkRequiredAnswer(item(ChecklistItemType::Text), QJsonValue(QJsonValue::Undefined)), std::nullopt);
}

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
