#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/onboarding/CustomerAnswersView.h"
#include "client/onboarding/CustomerProgressCard.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Format.h"

#include "GuiDriver.h"
#include "LaunchApp.h"
#include "ServerFixture.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kp::client;

// The agency's "Onboarding progress" page through the real widgets against the real server:
// two approved customers at different points of the checklist, the admin logged in through the
// app window. The list shows both with the server's figures, open ones first; a customer's
// answers read in words; a file downloads to the chosen path byte for byte; ticking an agency
// item changes it on the server, and a refused tick says why and keeps the box as it was.
class TestOnboardingProgressFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void listsEveryCustomerWithProgressOpenOnesFirst();
    void showsACustomersAnswersInWords();
    void downloadsAFileWithTheSameBytes();
    void ticksAnAgencyItemOnTheServer();
    void aTickOfAnItemNoLongerTheAgencysIsRefusedAndTheBoxStays();
    void aTickWithoutTheServerIsRefusedAndTheBoxStays();

private:
    void openCustomer(const QString &id);
    QJsonObject adminChecklist(const QString &customerId) const;
    void importSheet(const QByteArray &csv);
    QCheckBox *pixelTick() const;
    // Clicks the agency's "pixel" box, which the server refuses: the banner's sentence once it
    // shows (empty when none did).
    QString refusedPixelTick() const;

    ServerFixture m_fixture;
    ServerFixture::Customer m_open;     // two of five required answers
    ServerFixture::Customer m_complete; // everything, with the logo as a file
    std::unique_ptr<AppContext> m_app;
};

static const QByteArray kSheet = "section,item_id,label,type,required,options,help,stage,owner\n"
                                 "Unternehmen,firma,Firmenname,text,ja,,,,\n"
                                 "Unternehmen,branche,Branche,choice,ja,Immobilien;Handwerk,,,\n"
                                 "Unternehmen,logo,Logo,file,ja,,,,\n"
                                 "Werbekonten,website,Website,url,nein,,,,\n"
                                 "Werbekonten,start,Wunschstart,date,ja,,,,\n"
                                 "Werbekonten,zugang,Zugang freigegeben,checkbox,ja,,,,\n"
                                 "Werbekonten,pixel,Pixel eingerichtet,checkbox,ja,,,,agentur\n";
static const QByteArray kLogo = "%PDF-1.4\n% Fertig Bau GmbH\n%%EOF\n";

void TestOnboardingProgressFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QStringLiteral("en"));
    QVERIFY2(m_fixture.start({{QStringLiteral("security/register_per_hour"), QStringLiteral("1000")}}),
             qPrintable(m_fixture.error()));
    importSheet(kSheet);
    auto &http = *m_fixture.http;
    const auto put = [&http](const QString &token, const QJsonObject &answers) {
        return http
            .send(QStringLiteral("PUT"), QStringLiteral("/api/v1/checklist/answers"),
                  QJsonDocument(QJsonObject {{QStringLiteral("answers"), answers}}).toJson(),
                  QStringLiteral("application/json"), token)
            .status;
    };

    // Registered first, but complete: the list shows it after the open one.
    m_complete = m_fixture.approvedCustomer(QStringLiteral("bernd@fertig-bau.de"),
                                            {{QStringLiteral("name"), QStringLiteral("Bernd Fertig")},
                                             {QStringLiteral("company"), QStringLiteral("Fertig Bau GmbH")}});
    QVERIFY(!m_complete.token.isEmpty());
    const auto logo = http.send(QStringLiteral("PUT"), QStringLiteral("/api/v1/checklist/files/logo?name=Logo.pdf"),
                                kLogo, QStringLiteral("application/pdf"), m_complete.token);
    QCOMPARE(logo.status, 200);
    QCOMPARE(put(m_complete.token,
                 {{QStringLiteral("firma"), QStringLiteral("Fertig Bau GmbH")},
                  {QStringLiteral("branche"), QStringLiteral("Handwerk")},
                  {QStringLiteral("logo"), logo.json.value(QLatin1String("value"))},
                  {QStringLiteral("website"), QStringLiteral("https://www.fertig-bau.de")},
                  {QStringLiteral("start"), QStringLiteral("2026-03-01")},
                  {QStringLiteral("zugang"), true}}),
             200);
    QCOMPARE(http.post(QStringLiteral("/api/v1/checklist/complete"), {}, m_complete.token).status, 200);

    m_open = m_fixture.approvedCustomer(QStringLiteral("anna@frueh-immo.de"),
                                        {{QStringLiteral("name"), QStringLiteral("Anna Früh")},
                                         {QStringLiteral("company"), QStringLiteral("Früh Immobilien")}});
    QVERIFY(!m_open.token.isEmpty());
    QCOMPARE(put(m_open.token,
                 {{QStringLiteral("firma"), QStringLiteral("Früh Immobilien")},
                  {QStringLiteral("branche"), QStringLiteral("Immobilien")}}),
             200);
}

