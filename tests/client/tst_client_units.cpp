#include "client/api/ApiError.h"
#include "client/app/ClientSettings.h"
#include "client/onboarding/AnswerText.h"
#include "client/widgets/Format.h"

#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace kp::client;

class TestClientUnits : public QObject {
    Q_OBJECT

private slots:
    void parsesServerAddresses_data();
    void parsesServerAddresses();
    void formatsDatesWithFourDigitYearsInGerman();
    void saysChecklistAnswersInWords();
    void explainsErrorsInPlainWords();
    void explainsFieldProblemsWithLimits();
    void shipsCompleteTranslations_data();
    void shipsCompleteTranslations();
    void speaksGermanWithTheBundledTranslation();
};

void TestClientUnits::parsesServerAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare host means https") << "portal.agentur.de"
                                           << "https://portal.agentur.de";
    QTest::newRow("explicit http with port") << "http://127.0.0.1:8080/"
                                             << "http://127.0.0.1:8080";
    QTest::newRow("spaces") << "  https://portal.agentur.de  "
                            << "https://portal.agentur.de";
    QTest::newRow("ftp refused") << "ftp://portal.agentur.de"
                                 << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("garbage") << "http://"
                             << "";
}

void TestClientUnits::parsesServerAddresses()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ClientSettings::parseServer(input).toString(), expected);
}

void TestClientUnits::formatsDatesWithFourDigitYearsInGerman()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(format::date(QDate(2026, 11, 24)), QStringLiteral("24.11.2026"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(format::date(QDate(2026, 11, 24)), QStringLiteral("11/24/2026"));
}

void TestClientUnits::saysChecklistAnswersInWords()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto item = [](kp::ChecklistItemType type) {
        kp::ChecklistItem result;
        result.id = QStringLiteral("x");
        result.type = type;
        return result;
    };
    using Type = kp::ChecklistItemType;
    QCOMPARE(AnswerText::of(item(Type::Checkbox), true), QStringLiteral("Yes"));
    QCOMPARE(AnswerText::of(item(Type::Checkbox), QJsonValue()), QStringLiteral("No"));
    QCOMPARE(AnswerText::of(item(Type::Date), QStringLiteral("2026-03-01")), QStringLiteral("01.03.2026"));
    QCOMPARE(AnswerText::of(item(Type::Url), QStringLiteral("https://a.de/?x=1&y=2")),
             QStringLiteral("<a href=\"https://a.de/?x=1&amp;y=2\">https://a.de/?x=1&amp;y=2</a>"));
    QCOMPARE(AnswerText::of(item(Type::Url), QStringLiteral("javascript:alert(1)")),
             QStringLiteral("javascript:alert(1)"));
    QCOMPARE(AnswerText::of(item(Type::Text), QStringLiteral("<b>Müller & Co</b>")),
             QStringLiteral("&lt;b&gt;Müller &amp; Co&lt;/b&gt;"));
    QCOMPARE(AnswerText::of(item(Type::Choice), QStringLiteral("Handwerk")), QStringLiteral("Handwerk"));
    QCOMPARE(AnswerText::of(item(Type::Text), QStringLiteral("")), QString());
    const ChecklistFile file {QStringLiteral("abc"), QStringLiteral("Logo.pdf"), 2048,
                              QStringLiteral("application/pdf")};
    QCOMPARE(AnswerText::of(item(Type::File), QStringLiteral("abc"), &file),
             QStringLiteral("Logo.pdf (%1)").arg(QLocale().formattedDataSize(2048)));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientUnits::explainsErrorsInPlainWords()
{
    ApiError network;
    QVERIFY(network.isNetworkError());
    QVERIFY(network.message().contains(QLatin1String("cannot be reached")));

    ApiError limited;
    limited.httpStatus = 429;
    limited.code = kp::ErrorCode::RateLimited;
    limited.retryAfterSeconds = 125;
    QVERIFY2(limited.message().contains(QLatin1String("3 minute")), qPrintable(limited.message()));
    limited.retryAfterSeconds = 20;
    QVERIFY2(limited.message().contains(QLatin1String("20 second")), qPrintable(limited.message()));

    ApiError unknown;
    unknown.httpStatus = 502;
    QVERIFY(unknown.message().contains(QLatin1String("502")));
}

void TestClientUnits::explainsFieldProblemsWithLimits()
{
    QVERIFY(ApiError::problemText(QStringLiteral("name"), QStringLiteral("too_long")).contains(QLatin1String("100")));
    QVERIFY(
        ApiError::problemText(QStringLiteral("password"), QStringLiteral("too_short")).contains(QLatin1String("10")));
    QVERIFY(ApiError::problemText(QStringLiteral("email"), QStringLiteral("taken")).contains(QLatin1String("exists")));
    ApiError error;
    error.fields.insert(QStringLiteral("phone"), QStringLiteral("invalid"));
    QVERIFY(!error.fieldMessage(QStringLiteral("phone")).isEmpty());
    QVERIFY(error.fieldMessage(QStringLiteral("email")).isEmpty());
}

void TestClientUnits::shipsCompleteTranslations_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("de") << QStringLiteral(KP_SOURCE_DIR "/translations/kundenportal_de.ts");
    QTest::newRow("en") << QStringLiteral(KP_SOURCE_DIR "/translations/kundenportal_en.ts");
}

void TestClientUnits::shipsCompleteTranslations()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const auto content = QString::fromUtf8(ts.readAll());
    QVERIFY(content.count(QLatin1String("<message")) > 100);
    QCOMPARE(content.count(QLatin1String("type=\"unfinished\"")), 0);
    QCOMPARE(content.count(QLatin1String("type=\"vanished\"")), 0);
    QCOMPARE(content.count(QLatin1String("type=\"obsolete\"")), 0);
    QCOMPARE(content.count(QLatin1String("<translation></translation>")), 0);
}

void TestClientUnits::speaksGermanWithTheBundledTranslation()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/kundenportal_de.qm")));
    QCOMPARE(german.translate("kp::client::LoginPage", "Log in"), QStringLiteral("Anmelden"));
    QVERIFY(german.translate("ApiError", "Too many attempts. Please try again in %n minute(s).", nullptr, 2)
                .contains(QLatin1String("Minuten")));
}

QTEST_GUILESS_MAIN(TestClientUnits)
#include "tst_client_units.moc"
