#include "server/integrations/google_sheets/ErrorMapping.h"
#include "server/integrations/google_sheets/GoogleAnswers.h"
#include "server/integrations/google_sheets/Retrier.h"

#include <QTest>

using namespace kp::server::google;
using Kind = SheetError::Kind;

Q_DECLARE_METATYPE(SheetError::Kind)

// Google's answers read strictly, and each error body mapped to the kind the admin needs: the
// cases FakeGoogle does not produce on its own (numbers, an empty range, Drive's rate limits,
// an API that is switched off, the token endpoint's own error shape).
class TestGoogleAnswers : public QObject {
    Q_OBJECT

private slots:
    void readsValuesOfEveryJsonTypeAsText();
    void readsARangeWithoutValuesAsNoRows();
    void refusesValueRangesItCannotTrust_data();
    void refusesValueRangesItCannotTrust();
    void readsDriveModifiedTimeAsUtc();
    void readsATokenAnswerOnlyWithEveryField();
    void mapsErrorBodies_data();
    void mapsErrorBodies();
    void retriesDriveRateLimitsAnsweredAs403();
};

void TestGoogleAnswers::readsValuesOfEveryJsonTypeAsText()
{
    const auto rows = parseValueRange(R"({"range":"Checkliste!A1:Z1000","majorDimension":"ROWS",
        "values":[["a",2,true],[],["",false,1.5]]})");
    QVERIFY(rows);
    const QList<QStringList> expected {{QStringLiteral("a"), QStringLiteral("2"), QStringLiteral("TRUE")},
                                       {},
                                       {QString(), QStringLiteral("FALSE"), QStringLiteral("1.5")}};
    QCOMPARE(*rows, expected);
}

void TestGoogleAnswers::readsARangeWithoutValuesAsNoRows()
{
    const auto rows = parseValueRange(R"({"range":"Checkliste!A1:Z1000","majorDimension":"ROWS"})");
    QVERIFY(rows);
    QVERIFY(rows->isEmpty());
}

void TestGoogleAnswers::refusesValueRangesItCannotTrust_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<html></html>");
    QTest::newRow("no range") << QByteArray(R"({"values":[["a"]]})");
    QTest::newRow("columns") << QByteArray(R"({"range":"A1:B2","majorDimension":"COLUMNS","values":[["a"]]})");
    QTest::newRow("values not rows") << QByteArray(R"({"range":"A1:B2","values":["a"]})");
    QTest::newRow("a cell that is an object") << QByteArray(R"({"range":"A1:B2","values":[[{"a":1}]]})");
}

void TestGoogleAnswers::refusesValueRangesItCannotTrust()
{
    QFETCH(QByteArray, body);
    QVERIFY(!parseValueRange(body));
}

void TestGoogleAnswers::readsDriveModifiedTimeAsUtc()
{
    const auto time = parseModifiedTime(R"({"modifiedTime":"2026-03-02T09:15:00.123Z"})");
    QVERIFY(time);
    QCOMPARE(*time, QDateTime(QDate(2026, 3, 2), QTime(9, 15, 0, 123), Qt::UTC));
    QVERIFY(!parseModifiedTime(R"({"modifiedTime":"yesterday"})"));
    QVERIFY(!parseModifiedTime(R"({})"));
}

void TestGoogleAnswers::readsATokenAnswerOnlyWithEveryField()
{
    const auto token = parseTokenAnswer(R"({"access_token":"ya29.x","expires_in":3599,"token_type":"Bearer"})");
    QVERIFY(token);
    QCOMPARE(token->accessToken, QByteArray("ya29.x"));
    QCOMPARE(token->expiresInSeconds, 3599);
    QVERIFY(!parseTokenAnswer(R"({"access_token":"ya29.x","token_type":"Bearer"})"));
    QVERIFY(!parseTokenAnswer(R"({"access_token":"","expires_in":3599,"token_type":"Bearer"})"));
    QVERIFY(!parseTokenAnswer(R"({"access_token":"ya29.x","expires_in":3599,"token_type":"MAC"})"));
}

