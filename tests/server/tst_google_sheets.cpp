#include "server/integrations/google_sheets/GoogleSheetsClient.h"

#include "google/FakeGoogle.h"
#include "google/TestServiceAccount.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using kp::server::google::GoogleSheetsClient;
using kp::server::google::GoogleSheetsClientOptions;
using kp::server::google::GoogleSheetsSettings;
using kp::server::google::SheetError;
using kp::server::google::SheetReadResult;
using kp::server::google::SheetValues;
using Endpoint = FakeGoogle::Endpoint;
using Kind = SheetError::Kind;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(SheetError::Kind)

namespace {

QStringList *capturedLog = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (capturedLog)
        capturedLog->append(message);
}

} // namespace

// The checklist sheet's client against FakeGoogle on loopback: both ways to authenticate, the
// Drive modifiedTime shortcut, ragged rows, every Google error in its kind, retries of 429 and
// 5xx within their budget (waits recorded, never slept), and no secret in any log line.
class TestGoogleSheets : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void readsTheSheetWithAnApiKey();
    void readsTheSheetWithAServiceAccountAndReusesItsToken();
    void renewsTheTokenAMinuteBeforeItExpires();
    void fetchesANewTokenWhenGoogleRejectsTheCachedOne();
    void skipsTheValuesWhileModifiedTimeIsUnchanged();
    void returnsRaggedRowsAsGoogleSendsThem();
    void mapsEachGoogleErrorToItsKind_data();
    void mapsEachGoogleErrorToItsKind();
    void retriesThrottledRequestsAsRetryAfterAsks();
    void givesUpAsUnavailableAfterItsRetries();
    void keepsAllWaitsOfOneReadWithinItsBudget();
    void retriesAThrottledTokenEndpoint();
    void stopsRetryingWhenTheCallerIsStopping();
    void readsTheValuesWhenDriveCannotTell();
    void refusesAServiceAccountGoogleDoesNotKnow();
    void refusesAJwtSignedWithAnotherKey();
    void reportsAGoogleItCannotReachAsUnreachable();
    void reportsAnAnswerThatIsNotJsonAsBadAnswer();
    void neverLogsTheTokenTheKeyOrTheJwt();

private:
    GoogleSheetsSettings settings(bool serviceAccount) const;
    GoogleSheetsClientOptions options();
    SheetReadResult readOnce(bool serviceAccount, std::optional<QDateTime> known = std::nullopt);
    static QList<QStringList> checklist();

    QTemporaryDir m_dir;
    TestServiceAccount m_account;
    TestServiceAccount m_stranger; // a key Google has never seen
    std::unique_ptr<FakeGoogle> m_google;
    QDateTime m_now;                                // the client's clock, moved by tests
    std::vector<std::chrono::milliseconds> m_waits; // what the client would have slept
    bool m_stopping = false;                        // the sleeper's answer: the job is stopping
    const QString m_apiKey = QStringLiteral("AIzaSyTest-key-0123456789abcdefghijklm");
};

QList<QStringList> TestGoogleSheets::checklist()
{
    return {{QStringLiteral("section"), QStringLiteral("item_id"), QStringLiteral("label"), QStringLiteral("type"),
             QStringLiteral("required"), QStringLiteral("options"), QStringLiteral("help"), QStringLiteral("stage")},
            {QStringLiteral("Start"), QStringLiteral("logo"), QStringLiteral("Logo hochladen"), QStringLiteral("file"),
             QStringLiteral("TRUE"), QString(), QStringLiteral("SVG oder PNG"), QStringLiteral("setup")}};
}

void TestGoogleSheets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_account = TestServiceAccount::create(m_dir.path());
    m_stranger
        = TestServiceAccount::create(m_dir.path(), QStringLiteral("stranger@other-project.iam.gserviceaccount.com"));
}

void TestGoogleSheets::init()
{
    m_now = QDateTime::currentDateTimeUtc();
    m_waits.clear();
    m_stopping = false;
    m_google = std::make_unique<FakeGoogle>();
    m_google->setClock([this] { return m_now; });
    m_google->addApiKey(m_apiKey);
    m_google->addServiceAccount(m_account.clientEmail, m_account.publicKeyPem);
    m_google->setRows(checklist());
    m_google->shareWith(m_account.clientEmail);
    m_google->setLinkReadable(true);
    QVERIFY(m_google->start());
}

void TestGoogleSheets::cleanup()
{
    m_google.reset();
}

GoogleSheetsSettings TestGoogleSheets::settings(bool serviceAccount) const
{
    GoogleSheetsSettings settings;
    settings.spreadsheetId = m_google->spreadsheetId();
    if (serviceAccount)
        settings.serviceAccountFile = m_account.keyFile;
    else
        settings.apiKey = m_apiKey;
    settings.oauthUrl = settings.sheetsUrl = settings.driveUrl = m_google->baseUrl();
    return settings;
}

