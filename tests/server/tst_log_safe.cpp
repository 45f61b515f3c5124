#include "server/core/LogSafe.h"

#include <QTest>

using kp::server::logSafe;

// logSafe: whatever a client sends, the result is one harmless log line.
class TestLogSafe : public QObject {
    Q_OBJECT

private slots:
    void keepsOrdinaryTextAsItIs();
    void escapesControlAndSeparatorCharacters_data();
    void escapesControlAndSeparatorCharacters();
    void cannotForgeALogLine();
    void truncatesAtWholeCharactersAndEscapes();
    void keepsCharactersOutsideTheBmpWhole();
};

void TestLogSafe::keepsOrdinaryTextAsItIs()
{
    QCOMPARE(logSafe(u"GET /api/v1/me Kemal Özdemir 王小明 😀"),
             QStringLiteral("GET /api/v1/me Kemal Özdemir 王小明 😀"));
    QCOMPARE(logSafe(u""), QString());
}

void TestLogSafe::escapesControlAndSeparatorCharacters_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\x0ab");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("a\\x0db");
    QTest::newRow("nul") << QString(QChar(0)) << QStringLiteral("\\x00");
    QTest::newRow("tab") << QStringLiteral("\t") << QStringLiteral("\\x09");
    QTest::newRow("terminal escape") << QStringLiteral("\x1b[31m") << QStringLiteral("\\x1b[31m");
    QTest::newRow("delete") << QStringLiteral("\x7f") << QStringLiteral("\\x7f");
    QTest::newRow("C1 next line") << QStringLiteral("\u0085") << QStringLiteral("\\x85");
    QTest::newRow("C1 CSI") << QStringLiteral("\u009b") << QStringLiteral("\\x9b");
    QTest::newRow("no-break space") << QStringLiteral("\u00a0") << QStringLiteral("\\xa0");
    QTest::newRow("line separator") << QStringLiteral("\u2028") << QStringLiteral("\\u2028");
    QTest::newRow("paragraph separator") << QStringLiteral("\u2029") << QStringLiteral("\\u2029");
    QTest::newRow("bidi override") << QStringLiteral("\u202e") << QStringLiteral("\\u202e");
    QTest::newRow("zero width space") << QStringLiteral("\u200b") << QStringLiteral("\\u200b");
    QTest::newRow("backslash") << QStringLiteral("C:\\x0a") << QStringLiteral("C:\\\\x0a");
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QStringLiteral("\\ud800");
}

void TestLogSafe::escapesControlAndSeparatorCharacters()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(logSafe(input), expected);
}

void TestLogSafe::cannotForgeALogLine()
{
    const auto forged = QStringLiteral("x\n2026-01-01T00:00:00.000 info kp.auth: admin logged in\r\u2028\u0085");
    const auto safe = logSafe(forged);
    for (const QChar c : safe)
        QVERIFY2(c.isPrint() || c == QLatin1Char(' '), qPrintable(safe));
    QVERIFY(safe.startsWith(QLatin1String("x\\x0a2026-01-01")));
}

void TestLogSafe::truncatesAtWholeCharactersAndEscapes()
{
    const QString longText(500, QLatin1Char('a'));
    QCOMPARE(logSafe(longText).size(), 200);
    QVERIFY(logSafe(longText).endsWith(QStringLiteral("a\u2026")));
    QCOMPARE(logSafe(longText, 10), QStringLiteral("aaaaaaaaa\u2026"));
    QCOMPARE(logSafe(QStringLiteral("abcdefghij"), 10), QStringLiteral("abcdefghij"));
    // "\x0a" is never cut in half: it goes as a whole or not at all.
    QCOMPARE(logSafe(QStringLiteral("abcdefg\nxyz"), 10), QStringLiteral("abcdefg\u2026"));
    for (int length = 1; length < 30; ++length)
        QVERIFY(logSafe(QStringLiteral("\n\n\n\n\n\n\n\n\n\n"), length).size() <= length);
    QCOMPARE(logSafe(longText, 0), QString());
}

void TestLogSafe::keepsCharactersOutsideTheBmpWhole()
{
    const auto emoji = QStringLiteral("😀😀😀");
    QCOMPARE(logSafe(emoji, 5), QStringLiteral("😀😀\u2026"));
    QCOMPARE(logSafe(QStringLiteral("\U000E0041")), QStringLiteral("\\U000e0041")); // a tag character (format)
}

QTEST_GUILESS_MAIN(TestLogSafe)
#include "tst_log_safe.moc"