void TestGoogleAnswers::mapsErrorBodies_data()
{
    QTest::addColumn<bool>("tokenEndpoint");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("sheets 403") << false << 403
                                << QByteArray(R"({"error":{"code":403,"message":"The caller does not have permission",
                                    "status":"PERMISSION_DENIED"}})")
                                << Kind::NotShared;
    QTest::newRow("sheets api off") << false << 403
                                    << QByteArray(
                                           R"({"error":{"code":403,"message":"Google Sheets API has not been used",
                                        "status":"PERMISSION_DENIED","details":[{"reason":"SERVICE_DISABLED"}]}})")
                                    << Kind::ApiNotEnabled;
    QTest::newRow("drive rate limit") << false << 403
                                      << QByteArray(R"({"error":{"code":403,"message":"User Rate Limit Exceeded",
                                          "errors":[{"reason":"userRateLimitExceeded"}]}})")
                                      << Kind::Throttled;
    QTest::newRow("sheets 404") << false << 404
                                << QByteArray(R"({"error":{"code":404,"message":"Requested entity was not found.",
                                    "status":"NOT_FOUND"}})")
                                << Kind::NotFound;
    QTest::newRow("bad range") << false << 400
                               << QByteArray(R"({"error":{"code":400,"message":"Unable to parse range: X!A1",
                                   "status":"INVALID_ARGUMENT"}})")
                               << Kind::BadRange;
    QTest::newRow("key not valid")
        << false << 400
        << QByteArray(R"({"error":{"code":400,"message":"API key not valid. Please pass a valid API key.",
                                       "status":"INVALID_ARGUMENT"}})")
        << Kind::BadCredentials;
    QTest::newRow("not a sheet")
        << false << 400
        << QByteArray(R"({"error":{"code":400,"message":"This operation is not supported for this document",
                                     "status":"FAILED_PRECONDITION"}})")
        << Kind::Refused;
    QTest::newRow("sheets 401") << false << 401 << QByteArray(R"({"error":{"code":401,"status":"UNAUTHENTICATED"}})")
                                << Kind::BadCredentials;
    QTest::newRow("sheets 500 without body") << false << 500 << QByteArray() << Kind::Unavailable;
    QTest::newRow("token invalid_grant")
        << true << 400 << QByteArray(R"({"error":"invalid_grant","error_description":"Invalid JWT Signature."})")
        << Kind::BadCredentials;
    QTest::newRow("token invalid_client")
        << true << 401
        << QByteArray(R"({"error":"invalid_client","error_description":"The OAuth client was not found."})")
        << Kind::BadCredentials;
    QTest::newRow("token 429") << true << 429 << QByteArray() << Kind::Throttled;
    QTest::newRow("no answer") << false << 0 << QByteArray() << Kind::Unreachable;
}

void TestGoogleAnswers::mapsErrorBodies()
{
    QFETCH(bool, tokenEndpoint);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    const ErrorContext context {QStringLiteral("1abc"), QStringLiteral("Checkliste!A1:Z"),
                                QStringLiteral("sync@p.iam.gserviceaccount.com")};
    const HttpAnswer answer {status, body, {}, status == 0 ? QStringLiteral("Connection") : QString(), {}};
    const auto error = tokenEndpoint ? tokenError(answer, context, 4) : apiError(answer, context, 4);
    QCOMPARE(error.kind, kind);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.retryAfterSeconds, kind == Kind::Throttled || kind == Kind::Unavailable ? 4 : 0);
}

void TestGoogleAnswers::retriesDriveRateLimitsAnsweredAs403()
{
    QVERIFY(Retrier::isRetryable({403, R"({"error":{"errors":[{"reason":"rateLimitExceeded"}]}})", {}, {}, {}}));
    QVERIFY(!Retrier::isRetryable({403, R"({"error":{"status":"PERMISSION_DENIED"}})", {}, {}, {}}));
    QVERIFY(Retrier::isRetryable({502, {}, {}, {}, {}}));
    QVERIFY(!Retrier::isRetryable({0, {}, {}, QStringLiteral("Connection"), {}}));
}

QTEST_GUILESS_MAIN(TestGoogleAnswers)
#include "tst_google_answers.moc"
