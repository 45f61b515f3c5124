#include "DatabaseSnapshot.h"
#include "ServerFixture.h"
#include "server/db/Database.h"

#include <QJsonArray>
#include <QTest>

#include <httplib.h>

#include <thread>

#include <memory>

// Registration, login and sessions against the real server binary (API.md "Accounts and sessions").
class TestAuthApi : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void registersPendingAccountWhoseTokenReadsOnlyItsStatus();
    void normalisesRegistrationInput();
    void rejectsRegistrationWithTakenEmailInAnyCase();
    void treatsComposedAndDecomposedEmailAsOneAccount();
    void refusesEmailWithInvisibleCharacters();
    void composesEmailsStoredBeforeTheyWereComposed();
    void attributesRegistrationToReferralCode();
    void rejectsUnknownReferralCode();
    void rejectsLoginOfPendingAccount();
    void logsInByEmailOrUserNameAfterApproval();
    void answersWrongPasswordAndUnknownLoginAlike();
    void slowsDownRepeatedFailuresPerAccount();
    void countsParallelGuessesAgainstTheLimit();
    void limitsRegistrationsPerAddress();
    void logoutRevokesOnlyThatToken();
    void logoutAllEndsEveryOtherSessionOfTheAccountOnly();
    void refusesMissingOrForgedTokens();
    void tellsRejectedCustomerTheReason();

private:
    void approve(const QString &accountId);

    ServerFixture m_fixture;
    TestServer *m_server = nullptr;
    TestHttp *m_http = nullptr;
    QString m_adminToken;
};

static const QString kPassword = QStringLiteral("correct horse battery");

void TestAuthApi::init()
{
    QVERIFY2(m_fixture.start({{QStringLiteral("security/login_max_failures"), QStringLiteral("3")},
                              {QStringLiteral("security/register_per_hour"), QStringLiteral("20")}}),
             qPrintable(m_fixture.error()));
    m_server = m_fixture.server.get();
    m_http = m_fixture.http.get();
    m_adminToken = m_fixture.adminToken;
}

void TestAuthApi::cleanup()
{
    QCOMPARE(m_fixture.stop(), 0);
    KP_VERIFY_API_CONTRACT();
}

void TestAuthApi::approve(const QString &accountId)
{
    const auto result
        = m_http->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(accountId), {}, m_adminToken);
    QCOMPARE(result.status, 200);
}

void TestAuthApi::registersPendingAccountWhoseTokenReadsOnlyItsStatus()
{
    const auto registered = m_http->registerCustomer(QStringLiteral("erika@mustermann.de"));
    QCOMPARE(registered.status, 201);
    const auto account = registered.json.value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(account.value(QLatin1String("role")).toString(), QStringLiteral("customer"));
    QVERIFY(!account.contains(QLatin1String("password_hash")));
    const auto token = registered.json.value(QLatin1String("token")).toString();
    QVERIFY(token.size() >= 43); // 256 bits in base64url

    const auto me = m_http->get(QStringLiteral("/api/v1/me"), token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(me.json.value(QLatin1String("intercom_user_id")).toString(),
             account.value(QLatin1String("id")).toString());

    // The stored password is an argon2id hash at no less than OWASP's 19 MiB / 2 passes.
    const auto snapshot = databaseSnapshot(m_server->databasePath());
    QVERIFY(snapshot.contains(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")));
    QVERIFY(!snapshot.contains(kPassword));
    QVERIFY(!snapshot.contains(token));
}

void TestAuthApi::normalisesRegistrationInput()
{
    const auto registered = m_http->registerCustomer(QStringLiteral("  Erika@Mustermann.DE "), kPassword,
                                                     {{QStringLiteral("name"), QStringLiteral("  Mu\u0308ller  ")},
                                                      {QStringLiteral("phone"), QStringLiteral("030 1234567")},
                                                      {QStringLiteral("username"), QStringLiteral("Erika.M")}});
    QCOMPARE(registered.status, 201);
    const auto account = registered.json.value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("email")).toString(), QStringLiteral("erika@mustermann.de"));
    QCOMPARE(account.value(QLatin1String("name")).toString(), QStringLiteral("M\u00FCller"));
    QCOMPARE(account.value(QLatin1String("phone")).toString(), QStringLiteral("+49301234567"));
    QCOMPARE(account.value(QLatin1String("username")).toString(), QStringLiteral("erika.m"));
}

void TestAuthApi::rejectsRegistrationWithTakenEmailInAnyCase()
{
    QCOMPARE(m_http->registerCustomer(QStringLiteral("erika@mustermann.de")).status, 201);
    const auto before = databaseSnapshot(m_server->databasePath());
    const auto again = m_http->registerCustomer(QStringLiteral("ERIKA@mustermann.de"));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("conflict"));
    QCOMPARE(again.fieldProblem(QStringLiteral("email")), QStringLiteral("taken"));
    QCOMPARE(databaseSnapshot(m_server->databasePath()), before);
}

