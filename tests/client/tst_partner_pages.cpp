#include "client/api/ApiError.h"
#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/referrals/AttributionDialog.h"
#include "client/referrals/PartnerPage.h"
#include "client/referrals/PartnerTree.h"
#include "client/referrals/PartnersPage.h"
#include "client/referrals/QrCode.h"
#include "client/widgets/StatePanel.h"

#include "CacheTestSupport.h"
#include "FakeNetwork.h"
#include "FakeNetworkApp.h"
#include "GuiDriver.h"
#include "TestAccounts.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <qrencode.h>

using namespace kp;
using namespace kp::client;
using State = Session::State;

namespace {

const QString kServer = QStringLiteral("http://127.0.0.1:9");
const QString kReferrals = QStringLiteral("/api/v1/referrals");
const QString kAdmin = QStringLiteral("/api/v1/admin/referrals");
const QString kLink = QStringLiteral("https://portal.example.de/r/JANA2B7K");

Account customer(bool onboarded = true)
{
    return onboardedJana(onboarded);
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

ReferralSummary summary()
{
    ReferralSummary summary {QStringLiteral("JANA2B7K"), kLink, 1234, 3, 1, {}};
    summary.referrals = {
        {QStringLiteral("acc_1"),
         QStringLiteral("Markus Schulz"),
         QStringLiteral("Zahnarztpraxis Schulz"),
         at(20, 9),
         at(21, 10),
         QStringLiteral("registered"),
         {QStringLiteral("facebook"), QStringLiteral("cpc"), QStringLiteral("winter-2026"),
          QStringLiteral("www.instagram.com"), ReferralVia::Link}},
        {QStringLiteral("acc_2"),
         QStringLiteral("Claudia Neumann"),
         QStringLiteral("Neumann GmbH"),
         {},
         at(12, 8),
         QStringLiteral("approved"),
         {{}, {}, {}, {}, ReferralVia::Code}},
        {QStringLiteral("acc_3"),
         QStringLiteral("Frank Richter"),
         QStringLiteral("Richter Bau"),
         {},
         at(3, 8),
         QStringLiteral("rejected"),
         {{}, {}, {}, {}, ReferralVia::Admin}},
    };
    return summary;
}

PartnerEntry partner(const QString &id, const QString &name, const QString &referredBy = {}, int clicks = 0)
{
    PartnerEntry entry;
    entry.account = {id, name, name + QStringLiteral(" GmbH")};
    entry.email = id + QStringLiteral("@example.de");
    entry.status = QStringLiteral("approved");
    entry.code = id.toUpper();
    entry.clicks = clicks;
    if (!referredBy.isEmpty()) {
        entry.referredBy = {referredBy, referredBy.at(0).toUpper() + referredBy.mid(1), {}};
        entry.attributedAt = at(2, 9);
        entry.source = ReferralSource {QStringLiteral("google"), {}, {}, {}, ReferralVia::Link};
    }
    return entry;
}

// jana brought tom and lea, tom brought max; ali brought kim; solo brought nobody.
QList<PartnerEntry> partners()
{
    return {partner(QStringLiteral("jana"), QStringLiteral("Jana"), {}, 40),
            partner(QStringLiteral("tom"), QStringLiteral("Tom"), QStringLiteral("jana"), 7),
            partner(QStringLiteral("ali"), QStringLiteral("Ali"), {}, 9),
            partner(QStringLiteral("max"), QStringLiteral("Max"), QStringLiteral("tom")),
            partner(QStringLiteral("lea"), QStringLiteral("Lea"), QStringLiteral("jana")),
            partner(QStringLiteral("solo"), QStringLiteral("Solo")),
            partner(QStringLiteral("kim"), QStringLiteral("Kim"), QStringLiteral("ali"), 2)};
}

QJsonObject page(const QList<PartnerEntry> &entries, const QString &next = {})
{
    QJsonArray items;
    for (const auto &entry : entries)
        items.append(entry.toJson());
    return {{QStringLiteral("items"), items},
            {QStringLiteral("next_cursor"), next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next)}};
}

// The tree as text: "jana(tom(max) lea) ali(kim)".
QString shape(const QList<PartnerNode> &nodes)
{
    QStringList parts;
    for (const auto &node : nodes)
        parts.append(node.children.isEmpty()
                         ? node.accountId
                         : node.accountId + QLatin1Char('(') + shape(node.children) + QLatin1Char(')'));
    return parts.join(QLatin1Char(' '));
}

QString shape(QTreeWidgetItem *parent)
{
    QStringList parts;
    for (int i = 0; i < parent->childCount(); ++i) {
        auto *item = parent->child(i);
        const auto id = item->data(0, Qt::UserRole).toString();
        parts.append(item->childCount() == 0 ? id : id + QLatin1Char('(') + shape(item) + QLatin1Char(')'));
    }
    return parts.join(QLatin1Char(' '));
}

// The 15 format bits of libqrencode's layout beside the top-left finder (bit 0 first) and their
// second copy (below the top-right and beside the bottom-left finder).
std::pair<int, int> formatBits(const QrCode &qr)
{
    int first = 0;
    int second = 0;
    const int w = qr.size();
    for (int i = 0; i < 8; ++i) {
        first |= int(qr.isDark(8, i < 6 ? i : i + 1)) << i;
        second |= int(qr.isDark(w - 1 - i, 8)) << i;
    }
    for (int i = 0; i < 7; ++i) {
        first |= int(qr.isDark(i == 0 ? 7 : 6 - i, 8)) << (8 + i);
        second |= int(qr.isDark(8, w - 7 + i)) << (8 + i);
    }
    return {first, second};
}

bool hasFinderAt(const QrCode &qr, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (qr.isDark(left + x, top + y) != (ring || centre))
                return false;
        }
    }
    return true;
}

} // namespace

