#include "client/app/AppContext.h"
#include "client/app/DemoData.h"
#include "client/app/Screenshots.h"

#include "FakeNetwork.h"
#include "GuiDriver.h"
#include "MemoryTokenStore.h"

#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace kp;
using namespace kp::client;
using State = Session::State;

namespace {

// What the registry made of the test's pages.
struct Record {
    QStringList opened;
};

PageEntry testPage(const QString &id, SidebarSection section, Record &record)
{
    return {
        .id = id,
        .icon = QStringLiteral("go-home"),
        .title = [id] { return QStringLiteral("Title of ") + id; },
        .section = section,
        .adminOnly = false,
        .create =
            [id](const PageServices &) {
                auto *page = new QLabel(id);
                page->setObjectName(QStringLiteral("page_") + id);
                return page;
            },
        .opened = [&record, id](QWidget *) { record.opened.append(id); },
        .screenshots =
            [id, section](QWidget *, ScreenshotSet &shots) {
                shots.showPageAs(section == SidebarSection::Administration ? shots.demo().admin
                                                                           : shots.demo().customer);
                shots.shoot(id + QStringLiteral("-first"));
                shots.shoot(id + QStringLiteral("-second"));
            },
    };
}

} // namespace

// MainWindow, the sidebar and `--screenshot` take their pages from the PageRegistry alone.
class TestPageRegistry : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sidebarShowsEveryRegisteredPageAndAdminPagesToAdminsOnly();
    void pagesNeedingOnboardingAreLockedUntilTheChecklistIsComplete();
    void screenshotsIterateTheRegisteredPages();
    void theAppRegistersItsPages();

private:
    Record m_record;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<AppContext> m_app;
};

void TestPageRegistry::init()
{
    m_record = {};
    PageRegistry registry;
    registry.add(testPage(QStringLiteral("alpha"), SidebarSection::Main, m_record));
    registry.add(testPage(QStringLiteral("beta"), SidebarSection::Main, m_record));
    registry.add(testPage(QStringLiteral("gamma"), SidebarSection::Administration, m_record));
    m_network = std::make_unique<FakeNetwork>();
    m_app = std::make_unique<AppContext>(QUrl(QStringLiteral("http://127.0.0.1:9")),
                                         std::make_unique<MemoryTokenStore>(), m_network.get(), registry);
    m_app->window.show();
}

void TestPageRegistry::cleanup()
{
    m_app.reset();
    m_network.reset();
}

void TestPageRegistry::sidebarShowsEveryRegisteredPageAndAdminPagesToAdminsOnly()
{
    const auto demo = DemoData::load();
    GuiDriver gui(m_app->window);
    m_app->session.showDemo(State::Active, demo.customer);
    QCOMPARE(gui.find<QPushButton>(QStringLiteral("nav_alpha"))->text(), QStringLiteral("Title of alpha"));
    QVERIFY(gui.find<QPushButton>(QStringLiteral("nav_beta"))->isVisible());
    QVERIFY(!gui.find<QPushButton>(QStringLiteral("nav_gamma"))->isVisible());
    // A session starts on the first registered page.
    QCOMPARE(m_record.opened, QStringList {QStringLiteral("alpha")});

    gui.click(QStringLiteral("nav_beta"));
    QCOMPARE(m_record.opened.last(), QStringLiteral("beta"));
    QVERIFY(gui.find<QLabel>(QStringLiteral("page_beta"))->isVisible());
    // An admin page stays closed to a customer, also when asked for by id.
    m_app->window.openPage(QStringLiteral("gamma"));
    QCOMPARE(m_record.opened.last(), QStringLiteral("beta"));

    m_app->session.showDemo(State::Active, demo.admin);
    QVERIFY(gui.find<QPushButton>(QStringLiteral("nav_gamma"))->isVisible());
    gui.click(QStringLiteral("nav_gamma"));
    QCOMPARE(m_record.opened.last(), QStringLiteral("gamma"));
    QVERIFY(gui.find<QLabel>(QStringLiteral("page_gamma"))->isVisible());
}

static Account withOnboarding(Account account, bool complete)
{
    account.onboarding = AccountOnboarding {.checklistComplete = complete,
                                            .checklistCompletedAt = {},
                                            .requiredAnswered = complete ? 4 : 1,
                                            .requiredTotal = 4};
    return account;
}

