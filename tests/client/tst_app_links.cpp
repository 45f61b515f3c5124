#include "client/app/AppContext.h"
#include "client/app/AppLink.h"
#include "client/app/AppLinkHandler.h"
#include "client/app/Application.h"
#include "client/app/SingleInstance.h"
#include "client/auth/LoginPage.h"
#include "client/auth/RegisterPage.h"
#include "client/widgets/Banner.h"
#include "shared/Account.h"

#include "FakeNetwork.h"
#include "FakeNetworkApp.h"
#include "GuiDriver.h"
#include "LogCapture.h"
#include "MemoryTokenStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace kp;
using namespace kp::client;
using State = Session::State;

namespace {

// Nobody listens there: no test may reach a server by accident.
const QString kServer = QStringLiteral("http://127.0.0.1:9");
const QString kCode = QStringLiteral("Hx7Kq2Mz");
const QString kClick = QStringLiteral("c_8fJ2-kLm0qRstUvWxYz01234");

QString registerLink(const QString &code, const QString &click)
{
    return QStringLiteral("kundenportal://register?ref=%1&click=%2").arg(code, click);
}

Account account(AccountStatus status)
{
    Account account;
    account.id = QStringLiteral("acc_new");
    account.email = QStringLiteral("lena.vogt@vogt-moebel.de");
    account.name = QStringLiteral("Lena Vogt");
    account.company = QStringLiteral("Vogt Möbel");
    account.role = AccountRole::Customer;
    account.status = status;
    account.createdAt = QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
    return account;
}

} // namespace

// Issue 17's `kundenportal://` links: the parser, the registration they open, and the app as the
// browser starts it (the real binary): a fresh start opens the prefilled registration, a second
// start hands its link to the first and exits, a crashed first one does not block the next.
// The whole suite runs with its own HOME, XDG folders and runtime folder, so its single-instance
// socket meets neither another test nor an app the user runs.
class TestAppLinks : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void parsesOnlyRegisterLinksWithValidValues_data();
    void parsesOnlyRegisterLinksWithValidValues();

    void linkOpensPrefilledRegistrationThatSendsTheClick();
    void changedCodeDropsTheClickAndTheNote();
    void linkWhileSignedInSaysItIsForNewAccounts();
    void refusedLinkSaysSoAndLogsNoQueryValue();

    void freshStartWithLinkOpensPrefilledRegistration();
    void secondStartHandsItsLinkToTheFirstAndExits();
    void secondStartWithoutLinkShowsTheWindow();
    void screenshotRunIsNotASecondStart();
    void crashedFirstInstanceDoesNotBlockTheNextStart();
    void desktopFileClaimsTheScheme();

private:
    // The real app binary with `arguments`, in this suite's environment; finished.
    static void runBinary(QProcess &process, const QStringList &arguments);
    // Logged out on FakeNetwork (no server, no keyring), with m_links handling its links.
    AppContext *loggedOutApp();
    // Fills in the rest of the registration and sends it.
    static void registerAs(const GuiDriver &gui);

    QTemporaryDir m_home;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<AppLinkHandler> m_links;
};

void TestAppLinks::initTestCase()
{
    QVERIFY(m_home.isValid());
    const auto path = [this](const QString &sub) {
        QDir().mkpath(m_home.filePath(sub));
        return m_home.filePath(sub).toUtf8();
    };
    // What the launched binary inherits too, so both derive the same socket name.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", path(QStringLiteral(".config")));
    qputenv("XDG_DATA_HOME", path(QStringLiteral(".local/share")));
    qputenv("XDG_CACHE_HOME", path(QStringLiteral(".cache")));
    QDir().mkpath(m_home.filePath(QStringLiteral("run")));
    QFile::setPermissions(m_home.filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", m_home.filePath(QStringLiteral("run")).toUtf8());
    // No secret store: a start finds no stored session at once (the app says so and goes on).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kp-bus");
    setApplicationIdentity();
    installTranslations(QStringLiteral("en"));
    QVERIFY2(SingleInstance::socketName(QUrl(kServer)).startsWith(m_home.path()),
             qPrintable(SingleInstance::socketName(QUrl(kServer))));
}

void TestAppLinks::cleanup()
{
    m_links.reset();
    m_app.reset();
    m_network.reset();
}

void TestAppLinks::runBinary(QProcess &process, const QStringList &arguments)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(KP_CLIENT_BINARY), arguments);
    QVERIFY(process.waitForStarted());
    // The first instance (this process) answers from its event loop: wait without blocking it.
    // Generous: a whole `--screenshot` run (56 pages) takes 20 s under the sanitizers on a busy
    // machine; the wait ends as soon as the process does.
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 120000);
}