GoogleSheetsClientOptions TestGoogleSheets::options()
{
    GoogleSheetsClientOptions options;
    options.clock = [this] { return m_now; };
    options.sleep = [this](std::chrono::milliseconds wait) {
        m_waits.push_back(wait);
        return !m_stopping;
    };
    options.timeout = 5s;
    return options;
}

SheetReadResult TestGoogleSheets::readOnce(bool serviceAccount, std::optional<QDateTime> known)
{
    GoogleSheetsClient client(settings(serviceAccount), options());
    return client.read(known);
}

// Empty when the sheet was read, else the error's code and words.
QString failureOf(const SheetReadResult &result)
{
    const auto *error = std::get_if<SheetError>(&result);
    return error ? error->code() + QLatin1Char(' ') + error->message + QLatin1Char(' ') + error->detail : QString();
}

#define REQUIRE_VALUES(result)                                                                                         \
    do {                                                                                                               \
        const auto problem = failureOf(result);                                                                        \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                              \
    } while (false)

#define REQUIRE_ERROR(result) QVERIFY2(std::holds_alternative<SheetError>(result), "the sheet was read")

void TestGoogleSheets::readsTheSheetWithAnApiKey()
{
    const auto result = readOnce(false);
    REQUIRE_VALUES(result);
    const auto &values = std::get<SheetValues>(result);
    QCOMPARE(values.rows, checklist());
    QCOMPARE(values.modifiedTime, m_google->modifiedTime());
    QVERIFY(!values.unchanged);
    QCOMPARE(m_google->requests(Endpoint::Token), 0);
    QCOMPARE(m_google->requests(Endpoint::Drive), 1);
    QCOMPARE(m_google->requests(Endpoint::Sheets), 1);
}

void TestGoogleSheets::readsTheSheetWithAServiceAccountAndReusesItsToken()
{
    m_google->setLinkReadable(false); // shared with the service account only
    GoogleSheetsClient client(settings(true), options());
    const auto first = client.read();
    REQUIRE_VALUES(first);
    QCOMPARE(std::get<SheetValues>(first).rows, checklist());
    m_now = m_now.addSecs(600);
    const auto second = client.read();
    REQUIRE_VALUES(second);
    QCOMPARE(m_google->requests(Endpoint::Token), 1);
    QCOMPARE(m_google->requests(Endpoint::Sheets), 2);
}

void TestGoogleSheets::renewsTheTokenAMinuteBeforeItExpires()
{
    m_google->setTokenLifetime(3599);
    GoogleSheetsClient client(settings(true), options());
    REQUIRE_VALUES(client.read());
    m_now = m_now.addSecs(3599 - 61);
    REQUIRE_VALUES(client.read());
    QCOMPARE(m_google->requests(Endpoint::Token), 1);
    m_now = m_now.addSecs(2); // 59 s left: too little to send it on its way
    REQUIRE_VALUES(client.read());
    QCOMPARE(m_google->requests(Endpoint::Token), 2);
    QCOMPARE(m_google->issuedTokens().size(), 2);
}

void TestGoogleSheets::fetchesANewTokenWhenGoogleRejectsTheCachedOne()
{
    m_google->setLinkReadable(false);
    GoogleSheetsClient client(settings(true), options());
    REQUIRE_VALUES(client.read());
    m_google->revokeTokens(); // ours still looks fresh
    const auto result = client.read();
    REQUIRE_VALUES(result);
    QCOMPARE(std::get<SheetValues>(result).rows, checklist());
    QCOMPARE(m_google->requests(Endpoint::Token), 2);
}

void TestGoogleSheets::skipsTheValuesWhileModifiedTimeIsUnchanged()
{
    GoogleSheetsClient client(settings(true), options());
    const auto first = client.read();
    REQUIRE_VALUES(first);
    const auto known = std::get<SheetValues>(first).modifiedTime;

    const auto second = client.read(known);
    REQUIRE_VALUES(second);
    QVERIFY(std::get<SheetValues>(second).unchanged);
    QVERIFY(std::get<SheetValues>(second).rows.isEmpty());
    QCOMPARE(m_google->requests(Endpoint::Sheets), 1);

    auto edited = checklist();
    edited.append({QStringLiteral("Start"), QStringLiteral("domain"), QStringLiteral("Domain"), QStringLiteral("url")});
    m_now = m_now.addSecs(60);
    m_google->setRows(edited);
    const auto third = client.read(known);
    REQUIRE_VALUES(third);
    QVERIFY(!std::get<SheetValues>(third).unchanged);
    QCOMPARE(std::get<SheetValues>(third).rows, edited);
    QVERIFY(std::get<SheetValues>(third).modifiedTime > known);
    QCOMPARE(m_google->requests(Endpoint::Sheets), 2);
}