// The partner page (link, copy, QR code, figures, referrals, empty and locked states) and the
// admin's overview (table, tree, attribution, correction) against FakeNetwork; the QR code
// against libqrencode and the structure ISO/IEC 18004 prescribes.
class TestPartnerPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void qrCodeIsTheSameForTheSameText();
    void qrCodeGrowsWithTheText();
    void qrCodeIsLibqrencodesLevelMCode();
    void forestFollowsReferredBy();

    void partnerPageShowsLinkFiguresAndEveryReferral();
    void copyPutsTheLinkOnTheClipboard();
    void savedQrCodeIsAPngOfTheCode();
    void emptyPageSaysHowToShare();
    void lockedUntilTheChecklistIsComplete();
    void serverErrorOffersRetry();
    void offlineShowsTheLastAnswer();

    void adminOverviewReadsEveryPageAndBuildsTheTree();
    void tableSortsByFigures();
    void selectionShowsAttributionAndHistory();
    void correctionSendsPartnerAndReasonAndKeepsInputOnConflict();

private:
    void launchAs(const Account &account);
    PartnersPage *openAdminOverview();
    GuiDriver gui() const { return GuiDriver(m_app->window); }
    QTableWidget *referralTable() const;
    // The toast's sentence, empty while none is shown.
    QString toast() const
    {
        const auto *label = m_app->window.findChild<QLabel *>(QStringLiteral("toastText"));
        return label ? label->text() : QString();
    }

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<AppContext> m_app;
};

void TestPartnerPages::initTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestPartnerPages::init()
{
    startWithEmptyCacheFolder();
    m_network = std::make_unique<FakeNetwork>();
    m_network->answer("GET", QStringLiteral("/healthz"), FakeNetwork::json(200, {{QStringLiteral("status"), "ok"}}));
    m_network->answer("GET", kReferrals, FakeNetwork::json(200, summary().toJson()));
    m_network->answer("GET", QStringLiteral("/api/v1/metrics"), FakeNetwork::error(500, QStringLiteral("internal")));
}