void TestAuthApi::treatsComposedAndDecomposedEmailAsOneAccount()
{
    const auto composed = QStringLiteral("j\u00F6rg@example.de");
    const auto decomposed = QStringLiteral("jo\u0308rg@example.de");
    const auto registered = m_http->registerCustomer(composed);
    QCOMPARE(registered.status, 201);
    const auto account = registered.json.value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("email")).toString(), composed);

    const auto before = databaseSnapshot(m_server->databasePath());
    const auto again = m_http->registerCustomer(decomposed);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("conflict"));
    QCOMPARE(again.fieldProblem(QStringLiteral("email")), QStringLiteral("taken"));
    QCOMPARE(databaseSnapshot(m_server->databasePath()), before);

    approve(account.value(QLatin1String("id")).toString());
    QVERIFY(!m_http->loginToken(decomposed, kPassword).isEmpty());
}

void TestAuthApi::composesEmailsStoredBeforeTheyWereComposed()
{
    // An address stored decomposed by an older server could not log in by email any more, now
    // that every login name is composed first: the server composes stored ones at start.
    const auto composed = QStringLiteral("j\u00F6rg@example.de");
    const auto registered = m_http->registerCustomer(composed);
    QCOMPARE(registered.status, 201);
    approve(registered.json.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString());
    QCOMPARE(m_server->stop(), 0);
    {
        kp::server::Database database(m_server->databasePath());
        database.connection()
            .query("UPDATE accounts SET email = ? WHERE email = ?", QStringLiteral("jo\u0308rg@example.de"), composed)
            .run();
    }
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    TestHttp restarted(*m_server); // on the new port
    QVERIFY(!restarted.loginToken(composed, kPassword).isEmpty());
    QVERIFY(databaseSnapshot(m_server->databasePath()).contains(composed));
}

void TestAuthApi::refusesEmailWithInvisibleCharacters()
{
    const auto before = databaseSnapshot(m_server->databasePath());
    for (const auto &email : {QStringLiteral("j\u00A0rg@example.de"), QStringLiteral("admin\u200B@agentur.de"),
                              QStringLiteral("anna@exam\u202Eed.elpm")}) {
        const auto result = m_http->registerCustomer(email);
        QCOMPARE(result.status, 422);
        QCOMPARE(result.errorCode(), QStringLiteral("validation_failed"));
        QCOMPARE(result.fieldProblem(QStringLiteral("email")), QStringLiteral("invalid"));
    }
    QCOMPARE(databaseSnapshot(m_server->databasePath()), before);
}

void TestAuthApi::attributesRegistrationToReferralCode()
{
    const auto partner = m_http->registerCustomer(QStringLiteral("partner@firma.de"));
    const auto partnerAccount = partner.json.value(QLatin1String("account")).toObject();
    const auto code = partnerAccount.value(QLatin1String("referral_code")).toString();
    QCOMPARE(code.size(), 8);
    const auto referred
        = m_http->registerCustomer(QStringLiteral("neu@kunde.de"), kPassword,
                                   {{QStringLiteral("referral_code"), code.toLower()},
                                    {QStringLiteral("referral_source"), QStringLiteral("Empfehlung auf LinkedIn")}});
    QCOMPARE(referred.status, 201);
    const auto account = referred.json.value(QLatin1String("account")).toObject();
    const auto referredBy = account.value(QLatin1String("referred_by")).toObject();
    QCOMPARE(referredBy.value(QLatin1String("code")).toString(), code);
    QCOMPARE(referredBy.value(QLatin1String("name")).toString(), QStringLiteral("Erika Mustermann"));
    QCOMPARE(account.value(QLatin1String("referral_source")).toString(), QStringLiteral("Empfehlung auf LinkedIn"));
}

