#include "shared/Validation.h"

#include <QTest>

using namespace kp::validation;

class TestValidation : public QObject {
    Q_OBJECT

private slots:
    void checksEmail_data();
    void checksEmail();
    void refusesInvisibleAndSpaceCharactersInEmail_data();
    void refusesInvisibleAndSpaceCharactersInEmail();
    void normalizesComposedAndDecomposedEmailToOneAddress();
    void checksPasswordLength();
    void countsPasswordLengthInCharactersNotBytes();
    void acceptsUnicodeNamesAndRejectsControlCharacters();
    void normalizesComposedAndDecomposedUmlautsToOneName();
    void checksUsername_data();
    void checksUsername();
    void formatsGermanPhoneNumbersAsE164();
    void rejectsImpossiblePhoneNumbers();
    void checksReferralCode();
};

void TestValidation::checksEmail_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problem");
    QTest::newRow("plain") << "anna@example.de"
                           << "";
    QTest::newRow("subdomain") << "anna@mail.example.co.uk"
                               << "";
    QTest::newRow("plus") << "anna+ads@example.de"
                          << "";
    QTest::newRow("empty") << ""
                           << "required";
    QTest::newRow("no at") << "anna.example.de"
                           << "invalid";
    QTest::newRow("two at") << "anna@@example.de"
                            << "invalid";
    QTest::newRow("no dot in domain") << "anna@localhost"
                                      << "invalid";
    QTest::newRow("space") << "an na@example.de"
                           << "invalid";
    QTest::newRow("too long") << QString(250, QLatin1Char('a')) + "@x.de"
                              << "too_long";
}

void TestValidation::checksEmail()
{
    QFETCH(QString, input);
    QFETCH(QString, problem);
    QCOMPARE(checkEmail(normalizeEmail(input)).value_or(QString()), problem);
}

void TestValidation::refusesInvisibleAndSpaceCharactersInEmail_data()
{
    QTest::addColumn<char32_t>("character");
    const char32_t characters[] = {
        0x00A0,                                          // no-break space
        0x2000,  0x2007, 0x200A, 0x202F, 0x205F, 0x3000, // spaces of other widths
        0x200B,  0x200C, 0x200D, 0x2060, 0xFEFF,         // zero-width characters
        0x00AD,                                          // soft hyphen
        0x202A,  0x202E, 0x2066, 0x2069, 0x200E,         // bidi controls
        0x2028,  0x2029, 0x0085, 0x0009, 0x007F,         // separators and controls
        0xE0041,                                         // a tag character, outside the BMP
    };
    for (const char32_t c : characters)
        QTest::addRow("U+%04X", unsigned(c)) << c;
}

void TestValidation::refusesInvisibleAndSpaceCharactersInEmail()
{
    QFETCH(char32_t, character);
    // Not QString::fromUcs4: it would drop U+FEFF as a byte order mark.
    const auto invisible = QStringView(QChar::fromUcs4(character)).toString();
    for (const auto &address : {QStringLiteral("an%1na@example.de"), QStringLiteral("anna@exa%1mple.de")}) {
        const auto email = normalizeEmail(address.arg(invisible));
        QCOMPARE(checkEmail(email).value_or(QString()), problem::invalid);
    }
}

void TestValidation::normalizesComposedAndDecomposedEmailToOneAddress()
{
    const auto composed = QStringLiteral("j\u00F6rg@example.de");
    const auto decomposed = QStringLiteral("jo\u0308rg@example.de");
    QVERIFY(composed != decomposed);
    QCOMPARE(normalizeEmail(decomposed), composed);
    QCOMPARE(normalizeEmail(QStringLiteral(" JO\u0308RG@Example.DE ")), composed);
    QVERIFY(!checkEmail(normalizeEmail(decomposed)));
}

void TestValidation::checksPasswordLength()
{
    QCOMPARE(checkPassword(QString()).value_or(QString()), problem::required);
    QCOMPARE(checkPassword(QStringLiteral("123456789")).value_or(QString()), problem::tooShort);
    QVERIFY(!checkPassword(QStringLiteral("1234567890")));
    QVERIFY(!checkPassword(QString(limits::passwordMax, QLatin1Char('x'))));
    QCOMPARE(checkPassword(QString(limits::passwordMax + 1, QLatin1Char('x'))).value_or(QString()), problem::tooLong);
}