AppContext *TestAppLinks::loggedOutApp()
{
    m_network = std::make_unique<FakeNetwork>();
    m_app = std::make_unique<AppContext>(QUrl(kServer), std::make_unique<MemoryTokenStore>(), m_network.get());
    m_app->window.show();
    m_app->session.restore();
    m_links = std::make_unique<AppLinkHandler>(m_app->window, m_app->session);
    if (!QTest::qWaitFor([this] { return m_app->session.state() == State::LoggedOut; }))
        qFatal("the app did not reach the login page");
    return m_app.get();
}

void TestAppLinks::registerAs(const GuiDriver &gui)
{
    gui.type(QStringLiteral("registerName"), QStringLiteral("Lena Vogt"));
    gui.type(QStringLiteral("registerCompany"), QStringLiteral("Vogt Moebel"));
    gui.type(QStringLiteral("registerEmail"), QStringLiteral("lena.vogt@vogt-moebel.de"));
    gui.type(QStringLiteral("registerPassword"), QStringLiteral("sicheres-passwort-1"));
    gui.type(QStringLiteral("registerPasswordRepeat"), QStringLiteral("sicheres-passwort-1"));
    gui.click(QStringLiteral("registerButton"));
}

void TestAppLinks::parsesOnlyRegisterLinksWithValidValues_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("code");  // empty: refused
    QTest::addColumn<QString>("click"); // what is kept
    QTest::addColumn<QString>("refusal");

    const QString c64(64, QLatin1Char('a'));
    QTest::newRow("code and click") << registerLink(kCode, kClick) << kCode << kClick << "";
    QTest::newRow("code only") << "kundenportal://register?ref=Hx7Kq2Mz" << kCode << ""
                               << "";
    QTest::newRow("slash after the host") << "kundenportal://register/?ref=Hx7Kq2Mz" << kCode << ""
                                          << "";
    QTest::newRow("capitals in scheme and host") << "KUNDENPORTAL://Register?ref=Hx7Kq2Mz" << kCode << ""
                                                 << "";
    QTest::newRow("percent-encoded code") << "kundenportal://register?ref=Hx7K%71%32Mz" << kCode << ""
                                          << "";
    QTest::newRow("utm parameters ignored")
        << "kundenportal://register?utm_source=news&ref=Hx7Kq2Mz&click=abc" << kCode << "abc"
        << "";
    QTest::newRow("click of 64") << "kundenportal://register?ref=Hx7Kq2Mz&click=" + c64 << kCode << c64 << "";
    QTest::newRow("surrounding spaces") << "  kundenportal://register?ref=Hx7Kq2Mz\n"
                                        << kCode << ""
                                        << "";

    QTest::newRow("other action") << "kundenportal://login?ref=Hx7Kq2Mz"
                                  << ""
                                  << ""
                                  << "unknown action";
    QTest::newRow("path after the action") << "kundenportal://register/admin?ref=Hx7Kq2Mz"
                                           << ""
                                           << ""
                                           << "unknown action";
    QTest::newRow("no host") << "kundenportal:register?ref=Hx7Kq2Mz"
                             << ""
                             << ""
                             << "unknown action";
    QTest::newRow("web link") << "https://portal.agentur.de/register?ref=Hx7Kq2Mz"
                              << ""
                              << ""
                              << "not a kundenportal:// link";
    QTest::newRow("user info") << "kundenportal://admin@register?ref=Hx7Kq2Mz"
                               << ""
                               << ""
                               << "user or port";
    QTest::newRow("port") << "kundenportal://register:8080?ref=Hx7Kq2Mz"
                          << ""
                          << ""
                          << "user or port";
    QTest::newRow("no code") << "kundenportal://register"
                             << ""
                             << ""
                             << "referral code: required";
    QTest::newRow("empty code") << "kundenportal://register?ref=&click=abc"
                                << ""
                                << ""
                                << "referral code: required";
    QTest::newRow("markup in the code") << "kundenportal://register?ref=%3Cscript%3Ealert"
                                        << ""
                                        << ""
                                        << "referral code: invalid_characters";
    QTest::newRow("umlaut in the code") << "kundenportal://register?ref=M%C3%BCller12"
                                        << ""
                                        << ""
                                        << "referral code: invalid_characters";
    QTest::newRow("NUL in the code") << "kundenportal://register?ref=Hx7K%00q2Mz"
                                     << ""
                                     << ""
                                     << "referral code: invalid_characters";
    QTest::newRow("plus in the code") << "kundenportal://register?ref=Hx7K+q2Mz"
                                      << ""
                                      << ""
                                      << "referral code: invalid_characters";
    QTest::newRow("code too long") << "kundenportal://register?ref=" + QString(33, QLatin1Char('A')) << ""
                                   << ""
                                   << "referral code: too_long";
    QTest::newRow("two codes") << "kundenportal://register?ref=Hx7Kq2Mz&ref=Other123"
                               << ""
                               << ""
                               << "more than once";
    QTest::newRow("click of 65") << "kundenportal://register?ref=Hx7Kq2Mz&click=" + c64 + "b"
                                 << ""
                                 << ""
                                 << "click id";
    QTest::newRow("empty click") << "kundenportal://register?ref=Hx7Kq2Mz&click="
                                 << ""
                                 << ""
                                 << "click id";
    QTest::newRow("dot in the click") << "kundenportal://register?ref=Hx7Kq2Mz&click=secret.value"
                                      << ""
                                      << ""
                                      << "click id";
    QTest::newRow("space in the click") << "kundenportal://register?ref=Hx7Kq2Mz&click=secret%20value"
                                        << ""
                                        << ""
                                        << "click id";
    QTest::newRow("empty") << ""
                           << ""
                           << ""
                           << "not a valid URL";
    QTest::newRow("scheme only") << "kundenportal:"
                                 << ""
                                 << ""
                                 << "unknown action";
    QTest::newRow("not a URL") << "kundenportal://reg ister?ref=Hx7Kq2Mz"
                               << ""
                               << ""
                               << "not a valid URL";
    QTest::newRow("overlong") << "kundenportal://register?ref=Hx7Kq2Mz&x=" + QString(3000, QLatin1Char('x')) << ""
                              << ""
                              << "longer than 2048";
}