void TestPartnerPages::cleanup()
{
    m_app.reset();
    m_network.reset();
}

void TestPartnerPages::launchAs(const Account &account)
{
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, account.toJson()));
    m_app = launchWithStoredSession(*m_network, kServer, account.id);
    QTRY_COMPARE(m_app->session.state(), State::Active);
}

QTableWidget *TestPartnerPages::referralTable() const
{
    return gui().find<QTableWidget>(QStringLiteral("partnerReferrals"));
}

void TestPartnerPages::qrCodeIsTheSameForTheSameText()
{
    const auto first = QrCode::encode(kLink);
    const auto second = QrCode::encode(kLink);
    QVERIFY(first && second);
    QCOMPARE(*first, *second);
    QVERIFY(!(*first == *QrCode::encode(kLink + QLatin1Char('x'))));
    QVERIFY(!QrCode::encode(QString()));
}

void TestPartnerPages::qrCodeGrowsWithTheText()
{
    int previous = 0;
    for (const int length : {5, 40, 120, 400, 1200}) {
        const auto qr = QrCode::encode(QString(length, QLatin1Char('a')));
        QVERIFY(qr);
        QCOMPARE(qr->size(), 17 + 4 * qr->version());
        QVERIFY2(qr->size() > previous, qPrintable(QString::number(length)));
        previous = qr->size();
    }
    // Beyond version 40 at level M (2,331 bytes) there is no code.
    QVERIFY(!QrCode::encode(QString(3000, QLatin1Char('a'))));
}

void TestPartnerPages::qrCodeIsLibqrencodesLevelMCode()
{
    // 11 bytes fit version 1 at level M (14 bytes), the 45 of a partner link version 4 (62; 3 holds 42).
    QCOMPARE(QrCode::encode(QStringLiteral("HELLO WORLD"))->version(), 1);
    const auto text = QStringLiteral("https://portal.leadwerk-agentur.de/r/BECK7R42");
    const auto qr = QrCode::encode(text);
    QVERIFY(qr);
    QCOMPARE(qr->version(), 4);
    QCOMPARE(qr->size(), 33);

    // Module for module what libqrencode itself answers.
    QRcode *reference = QRcode_encodeString8bit(text.toUtf8().constData(), 0, QR_ECLEVEL_M);
    QVERIFY(reference);
    QCOMPARE(qr->version(), reference->version);
    QCOMPARE(qr->size(), reference->width);
    for (int y = 0; y < qr->size(); ++y) {
        for (int x = 0; x < qr->size(); ++x)
            QCOMPARE(qr->isDark(x, y), (reference->data[y * reference->width + x] & 1) != 0);
    }
    QRcode_free(reference);

    // The structure every reader looks for: three finder patterns, the timing lines, and format
    // information (twice, the same) saying level M with a valid BCH code.
    QVERIFY(hasFinderAt(*qr, 0, 0));
    QVERIFY(hasFinderAt(*qr, qr->size() - 7, 0));
    QVERIFY(hasFinderAt(*qr, 0, qr->size() - 7));
    for (int i = 8; i < qr->size() - 8; ++i) {
        QCOMPARE(qr->isDark(i, 6), i % 2 == 0);
        QCOMPARE(qr->isDark(6, i), i % 2 == 0);
    }
    const auto [first, second] = formatBits(*qr);
    QCOMPARE(first, second);
    const int format = first ^ 0x5412;
    const int data = format >> 10;
    QCOMPARE(data >> 3, 0); // 00 = level M
    int remainder = data << 10;
    for (int bit = 14; bit >= 10; --bit) {
        if (remainder & (1 << bit))
            remainder ^= 0x537 << (bit - 10);
    }
    QCOMPARE(format & 0x3ff, remainder);
}