void TestValidation::countsPasswordLengthInCharactersNotBytes()
{
    // Ten emoji are ten characters (twenty UTF-16 units, forty bytes).
    QString emoji;
    for (int i = 0; i < 10; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);
    QVERIFY(!checkPassword(emoji));
    QCOMPARE(checkPassword(emoji.left(18)).value_or(QString()), problem::tooShort);
}

void TestValidation::acceptsUnicodeNamesAndRejectsControlCharacters()
{
    QVERIFY(!checkDisplayText(normalizeText(QStringLiteral("Kemal Özdemir")), limits::nameMax));
    QVERIFY(!checkDisplayText(normalizeText(QStringLiteral("王小明")), limits::nameMax));
    QVERIFY(!checkDisplayText(normalizeText(QStringLiteral("O'Brien; DROP TABLE accounts;--")), limits::nameMax));
    QCOMPARE(checkDisplayText(QStringLiteral("Anna\u0000Berg"), limits::nameMax).value_or(QString()),
             problem::invalidCharacters);
    QCOMPARE(checkDisplayText(QStringLiteral("Anna\nBerg"), limits::nameMax).value_or(QString()),
             problem::invalidCharacters);
    QCOMPARE(checkDisplayText(QStringLiteral("Anna\u202EBerg"), limits::nameMax).value_or(QString()),
             problem::invalidCharacters);
    QCOMPARE(checkDisplayText(normalizeText(QStringLiteral("   ")), limits::nameMax).value_or(QString()),
             problem::required);
    QVERIFY(!checkDisplayText(QString(), limits::nameMax, false));
    QCOMPARE(checkDisplayText(QString(limits::nameMax + 1, QLatin1Char('a')), limits::nameMax).value_or(QString()),
             problem::tooLong);
}

void TestValidation::normalizesComposedAndDecomposedUmlautsToOneName()
{
    const auto composed = QStringLiteral("M\u00FCller");
    const auto decomposed = QStringLiteral("Mu\u0308ller");
    QVERIFY(composed != decomposed);
    QCOMPARE(normalizeText(QStringLiteral("  ") + decomposed), composed);
}

void TestValidation::checksUsername_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problem");
    QTest::newRow("simple") << "jana.becker"
                            << "";
    QTest::newRow("digits and dash") << "team-42_x"
                                     << "";
    QTest::newRow("short") << "ab"
                           << "too_short";
    QTest::newRow("long") << QString(33, QLatin1Char('a')) << "too_long";
    QTest::newRow("at sign") << "jana@becker"
                             << "invalid_characters";
    QTest::newRow("upper case") << "Jana"
                                << "invalid_characters";
    QTest::newRow("leading dot") << ".jana"
                                 << "invalid_characters";
    QTest::newRow("quote") << "jan'a"
                           << "invalid_characters";
}

void TestValidation::checksUsername()
{
    QFETCH(QString, input);
    QFETCH(QString, problem);
    QCOMPARE(checkUsername(input).value_or(QString()), problem);
}

void TestValidation::formatsGermanPhoneNumbersAsE164()
{
    QCOMPARE(checkPhone(QStringLiteral("030 1234567")).e164, QStringLiteral("+49301234567"));
    QCOMPARE(checkPhone(QStringLiteral("+49 (0)89 5551234")).e164, QStringLiteral("+49895551234"));
    QCOMPARE(checkPhone(QStringLiteral("0171 2345678")).e164, QStringLiteral("+491712345678"));
    QCOMPARE(checkPhone(QStringLiteral("+43 1 5354200")).e164, QStringLiteral("+4315354200"));
    QVERIFY(!checkPhone(QStringLiteral("0171 2345678")).problem);
}

void TestValidation::rejectsImpossiblePhoneNumbers()
{
    QCOMPARE(checkPhone(QStringLiteral("12")).problem.value_or(QString()), problem::invalid);
    QCOMPARE(checkPhone(QStringLiteral("call me")).problem.value_or(QString()), problem::invalid);
    QCOMPARE(checkPhone(QString()).problem.value_or(QString()), problem::required);
    QCOMPARE(checkPhone(QString(60, QLatin1Char('1'))).problem.value_or(QString()), problem::invalid);
}

void TestValidation::checksReferralCode()
{
    QVERIFY(!checkReferralCode(QStringLiteral("W54DWVXQ")));
    QCOMPARE(checkReferralCode(QStringLiteral("W54D'--")).value_or(QString()), problem::invalidCharacters);
    QCOMPARE(checkReferralCode(QString(33, QLatin1Char('A'))).value_or(QString()), problem::tooLong);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
