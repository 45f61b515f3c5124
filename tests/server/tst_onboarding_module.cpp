#include "server/accounts/AccountsModule.h"
#include "server/config/ServerConfig.h"
#include "server/core/DomainError.h"
#include "server/db/Database.h"
#include "server/db/Migrations.h"
#include "server/http/Router.h"
#include "server/onboarding/OnboardingModule.h"
#include "server/security/PasswordHasher.h"
#include "server/security/SecretBox.h"

#include <httplib.h>

#include <QJsonArray>
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

// A sheet the test sets, the way the Google Sheets client will answer through the seam.
class FakeSource : public ChecklistSource {
public:
    Result next = SourceError {SourceError::Kind::Other, QStringLiteral("not set")};
    std::optional<QDateTime> askedSince;
    int reads = 0;

    QString describe() const override { return QStringLiteral("Fake sheet"); }
    Result read(const std::optional<QDateTime> &ifModifiedAfter) override
    {
        ++reads;
        askedSince = ifModifiedAfter;
        return next;
    }
};

const QByteArray kSheet = "section,item_id,label,type,required\n"
                          "Unternehmen,firma,Firmenname,text,ja\n";

QList<QStringList> sheetRows(const QStringList &extraItem = {})
{
    QList<QStringList> rows {{QStringLiteral("section"), QStringLiteral("item_id"), QStringLiteral("label"),
                              QStringLiteral("type"), QStringLiteral("required")},
                             {QStringLiteral("Unternehmen"), QStringLiteral("firma"), QStringLiteral("Firmenname"),
                              QStringLiteral("text"), QStringLiteral("ja")}};
    if (!extraItem.isEmpty())
        rows.append(extraItem);
    return rows;
}

} // namespace

// The onboarding module in-process, on a database of its own: Gate::OnboardingComplete on a
// gated route of the test's own (the real gated routes, metrics, videos and referrals, come
// later), and the sync through the ChecklistSource seam with a fake sheet.
class TestOnboardingModule : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void closesGatedRoutesUntilTheChecklistIsComplete();
    void syncPublishesChangedSheetsOnlyAndKeepsTheLastGoodVersion();
    void syncWithoutSourceIsRefusedAndPollsNothing();

private:
    Account account(const char *email, AccountRole role);

    std::unique_ptr<QTemporaryDir> m_dir;
    ServerConfig m_config;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PasswordHasher> m_hasher;
    SecretBox m_secrets {{SecretBox::newKey()}};
    std::unique_ptr<AccountsModule> m_accounts;
};

void TestOnboardingModule::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_config.dataDir = m_dir->path();
    m_database = std::make_unique<Database>(m_config.databasePath());
    applyMigrations(m_database->connection());
    m_hasher = std::make_unique<PasswordHasher>(19456, 2, 1);
    m_accounts
        = std::make_unique<AccountsModule>(ModuleContext {m_config, *m_database, *m_hasher, m_secrets, systemClock()});
}

void TestOnboardingModule::cleanup()
{
    m_accounts.reset();
    m_hasher.reset();
    m_database.reset();
    m_dir.reset();
}

Account TestOnboardingModule::account(const char *email, AccountRole role)
{
    NewAccount fresh;
    fresh.email = QString::fromLatin1(email);
    fresh.name = QStringLiteral("Test");
    fresh.company = QStringLiteral("Firma");
    fresh.passwordHash = QStringLiteral("unused");
    fresh.role = role;
    fresh.status = AccountStatus::Approved;
    return *m_accounts->accounts().insert(fresh).account;
}

