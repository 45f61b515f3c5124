#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/profile/AvatarCropDialog.h"
#include "client/profile/AvatarDropZone.h"
#include "client/widgets/Avatar.h"
#include "client/widgets/Banner.h"

#include "GuiDriver.h"
#include "LaunchApp.h"
#include "TestHttp.h"
#include "TestImages.h"
#include "TestServer.h"

#include "server/db/Database.h"

#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTabBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kp::client;
using State = Session::State;

// The Profile page through the real widgets, against the real server and keychain: edits, a
// taken email, the password (and what it does to another computer), the picture.
class TestProfileFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void savesEditsAndTheSidebarFollows();
    void saysATakenEmailOnItsFieldAndKeepsWhatWasTyped();
    void saysAWrongCurrentPasswordOnItsField();
    void aPasswordChangeSendsTheOtherComputerBackToLoginWithTheReason();
    void uploadsACroppedPictureThatTheSidebarShows();
    // A renamed text file, a 50 MiB file and a decompression bomb, each with its reason.
    void refusesPicturesItCannotUseBeforeAnythingIsSent();
    // Started offline from the cache, edited, closed, started again: sent once when the server is back.
    void queuesAnEditWhileTheServerIsDownAndSendsItOnceWhenItIsBack();

private:
    void approveCustomer(const QString &email);
    // Logs in on a fresh app (as on a computer of its own) and opens the Profile page.
    std::unique_ptr<AppContext> logInOnProfile(const QString &email, const QString &computer);
    QJsonObject serverSideAccount(const QString &login, const QString &password);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_adminToken;
    QTemporaryDir m_files;
};

static const QString kPassword = QStringLiteral("correct horse battery");

void TestProfileFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QStringLiteral("en"));
    m_server = std::make_unique<TestServer>(
        QMap<QString, QString> {{QStringLiteral("security/register_per_hour"), QStringLiteral("1000")}});
    QVERIFY(m_server->createAdmin(QStringLiteral("admin@agentur.de"), QStringLiteral("admin password 1")));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_http = std::make_unique<TestHttp>(*m_server);
    m_adminToken = m_http->loginToken(QStringLiteral("admin@agentur.de"), QStringLiteral("admin password 1"));
}

void TestProfileFlow::cleanupTestCase()
{
    m_http.reset();
    QCOMPARE(m_server->stop(), 0);
}

void TestProfileFlow::cleanup()
{
    const auto violations = TestHttp::takeContractViolations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
}

void TestProfileFlow::approveCustomer(const QString &email)
{
    const auto registered = m_http->registerCustomer(email, kPassword);
    const auto id = registered.json.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString();
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(id), {}, m_adminToken).status, 200);
}

std::unique_ptr<AppContext> TestProfileFlow::logInOnProfile(const QString &email, const QString &computer)
{
    auto app = launchAndLogIn(*m_server, email, kPassword, computer);
    if (app)
        GuiDriver(app->window).click(QStringLiteral("nav_profile"));
    return app;
}

QJsonObject TestProfileFlow::serverSideAccount(const QString &login, const QString &password)
{
    return m_http->get(QStringLiteral("/api/v1/me"), m_http->loginToken(login, password)).json;
}

static QString bannerText(const GuiDriver &gui, const QString &name)
{
    return gui.find<Banner>(name)->text();
}

static QString fieldError(const GuiDriver &gui, const QString &field)
{
    // FormField: the message label follows the edit inside the field widget.
    auto *edit = gui.find<QLineEdit>(field);
    for (auto *label : edit->parentWidget()->findChildren<QLabel *>()) {
        if (label->property("role").toString() == QLatin1String("fieldError"))
            return label->text();
    }
    return {};
}

void TestProfileFlow::savesEditsAndTheSidebarFollows()
{
    approveCustomer(QStringLiteral("edit@becker.de"));
    auto app = logInOnProfile(QStringLiteral("edit@becker.de"), QStringLiteral("edit-pc"));
    QVERIFY(app);
    GuiDriver gui(app->window);
    QTRY_COMPARE(gui.input(QStringLiteral("profileEmail")), QStringLiteral("edit@becker.de"));
    gui.type(QStringLiteral("profileName"), QStringLiteral("Jana Becker-Schulz"));
    gui.type(QStringLiteral("profileCompany"), QStringLiteral("Becker & Schulz GmbH"));
    gui.type(QStringLiteral("profilePhone"), QStringLiteral("030 9876543"));
    gui.click(QStringLiteral("profileSave"));
    QTRY_VERIFY_WITH_TIMEOUT(bannerText(gui, QStringLiteral("profileDetailsBanner")).contains(QLatin1String("saved")),
                             10000);
    QCOMPARE(gui.text(QStringLiteral("sidebarUserName")), QStringLiteral("Jana Becker-Schulz"));
    // The server's form of the number is shown back.
    QCOMPARE(gui.input(QStringLiteral("profilePhone")), QStringLiteral("+49309876543"));
    const auto stored = serverSideAccount(QStringLiteral("edit@becker.de"), kPassword);
    QCOMPARE(stored.value(QLatin1String("company")).toString(), QStringLiteral("Becker & Schulz GmbH"));
    QCOMPARE(stored.value(QLatin1String("phone")).toString(), QStringLiteral("+49309876543"));
}