void TestGoogleSheets::returnsRaggedRowsAsGoogleSendsThem()
{
    m_google->setRows({{QStringLiteral("section"), QStringLiteral("item_id"), QStringLiteral("label")},
                       {QStringLiteral("Start"), QStringLiteral("logo"), QString(), QString()},
                       {},
                       {QString(), QStringLiteral("only_id")},
                       {QString(), QString()},
                       {}});
    const auto result = readOnce(false);
    REQUIRE_VALUES(result);
    const QList<QStringList> expected {{QStringLiteral("section"), QStringLiteral("item_id"), QStringLiteral("label")},
                                       {QStringLiteral("Start"), QStringLiteral("logo")},
                                       {},
                                       {QString(), QStringLiteral("only_id")}};
    QCOMPARE(std::get<SheetValues>(result).rows, expected);
}

void TestGoogleSheets::mapsEachGoogleErrorToItsKind_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("serviceAccount");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("not shared with the account") << "unshare" << true << Kind::NotShared << "google_sheet_not_shared";
    QTest::newRow("not readable by link") << "unshare" << false << Kind::NotShared << "google_sheet_not_shared";
    QTest::newRow("deleted, service account") << "delete" << true << Kind::NotFound << "google_sheet_not_found";
    QTest::newRow("deleted, api key") << "delete" << false << Kind::NotFound << "google_sheet_not_found";
    QTest::newRow("tab renamed") << "rename" << true << Kind::BadRange << "google_sheet_bad_range";
    QTest::newRow("api key not valid") << "key" << false << Kind::BadCredentials << "google_bad_credentials";
}

void TestGoogleSheets::mapsEachGoogleErrorToItsKind()
{
    QFETCH(QString, change);
    QFETCH(bool, serviceAccount);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    auto sheetSettings = settings(serviceAccount);
    if (change == QLatin1String("unshare")) {
        m_google->unshareWith(m_account.clientEmail);
        m_google->setLinkReadable(false);
    } else if (change == QLatin1String("delete")) {
        m_google->deleteSheet();
    } else if (change == QLatin1String("rename")) {
        m_google->renameTab(QStringLiteral("Checkliste 2026"));
    } else {
        sheetSettings.apiKey = QStringLiteral("AIzaSy-revoked");
    }
    GoogleSheetsClient client(sheetSettings, options());
    const auto result = client.read();
    REQUIRE_ERROR(result);
    const auto &error = std::get<SheetError>(result);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.code(), code);
    QVERIFY(!error.message.isEmpty());
    if (kind == Kind::NotShared && serviceAccount)
        QVERIFY2(error.message.contains(m_account.clientEmail), qPrintable(error.message));
    if (kind == Kind::BadRange)
        QVERIFY2(error.message.contains(QLatin1String("Checkliste!A1:Z")), qPrintable(error.message));
    QVERIFY(m_waits.empty()); // nothing here gets better by trying again
}

void TestGoogleSheets::retriesThrottledRequestsAsRetryAfterAsks()
{
    m_google->failNext(Endpoint::Sheets, 2, 429, 3);
    const auto result = readOnce(false);
    REQUIRE_VALUES(result);
    QCOMPARE(std::get<SheetValues>(result).rows, checklist());
    QCOMPARE(m_google->requests(Endpoint::Sheets), 3);
    QCOMPARE(m_waits, (std::vector<std::chrono::milliseconds> {3s, 3s}));
}

void TestGoogleSheets::givesUpAsUnavailableAfterItsRetries()
{
    m_google->failNext(Endpoint::Sheets, 1000, 503);
    const auto result = readOnce(true);
    REQUIRE_ERROR(result);
    const auto &error = std::get<SheetError>(result);
    QCOMPARE(error.kind, Kind::Unavailable);
    QCOMPARE(m_google->requests(Endpoint::Sheets), 5);
    QCOMPARE(m_waits, (std::vector<std::chrono::milliseconds> {1s, 2s, 4s, 8s}));
    QCOMPARE(error.retryAfterSeconds, 16);
}

void TestGoogleSheets::keepsAllWaitsOfOneReadWithinItsBudget()
{
    m_google->failNext(Endpoint::Drive, 1, 429, 20);
    m_google->failNext(Endpoint::Sheets, 1000, 429, 8);
    const auto result = readOnce(false);
    REQUIRE_ERROR(result);
    const auto &error = std::get<SheetError>(result);
    QCOMPARE(error.kind, Kind::Throttled);
    QCOMPARE(m_waits, (std::vector<std::chrono::milliseconds> {20s, 8s})); // a third 8 s would pass 30 s
    QCOMPARE(error.retryAfterSeconds, 8);
}