void TestOnboardingModule::closesGatedRoutesUntilTheChecklistIsComplete()
{
    OnboardingModule onboarding({m_config, *m_database, *m_hasher, m_secrets, systemClock()}, *m_accounts, nullptr);
    const auto customer = account("kunde@firma.de", AccountRole::Customer);
    const auto admin = account("admin@agentur.de", AccountRole::Admin);

    IdAuthenticator authenticator(m_accounts->accounts());
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

void TestOnboardingModule::syncPublishesChangedSheetsOnlyAndKeepsTheLastGoodVersion()
{
    auto owned = std::make_unique<FakeSource>();
    auto &source = *owned;
    OnboardingModule onboarding({m_config, *m_database, *m_hasher, m_secrets, systemClock()}, *m_accounts,
                                std::move(owned));
    auto &sync = onboarding.sync();
    const auto modified = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);

    source.next = SheetRead {sheetRows(), modified};
    auto status = sync.syncNow();
    QCOMPARE(status.value(QLatin1String("outcome")).toString(), QStringLiteral("published"));
    QCOMPARE(status.value(QLatin1String("source")).toString(), QStringLiteral("sheet"));
    QCOMPARE(status.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(status.value(QLatin1String("sheet")).toString(), QStringLiteral("Fake sheet"));
    QCOMPARE(status.value(QLatin1String("sheet_modified_at")).toString(), QStringLiteral("2026-11-02T09:30:00Z"));
    QVERIFY(!source.askedSince); // "sync now" reads whatever the modifiedTime

    // The periodic sync asks only for a newer sheet, and an unchanged one publishes nothing.
    source.next = SheetUnchanged {modified};
    sync.syncIfChanged();
    QCOMPARE(source.askedSince, std::optional(modified));
    source.next = SheetRead {sheetRows(), modified.addSecs(60)};
    QCOMPARE(sync.syncNow().value(QLatin1String("outcome")).toString(), QStringLiteral("unchanged"));

    // A sheet with problems and a sheet that cannot be read: the status says why, version 1 stays.
    source.next = SheetRead {sheetRows({QStringLiteral("A"), QStringLiteral("firma"), QStringLiteral("Doppelt"),
                                        QStringLiteral("text"), QStringLiteral("ja")}),
                             modified.addSecs(120)};
    status = sync.syncNow();
    QCOMPARE(status.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
    const auto sheetError = status.value(QLatin1String("last_error")).toObject();
    QCOMPARE(sheetError.value(QLatin1String("code")).toString(), QStringLiteral("invalid_sheet"));
    QCOMPARE(
        sheetError.value(QLatin1String("problems")).toArray()[0].toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("duplicate_item_id"));
    QCOMPARE(status.value(QLatin1String("version")).toInt(), 1);
    source.next = SourceError {SourceError::Kind::NotShared, QStringLiteral("The sheet is not shared.")};
    status = sync.syncNow();
    QCOMPARE(status.value(QLatin1String("last_error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("not_shared"));
    QCOMPARE(status.value(QLatin1String("version")).toInt(), 1);

    // Fixed: published, the error cleared.
    source.next = SheetRead {sheetRows({QStringLiteral("A"), QStringLiteral("neu"), QStringLiteral("Neu"),
                                        QStringLiteral("checkbox"), QStringLiteral("nein")}),
                             modified.addSecs(180)};
    status = sync.syncNow();
    QCOMPARE(status.value(QLatin1String("outcome")).toString(), QStringLiteral("published"));
    QCOMPARE(status.value(QLatin1String("version")).toInt(), 2);
    QVERIFY(status.value(QLatin1String("last_error")).isNull());
}

void TestOnboardingModule::syncWithoutSourceIsRefusedAndPollsNothing()
{
    OnboardingModule onboarding({m_config, *m_database, *m_hasher, m_secrets, systemClock()}, *m_accounts, nullptr);
    try {
        onboarding.sync().syncNow();
        QFAIL("a sync without a sheet must be refused");
    } catch (const DomainError &error) {
        QCOMPARE(error.code(), ErrorCode::Unavailable);
        QCOMPARE(error.fields().value(QStringLiteral("source")), QStringLiteral("not_configured"));
    }
    onboarding.sync().syncIfChanged(); // nothing to do, nothing thrown
    QVERIFY(onboarding.sync().status().value(QLatin1String("last_read_at")).isNull());
}

QTEST_GUILESS_MAIN(TestOnboardingModule)
#include "tst_onboarding_module.moc"