void TestProfileFlow::saysATakenEmailOnItsFieldAndKeepsWhatWasTyped()
{
    approveCustomer(QStringLiteral("taken@becker.de"));
    auto app = logInOnProfile(QStringLiteral("taken@becker.de"), QStringLiteral("taken-pc"));
    QVERIFY(app);
    GuiDriver gui(app->window);
    QTRY_COMPARE(gui.input(QStringLiteral("profileEmail")), QStringLiteral("taken@becker.de"));
    gui.type(QStringLiteral("profileCompany"), QStringLiteral("Neue Firma"));
    gui.type(QStringLiteral("profileEmail"), QStringLiteral("admin@agentur.de"));
    gui.click(QStringLiteral("profileSave"));
    QTRY_VERIFY_WITH_TIMEOUT(fieldError(gui, QStringLiteral("profileEmail")).contains(QLatin1String("Another account")),
                             10000);
    QCOMPARE(gui.input(QStringLiteral("profileEmail")), QStringLiteral("admin@agentur.de"));
    QCOMPARE(gui.input(QStringLiteral("profileCompany")), QStringLiteral("Neue Firma"));
    // Nothing of the refused edit was stored.
    QVERIFY(serverSideAccount(QStringLiteral("taken@becker.de"), kPassword).value(QLatin1String("company")).toString()
            != QLatin1String("Neue Firma"));
}

void TestProfileFlow::saysAWrongCurrentPasswordOnItsField()
{
    approveCustomer(QStringLiteral("typo@becker.de"));
    auto app = logInOnProfile(QStringLiteral("typo@becker.de"), QStringLiteral("typo-pc"));
    QVERIFY(app);
    GuiDriver gui(app->window);
    gui.type(QStringLiteral("profileCurrentPassword"), QStringLiteral("not my password"));
    gui.type(QStringLiteral("profileNewPassword"), QStringLiteral("a new and long passphrase"));
    gui.type(QStringLiteral("profileRepeatPassword"), QStringLiteral("a new and long passphrase"));
    gui.click(QStringLiteral("profileChangePassword"));
    QTRY_VERIFY_WITH_TIMEOUT(
        fieldError(gui, QStringLiteral("profileCurrentPassword")).contains(QLatin1String("not your current password")),
        10000);
    QCOMPARE(gui.input(QStringLiteral("profileNewPassword")), QStringLiteral("a new and long passphrase"));
    QCOMPARE(app->session.state(), State::Active);
    QVERIFY(!m_http->loginToken(QStringLiteral("typo@becker.de"), kPassword).isEmpty());
}

void TestProfileFlow::aPasswordChangeSendsTheOtherComputerBackToLoginWithTheReason()
{
    approveCustomer(QStringLiteral("twice@becker.de"));
    auto office = logInOnProfile(QStringLiteral("twice@becker.de"), QStringLiteral("office-pc"));
    auto laptop = logInOnProfile(QStringLiteral("twice@becker.de"), QStringLiteral("laptop"));
    QVERIFY(office && laptop);
    GuiDriver gui(office->window);
    const auto replacement = QStringLiteral("the office has a new passphrase");
    gui.type(QStringLiteral("profileCurrentPassword"), kPassword);
    gui.type(QStringLiteral("profileNewPassword"), replacement);
    gui.type(QStringLiteral("profileRepeatPassword"), replacement);
    gui.click(QStringLiteral("profileChangePassword"));
    QTRY_VERIFY_WITH_TIMEOUT(
        bannerText(gui, QStringLiteral("profilePasswordBanner")).contains(QLatin1String("password is changed")), 10000);
    QCOMPARE(office->session.state(), State::Active);

    // The laptop learns it at its next request, from whichever page makes it.
    GuiDriver(laptop->window).click(QStringLiteral("nav_home"));
    QTRY_COMPARE_WITH_TIMEOUT(laptop->session.state(), State::LoggedOut, 10000);
    QVERIFY(GuiDriver(laptop->window)
                .find<Banner>(QStringLiteral("loginBanner"))
                ->text()
                .contains(QLatin1String("password")));
    QVERIFY(!m_http->loginToken(QStringLiteral("twice@becker.de"), replacement).isEmpty());
}