void TestGoogleSheets::retriesAThrottledTokenEndpoint()
{
    m_google->failNext(Endpoint::Token, 1, 503);
    const auto result = readOnce(true);
    REQUIRE_VALUES(result);
    QCOMPARE(m_google->requests(Endpoint::Token), 2);
    QCOMPARE(m_waits, (std::vector<std::chrono::milliseconds> {1s}));
}

void TestGoogleSheets::stopsRetryingWhenTheCallerIsStopping()
{
    m_google->failNext(Endpoint::Sheets, 1000, 503);
    m_stopping = true;
    const auto result = readOnce(false);
    REQUIRE_ERROR(result);
    QCOMPARE(std::get<SheetError>(result).kind, Kind::Unavailable);
    QCOMPARE(m_google->requests(Endpoint::Sheets), 1); // no further try after the cut-short wait
    QCOMPARE(m_waits.size(), size_t(1));
}

void TestGoogleSheets::readsTheValuesWhenDriveCannotTell()
{
    m_google->setDriveApiEnabled(false); // the key's project never enabled the Drive API
    const auto result = readOnce(false, m_google->modifiedTime());
    REQUIRE_VALUES(result);
    const auto &values = std::get<SheetValues>(result);
    QCOMPARE(values.rows, checklist());
    QVERIFY(!values.unchanged);
    QVERIFY(!values.modifiedTime.isValid());
}

void TestGoogleSheets::refusesAServiceAccountGoogleDoesNotKnow()
{
    auto sheetSettings = settings(true);
    sheetSettings.serviceAccountFile = m_stranger.keyFile;
    GoogleSheetsClient client(sheetSettings, options());
    const auto result = client.read();
    REQUIRE_ERROR(result);
    QCOMPARE(std::get<SheetError>(result).kind, Kind::BadCredentials);
    QVERIFY(std::get<SheetError>(result).message.contains(m_stranger.clientEmail));
    QCOMPARE(m_google->lastTokenError(), QStringLiteral("Invalid grant: account not found"));
    QCOMPARE(m_google->requests(Endpoint::Sheets), 0);
}

void TestGoogleSheets::refusesAJwtSignedWithAnotherKey()
{
    // Google knows the account, but under another key (the operator's file holds an old one).
    m_google->addServiceAccount(m_account.clientEmail, m_stranger.publicKeyPem);
    const auto result = readOnce(true);
    REQUIRE_ERROR(result);
    QCOMPARE(std::get<SheetError>(result).kind, Kind::BadCredentials);
    QCOMPARE(m_google->lastTokenError(), QStringLiteral("Invalid JWT Signature."));
}

void TestGoogleSheets::reportsAGoogleItCannotReachAsUnreachable()
{
    auto sheetSettings = settings(true);
    m_google.reset(); // its port is closed now
    GoogleSheetsClient client(sheetSettings, options());
    const auto result = client.read();
    REQUIRE_ERROR(result);
    QCOMPARE(std::get<SheetError>(result).kind, Kind::Unreachable);
    QVERIFY(m_waits.empty());
}

void TestGoogleSheets::reportsAnAnswerThatIsNotJsonAsBadAnswer()
{
    m_google->sendGarbageNext(Endpoint::Sheets);
    const auto result = readOnce(false);
    REQUIRE_ERROR(result);
    QCOMPARE(std::get<SheetError>(result).kind, Kind::BadAnswer);
}

void TestGoogleSheets::neverLogsTheTokenTheKeyOrTheJwt()
{
    QLoggingCategory::setFilterRules(QStringLiteral("kp.google*=true"));
    QStringList log;
    capturedLog = &log;
    const auto previous = qInstallMessageHandler(captureMessage);
    {
        GoogleSheetsClient withAccount(settings(true), options());
        withAccount.read();
        m_google->revokeTokens(); // a 401, a renewal and a second token
        withAccount.read();
        m_google->unshareWith(m_account.clientEmail);
        m_google->setLinkReadable(false);
        withAccount.read();
        m_google->setLinkReadable(true);
        readOnce(false);
        m_google->failNext(Endpoint::Sheets, 1, 429, 1);
        readOnce(false);
    }
    qInstallMessageHandler(previous);
    capturedLog = nullptr;
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(log.size() >= 5);
    QCOMPARE(m_google->issuedTokens().size(), 2);
    const auto all = log.join(QLatin1Char('\n'));
    for (const auto &token : m_google->issuedTokens())
        QVERIFY2(!all.contains(QString::fromLatin1(token)), qPrintable(all));
    QVERIFY2(!all.contains(m_apiKey), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("key=")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("eyJ")), qPrintable(all)); // every JWT starts so
    QVERIFY2(!all.contains(QLatin1String("PRIVATE KEY")), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestGoogleSheets)
#include "tst_google_sheets.moc"