void TestAppLinks::parsesOnlyRegisterLinksWithValidValues()
{
    QFETCH(QString, link);
    QFETCH(QString, code);
    QFETCH(QString, click);
    QFETCH(QString, refusal);
    const auto parsed = AppLink::parse(link);
    if (code.isEmpty()) {
        QVERIFY(!parsed.link);
        QVERIFY2(parsed.refusal.contains(refusal), qPrintable(parsed.refusal));
        // The reason names what is wrong, never a value out of the link's query.
        for (const auto &[key, value] : QUrlQuery(QUrl(link)).queryItems(QUrl::FullyDecoded)) {
            if (value.size() >= 4)
                QVERIFY2(!parsed.refusal.contains(value), qPrintable(parsed.refusal));
        }
        return;
    }
    QVERIFY2(parsed.link, qPrintable(parsed.refusal));
    QCOMPARE(parsed.link->action, AppLink::Action::Register);
    QCOMPARE(parsed.link->referralCode, code);
    QCOMPARE(parsed.link->clickId, click);
}

void TestAppLinks::linkOpensPrefilledRegistrationThatSendsTheClick()
{
    auto *app = loggedOutApp();
    m_links->open(registerLink(kCode, kClick));

    GuiDriver gui(app->window);
    QTRY_VERIFY(app->window.registerPage()->isVisible());
    QCOMPARE(gui.input(QStringLiteral("registerReferralCode")), kCode);
    auto *note = gui.find<QLabel>(QStringLiteral("registerReferralCodeNote"));
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("Recommended through a partner link"));

    m_network->answer("POST", QStringLiteral("/api/v1/auth/register"),
                      FakeNetwork::json(201,
                                        {{QStringLiteral("token"), QStringLiteral("new-token")},
                                         {QStringLiteral("expires_at"), QStringLiteral("2027-01-04T09:00:00Z")},
                                         {QStringLiteral("account"), account(AccountStatus::Pending).toJson()}}));
    registerAs(gui);
    QTRY_COMPARE(app->session.state(), State::JustRegistered);
    const auto sent = m_network->requestsTo("POST", QStringLiteral("/api/v1/auth/register"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].json().value(QLatin1String("referral_code")).toString(), kCode);
    QCOMPARE(sent[0].json().value(QLatin1String("referral_click")).toString(), kClick);
}

