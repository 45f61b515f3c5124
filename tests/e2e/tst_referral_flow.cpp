#include "client/app/AppContext.h"
#include "client/app/AppLinkHandler.h"
#include "client/app/Application.h"

#include "FlowShots.h"
#include "GuiDriver.h"
#include "LaunchApp.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>

using namespace kp::client;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

// Every request the landing page makes, as the browser engine makes it.
class RequestLog : public QWebEngineUrlRequestInterceptor {
public:
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QMutexLocker lock(&m_mutex);
        m_urls.append(info.requestUrl());
    }
    QList<QUrl> urls() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_urls;
    }

private:
    mutable QMutex m_mutex;
    QList<QUrl> m_urls;
};

QVariant evaluate(QWebEnginePage &page, const QString &script)
{
    QVariant result;
    bool done = false;
    page.runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no answer from the page to: %s", qPrintable(script));
    return result;
}

} // namespace

// The partner program as the "Done means" tries it, through a real browser engine (Qt
// WebEngine under Xvfb), the real server and the real widgets: a prospect opens a partner's link
// with utm parameters; the landing page loads nothing from elsewhere and fits a phone; its button's
// kundenportal:// link opens the app's registration prefilled; the prospect registers; an admin
// approves; the partner's page shows the new customer, approved, with the link's source. With
// KP_FLOW_SHOTS set to a folder, the landing page (desktop and phone width) and the windows are
// saved there.
class TestReferralFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void aProspectFromAPartnerLinkShowsUpOnThePartnersPage();

private:
    // Opens the landing page like a browser set to `language` does and answers its button's link.
    QString visitLandingPage(const QString &code, const QString &language);

    ServerFixture m_fixture;
};

void TestReferralFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QStringLiteral("en"));
    QVERIFY2(m_fixture.start({{QStringLiteral("referrals/agency_name"), QStringLiteral("Agentur Nord")}}),
             qPrintable(m_fixture.error()));
}

void TestReferralFlow::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
    KP_VERIFY_API_CONTRACT();
}

QString TestReferralFlow::visitLandingPage(const QString &code, const QString &language)
{
    RequestLog requests;
    QWebEngineProfile profile; // off the record: nothing of the visit stays on disk
    profile.setUrlRequestInterceptor(&requests);
    profile.setHttpAcceptLanguage(language);
    QWebEngineView view;
    QWebEnginePage page(&profile);
    view.setPage(&page);
    view.resize(1280, 860);
    view.show();
    bool loaded = false;
    connect(&page, &QWebEnginePage::loadFinished, &view, [&](bool ok) { loaded = ok; });
    const QUrl link(m_fixture.server->baseUrl() + QStringLiteral("/r/") + code
                    + QStringLiteral("?utm_source=newsletter&utm_medium=email&utm_campaign=dezember"));
    view.load(link);
    if (!QTest::qWaitFor([&] { return loaded; }, 20000))
        return {};
    if (const auto lang = evaluate(page, QStringLiteral("document.documentElement.lang")).toString();
        lang != language) {
        qWarning("the landing page came in %s", qPrintable(lang));
        return {};
    }
    QTest::qWait(200); // one frame painted for the picture
    saveFlowShot(view, qPrintable(QStringLiteral("1-landing-desktop-") + language));

    // A phone: nothing wider than the screen.
    view.resize(390, 844);
    if (!QTest::qWaitFor([&] { return evaluate(page, QStringLiteral("window.innerWidth")).toInt() == 390; }, 5000))
        qWarning("the page did not take the phone's width");
    const bool fits
        = evaluate(page, QStringLiteral("document.documentElement.scrollWidth <= window.innerWidth")).toBool();
    QTest::qWait(200);
    saveFlowShot(view, qPrintable(QStringLiteral("2-landing-phone-") + language));
    if (!fits)
        qWarning("the landing page is wider than a phone's screen");

    // Everything the page loaded came from the server's own origin (or is inline).
    const QUrl origin(m_fixture.server->baseUrl());
    for (const auto &url : requests.urls()) {
        const bool own = url.scheme() == origin.scheme() && url.host() == origin.host() && url.port() == origin.port();
        if (!own && url.scheme() != QLatin1String("data")) {
            qWarning("the landing page requested %s", qPrintable(url.toString()));
            return {};
        }
    }
    const auto button = evaluate(page, QStringLiteral("document.querySelector('a.button').getAttribute('href')"));
    return fits ? button.toString() : QString();
}