void TestPartnerPages::forestFollowsReferredBy()
{
    QCOMPARE(shape(partnerForest(partners())), QStringLiteral("jana(tom(max) lea) ali(kim)"));
    // A partner outside the list makes its customer a root; a cycle in the data does not loop.
    auto entries = partners();
    entries.append(partner(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("gone")));
    entries.append(partner(QStringLiteral("y"), QStringLiteral("Y"), QStringLiteral("x")));
    entries.append(partner(QStringLiteral("c1"), QStringLiteral("C1"), QStringLiteral("c2")));
    entries.append(partner(QStringLiteral("c2"), QStringLiteral("C2"), QStringLiteral("c1")));
    QCOMPARE(shape(partnerForest(entries)), QStringLiteral("jana(tom(max) lea) ali(kim) x(y)"));
    QVERIFY(partnerForest({}).isEmpty());
}

void TestPartnerPages::partnerPageShowsLinkFiguresAndEveryReferral()
{
    launchAs(customer());
    gui().click(QStringLiteral("nav_partner"));
    QTRY_COMPARE(gui().input(QStringLiteral("partnerLink")), kLink);
    QVERIFY(gui().find<QLineEdit>(QStringLiteral("partnerLink"))->isReadOnly());
    QVERIFY(gui().text(QStringLiteral("partnerCode")).contains(QLatin1String("JANA2B7K")));
    QCOMPARE(gui().text(QStringLiteral("partnerFigureValue_clicks")), QStringLiteral("1,234"));
    QCOMPARE(gui().text(QStringLiteral("partnerFigureValue_registrations")), QStringLiteral("3"));
    QCOMPARE(gui().text(QStringLiteral("partnerFigureValue_approved")), QStringLiteral("1"));
    QVERIFY(!gui().find<QLabel>(QStringLiteral("partnerQr"))->pixmap().isNull());

    auto *table = referralTable();
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 3);
    const auto text = [table](int row, int column) { return table->item(row, column)->text(); };
    QCOMPARE(text(0, 0), QStringLiteral("Markus Schulz"));
    QCOMPARE(text(0, 1), QStringLiteral("Zahnarztpraxis Schulz"));
    QVERIFY(text(0, 2) != QStringLiteral("–"));
    QCOMPARE(text(0, 5), QStringLiteral("facebook · cpc · winter-2026 · via www.instagram.com"));
    QCOMPARE(text(1, 2), QStringLiteral("–")); // typed by hand: no click
    QCOMPARE(text(1, 5), QStringLiteral("Code typed in by hand"));
    QCOMPARE(text(2, 5), QStringLiteral("Assigned by the agency"));
    QCOMPARE(gui().text(QStringLiteral("referralStatus_acc_1")), QStringLiteral("registered"));
    QCOMPARE(gui().text(QStringLiteral("referralStatus_acc_2")), QStringLiteral("approved"));
    QCOMPARE(gui().text(QStringLiteral("referralStatus_acc_3")), QStringLiteral("rejected"));
    QCOMPARE(gui().find<QLabel>(QStringLiteral("referralStatus_acc_2"))->property("tone").toString(),
             QStringLiteral("success"));
    QVERIFY(!gui().find<QWidget>(QStringLiteral("partnerEmpty"))->isVisible());
}

void TestPartnerPages::copyPutsTheLinkOnTheClipboard()
{
    launchAs(customer());
    gui().click(QStringLiteral("nav_partner"));
    QTRY_COMPARE(gui().input(QStringLiteral("partnerLink")), kLink);
    QGuiApplication::clipboard()->clear();
    gui().click(QStringLiteral("partnerCopy"));
    QCOMPARE(QGuiApplication::clipboard()->text(), kLink);
    QTRY_VERIFY(toast().contains(QLatin1String("copied")));
}