void TestPageRegistry::pagesNeedingOnboardingAreLockedUntilTheChecklistIsComplete()
{
    PageRegistry registry;
    auto gated = testPage(QStringLiteral("dashboard"), SidebarSection::Main, m_record);
    gated.needsOnboarding = true;
    registry.add(gated);
    registry.add(testPage(QStringLiteral("checklist"), SidebarSection::Main, m_record));
    AppContext app(QUrl(QStringLiteral("http://127.0.0.1:9")), std::make_unique<MemoryTokenStore>(), m_network.get(),
                   registry);
    app.window.show();
    GuiDriver gui(app.window);
    const auto demo = DemoData::load();
    auto *dashboard = gui.find<QPushButton>(QStringLiteral("nav_dashboard"));

    // Still onboarding: the session starts on the first page it can open, the locked one says why.
    app.session.showDemo(State::Active, withOnboarding(demo.customer, false));
    QCOMPARE(m_record.opened, QStringList {QStringLiteral("checklist")});
    QVERIFY(dashboard->isVisible());
    QCOMPARE(dashboard->toolTip(), QStringLiteral("Opens once the onboarding checklist is complete."));
    QCOMPARE(dashboard->accessibleDescription(), dashboard->toolTip());
    gui.click(QStringLiteral("nav_dashboard"));
    QVERIFY(!gui.find<QLabel>(QStringLiteral("page_dashboard"))->isVisible());
    QVERIFY(gui.find<QLabel>(QStringLiteral("page_checklist"))->isVisible());
    QCOMPARE(gui.find<QLabel>(QStringLiteral("toastText"))->text(), dashboard->toolTip());
    QVERIFY(!m_record.opened.contains(QStringLiteral("dashboard")));

    // Completed (the checklist tells the session): open at once, without a new login.
    app.session.updateAccount(withOnboarding(demo.customer, true));
    QVERIFY(dashboard->toolTip().isEmpty());
    gui.click(QStringLiteral("nav_dashboard"));
    QCOMPARE(m_record.opened.last(), QStringLiteral("dashboard"));
    QVERIFY(gui.find<QLabel>(QStringLiteral("page_dashboard"))->isVisible());

    // Reopened by a new required item while on the page: back to the checklist.
    app.session.updateAccount(withOnboarding(demo.customer, false));
    QCOMPARE(m_record.opened.last(), QStringLiteral("checklist"));
    QVERIFY(gui.find<QLabel>(QStringLiteral("page_checklist"))->isVisible());

    // A completed customer's session starts on the first page; admins and accounts whose
    // onboarding the server did not say are not held back.
    app.session.showDemo(State::LoggedOut, demo.customer);
    app.session.showDemo(State::Active, withOnboarding(demo.customer, true));
    QCOMPARE(m_record.opened.last(), QStringLiteral("dashboard"));
    app.session.showDemo(State::Active, withOnboarding(demo.admin, false));
    QVERIFY(dashboard->toolTip().isEmpty());
    app.session.showDemo(State::Active, demo.customer);
    QVERIFY(dashboard->toolTip().isEmpty());
}

void TestPageRegistry::screenshotsIterateTheRegisteredPages()
{
    QTemporaryDir dir;
    QVERIFY(renderScreenshots(m_app->window, m_app->session, m_app->api, dir.path()));
    const auto pictures = QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    // 7 before login, 2 per registered page in registry order, then the 2 server dialogs.
    QCOMPARE(pictures.size(), 7 + 6 + 2);
    QCOMPARE(pictures.mid(7, 6),
             (QStringList {QStringLiteral("08-alpha-first.png"), QStringLiteral("09-alpha-second.png"),
                           QStringLiteral("10-beta-first.png"), QStringLiteral("11-beta-second.png"),
                           QStringLiteral("12-gamma-first.png"), QStringLiteral("13-gamma-second.png")}));
    // Each shot showed its page.
    QCOMPARE(m_record.opened.mid(m_record.opened.size() - 3),
             (QStringList {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
}

void TestPageRegistry::theAppRegistersItsPages()
{
    const auto pages = appPages();
    QVERIFY(pages.find(QStringLiteral("home")));
    QVERIFY(pages.find(QStringLiteral("approvals")));
    QVERIFY(pages.find(QStringLiteral("approvals"))->isForAdminsOnly());
    QVERIFY(pages.find(QStringLiteral("onboarding-progress"))->isForAdminsOnly());
    QVERIFY(pages.find(QStringLiteral("onboarding"))->customerOnly);
    // The dashboard first (customers only); a customer still onboarding starts on the
    // checklist, an admin on the overview.
    QCOMPARE(pages.entries().constFirst().id, QStringLiteral("dashboard"));
    QVERIFY(pages.find(QStringLiteral("dashboard"))->needsOnboarding);
    QVERIFY(pages.find(QStringLiteral("dashboard"))->customerOnly);
    QVERIFY(pages.find(QStringLiteral("ad-accounts"))->isForAdminsOnly());
    QVERIFY(pages.find(QStringLiteral("home"))->needsOnboarding);
    // Support stays open to a customer stuck in the checklist (API.md: the messenger is ungated).
    QVERIFY(!pages.find(QStringLiteral("support"))->needsOnboarding);
    QVERIFY(pages.find(QStringLiteral("support"))->customerOnly);
    // The partner program: the customer's page behind the onboarding gate (like its route), the
    // admin's overview in the administration section.
    QVERIFY(pages.find(QStringLiteral("partner"))->needsOnboarding);
    QVERIFY(pages.find(QStringLiteral("partner"))->customerOnly);
    QVERIFY(pages.find(QStringLiteral("partners"))->isForAdminsOnly());
    // The roadmap right after the dashboard, open while onboarding (like its route), yet no
    // session starts on it; its editors in the administration section.
    QCOMPARE(pages.entries().at(1).id, QStringLiteral("roadmap"));
    QVERIFY(!pages.find(QStringLiteral("roadmap"))->needsOnboarding);
    QVERIFY(pages.find(QStringLiteral("roadmap"))->customerOnly);
    QVERIFY(!pages.find(QStringLiteral("roadmap"))->startsSessions);
    QVERIFY(pages.find(QStringLiteral("roadmap-stages"))->isForAdminsOnly());
    QVERIFY(pages.find(QStringLiteral("roadmap-upsells"))->isForAdminsOnly());
    const auto demo = DemoData::load();
    QCOMPARE(pages.startPageFor(withOnboarding(demo.customer, false))->id, QStringLiteral("onboarding"));
    QCOMPARE(pages.startPageFor(withOnboarding(demo.customer, true))->id, QStringLiteral("dashboard"));
    QCOMPARE(pages.startPageFor(demo.admin)->id, QStringLiteral("home"));
    for (const auto &entry : pages.entries()) {
        QVERIFY2(entry.create && entry.title && (entry.screenshots || entry.lateScreenshots), qPrintable(entry.id));
        QVERIFY(!entry.title().isEmpty());
    }
}

QTEST_MAIN(TestPageRegistry)
#include "tst_page_registry.moc"
