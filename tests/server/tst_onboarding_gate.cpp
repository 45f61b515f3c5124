#include "server/accounts/AccountsModule.h"
#include "server/config/ServerConfig.h"
#include "server/db/Database.h"
#include "server/db/Migrations.h"
#include "server/http/Router.h"
#include "server/onboarding/OnboardingModule.h"
#include "server/security/PasswordHasher.h"

#include <httplib.h>

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kp;
using namespace kp::server;

namespace {

// The token is the account id: the gate, not authentication, is under test.
class IdAuthenticator : public Authenticator {
public:
    explicit IdAuthenticator(AccountStore &accounts)
        : m_accounts(accounts)
    {
    }
    std::optional<AuthenticatedSession> authenticate(const QString &token) override
    {
        const auto account = m_accounts.findById(token);
        if (!account)
            return std::nullopt;
        return AuthenticatedSession {*account, token};
    }

private:
    AccountStore &m_accounts;
};

const QByteArray kSheet = "section,item_id,label,type,required\n"
                          "Unternehmen,firma,Firmenname,text,ja\n";

} // namespace

// Gate::OnboardingComplete as the onboarding module defines it, on a route table with a gated
// route of the test's own (the real gated routes, metrics, videos and referrals, come later):
// 409 onboarding_incomplete for a customer until the checklist is complete, open for admins,
// open while no checklist was ever published, closed again by a new required item.
class TestOnboardingGate : public QObject {
    Q_OBJECT

private slots:
    void closesGatedRoutesUntilTheChecklistIsComplete();
};

void TestOnboardingGate::closesGatedRoutesUntilTheChecklistIsComplete()
{
    QTemporaryDir dir;
    ServerConfig config;
    config.dataDir = dir.path();
    Database database(config.databasePath());
    applyMigrations(database.connection());
    PasswordHasher hasher(19456, 2, 1);
    const ModuleContext context {config, database, hasher, systemClock()};
    AccountsModule accounts(context);
    OnboardingModule onboarding(context, accounts, nullptr);

    const auto account = [&accounts](const char *email, AccountRole role) {
        NewAccount fresh;
        fresh.email = QString::fromLatin1(email);
        fresh.name = QStringLiteral("Test");
        fresh.company = QStringLiteral("Firma");
        fresh.passwordHash = QStringLiteral("unused");
        fresh.role = role;
        fresh.status = AccountStatus::Approved;
        return *accounts.accounts().insert(fresh).account;
    };
    const auto customer = account("kunde@firma.de", AccountRole::Customer);
    const auto admin = account("admin@agentur.de", AccountRole::Admin);

    IdAuthenticator authenticator(accounts.accounts());
    Router router(authenticator, false);
    onboarding.addRoutes(router);
    router.add({"GET", "/t/metrics", Access::Approved, BodySpec::none(), {Gate::OnboardingComplete}},
               [](RequestContext &) {
                   return Reply::json({{QStringLiteral("ok"), true}});
               });
    const auto status = [&router](const Account &caller, QString *code = nullptr) {
        httplib::Request request;
        request.method = "GET";
        request.path = "/t/metrics";
        request.headers.emplace("Authorization", "Bearer " + caller.id.toStdString());
        httplib::Response response;
        router.dispatch(router.match("GET", "/t/metrics"), request, {}, nullptr, response);
        if (code)
            *code = QJsonDocument::fromJson(QByteArray::fromStdString(response.body))
                        .object()
                        .value(QLatin1String("error"))
                        .toObject()
                        .value(QLatin1String("code"))
                        .toString();
        return response.status;
    };

    QCOMPARE(status(customer), 200); // nothing asked yet
    onboarding.checklists().importCsv(kSheet);
    QString code;
    QCOMPARE(status(customer, &code), 409);
    QCOMPARE(code, QStringLiteral("onboarding_incomplete"));
    QCOMPARE(status(admin), 200);

    onboarding.checklists().saveAnswers(customer, {{QStringLiteral("firma"), QStringLiteral("Muster GmbH")}});
    QCOMPARE(status(customer), 409); // answered is not completed
    onboarding.checklists().complete(customer);
    QCOMPARE(status(customer), 200);

    onboarding.checklists().importCsv(kSheet + "Unternehmen,budget,Budget,text,ja\n");
    QCOMPARE(status(customer), 409);
}

QTEST_GUILESS_MAIN(TestOnboardingGate)
#include "tst_onboarding_gate.moc"