void TestProfileFlow::uploadsACroppedPictureThatTheSidebarShows()
{
    approveCustomer(QStringLiteral("picture@becker.de"));
    auto app = logInOnProfile(QStringLiteral("picture@becker.de"), QStringLiteral("picture-pc"));
    QVERIFY(app);
    GuiDriver gui(app->window);
    QImage photo(900, 600, QImage::Format_RGB32);
    photo.fill(QColor(0x1A, 0x7F, 0x37));
    const auto path = m_files.filePath(QStringLiteral("urlaub.jpg"));
    QVERIFY(photo.save(path, "JPEG"));
    QVERIFY(!gui.find<Avatar>(QStringLiteral("sidebarAvatar"))->hasPicture());

    // What a drop (or the file dialog) hands over.
    emit gui.find<AvatarDropZone>(QStringLiteral("avatarDropZone"))->fileChosen(path);
    AvatarCropDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = app->window.findChild<AvatarCropDialog *>(QStringLiteral("avatarCropDialog"))));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(QStringLiteral("avatarCropAccept"))->isEnabled(), 10000);
    QCOMPARE(dialog->cropRect().size(), QSize(600, 600));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("avatarCropAccept")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(gui.find<Avatar>(QStringLiteral("sidebarAvatar"))->hasPicture(), 10000);
    QVERIFY(gui.find<Avatar>(QStringLiteral("profileAvatar"))->hasPicture());
    const auto url = serverSideAccount(QStringLiteral("picture@becker.de"), kPassword)
                         .value(QLatin1String("avatar_url"))
                         .toString();
    QVERIFY(!url.isEmpty());
    const auto stored
        = QImage::fromData(m_http->get(url, m_http->loginToken(QStringLiteral("picture@becker.de"), kPassword)).body);
    QCOMPARE(stored.size(), QSize(512, 512));

    // The agency sees it in its lists.
    const auto id
        = serverSideAccount(QStringLiteral("picture@becker.de"), kPassword).value(QLatin1String("id")).toString();
    auto admin = launchApp(*m_server, QStringLiteral("agency-pc"));
    QTRY_COMPARE_WITH_TIMEOUT(admin->session.state(), State::LoggedOut, 10000);
    GuiDriver agency(admin->window);
    agency.type(QStringLiteral("loginName"), QStringLiteral("admin@agentur.de"));
    agency.type(QStringLiteral("loginPassword"), QStringLiteral("admin password 1"));
    agency.click(QStringLiteral("loginButton"));
    QTRY_COMPARE_WITH_TIMEOUT(admin->session.state(), State::Active, 10000);
    agency.click(QStringLiteral("nav_approvals"));
    agency.find<QTabBar>(QStringLiteral("approvalsTabs"))->setCurrentIndex(1);
    QWidget *card = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((card = admin->window.findChild<QWidget *>(QStringLiteral("registration_") + id)), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(card->findChild<Avatar *>(QStringLiteral("registrationAvatar"))->hasPicture(), 10000);
}

void TestProfileFlow::refusesPicturesItCannotUseBeforeAnythingIsSent()
{
    approveCustomer(QStringLiteral("text@becker.de"));
    auto app = logInOnProfile(QStringLiteral("text@becker.de"), QStringLiteral("text-pc"));
    QVERIFY(app);
    GuiDriver gui(app->window);
    const auto write = [this](const QString &name, const QByteArray &bytes, qint64 size = -1) {
        const auto path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || (size > 0 && !file.resize(size)))
            qWarning("cannot write %s", qPrintable(path));
        return path;
    };
    const QList<std::pair<QString, QString>> refusals {
        // A shopping list renamed to .png.
        {write(QStringLiteral("foto.png"), "Einkaufsliste: Milch, Brot, Kaffee\n"), QStringLiteral("not a picture")},
        // A real PNG header padded to 50 MiB (sparse on disk).
        {write(QStringLiteral("riesig.png"), testimages::filled(Qt::darkGreen, {64, 64}), 50LL * 1024 * 1024),
         QStringLiteral("too large")},
        // 30000 × 30000 pixels announced in a few hundred bytes.
        {write(QStringLiteral("bombe.png"), testimages::pngBomb(30000, 30000)), QStringLiteral("too many pixels")},
    };
    for (const auto &[path, reason] : refusals) {
        emit gui.find<AvatarDropZone>(QStringLiteral("avatarDropZone"))->fileChosen(path);
        AvatarCropDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = app->window.findChild<AvatarCropDialog *>(QStringLiteral("avatarCropDialog"))));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->error().isEmpty(), 10000);
        QVERIFY2(dialog->error().contains(reason), qPrintable(dialog->error()));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("avatarCropAccept"))->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!app->window.findChild<AvatarCropDialog *>(QStringLiteral("avatarCropDialog")));
    }
    QVERIFY(serverSideAccount(QStringLiteral("text@becker.de"), kPassword).value(QLatin1String("avatar_url")).isNull());
}