void TestPartnerPages::savedQrCodeIsAPngOfTheCode()
{
    launchAs(customer());
    gui().click(QStringLiteral("nav_partner"));
    QTRY_COMPARE(gui().input(QStringLiteral("partnerLink")), kLink);
    auto *page = m_app->window.findChild<PartnerPage *>(QStringLiteral("partnerPage"));
    QTemporaryDir dir;
    QString suggested;
    const auto path = dir.filePath(QStringLiteral("code.png"));
    page->setSavePathChooser([&](QWidget *, const QString &name) {
        suggested = name;
        return path;
    });
    gui().click(QStringLiteral("partnerSaveQr"));
    QCOMPARE(suggested, QStringLiteral("partner-qr-JANA2B7K.png"));
    QTRY_VERIFY(QFileInfo(path).size() > 0);
    QTRY_VERIFY(toast().contains(QLatin1String("saved")));

    QImage image;
    QVERIFY(image.load(path, "PNG"));
    const auto qr = *QrCode::encode(kLink);
    QCOMPARE(*page->qrCode(), qr);
    const int module = PartnerPage::pngModulePixels;
    QCOMPARE(image.size(), QSize(qr.imageSide(module), qr.imageSide(module)));
    // White quiet zone, then every module black or white across its whole square (sharp edges).
    QCOMPARE(QColor(image.pixel(0, 0)), QColor(Qt::white));
    QCOMPARE(QColor(image.pixel(QrCode::quietZone * module - 1, QrCode::quietZone * module)), QColor(Qt::white));
    for (int y = 0; y < qr.size(); ++y) {
        for (int x = 0; x < qr.size(); ++x) {
            const QColor expected = qr.isDark(x, y) ? Qt::black : Qt::white;
            const int left = (x + QrCode::quietZone) * module;
            const int top = (y + QrCode::quietZone) * module;
            QCOMPARE(QColor(image.pixel(left, top)), expected);
            QCOMPARE(QColor(image.pixel(left + module - 1, top + module - 1)), expected);
        }
    }
}

void TestPartnerPages::emptyPageSaysHowToShare()
{
    auto empty = summary();
    empty.referrals.clear();
    empty.clicks = empty.registrations = empty.approved = 0;
    m_network->answer("GET", kReferrals, FakeNetwork::json(200, empty.toJson()));
    launchAs(customer());
    gui().click(QStringLiteral("nav_partner"));
    QTRY_COMPARE(gui().input(QStringLiteral("partnerLink")), kLink);
    QVERIFY(gui().find<QWidget>(QStringLiteral("partnerEmpty"))->isVisible());
    QVERIFY(!referralTable()->isVisible());
    QVERIFY(gui().text(QStringLiteral("partnerEmptyText")).contains(QLatin1String("link")));
    // Every wrapped line of the hint is shown, none cut off.
    const auto *hint = gui().find<QLabel>(QStringLiteral("partnerEmptyText"));
    QTRY_VERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
                 qPrintable(QStringLiteral("%1 px tall, its lines need %2")
                                .arg(hint->height())
                                .arg(hint->heightForWidth(hint->width()))));
    QCOMPARE(gui().text(QStringLiteral("partnerFigureValue_clicks")), QStringLiteral("0"));
}

void TestPartnerPages::lockedUntilTheChecklistIsComplete()
{
    launchAs(customer(false));
    auto *nav = gui().find<QPushButton>(QStringLiteral("nav_partner"));
    QCOMPARE(nav->toolTip(), QStringLiteral("Opens once the onboarding checklist is complete."));
    gui().click(QStringLiteral("nav_partner"));
    QTRY_VERIFY(m_app->window.page(QStringLiteral("onboarding"))->isVisible());
    QVERIFY(m_network->requestsTo("GET", kReferrals).isEmpty());
    QVERIFY(!gui().find<QPushButton>(QStringLiteral("nav_partners"))->isVisible()); // the admin's

    // The agency reopened the checklist after the app learnt it was complete: the server's gate.
    m_app.reset();
    m_network->answer("GET", kReferrals, FakeNetwork::error(409, QStringLiteral("onboarding_incomplete")));
    launchAs(customer());
    m_network->answer("GET", QStringLiteral("/api/v1/me"), FakeNetwork::json(200, customer(false).toJson()));
    gui().click(QStringLiteral("nav_partner"));
    QTRY_VERIFY(!m_app->session.account().onboarding->checklistComplete);
    QTRY_VERIFY(m_app->window.page(QStringLiteral("onboarding"))->isVisible());
}