void TestAuthApi::rejectsUnknownReferralCode()
{
    const auto before = databaseSnapshot(m_server->databasePath());
    const auto result = m_http->registerCustomer(QStringLiteral("neu@kunde.de"), kPassword,
                                                 {{QStringLiteral("referral_code"), QStringLiteral("NOSUCH22")}});
    QCOMPARE(result.status, 422);
    QCOMPARE(result.fieldProblem(QStringLiteral("referral_code")), QStringLiteral("unknown"));
    QCOMPARE(databaseSnapshot(m_server->databasePath()), before);
}

void TestAuthApi::rejectsLoginOfPendingAccount()
{
    m_http->registerCustomer(QStringLiteral("erika@mustermann.de"));
    const auto login = m_http->post(
        QStringLiteral("/api/v1/auth/login"),
        {{QStringLiteral("login"), QStringLiteral("erika@mustermann.de")}, {QStringLiteral("password"), kPassword}});
    QCOMPARE(login.status, 403);
    QCOMPARE(login.errorCode(), QStringLiteral("pending_approval"));
    QVERIFY(!login.json.contains(QLatin1String("token")));
}

void TestAuthApi::logsInByEmailOrUserNameAfterApproval()
{
    const auto registered = m_http->registerCustomer(QStringLiteral("erika@mustermann.de"), kPassword,
                                                     {{QStringLiteral("username"), QStringLiteral("erika")}});
    approve(registered.json.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString());
    for (const auto &login :
         {QStringLiteral("Erika@Mustermann.de"), QStringLiteral("erika"), QStringLiteral("ERIKA")}) {
        const auto result = m_http->post(QStringLiteral("/api/v1/auth/login"),
                                         {{QStringLiteral("login"), login}, {QStringLiteral("password"), kPassword}});
        QCOMPARE(result.status, 200);
        const auto expires
            = QDateTime::fromString(result.json.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addDays(29));
        const auto token = result.json.value(QLatin1String("token")).toString();
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), token).json.value(QLatin1String("status")).toString(),
                 QStringLiteral("approved"));
    }
}

void TestAuthApi::answersWrongPasswordAndUnknownLoginAlike()
{
    m_http->registerCustomer(QStringLiteral("erika@mustermann.de"));
    const auto wrongPassword = m_http->post(QStringLiteral("/api/v1/auth/login"),
                                            {{QStringLiteral("login"), QStringLiteral("erika@mustermann.de")},
                                             {QStringLiteral("password"), QStringLiteral("wrong password!")}});
    const auto unknownLogin = m_http->post(QStringLiteral("/api/v1/auth/login"),
                                           {{QStringLiteral("login"), QStringLiteral("nobody@mustermann.de")},
                                            {QStringLiteral("password"), QStringLiteral("wrong password!")}});
    QCOMPARE(wrongPassword.status, 401);
    QCOMPARE(wrongPassword.errorCode(), QStringLiteral("invalid_credentials"));
    QCOMPARE(unknownLogin.status, wrongPassword.status);
    QCOMPARE(unknownLogin.body, wrongPassword.body);
}

void TestAuthApi::slowsDownRepeatedFailuresPerAccount()
{
    const auto registered = m_http->registerCustomer(QStringLiteral("erika@mustermann.de"));
    approve(registered.json.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString());
    const auto attempt = [this](const QString &password) {
        return m_http->post(
            QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("login"), QStringLiteral("erika@mustermann.de")}, {QStringLiteral("password"), password}});
    };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(attempt(QStringLiteral("wrong password!")).status, 401);
    const auto limited = attempt(kPassword); // even the right password waits now
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY(retryAfter > 0 && retryAfter <= 900);
    QCOMPARE(limited.json.value(QLatin1String("error")).toObject().value(QLatin1String("retry_after")).toInt(),
             retryAfter);
    // Another account is not affected by this one's lockout.
    QVERIFY(!m_http->loginToken(QStringLiteral("admin@agentur.de"), QStringLiteral("admin password 1")).isEmpty());
}

void TestAuthApi::countsParallelGuessesAgainstTheLimit()
{
    // Eight wrong passwords at once against a limit of three: at most three are ever checked.
    const auto registered = m_http->registerCustomer(QStringLiteral("erika@mustermann.de"));
    approve(registered.json.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString());
    std::vector<int> statuses(8, 0);
    std::vector<std::thread> guesses;
    const int port = m_server->port();
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        guesses.emplace_back([&statuses, i, port] {
            httplib::Client client("127.0.0.1", port);
            client.set_read_timeout(30);
            const auto response
                = client.Post("/api/v1/auth/login", R"({"login":"erika@mustermann.de","password":"wrong guess!"})",
                              "application/json");
            statuses[i] = response ? response->status : 0;
        });
    }
    for (auto &guess : guesses)
        guess.join();
    QVERIFY(std::count(statuses.begin(), statuses.end(), 401) <= 3);
    QCOMPARE(std::count(statuses.begin(), statuses.end(), 401) + std::count(statuses.begin(), statuses.end(), 429), 8);
}