// A port free now, for a server that must come back on the same address.
static int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void TestProfileFlow::queuesAnEditWhileTheServerIsDownAndSendsItOnceWhenItIsBack()
{
    TestServer server({{QStringLiteral("server/port"), QString::number(freePort())}});
    QVERIFY(server.createAdmin(QStringLiteral("admin@agentur.de"), QStringLiteral("admin password 1")));
    QVERIFY2(server.start(), qPrintable(server.log()));
    {
        TestHttp http(server);
        const auto id = http.registerCustomer(QStringLiteral("offline@becker.de"), kPassword)
                            .json.value(QLatin1String("account"))
                            .toObject()
                            .value(QLatin1String("id"))
                            .toString();
        const auto admin = http.loginToken(QStringLiteral("admin@agentur.de"), QStringLiteral("admin password 1"));
        QCOMPARE(http.post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(id), {}, admin).status, 200);
    }
    const auto computer = QStringLiteral("offline-pc");
    {
        auto app = launchApp(server, computer);
        QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::LoggedOut, 10000);
        GuiDriver gui(app->window);
        gui.type(QStringLiteral("loginName"), QStringLiteral("offline@becker.de"));
        gui.type(QStringLiteral("loginPassword"), kPassword);
        gui.click(QStringLiteral("loginButton"));
        QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::Active, 10000);
        gui.click(QStringLiteral("nav_profile"));
        // The page's account as the server confirmed it, kept in the account's cache.
        QTRY_VERIFY_WITH_TIMEOUT(!app->session.isBusy(), 10000);
        QVERIFY(gui.find<Banner>(QStringLiteral("offlineBanner"))->isHidden());
    }

    // The app starts while the server is down: the last session, from the cache, says so.
    QCOMPARE(server.stop(), 0);
    {
        auto app = launchApp(server, computer);
        QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::Active, 10000);
        GuiDriver gui(app->window);
        auto *offline = gui.find<Banner>(QStringLiteral("offlineBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 10000);
        QVERIFY2(offline->text().startsWith(QLatin1String("Offline, as of ")), qPrintable(offline->text()));
        gui.click(QStringLiteral("nav_profile"));
        QCOMPARE(gui.input(QStringLiteral("profileEmail")), QStringLiteral("offline@becker.de"));

        gui.type(QStringLiteral("profileCompany"), QStringLiteral("Offline GmbH"));
        gui.click(QStringLiteral("profileSave"));
        QTRY_VERIFY_WITH_TIMEOUT(
            bannerText(gui, QStringLiteral("profileDetailsBanner")).contains(QLatin1String("offline")), 10000);
        QCOMPARE(gui.input(QStringLiteral("profileCompany")), QStringLiteral("Offline GmbH"));
        // Closed while offline: the change waits in the cache file.
    }

    auto app = launchApp(server, computer);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.state(), State::Active, 10000);
    GuiDriver gui(app->window);
    QVERIFY2(server.start(), qPrintable(server.log()));
    TestHttp http(server);
    const auto token = http.loginToken(QStringLiteral("offline@becker.de"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(
        http.get(QStringLiteral("/api/v1/me"), token).json.value(QLatin1String("company")).toString(),
        QStringLiteral("Offline GmbH"), 20000);
    // The app says so, and shows the server's answer again instead of the cache's.
    QTRY_VERIFY_WITH_TIMEOUT(app->window.findChild<QLabel *>(QStringLiteral("toastText")) != nullptr, 10000);
    QCOMPARE(app->window.findChild<QLabel *>(QStringLiteral("toastText"))->text(),
             QStringLiteral("Sent: Profile change."));
    QTRY_VERIFY_WITH_TIMEOUT(gui.find<Banner>(QStringLiteral("offlineBanner"))->isHidden(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(app->session.account().company, QStringLiteral("Offline GmbH"), 10000);
    // Sent once, under its idempotency key: one kept answer, and the edit applied once.
    kp::server::Connection db(server.databasePath());
    auto kept = db.query("SELECT count(*) FROM idempotent_replies");
    QVERIFY(kept.next());
    QCOMPARE(kept.integer(0), 1);
    app.reset();
    QCOMPARE(server.stop(), 0);
}

QTEST_MAIN(TestProfileFlow)
#include "tst_profile_flow.moc"