void TestPartnerPages::serverErrorOffersRetry()
{
    m_network->answer("GET", kReferrals, FakeNetwork::error(500, QStringLiteral("internal")));
    launchAs(customer());
    gui().click(QStringLiteral("nav_partner"));
    auto *state = gui().find<StatePanel>(QStringLiteral("partnerState"));
    QTRY_VERIFY(state->isVisible() && state->title() == QStringLiteral("That did not work"));
    m_network->answer("GET", kReferrals, FakeNetwork::json(200, summary().toJson()));
    QTest::mouseClick(state->findChild<QPushButton *>(QStringLiteral("stateRetry")), Qt::LeftButton);
    QTRY_COMPARE(gui().input(QStringLiteral("partnerLink")), kLink);
    QVERIFY(!state->isVisible());
}

void TestPartnerPages::offlineShowsTheLastAnswer()
{
    launchAs(customer());
    gui().click(QStringLiteral("nav_partner"));
    QTRY_COMPARE(gui().input(QStringLiteral("partnerLink")), kLink); // kept in the account's cache
    m_app.reset();
    // Next start without the server: the page reads what the cache kept, and the window says so.
    for (const auto &path : {kReferrals, QStringLiteral("/healthz"), QStringLiteral("/api/v1/me")})
        m_network->answer("GET", path, FakeNetwork::failure(QNetworkReply::ConnectionRefusedError));
    m_app = launchWithStoredSession(*m_network, kServer, customer().id);
    QTRY_COMPARE(m_app->session.state(), State::Active);
    gui().click(QStringLiteral("nav_partner"));
    QTRY_COMPARE(gui().input(QStringLiteral("partnerLink")), kLink);
    QCOMPARE(referralTable()->rowCount(), 3);
    QTRY_VERIFY(gui().find<QWidget>(QStringLiteral("offlineBanner"))->isVisible());
    QVERIFY(!gui().find<StatePanel>(QStringLiteral("partnerState"))->isVisible());
}

PartnersPage *TestPartnerPages::openAdminOverview()
{
    launchAs(adminTom());
    [&] { QVERIFY2(!gui().find<QPushButton>(QStringLiteral("nav_partner"))->isVisible(), "customers only"); }();
    gui().click(QStringLiteral("nav_partners"));
    auto *page = m_app->window.findChild<PartnersPage *>(QStringLiteral("partnersPage"));
    [&] { QTRY_VERIFY(page->isVisible()); }();
    return page;
}

void TestPartnerPages::adminOverviewReadsEveryPageAndBuildsTheTree()
{
    const auto all = partners();
    // FakeNetwork tells pages apart by path only: the first page is held until the second is set.
    m_network->answer("GET", kAdmin, FakeNetwork::hanging());
    openAdminOverview();
    QTRY_COMPARE(m_network->requestsTo("GET", kAdmin).size(), 1);
    m_network->answer("GET", kAdmin, FakeNetwork::json(200, page(all.mid(4))));
    m_network->release("GET", kAdmin, FakeNetwork::json(200, page(all.mid(0, 4), QStringLiteral("c2"))));
    QTRY_COMPARE(m_network->requestsTo("GET", kAdmin).size(), 2);
    QCOMPARE(m_network->requestsTo("GET", kAdmin).at(1).url.query(), QStringLiteral("cursor=c2"));
    auto *table = gui().find<QTableWidget>(QStringLiteral("partnersTable"));
    QTRY_COMPARE(table->rowCount(), 7);
    // The tree needs the whole list: kim (page 2) under ali (page 1), lea (page 2) under jana.
    auto *tree = gui().find<QTreeWidget>(QStringLiteral("partnersTree"));
    QCOMPARE(shape(tree->invisibleRootItem()), QStringLiteral("jana(tom(max) lea) ali(kim)"));
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Jana (Jana GmbH)"));
}