void TestOnboardingProgressFlow::init()
{
    // Each test its own computer, so no session of an earlier one is restored.
    m_app = launchAndLogIn(*m_fixture.server, ServerFixture::adminEmail, ServerFixture::adminPassword,
                           QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(m_app);
    GuiDriver(m_app->window).click(QStringLiteral("nav_onboarding-progress"));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window.findChild<QWidget *>(QStringLiteral("progress_") + m_open.id), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window.findChild<QWidget *>(QStringLiteral("progress_") + m_complete.id), 10000);
}

void TestOnboardingProgressFlow::cleanup()
{
    m_app.reset();
    KP_VERIFY_API_CONTRACT();
}

void TestOnboardingProgressFlow::cleanupTestCase()
{
    if (m_fixture.server)
        QCOMPARE(m_fixture.stop(), 0);
}

void TestOnboardingProgressFlow::importSheet(const QByteArray &csv)
{
    const auto imported = m_fixture.http->send(QStringLiteral("POST"), QStringLiteral("/api/v1/admin/checklist/import"),
                                               csv, QStringLiteral("text/csv"), m_fixture.adminToken);
    QCOMPARE(imported.status, 200);
}

QJsonObject TestOnboardingProgressFlow::adminChecklist(const QString &customerId) const
{
    return m_fixture.http
        ->get(QStringLiteral("/api/v1/admin/accounts/%1/checklist").arg(customerId), m_fixture.adminToken)
        .json;
}

QCheckBox *TestOnboardingProgressFlow::pixelTick() const
{
    return GuiDriver(m_app->window).find<QCheckBox>(QStringLiteral("answerTick_pixel"));
}

static void click(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
}

QString TestOnboardingProgressFlow::refusedPixelTick() const
{
    click(pixelTick());
    auto *banner = GuiDriver(m_app->window).find<Banner>(QStringLiteral("answersBanner"));
    return QTest::qWaitFor([banner] { return banner->isVisible(); }, 10000) ? banner->text() : QString();
}

void TestOnboardingProgressFlow::openCustomer(const QString &id)
{
    GuiDriver gui(m_app->window);
    gui.click(QStringLiteral("progressOpen_") + id);
    auto *view = gui.find<CustomerAnswersView>(QStringLiteral("customerAnswers"));
    QTRY_VERIFY(view->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(view->findChild<QWidget *>(QStringLiteral("answerRow_firma")), 10000);
}

void TestOnboardingProgressFlow::listsEveryCustomerWithProgressOpenOnesFirst()
{
    GuiDriver gui(m_app->window);
    // The customers, not the admin (who is approved too, with nothing to complete).
    QCOMPARE(m_app->window.findChildren<CustomerProgressCard *>().size(), 2);
    QCOMPARE(gui.text(QStringLiteral("progressFigure_") + m_open.id), QStringLiteral("2 of 5 done"));
    QCOMPARE(gui.text(QStringLiteral("progressState_") + m_open.id), QStringLiteral("Open"));
    QCOMPARE(gui.text(QStringLiteral("progressFigure_") + m_complete.id), QStringLiteral("5 of 5 done"));
    QCOMPARE(gui.text(QStringLiteral("progressState_") + m_complete.id),
             QStringLiteral("Completed on %1").arg(format::date(QDate::currentDate())));
    // The server lists in registration order (the complete one first); the page puts the open one on top.
    auto *open = gui.find<QWidget>(QStringLiteral("progress_") + m_open.id);
    auto *complete = gui.find<QWidget>(QStringLiteral("progress_") + m_complete.id);
    QTRY_VERIFY(open->isVisible() && complete->isVisible());
    QVERIFY2(open->y() < complete->y(), qPrintable(QStringLiteral("%1 vs %2").arg(open->y()).arg(complete->y())));
}

void TestOnboardingProgressFlow::showsACustomersAnswersInWords()
{
    openCustomer(m_complete.id);
    GuiDriver gui(m_app->window);
    QCOMPARE(gui.text(QStringLiteral("answersName")), QStringLiteral("Bernd Fertig"));
    QCOMPARE(gui.text(QStringLiteral("answer_firma")), QStringLiteral("Fertig Bau GmbH"));
    QCOMPARE(gui.text(QStringLiteral("answer_branche")), QStringLiteral("Handwerk"));
    QCOMPARE(gui.text(QStringLiteral("answer_start")), format::date(QDate(2026, 3, 1)));
    QCOMPARE(gui.text(QStringLiteral("answer_zugang")), QStringLiteral("Yes"));
    QVERIFY(gui.text(QStringLiteral("answer_website")).contains(QLatin1String("href=\"https://www.fertig-bau.de\"")));
    QVERIFY(gui.text(QStringLiteral("answer_logo")).startsWith(QLatin1String("Logo.pdf (")));
    QVERIFY(!m_app->window.findChild<QWidget *>(QStringLiteral("answerMissing_logo")));
    QCOMPARE(gui.text(QStringLiteral("progressState_customer")),
             QStringLiteral("Completed on %1").arg(format::date(QDate::currentDate())));

    // Back to the list and into the open customer: what is missing is marked.
    gui.click(QStringLiteral("answersBack"));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window.findChild<QWidget *>(QStringLiteral("progress_") + m_open.id), 10000);
    openCustomer(m_open.id);
    QCOMPARE(gui.text(QStringLiteral("answersName")), QStringLiteral("Anna Früh"));
    QCOMPARE(gui.text(QStringLiteral("answer_branche")), QStringLiteral("Immobilien"));
    QCOMPARE(gui.text(QStringLiteral("answer_zugang")), QStringLiteral("No"));
    QCOMPARE(gui.text(QStringLiteral("answer_logo")), QStringLiteral("Not answered"));
    QVERIFY(gui.find<QLabel>(QStringLiteral("answerMissing_logo"))->isVisible());
    QVERIFY(gui.find<QLabel>(QStringLiteral("answerMissing_start"))->isVisible());
    QVERIFY(!m_app->window.findChild<QWidget *>(QStringLiteral("answerMissing_website")));
    QCOMPARE(gui.text(QStringLiteral("progressFigure_customer")), QStringLiteral("2 of 5 done"));
}