void TestAuthApi::limitsRegistrationsPerAddress()
{
    TestServer server({{QStringLiteral("security/register_per_hour"), QStringLiteral("2")}});
    QVERIFY(server.start());
    TestHttp http(server);
    QCOMPARE(http.registerCustomer(QStringLiteral("a@firma.de")).status, 201);
    QCOMPARE(http.registerCustomer(QStringLiteral("b@firma.de")).status, 201);
    const auto third = http.registerCustomer(QStringLiteral("c@firma.de"));
    QCOMPARE(third.status, 429);
    QVERIFY(third.header("Retry-After").toInt() > 3000);
}

void TestAuthApi::logoutRevokesOnlyThatToken()
{
    const auto first = m_adminToken;
    const auto second = m_http->loginToken(QStringLiteral("admin@agentur.de"), QStringLiteral("admin password 1"));
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/auth/logout"), {}, first).status, 204);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), first).status, 401);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), second).status, 200);
    m_adminToken = second;
}

void TestAuthApi::logoutAllEndsEveryOtherSessionOfTheAccountOnly()
{
    const auto here = m_adminToken;
    const auto laptop = m_http->loginToken(QStringLiteral("admin@agentur.de"), QStringLiteral("admin password 1"));
    const auto phone = m_http->loginToken(QStringLiteral("admin@agentur.de"), QStringLiteral("admin password 1"));
    const auto customer = m_http->registerCustomer(QStringLiteral("erika@mustermann.de"));
    const auto customerToken = customer.json.value(QLatin1String("token")).toString();
    QVERIFY(!laptop.isEmpty() && !phone.isEmpty() && !customerToken.isEmpty());

    QCOMPARE(m_http->post(QStringLiteral("/api/v1/auth/logout-all"), {}, here).status, 204);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), here).status, 200);
    for (const auto &ended : {laptop, phone}) {
        const auto me = m_http->get(QStringLiteral("/api/v1/me"), ended);
        QCOMPARE(me.status, 401);
        QCOMPARE(me.errorCode(), QStringLiteral("unauthenticated"));
    }
    // Another account's session is not touched.
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), customerToken).status, 200);
    // Without a session there is nothing to keep: 401.
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/auth/logout-all"), {}).status, 401);
}

void TestAuthApi::refusesMissingOrForgedTokens()
{
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me")).errorCode(), QStringLiteral("unauthenticated"));
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), QStringLiteral("forged")).status, 401);
    auto tampered = m_adminToken;
    tampered[5] = tampered[5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), tampered).status, 401);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), QString(4000, QLatin1Char('x'))).status, 401);
}

void TestAuthApi::tellsRejectedCustomerTheReason()
{
    const auto registered = m_http->registerCustomer(QStringLiteral("erika@mustermann.de"));
    const auto id = registered.json.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString();
    QCOMPARE(m_http
                 ->post(QStringLiteral("/api/v1/admin/accounts/%1/reject").arg(id),
                        {{QStringLiteral("reason"), QStringLiteral("Kein Gewerbe")}}, m_adminToken)
                 .status,
             200);
    const auto login = m_http->post(
        QStringLiteral("/api/v1/auth/login"),
        {{QStringLiteral("login"), QStringLiteral("erika@mustermann.de")}, {QStringLiteral("password"), kPassword}});
    QCOMPARE(login.status, 403);
    QCOMPARE(login.errorCode(), QStringLiteral("rejected"));
    QCOMPARE(login.json.value(QLatin1String("error")).toObject().value(QLatin1String("reason")).toString(),
             QStringLiteral("Kein Gewerbe"));
    // The registering app's token still reads the decision.
    const auto me = m_http->get(QStringLiteral("/api/v1/me"), registered.json.value(QLatin1String("token")).toString());
    QCOMPARE(me.json.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(me.json.value(QLatin1String("rejection_reason")).toString(), QStringLiteral("Kein Gewerbe"));
}

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_auth_api.moc"