void TestPartnerPages::tableSortsByFigures()
{
    m_network->answer("GET", kAdmin, FakeNetwork::json(200, page(partners())));
    openAdminOverview();
    auto *table = gui().find<QTableWidget>(QStringLiteral("partnersTable"));
    QTRY_COMPARE(table->rowCount(), 7);
    table->sortByColumn(2, Qt::DescendingOrder); // clicks
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Jana"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Ali"));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Tom"));
    table->sortByColumn(2, Qt::AscendingOrder);
    QCOMPARE(table->item(6, 0)->text(), QStringLiteral("Jana"));
    // Who brought whom, as a tree: roots are the customers nobody brought who brought someone.
    auto *tree = gui().find<QTreeWidget>(QStringLiteral("partnersTree"));
    QCOMPARE(shape(tree->invisibleRootItem()), QStringLiteral("jana(tom(max) lea) ali(kim)"));
}

void TestPartnerPages::selectionShowsAttributionAndHistory()
{
    m_network->answer("GET", kAdmin, FakeNetwork::json(200, page(partners())));
    AttributionChange change {QStringLiteral("chg1"),
                              at(25, 9),
                              {},
                              {QStringLiteral("ali"), QStringLiteral("Ali"), {}},
                              QStringLiteral("Named Ali on the phone"),
                              {QStringLiteral("acc_admin"), QStringLiteral("Tom Admin"), {}}};
    m_network->answer("GET", QStringLiteral("/api/v1/admin/accounts/kim/referrer/history"),
                      FakeNetwork::json(200,
                                        {{QStringLiteral("items"), QJsonArray {change.toJson()}},
                                         {QStringLiteral("next_cursor"), QJsonValue::Null}}));
    auto *page = openAdminOverview();
    auto *tree = gui().find<QTreeWidget>(QStringLiteral("partnersTree"));
    QTRY_COMPARE(tree->topLevelItemCount(), 2);
    tree->setCurrentItem(tree->topLevelItem(1)->child(0)); // kim, brought by ali
    QCOMPARE(gui().text(QStringLiteral("partnerDetailName")), QStringLiteral("Kim"));
    QCOMPARE(gui().text(QStringLiteral("partnerDetailReferrer")), QStringLiteral("Ali"));
    QCOMPARE(gui().text(QStringLiteral("partnerDetailVia")), QStringLiteral("Personal link"));
    QCOMPARE(gui().text(QStringLiteral("partnerDetailSource")), QStringLiteral("google"));
    page->select(QStringLiteral("jana")); // nobody brought her
    QCOMPARE(gui().text(QStringLiteral("partnerDetailReferrer")), QStringLiteral("nobody"));
    QCOMPARE(gui().text(QStringLiteral("partnerDetailSource")), QStringLiteral("–"));
    tree->setCurrentItem(tree->topLevelItem(1)->child(0));
    // The table follows the tree's selection.
    auto *table = gui().find<QTableWidget>(QStringLiteral("partnersTable"));
    const auto rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().data(Qt::UserRole).toString(), QStringLiteral("kim"));
    QTRY_VERIFY(page->findChild<QLabel *>(QStringLiteral("partnerHistoryItem")));
    const auto line = gui().text(QStringLiteral("partnerHistoryItem"));
    QVERIFY2(line.contains(QLatin1String("Tom Admin")) && line.contains(QLatin1String("Named Ali on the phone"))
                 && line.contains(QLatin1String("assigned to Ali")),
             qPrintable(line));
}