void TestAppLinks::changedCodeDropsTheClickAndTheNote()
{
    auto *app = loggedOutApp();
    m_links->open(registerLink(kCode, kClick));
    GuiDriver gui(app->window);
    QTRY_VERIFY(app->window.registerPage()->isVisible());

    // Another code typed by hand: the link's click belongs to the link's code, so it stays home.
    gui.type(QStringLiteral("registerReferralCode"), QStringLiteral("Other123"));
    QVERIFY(!gui.find<QLabel>(QStringLiteral("registerReferralCodeNote"))->isVisible());
    m_network->answer("POST", QStringLiteral("/api/v1/auth/register"),
                      FakeNetwork::error(422, QStringLiteral("validation_failed"),
                                         {{QStringLiteral("referral_code"), QStringLiteral("unknown")}}));
    registerAs(gui);
    QTRY_COMPARE(m_network->requestsTo("POST", QStringLiteral("/api/v1/auth/register")).size(), 1);
    const auto body = m_network->requestsTo("POST", QStringLiteral("/api/v1/auth/register"))[0].json();
    QCOMPARE(body.value(QLatin1String("referral_code")).toString(), QStringLiteral("Other123"));
    QVERIFY(!body.contains(QLatin1String("referral_click")));
    // Back to the link's code: it is the link's again.
    QTRY_VERIFY(!app->session.isBusy());
    gui.type(QStringLiteral("registerReferralCode"), kCode);
    QVERIFY(gui.find<QLabel>(QStringLiteral("registerReferralCodeNote"))->isVisible());
}

void TestAppLinks::linkWhileSignedInSaysItIsForNewAccounts()
{
    m_network = std::make_unique<FakeNetwork>();
    m_network->answer("GET", QStringLiteral("/api/v1/me"),
                      FakeNetwork::json(200, account(AccountStatus::Approved).toJson()));
    m_app = launchWithStoredSession(*m_network, kServer, QStringLiteral("acc_new"));
    auto *app = m_app.get();
    m_links = std::make_unique<AppLinkHandler>(app->window, app->session);
    // Given while the stored session is still being confirmed: handled once it is.
    m_links->open(registerLink(kCode, kClick));
    QTRY_COMPARE(app->session.state(), State::Active);
    GuiDriver gui(app->window);
    QTRY_COMPARE(gui.find<QLabel>(QStringLiteral("toastText"))->text(),
                 QStringLiteral("This link is for registering a new account. You are already signed in."));
    QVERIFY(!app->window.registerPage()->isVisible());
    QVERIFY(gui.input(QStringLiteral("registerReferralCode")).isEmpty());
}

void TestAppLinks::refusedLinkSaysSoAndLogsNoQueryValue()
{
    auto *app = loggedOutApp();
    LogCapture log;
    m_links->open(QStringLiteral("kundenportal://register?ref=%3Cscript%3E&click=private-click-id"));
    // Said where the code can be typed by hand, and it stays there until read.
    QTRY_VERIFY(app->window.registerPage()->isVisible());
    GuiDriver gui(app->window);
    auto *banner = gui.find<Banner>(QStringLiteral("registerBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(),
             QStringLiteral("This link cannot be opened in the app. You can type the referral code by hand."));
    QVERIFY(gui.input(QStringLiteral("registerReferralCode")).isEmpty());
    const auto lines = log.lines().join(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QLatin1String("App link refused: referral code: invalid_characters")), qPrintable(lines));
    QVERIFY(!lines.contains(QLatin1String("script")));
    QVERIFY(!lines.contains(QLatin1String("private-click-id")));
}

void TestAppLinks::freshStartWithLinkOpensPrefilledRegistration()
{
    Application application;
    // As main() passes them: the program, then what the desktop file's `%u` became.
    const auto ended = application.start(
        {QStringLiteral("kundenportal"), QStringLiteral("--server"), kServer, registerLink(kCode, kClick)});
    QVERIFY(!ended);
    auto &app = application.context();
    QVERIFY(application.instance().isListening());
    QTRY_VERIFY(app.window.registerPage()->isVisible());
    QCOMPARE(app.session.state(), State::LoggedOut);
    GuiDriver gui(app.window);
    QCOMPARE(gui.input(QStringLiteral("registerReferralCode")), kCode);
    QVERIFY(gui.find<QLabel>(QStringLiteral("registerReferralCodeNote"))->isVisible());
}