void TestReferralFlow::aProspectFromAPartnerLinkShowsUpOnThePartnersPage()
{
    const auto partnerEmail = QStringLiteral("partnerin@becker.de");
    const auto partner = m_fixture.approvedCustomer(partnerEmail,
                                                    {{QStringLiteral("name"), QStringLiteral("Jana Becker")},
                                                     {QStringLiteral("company"), QStringLiteral("Becker Bau")}});
    QVERIFY(!partner.token.isEmpty());
    const auto code = m_fixture.http->get(QStringLiteral("/api/v1/me"), partner.token)
                          .json.value(QLatin1String("referral_code"))
                          .toString();
    QVERIFY(!code.isEmpty());

    // The prospect follows the link the partner shared in a newsletter, and again later (in
    // German): the same visitor's reload is the same click.
    const auto appLink = visitLandingPage(code, QStringLiteral("en"));
    QCOMPARE(visitLandingPage(code, QStringLiteral("de")), appLink);
    QVERIFY2(appLink.startsWith(QStringLiteral("kundenportal://register?ref=") + code + QStringLiteral("&click=")),
             qPrintable(appLink));

    // The page's button opens the app, whose registration arrives prefilled.
    auto prospect = launchApp(*m_fixture.server, QStringLiteral("prospect-pc"));
    AppLinkHandler links(prospect->window, prospect->session);
    links.open(appLink);
    GuiDriver gui(prospect->window);
    QTRY_COMPARE_WITH_TIMEOUT(gui.find<QLineEdit>(QStringLiteral("registerReferralCode"))->text(), code, 10000);
    QTRY_VERIFY(gui.find<QLineEdit>(QStringLiteral("registerReferralCode"))->isVisible());
    saveFlowShot(prospect->window, "3-register-prefilled");
    const auto email = QStringLiteral("kemal@fitwerk.de");
    gui.type(QStringLiteral("registerName"), QStringLiteral("Kemal Özdemir"));
    gui.type(QStringLiteral("registerCompany"), QStringLiteral("FitWerk Studios"));
    gui.type(QStringLiteral("registerEmail"), email);
    gui.type(QStringLiteral("registerPassword"), kPassword);
    gui.type(QStringLiteral("registerPasswordRepeat"), kPassword);
    gui.click(QStringLiteral("registerButton"));

    // An admin approves the new registration.
    QString id;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto pending
                = m_fixture.http->get(QStringLiteral("/api/v1/admin/accounts?status=pending"), m_fixture.adminToken);
            for (const auto &item : pending.json.value(QLatin1String("items")).toArray()) {
                if (item.toObject().value(QLatin1String("email")).toString() == email)
                    id = item.toObject().value(QLatin1String("id")).toString();
            }
            return !id.isEmpty();
        }(),
        10000);
    {
        auto admin = launchAndLogIn(*m_fixture.server, ServerFixture::adminEmail, ServerFixture::adminPassword,
                                    QStringLiteral("agency-pc"));
        QVERIFY(admin);
        GuiDriver approvals(admin->window);
        approvals.click(QStringLiteral("nav_approvals"));
        QTRY_VERIFY_WITH_TIMEOUT(admin->window.findChild<QWidget *>(QStringLiteral("approve_") + id), 10000);
        approvals.click(QStringLiteral("approve_") + id);
        QTRY_VERIFY_WITH_TIMEOUT(!admin->window.findChild<QWidget *>(QStringLiteral("approve_") + id), 10000);
    }

    // The partner sees the new customer, approved, with where they came from.
    auto partnerApp = launchAndLogIn(*m_fixture.server, partnerEmail, kPassword, QStringLiteral("partner-pc"));
    QVERIFY(partnerApp);
    GuiDriver partnerGui(partnerApp->window);
    partnerGui.click(QStringLiteral("nav_partner"));
    const auto status = [&] {
        const auto *chip = partnerApp->window.findChild<QLabel *>(QStringLiteral("referralStatus_") + id);
        return chip ? chip->text() : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("approved"), 10000);
    auto *table = partnerGui.find<QTableWidget>(QStringLiteral("partnerReferrals"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Kemal Özdemir"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("FitWerk Studios"));
    const auto source = table->item(0, table->columnCount() - 1)->text();
    for (const auto &part : {"newsletter", "email", "dezember"})
        QVERIFY2(source.contains(QLatin1String(part)), qPrintable(source));
    QCOMPARE(partnerGui.text(QStringLiteral("partnerFigureValue_clicks")), QStringLiteral("1"));
    QCOMPARE(partnerGui.text(QStringLiteral("partnerFigureValue_registrations")), QStringLiteral("1"));
    QCOMPARE(partnerGui.text(QStringLiteral("partnerFigureValue_approved")), QStringLiteral("1"));
    saveFlowShot(partnerApp->window, "4-partner-page");
}

QTEST_MAIN(TestReferralFlow)
#include "tst_referral_flow.moc"