void TestPartnerPages::correctionSendsPartnerAndReasonAndKeepsInputOnConflict()
{
    m_network->answer("GET", kAdmin, FakeNetwork::json(200, page(partners())));
    auto *page = openAdminOverview();
    QTRY_COMPARE(gui().find<QTableWidget>(QStringLiteral("partnersTable"))->rowCount(), 7);
    page->select(QStringLiteral("jana"));
    gui().click(QStringLiteral("partnersCorrect"));
    auto *dialog = page->correctionDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("attributionSave"));
    auto *partnerBox = dialog->findChild<QComboBox *>(QStringLiteral("attributionPartner"));
    auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("attributionReason"));
    QCOMPARE(partnerBox->currentData().toString(), QString());  // nobody brought jana
    QCOMPARE(partnerBox->findData(QStringLiteral("jana")), -1); // not her own partner
    QVERIFY(!save->isEnabled());
    partnerBox->setCurrentIndex(partnerBox->findData(QStringLiteral("max")));
    QVERIFY(!save->isEnabled()); // a partner alone is not enough: the history needs a reason
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("Max named her at the fair"));
    QVERIFY(save->isEnabled());

    // Max was brought by Tom, whom Jana brought: the server refuses the circle.
    const auto put = QStringLiteral("/api/v1/admin/accounts/jana/referrer");
    m_network->answer("PUT", put,
                      FakeNetwork::error(409, QStringLiteral("conflict"),
                                         {{QStringLiteral("referrer_id"), QStringLiteral("cycle")}}));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(m_network->requestsTo("PUT", put).size(), 1);
    const auto sent = m_network->requestsTo("PUT", put).constFirst();
    QCOMPARE(sent.json(),
             (QJsonObject {{QStringLiteral("referrer_id"), QStringLiteral("max")},
                           {QStringLiteral("reason"), QStringLiteral("Max named her at the fair")}}));
    QVERIFY(!sent.headers.value("idempotency-key").isEmpty());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("attributionPartnerError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("circle")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(reason->toPlainText(), QStringLiteral("Max named her at the fair"));
    QCOMPARE(partnerBox->currentData().toString(), QStringLiteral("max"));
    QVERIFY(save->isEnabled());

    // A reason the server finds too short shows at the reason; "nobody" is sent as null.
    partnerBox->setCurrentIndex(0);
    QVERIFY(!error->isVisible());
    m_network->answer("PUT", put,
                      FakeNetwork::error(422, QStringLiteral("validation_failed"),
                                         {{QStringLiteral("reason"), QStringLiteral("too_long")}}));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(m_network->requestsTo("PUT", put).size(), 2);
    QCOMPARE(m_network->requestsTo("PUT", put).at(1).json().value(QLatin1String("referrer_id")),
             QJsonValue(QJsonValue::Null));
    QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("attributionReasonError"))->isVisible());
    QCOMPARE(reason->toPlainText(), QStringLiteral("Max named her at the fair"));

    // Accepted: the dialog closes, the page says so and reads the figures anew.
    auto corrected = partners().constFirst();
    corrected.referredBy = {QStringLiteral("ali"), QStringLiteral("Ali"), {}};
    corrected.attributedAt = at(28, 10);
    corrected.source = ReferralSource {{}, {}, {}, {}, ReferralVia::Admin};
    m_network->answer("PUT", put, FakeNetwork::json(200, corrected.toJson()));
    partnerBox->setCurrentIndex(partnerBox->findData(QStringLiteral("ali")));
    const int loads = int(m_network->requestsTo("GET", kAdmin).size());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!page->correctionDialog() || !page->correctionDialog()->isVisible());
    QTRY_VERIFY(toast().contains(QLatin1String("Jana")));
    QCOMPARE(gui().text(QStringLiteral("partnerDetailReferrer")), QStringLiteral("Ali"));
    QCOMPARE(gui().text(QStringLiteral("partnerDetailVia")), QStringLiteral("Assigned by the agency"));
    QTRY_VERIFY(m_network->requestsTo("GET", kAdmin).size() > loads);
}

QTEST_MAIN(TestPartnerPages)
#include "tst_partner_pages.moc"