void TestAppLinks::secondStartHandsItsLinkToTheFirstAndExits()
{
    Application application;
    QVERIFY(!application.start({QStringLiteral("kundenportal"), QStringLiteral("--server"), kServer}));
    auto &app = application.context();
    QTRY_VERIFY(app.window.loginPage()->isVisible());

    // What a browser does with the landing page's button: start the app with the link.
    QProcess second;
    QElapsedTimer took;
    took.start();
    runBinary(second, {QStringLiteral("--server"), kServer, registerLink(QStringLiteral("Second42"), kClick)});
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(took.elapsed() < 10000, qPrintable(QString::number(took.elapsed())));
    QTRY_VERIFY(app.window.registerPage()->isVisible());
    GuiDriver gui(app.window);
    QCOMPARE(gui.input(QStringLiteral("registerReferralCode")), QStringLiteral("Second42"));
    QVERIFY(gui.find<QLabel>(QStringLiteral("registerReferralCodeNote"))->isVisible());
}

void TestAppLinks::secondStartWithoutLinkShowsTheWindow()
{
    Application application;
    QVERIFY(!application.start({QStringLiteral("kundenportal"), QStringLiteral("--server"), kServer}));
    auto &app = application.context();
    QTRY_VERIFY(app.window.loginPage()->isVisible());
    app.window.hide();

    QProcess second;
    runBinary(second, {QStringLiteral("--server"), kServer});
    QCOMPARE(second.exitCode(), 0);
    QTRY_VERIFY(app.window.isVisible());
    QVERIFY(app.window.loginPage()->isVisible());
}

void TestAppLinks::screenshotRunIsNotASecondStart()
{
    Application application;
    QVERIFY(!application.start({QStringLiteral("kundenportal"), QStringLiteral("--server"), kServer}));
    QSignalSpy handed(&application.instance(), &SingleInstance::messageReceived);

    QTemporaryDir shots;
    QProcess run;
    runBinary(run, {QStringLiteral("--server"), kServer, QStringLiteral("--screenshot"), shots.path()});
    QCOMPARE(run.exitCode(), 0);
    QVERIFY(!QDir(shots.path()).entryList({QStringLiteral("*.png")}, QDir::Files).isEmpty());
    QCOMPARE(handed.size(), 0);
}

void TestAppLinks::crashedFirstInstanceDoesNotBlockTheNextStart()
{
    // Another server, so this test's first instance is the binary, not this process.
    const QUrl server(QStringLiteral("http://127.0.0.1:10"));
    const auto socket = SingleInstance::socketName(server);
    QProcess first;
    first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    first.start(QStringLiteral(KP_CLIENT_BINARY), {QStringLiteral("--server"), server.toString()});
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 20000);
    first.kill(); // SIGKILL: its socket file and its lock stay behind, as after a crash
    QVERIFY(first.waitForFinished());
    QVERIFY(QFileInfo::exists(socket));
    QVERIFY(QFileInfo::exists(socket + QStringLiteral(".lock")));

    SingleInstance next(server);
    QCOMPARE(next.handOver(QString(), 2000), SingleInstance::Outcome::First);
    QVERIFY(next.listen());
    QSignalSpy handed(&next, &SingleInstance::messageReceived);
    QProcess third;
    runBinary(third, {QStringLiteral("--server"), server.toString(), registerLink(kCode, kClick)});
    QCOMPARE(third.exitCode(), 0);
    QCOMPARE(handed.size(), 1);
    QCOMPARE(handed[0][0].toString(), registerLink(kCode, kClick));
}

void TestAppLinks::desktopFileClaimsTheScheme()
{
    QFile file(QStringLiteral(KP_SOURCE_DIR "/resources/kundenportal.desktop"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const auto lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    // The browser runs Exec with the link in place of %u: the app's one positional argument.
    QVERIFY(lines.contains(QStringLiteral("Exec=kundenportal %u")));
    QVERIFY(lines.contains(QStringLiteral("MimeType=x-scheme-handler/kundenportal;")));
}

QTEST_MAIN(TestAppLinks)
#include "tst_app_links.moc"