void TestOnboardingProgressFlow::downloadsAFileWithTheSameBytes()
{
    openCustomer(m_complete.id);
    QTemporaryDir dir;
    const auto target = dir.filePath(QStringLiteral("saved.pdf"));
    QString suggested;
    auto *view = GuiDriver(m_app->window).find<CustomerAnswersView>(QStringLiteral("customerAnswers"));
    view->setSavePathChooser([&](QWidget *, const QString &name) {
        suggested = name;
        return target;
    });
    GuiDriver(m_app->window).click(QStringLiteral("answerDownload_logo"));
    QCOMPARE(suggested, QStringLiteral("Logo.pdf"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target), 10000);
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), kLogo);
    QTRY_VERIFY(GuiDriver(m_app->window).find<QPushButton>(QStringLiteral("answerDownload_logo"))->isEnabled());
}

void TestOnboardingProgressFlow::ticksAnAgencyItemOnTheServer()
{
    openCustomer(m_open.id);
    auto *tick = pixelTick();
    QVERIFY(!tick->isChecked());
    click(tick);
    QVERIFY(tick->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(tick->isEnabled(), 10000);
    QVERIFY(tick->isChecked());
    QCOMPARE(adminChecklist(m_open.id).value(QLatin1String("answers")).toObject().value(QLatin1String("pixel")),
             QJsonValue(true));

    // And back.
    click(tick);
    QTRY_VERIFY_WITH_TIMEOUT(tick->isEnabled(), 10000);
    QVERIFY(!tick->isChecked());
    QVERIFY(adminChecklist(m_open.id).value(QLatin1String("answers")).toObject().value(QLatin1String("pixel"))
            != QJsonValue(true));
}

void TestOnboardingProgressFlow::aTickOfAnItemNoLongerTheAgencysIsRefusedAndTheBoxStays()
{
    openCustomer(m_open.id);
    // While the admin looks, the sheet hands the item to the customer.
    auto sheet = kSheet;
    sheet.replace(",agentur\n", ",kunde\n");
    importSheet(sheet);
    const auto message = refusedPixelTick();
    importSheet(kSheet);
    QCOMPARE(message,
             QStringLiteral("“Pixel eingerichtet” is the customer's to answer; only the customer can change it."));
    QVERIFY(!pixelTick()->isChecked());
    QVERIFY(pixelTick()->isEnabled());
}

// Last: it stops the shared server.
void TestOnboardingProgressFlow::aTickWithoutTheServerIsRefusedAndTheBoxStays()
{
    openCustomer(m_open.id);
    QVERIFY(!pixelTick()->isChecked());
    QCOMPARE(m_fixture.stop(), 0);
    const auto message = refusedPixelTick();
    QVERIFY2(message.startsWith(QStringLiteral("“Pixel eingerichtet” could not be changed: ")), qPrintable(message));
    QVERIFY(!pixelTick()->isChecked());
    QVERIFY(pixelTick()->isEnabled());
}

QTEST_MAIN(TestOnboardingProgressFlow)
#include "tst_onboarding_progress_flow.moc"
