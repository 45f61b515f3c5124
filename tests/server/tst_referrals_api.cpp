#include "DatabaseSnapshot.h"
#include "ServerFixture.h"

#include "server/db/Database.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

// The partner program over HTTP (issue 17, API.md "Partner program"): clicks on partner links
// and the landing page (fetched by a real HTTP client too), attribution at registration (the
// first click within the window wins, an expired window falls back to the code, self-referral,
// unknown codes, foreign click ids), the customer's summary, the admins' overview and
// corrections, and no raw client address anywhere in the data folder. The server trusts
// X-Forwarded-For ([server] behind_proxy), so each test plays visitors from addresses of its own.
// One server for the suite; time travel is a click's instant moved back in the database beside
// the running server (WAL allows it), as tst_session_sweep does with sessions.
class TestReferralsApi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void recordsClicksWithAndWithoutUtmFields();
    void attributesTheFirstClickWithinTheWindow();
    void fallsBackToTheCodeWhenTheClickIsOlderThanTheWindow();
    void refusesSelfReferralAndStoresNothing();
    void refusesAnUnknownCodeAndStoresNothing();
    void ignoresAClickIdOfAnotherCode();
    void summarisesAPartnersReferrals();
    void pagesThePartnersForAdminsOnly();
    void correctsAnAttributionWithReasonAndHistory();
    void refusesSelfAndCycleCorrections();
    void servesTheLandingPageToARealHttpClient();
    void answersHeadWithoutBodyAndRecordsNothing();
    void escapesAnUnknownCodeOnTheNotFoundPage();
    void keepsNoRawAddressInTheDataFolder(); // last: it reads every file the others left

private:
    using Customer = ServerFixture::Customer;
    struct Partner {
        QString id;
        QString token;
        QString code;
    };
    Partner partner(const QString &email, const QJsonObject &extra = {});
    HttpResult click(const QString &code, const std::string &address, const QString &query = {},
                     const std::string &referer = {});
    HttpResult registerFrom(const std::string &address, const QString &email, const QJsonObject &extra);
    QJsonObject entryOf(const QString &accountId);
    int clickCount();
    void backdateClick(const QString &clickId, int days);
    QString snapshot() const { return databaseSnapshot(m_fixture.server->databasePath()); }
    static QString clickIdIn(const QByteArray &page);
    static QString accountIdOf(const HttpResult &registered);

    ServerFixture m_fixture;
    TestHttp *m_http = nullptr;
    int m_people = 0;
    static inline const QString kDownload = QStringLiteral("https://download.example.com/kundenportal.deb");
    static constexpr const char *kVisitor = "203.0.113.77"; // TEST-NET-3: never a real client
};

void TestReferralsApi::initTestCase()
{
    QVERIFY2(m_fixture.start({{QStringLiteral("security/register_per_hour"), QStringLiteral("1000")},
                              {QStringLiteral("server/behind_proxy"), QStringLiteral("true")},
                              {QStringLiteral("server/public_url"), QStringLiteral("https://portal.example.com/")},
                              {QStringLiteral("referrals/agency_name"), QStringLiteral("Leadwerk <Agentur>")},
                              {QStringLiteral("referrals/download_url"), kDownload}}),
             qPrintable(m_fixture.error()));
    m_http = m_fixture.http.get();
}

void TestReferralsApi::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestReferralsApi::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

TestReferralsApi::Partner TestReferralsApi::partner(const QString &email, const QJsonObject &extra)
{
    const auto customer = m_fixture.approvedCustomer(email, extra);
    const auto me = m_http->get(QStringLiteral("/api/v1/me"), customer.token);
    return {customer.id, customer.token, me.json.value(QLatin1String("referral_code")).toString()};
}

HttpResult TestReferralsApi::click(const QString &code, const std::string &address, const QString &query,
                                   const std::string &referer)
{
    TestHttp::Headers headers {{"X-Forwarded-For", address}};
    if (!referer.empty())
        headers.emplace_back("Referer", referer);
    return m_http->get(QStringLiteral("/r/") + code + query, {}, headers);
}

HttpResult TestReferralsApi::registerFrom(const std::string &address, const QString &email, const QJsonObject &extra)
{
    QJsonObject body {{QStringLiteral("email"), email},
                      {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                      {QStringLiteral("name"), QStringLiteral("Neukunde %1").arg(++m_people)},
                      {QStringLiteral("company"), QStringLiteral("Firma %1").arg(m_people)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return m_http->send(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/register"),
                        QJsonDocument(body).toJson(QJsonDocument::Compact), QStringLiteral("application/json"), {},
                        {{"X-Forwarded-For", address}});
}

QString TestReferralsApi::clickIdIn(const QByteArray &page)
{
    static const QRegularExpression link(
        QStringLiteral("kundenportal://register\\?ref=[A-Z0-9]+&amp;click=([^\"&]+)\""));
    return link.match(QString::fromUtf8(page)).captured(1);
}

QString TestReferralsApi::accountIdOf(const HttpResult &registered)
{
    return registered.json.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString();
}

QJsonObject TestReferralsApi::entryOf(const QString &accountId)
{
    const auto list = m_http->get(QStringLiteral("/api/v1/admin/referrals?limit=500"), m_fixture.adminToken);
    for (const auto &item : list.json.value(QLatin1String("items")).toArray()) {
        if (item.toObject().value(QLatin1String("account_id")).toString() == accountId)
            return item.toObject();
    }
    return {};
}

int TestReferralsApi::clickCount()
{
    kp::server::Database database(m_fixture.server->databasePath());
    auto count = database.connection().query("SELECT count(*) FROM referral_clicks");
    return count.next() ? int(count.integer(0)) : -1;
}

void TestReferralsApi::backdateClick(const QString &clickId, int days)
{
    // Written beside the running server: the click happened `days` ago.
    kp::server::Database database(m_fixture.server->databasePath());
    const auto at = QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs);
    QCOMPARE(database.connection().query("UPDATE referral_clicks SET clicked_at = ? WHERE id = ?", at, clickId).run(),
             1);
}

void TestReferralsApi::recordsClicksWithAndWithoutUtmFields()
{
    const auto owner = partner(QStringLiteral("klicks@partner.de"));
    QCOMPARE(owner.code.size(), 8);
    const auto tagged = click(owner.code, "198.51.100.10",
                              QStringLiteral("?utm_source=instagram&utm_medium=story&utm_campaign=herbst%202026"),
                              "https://www.instagram.com/p/abc123/?igsh=secret");
    QCOMPARE(tagged.status, 200);
    const auto taggedId = clickIdIn(tagged.body);
    QVERIFY2(taggedId.size() >= 22, tagged.body.constData()); // 128 bits, base64url
    // A reload from the same address is the same click, not a second one.
    const auto reload = click(owner.code, "198.51.100.10", QStringLiteral("?utm_source=other"));
    QCOMPARE(clickIdIn(reload.body), taggedId);
    // Lower case works as well; without utm fields the source stays empty. An overlong value is cut.
    const auto plain = click(owner.code.toLower(), "198.51.100.11",
                             QStringLiteral("?utm_campaign=") + QString(300, QLatin1Char('x')));
    QCOMPARE(plain.status, 200);
    const auto plainId = clickIdIn(plain.body);
    QVERIFY(!plainId.isEmpty() && plainId != taggedId);

    kp::server::Database database(m_fixture.server->databasePath());
    auto rows = database.connection().query(
        "SELECT id, utm_source, utm_medium, utm_campaign, referrer, partner_id FROM referral_clicks "
        "WHERE partner_id = ? ORDER BY clicked_at",
        owner.id);
    QVERIFY(rows.next());
    QCOMPARE(rows.text(0), taggedId);
    QCOMPARE(rows.text(1), QStringLiteral("instagram"));
    QCOMPARE(rows.text(2), QStringLiteral("story"));
    QCOMPARE(rows.text(3), QStringLiteral("herbst 2026"));
    QCOMPARE(rows.text(4), QStringLiteral("www.instagram.com")); // the host only, never the URL
    QVERIFY(rows.next());
    QCOMPARE(rows.text(0), plainId);
    QVERIFY(rows.isNull(1) && rows.isNull(2) && rows.isNull(4));
    QCOMPARE(rows.text(3).size(), 200);
    QVERIFY(!rows.next());

    const auto summary = m_http->get(QStringLiteral("/api/v1/referrals"), owner.token);
    QCOMPARE(summary.status, 200);
    QCOMPARE(summary.json.value(QLatin1String("clicks")).toInt(), 2);
    QCOMPARE(summary.json.value(QLatin1String("link")).toString(),
             QStringLiteral("https://portal.example.com/r/") + owner.code);
}

void TestReferralsApi::attributesTheFirstClickWithinTheWindow()
{
    const auto first = partner(QStringLiteral("erster@partner.de"));
    const auto second = partner(QStringLiteral("zweiter@partner.de"));
    const std::string visitor = "198.51.100.20";
    const auto firstClick = clickIdIn(click(first.code, visitor, QStringLiteral("?utm_source=newsletter")).body);
    const auto secondClick = clickIdIn(click(second.code, visitor, QStringLiteral("?utm_source=facebook")).body);
    QVERIFY(!firstClick.isEmpty() && !secondClick.isEmpty());
    // The app link of the second partner's page, from the address that clicked the first's before.
    const auto registered = registerFrom(
        visitor, QStringLiteral("beide@kunde.de"),
        {{QStringLiteral("referral_code"), second.code}, {QStringLiteral("referral_click"), secondClick}});
    QCOMPARE(registered.status, 201);
    const auto referredBy
        = registered.json.value(QLatin1String("account")).toObject().value(QLatin1String("referred_by"));
    QCOMPARE(referredBy.toObject().value(QLatin1String("code")).toString(), first.code);

    const auto entry = entryOf(accountIdOf(registered));
    QCOMPARE(entry.value(QLatin1String("referred_by")).toObject().value(QLatin1String("id")).toString(), first.id);
    const auto source = entry.value(QLatin1String("source")).toObject();
    QCOMPARE(source.value(QLatin1String("via")).toString(), QStringLiteral("link"));
    QCOMPARE(source.value(QLatin1String("utm_source")).toString(), QStringLiteral("newsletter"));
    const auto summary = m_http->get(QStringLiteral("/api/v1/referrals"), first.token).json;
    QCOMPARE(summary.value(QLatin1String("registrations")).toInt(), 1);
    QVERIFY(!summary.value(QLatin1String("referrals"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("clicked_at"))
                 .isNull());
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/referrals"), second.token)
                 .json.value(QLatin1String("registrations"))
                 .toInt(),
             0);
}

void TestReferralsApi::fallsBackToTheCodeWhenTheClickIsOlderThanTheWindow()
{
    const auto owner = partner(QStringLiteral("fenster@partner.de"));
    // 59 days ago is inside the default window of 60 days; 61 days ago is outside it.
    const std::string inside = "198.51.100.30";
    const std::string outside = "198.51.100.31";
    const auto recent = clickIdIn(click(owner.code, inside, QStringLiteral("?utm_source=flyer")).body);
    const auto old = clickIdIn(click(owner.code, outside, QStringLiteral("?utm_source=flyer")).body);
    backdateClick(recent, 59);
    backdateClick(old, 61);
    const auto viaLink
        = registerFrom(inside, QStringLiteral("innen@kunde.de"),
                       {{QStringLiteral("referral_code"), owner.code}, {QStringLiteral("referral_click"), recent}});
    const auto viaCode
        = registerFrom(outside, QStringLiteral("aussen@kunde.de"),
                       {{QStringLiteral("referral_code"), owner.code}, {QStringLiteral("referral_click"), old}});
    QCOMPARE(viaLink.status, 201);
    QCOMPARE(viaCode.status, 201);
    QCOMPARE(
        entryOf(accountIdOf(viaLink)).value(QLatin1String("source")).toObject().value(QLatin1String("via")).toString(),
        QStringLiteral("link"));
    const auto expired = entryOf(accountIdOf(viaCode));
    QCOMPARE(expired.value(QLatin1String("referred_by")).toObject().value(QLatin1String("id")).toString(), owner.id);
    const auto source = expired.value(QLatin1String("source")).toObject();
    QCOMPARE(source.value(QLatin1String("via")).toString(), QStringLiteral("code"));
    QVERIFY(source.value(QLatin1String("utm_source")).isNull());
}

void TestReferralsApi::refusesSelfReferralAndStoresNothing()
{
    const auto owner
        = partner(QStringLiteral("Selbst@Partner.de"), {{QStringLiteral("phone"), QStringLiteral("030 555 0101")}});
    const auto own = clickIdIn(click(owner.code, "198.51.100.40").body);
    const auto before = snapshot();
    // The same mailbox (case and +tag aside), or the same phone under another address.
    const QJsonObject attempts[] = {
        {{QStringLiteral("email"), QStringLiteral("selbst+zweit@partner.de")}},
        {{QStringLiteral("email"), QStringLiteral("anders@partner.de")},
         {QStringLiteral("phone"), QStringLiteral("+49 30 5550101")}},
    };
    for (const auto &attempt : attempts) {
        auto extra = attempt;
        extra.insert(QStringLiteral("referral_code"), owner.code);
        extra.insert(QStringLiteral("referral_click"), own);
        const auto email = extra.take(QStringLiteral("email")).toString();
        const auto refused = registerFrom("198.51.100.40", email, extra);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("conflict"));
        QCOMPARE(refused.fieldProblem(QStringLiteral("referral_code")), QStringLiteral("self_referral"));
        QCOMPARE(refused.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
                 QStringLiteral("You cannot use your own referral link."));
    }
    QCOMPARE(snapshot(), before);
}

void TestReferralsApi::refusesAnUnknownCodeAndStoresNothing()
{
    const auto before = snapshot();
    const auto refused = registerFrom("198.51.100.50", QStringLiteral("unbekannt@kunde.de"),
                                      {{QStringLiteral("referral_code"), QStringLiteral("NOSUCH22")}});
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("validation_failed"));
    QCOMPARE(refused.fieldProblem(QStringLiteral("referral_code")), QStringLiteral("unknown"));
    const auto tooLong = registerFrom("198.51.100.50", QStringLiteral("unbekannt@kunde.de"),
                                      {{QStringLiteral("referral_click"), QString(65, QLatin1Char('a'))}});
    QCOMPARE(tooLong.status, 422);
    QCOMPARE(tooLong.fieldProblem(QStringLiteral("referral_click")), QStringLiteral("too_long"));
    QCOMPARE(snapshot(), before);
}

void TestReferralsApi::ignoresAClickIdOfAnotherCode()
{
    const auto clicked = partner(QStringLiteral("geklickt@partner.de"));
    const auto named = partner(QStringLiteral("genannt@partner.de"));
    const auto foreign = clickIdIn(click(clicked.code, "198.51.100.60").body);
    // From another address: the foreign click is no evidence, the code decides.
    for (const auto &clickId : {foreign, QStringLiteral("no-such-click")}) {
        const auto registered = registerFrom(
            "198.51.100.61", QStringLiteral("fremd%1@kunde.de").arg(m_people),
            {{QStringLiteral("referral_code"), named.code}, {QStringLiteral("referral_click"), clickId}});
        QCOMPARE(registered.status, 201);
        const auto entry = entryOf(accountIdOf(registered));
        QCOMPARE(entry.value(QLatin1String("referred_by")).toObject().value(QLatin1String("id")).toString(), named.id);
        QCOMPARE(entry.value(QLatin1String("source")).toObject().value(QLatin1String("via")).toString(),
                 QStringLiteral("code"));
    }
    // A click id without a code attributes nothing: the address alone never does either.
    const auto alone = registerFrom("198.51.100.60", QStringLiteral("ohnecode@kunde.de"),
                                    {{QStringLiteral("referral_click"), foreign}});
    QCOMPARE(alone.status, 201);
    QVERIFY(alone.json.value(QLatin1String("account")).toObject().value(QLatin1String("referred_by")).isNull());
    QVERIFY(entryOf(accountIdOf(alone)).value(QLatin1String("referred_by")).isNull());
}

void TestReferralsApi::summarisesAPartnersReferrals()
{
    const auto owner = partner(QStringLiteral("summe@partner.de"));
    const auto linked
        = clickIdIn(click(owner.code, "198.51.100.70", QStringLiteral("?utm_source=linkedin&utm_medium=social"),
                          "https://www.linkedin.com/feed/")
                        .body);
    const auto approvedOne
        = registerFrom("198.51.100.70", QStringLiteral("freigabe@kunde.de"),
                       {{QStringLiteral("referral_code"), owner.code}, {QStringLiteral("referral_click"), linked}});
    const auto rejectedOne = registerFrom("198.51.100.71", QStringLiteral("ablehnung@kunde.de"),
                                          {{QStringLiteral("referral_code"), owner.code}});
    const auto waiting = registerFrom("198.51.100.72", QStringLiteral("wartet@kunde.de"),
                                      {{QStringLiteral("referral_code"), owner.code}});
    QCOMPARE(m_http
                 ->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(accountIdOf(approvedOne)), {},
                        m_fixture.adminToken)
                 .status,
             200);
    QCOMPARE(m_http
                 ->post(QStringLiteral("/api/v1/admin/accounts/%1/reject").arg(accountIdOf(rejectedOne)),
                        {{QStringLiteral("reason"), QStringLiteral("Keine Zielgruppe")}}, m_fixture.adminToken)
                 .status,
             200);

    const auto summary = m_http->get(QStringLiteral("/api/v1/referrals"), owner.token);
    QCOMPARE(summary.status, 200);
    const auto &json = summary.json;
    QCOMPARE(json.value(QLatin1String("code")).toString(), owner.code);
    QCOMPARE(json.value(QLatin1String("clicks")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("registrations")).toInt(), 3);
    QCOMPARE(json.value(QLatin1String("approved")).toInt(), 1);
    const auto referrals = json.value(QLatin1String("referrals")).toArray();
    QCOMPARE(referrals.size(), 3);
    // Newest registration first, each with its status and source.
    QStringList ids;
    QStringList statuses;
    for (const auto &item : referrals) {
        ids.append(item.toObject().value(QLatin1String("id")).toString());
        statuses.append(item.toObject().value(QLatin1String("status")).toString());
    }
    QCOMPARE(ids, (QStringList {accountIdOf(waiting), accountIdOf(rejectedOne), accountIdOf(approvedOne)}));
    QCOMPARE(statuses,
             (QStringList {QStringLiteral("registered"), QStringLiteral("rejected"), QStringLiteral("approved")}));
    const auto viaLink = referrals.at(2).toObject();
    QCOMPARE(viaLink.value(QLatin1String("name")).toString(),
             approvedOne.json.value(QLatin1String("account")).toObject().value(QLatin1String("name")).toString());
    const auto source = viaLink.value(QLatin1String("source")).toObject();
    QCOMPARE(source.value(QLatin1String("utm_source")).toString(), QStringLiteral("linkedin"));
    QCOMPARE(source.value(QLatin1String("utm_medium")).toString(), QStringLiteral("social"));
    QCOMPARE(source.value(QLatin1String("referrer")).toString(), QStringLiteral("www.linkedin.com"));
    QCOMPARE(source.value(QLatin1String("via")).toString(), QStringLiteral("link"));
    QVERIFY(!viaLink.value(QLatin1String("clicked_at")).isNull());
    QVERIFY(referrals.at(0).toObject().value(QLatin1String("clicked_at")).isNull());

    // Revalidates with its ETag; another customer sees only their own; admins have no partner page.
    const auto etag = summary.header("ETag");
    QVERIFY(!etag.isEmpty());
    QCOMPARE(
        m_http->get(QStringLiteral("/api/v1/referrals"), owner.token, {{"If-None-Match", etag.toStdString()}}).status,
        304);
    const auto other = partner(QStringLiteral("andere@partner.de"));
    const auto theirs = m_http->get(QStringLiteral("/api/v1/referrals"), other.token).json;
    QCOMPARE(theirs.value(QLatin1String("registrations")).toInt(), 0);
    QVERIFY(theirs.value(QLatin1String("referrals")).toArray().isEmpty());
    const auto admin = m_http->get(QStringLiteral("/api/v1/referrals"), m_fixture.adminToken);
    QCOMPARE(admin.status, 403);
    QCOMPARE(admin.errorCode(), QStringLiteral("forbidden"));
}

void TestReferralsApi::pagesThePartnersForAdminsOnly()
{
    partner(QStringLiteral("seite1@partner.de"));
    partner(QStringLiteral("seite2@partner.de"));
    const auto all = m_http->get(QStringLiteral("/api/v1/admin/referrals?limit=500"), m_fixture.adminToken);
    QCOMPARE(all.status, 200);
    QStringList expected;
    for (const auto &item : all.json.value(QLatin1String("items")).toArray())
        expected.append(item.toObject().value(QLatin1String("account_id")).toString());
    QVERIFY(expected.size() >= 3);
    QVERIFY(all.json.value(QLatin1String("next_cursor")).isNull());
    QStringList seen;
    QString cursor;
    do {
        auto path = QStringLiteral("/api/v1/admin/referrals?limit=2");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const auto page = m_http->get(path, m_fixture.adminToken);
        QCOMPARE(page.status, 200);
        const auto items = page.json.value(QLatin1String("items")).toArray();
        QVERIFY(items.size() <= 2);
        for (const auto &item : items) {
            const auto entry = item.toObject();
            QVERIFY(!entry.value(QLatin1String("email")).toString().startsWith(QLatin1String("admin@")));
            seen.append(entry.value(QLatin1String("account_id")).toString());
        }
        cursor = page.json.value(QLatin1String("next_cursor")).toString();
    } while (!cursor.isEmpty());
    QCOMPARE(seen, expected); // oldest first, every customer once, no admin

    for (const auto &bad : {QStringLiteral("?limit=0"), QStringLiteral("?limit=501"), QStringLiteral("?cursor=zzz")}) {
        const auto refused = m_http->get(QStringLiteral("/api/v1/admin/referrals") + bad, m_fixture.adminToken);
        QCOMPARE(refused.status, 422);
    }
    const auto customer = partner(QStringLiteral("neugierig@partner.de"));
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/referrals"), customer.token).status, 403);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/accounts/%1/referrer/history").arg(customer.id), customer.token)
                 .status,
             403);
    const auto put = m_http->send(
        QStringLiteral("PUT"), QStringLiteral("/api/v1/admin/accounts/%1/referrer").arg(customer.id),
        R"({"referrer_id":null,"reason":"ich selbst"})", QStringLiteral("application/json"), customer.token);
    QCOMPARE(put.status, 403);
    QCOMPARE(put.errorCode(), QStringLiteral("forbidden"));
}

void TestReferralsApi::correctsAnAttributionWithReasonAndHistory()
{
    const auto original = partner(QStringLiteral("alt@partner.de"));
    const auto corrected = partner(QStringLiteral("neu@partner.de"));
    const auto linked = clickIdIn(click(original.code, "198.51.100.80", QStringLiteral("?utm_source=flyer")).body);
    const auto registered
        = registerFrom("198.51.100.80", QStringLiteral("korrektur@kunde.de"),
                       {{QStringLiteral("referral_code"), original.code}, {QStringLiteral("referral_click"), linked}});
    const auto id = accountIdOf(registered);
    const auto path = QStringLiteral("/api/v1/admin/accounts/%1/referrer").arg(id);
    const auto put = [&](const QJsonObject &body, const std::string &key = {}) {
        TestHttp::Headers headers;
        if (!key.empty())
            headers.emplace_back("Idempotency-Key", key);
        return m_http->send(QStringLiteral("PUT"), path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            QStringLiteral("application/json"), m_fixture.adminToken, headers);
    };

    // Refusals first: each leaves everything as it was.
    const auto before = snapshot();
    const struct {
        QJsonObject body;
        const char *field;
        const char *problem;
    } invalid[] = {
        {{{QStringLiteral("referrer_id"), corrected.id}}, "reason", "required"},
        {{{QStringLiteral("referrer_id"), corrected.id}, {QStringLiteral("reason"), QStringLiteral("ab")}},
         "reason",
         "too_short"},
        {{{QStringLiteral("referrer_id"), corrected.id}, {QStringLiteral("reason"), QString(501, QLatin1Char('x'))}},
         "reason",
         "too_long"},
        {{{QStringLiteral("reason"), QStringLiteral("Telefonat")}}, "referrer_id", "required"},
        {{{QStringLiteral("referrer_id"), QStringLiteral("acc_nobody")},
          {QStringLiteral("reason"), QStringLiteral("Telefonat")}},
         "referrer_id",
         "unknown"},
    };
    for (const auto &test : invalid) {
        const auto refused = put(test.body);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.fieldProblem(QLatin1String(test.field)), QLatin1String(test.problem));
    }
    const auto adminId
        = m_http->get(QStringLiteral("/api/v1/me"), m_fixture.adminToken).json.value(QLatin1String("id")).toString();
    const auto adminPartner
        = put({{QStringLiteral("referrer_id"), adminId}, {QStringLiteral("reason"), QStringLiteral("Telefonat")}});
    QCOMPARE(adminPartner.status, 422);
    QCOMPARE(adminPartner.fieldProblem(QStringLiteral("referrer_id")), QStringLiteral("invalid"));
    QCOMPARE(m_http
                 ->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/admin/accounts/acc_nobody/referrer"),
                        R"({"referrer_id":null,"reason":"Telefonat"})", QStringLiteral("application/json"),
                        m_fixture.adminToken)
                 .status,
             404);
    QCOMPARE(snapshot(), before);

    // The correction: via admin, the old click's source dropped, one history row.
    const auto body
        = QJsonObject {{QStringLiteral("referrer_id"), corrected.id},
                       {QStringLiteral("reason"), QStringLiteral("Laut Telefonat kam der Kunde über Herrn Neu.")}};
    const auto changed = put(body, "korrektur-1");
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json.value(QLatin1String("account_id")).toString(), id);
    QCOMPARE(changed.json.value(QLatin1String("referred_by")).toObject().value(QLatin1String("id")).toString(),
             corrected.id);
    const auto source = changed.json.value(QLatin1String("source")).toObject();
    QCOMPARE(source.value(QLatin1String("via")).toString(), QStringLiteral("admin"));
    QVERIFY(source.value(QLatin1String("utm_source")).isNull());
    // The same Idempotency-Key replays the answer and writes no second row.
    const auto replayed = put(body, "korrektur-1");
    QCOMPARE(replayed.status, 200);
    QCOMPARE(replayed.header("Idempotent-Replayed"), QStringLiteral("true"));
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/referrals"), corrected.token)
                 .json.value(QLatin1String("registrations"))
                 .toInt(),
             1);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/referrals"), original.token)
                 .json.value(QLatin1String("registrations"))
                 .toInt(),
             0);

    const auto cleared = put({{QStringLiteral("referrer_id"), QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("reason"), QStringLiteral("Doch ohne Empfehlung")}});
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.json.value(QLatin1String("referred_by")).isNull());
    QVERIFY(cleared.json.value(QLatin1String("source")).isNull());

    const auto history = m_http->get(path + QStringLiteral("/history"), m_fixture.adminToken);
    QCOMPARE(history.status, 200);
    const auto items = history.json.value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 2);
    const auto newest = items.at(0).toObject();
    const auto oldest = items.at(1).toObject();
    QCOMPARE(newest.value(QLatin1String("reason")).toString(), QStringLiteral("Doch ohne Empfehlung"));
    QCOMPARE(newest.value(QLatin1String("from")).toObject().value(QLatin1String("id")).toString(), corrected.id);
    QVERIFY(newest.value(QLatin1String("to")).isNull());
    QCOMPARE(oldest.value(QLatin1String("from")).toObject().value(QLatin1String("id")).toString(), original.id);
    QCOMPARE(oldest.value(QLatin1String("to")).toObject().value(QLatin1String("id")).toString(), corrected.id);
    QCOMPARE(oldest.value(QLatin1String("by")).toObject().value(QLatin1String("id")).toString(), adminId);
    QVERIFY(history.json.value(QLatin1String("next_cursor")).isNull());
    QCOMPARE(
        m_http->get(QStringLiteral("/api/v1/admin/accounts/acc_nobody/referrer/history"), m_fixture.adminToken).status,
        404);
}

void TestReferralsApi::refusesSelfAndCycleCorrections()
{
    // a brought b, b brought c: c cannot have brought a, nor b, nor itself.
    const auto a = partner(QStringLiteral("kette-a@partner.de"));
    const auto b = registerFrom("198.51.100.90", QStringLiteral("kette-b@kunde.de"),
                                {{QStringLiteral("referral_code"), a.code}});
    const auto bCode
        = b.json.value(QLatin1String("account")).toObject().value(QLatin1String("referral_code")).toString();
    const auto c
        = registerFrom("198.51.100.91", QStringLiteral("kette-c@kunde.de"), {{QStringLiteral("referral_code"), bCode}});
    QCOMPARE(c.status, 201);
    const auto correct = [&](const QString &account, const QString &referrer) {
        return m_http->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/admin/accounts/%1/referrer").arg(account),
                            QJsonDocument(QJsonObject {{QStringLiteral("referrer_id"), referrer},
                                                       {QStringLiteral("reason"), QStringLiteral("Prüfung")}})
                                .toJson(QJsonDocument::Compact),
                            QStringLiteral("application/json"), m_fixture.adminToken);
    };
    const auto before = snapshot();
    const struct {
        QString account;
        QString referrer;
        const char *problem;
    } cases[] = {
        {accountIdOf(c), accountIdOf(c), "self_referral"},
        {a.id, accountIdOf(c), "cycle"},
        {accountIdOf(b), accountIdOf(c), "cycle"},
    };
    for (const auto &test : cases) {
        const auto refused = correct(test.account, test.referrer);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("conflict"));
        QCOMPARE(refused.fieldProblem(QStringLiteral("referrer_id")), QLatin1String(test.problem));
    }
    QCOMPARE(snapshot(), before);
}

void TestReferralsApi::servesTheLandingPageToARealHttpClient()
{
    const auto owner
        = partner(QStringLiteral("seite@partner.de"), {{QStringLiteral("name"), QStringLiteral("Geheimer Name")}});
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const auto fetch = [&](const QByteArray &language) {
        QNetworkRequest request(QUrl(m_fixture.server->baseUrl() + QStringLiteral("/r/") + owner.code
                                     + QStringLiteral("?utm_source=mail")));
        request.setRawHeader("Accept-Language", language);
        request.setRawHeader("X-Forwarded-For", "198.51.100.100");
        auto *reply = network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return std::tuple(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                          reply->rawHeaderPairs());
    };
    const auto [status, html, headers] = fetch("de-DE,de;q=0.9,en;q=0.5");
    QCOMPARE(status, 200);
    QMap<QByteArray, QByteArray> header;
    for (const auto &[name, value] : headers)
        header.insert(name.toLower(), value);
    QVERIFY(header.value("content-type").startsWith("text/html"));
    QCOMPARE(header.value("cache-control"), QByteArray("no-store"));
    QCOMPARE(header.value("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(header.value("referrer-policy"), QByteArray("no-referrer"));
    QVERIFY(header.value("content-security-policy").startsWith("default-src 'none'; style-src 'sha256-"));

    const auto page = QString::fromUtf8(html);
    QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
    // The one inline style is the one the policy allows, by its hash.
    static const QRegularExpression style(QStringLiteral("<style>([^<]*)</style>"));
    const auto styles = style.match(page);
    QVERIFY(styles.hasMatch());
    QVERIFY(header.value("content-security-policy")
                .contains("'sha256-"
                          + QCryptographicHash::hash(styles.captured(1).toUtf8(), QCryptographicHash::Sha256).toBase64()
                          + "'"));
    QCOMPARE(page.count(QLatin1String("<style")), 1);
    QVERIFY(page.contains(QLatin1String("<html lang=\"de\">")));
    QVERIFY(page.contains(QLatin1String("name=\"viewport\"")));
    QVERIFY(page.contains(QStringLiteral("<b>%1</b>").arg(owner.code)));
    const auto clickId = clickIdIn(html);
    QVERIFY(page.contains(QStringLiteral("kundenportal://register?ref=%1&amp;click=%2").arg(owner.code, clickId)));
    {
        kp::server::Database database(m_fixture.server->databasePath());
        auto row = database.connection().query("SELECT partner_id FROM referral_clicks WHERE id = ?", clickId);
        QVERIFY(row.next());
        QCOMPARE(row.text(0), owner.id);
    }
    // Escaped config text, the download link, and no partner's name (a guessed code reveals nobody).
    QVERIFY(page.contains(QLatin1String("Leadwerk &lt;Agentur&gt;")));
    QVERIFY(!page.contains(QLatin1String("Leadwerk <Agentur>")));
    QVERIFY(!page.contains(QLatin1String("Geheimer Name")));
    QVERIFY(page.contains(QStringLiteral("href=\"%1\"").arg(kDownload)));
    // Nothing loads from elsewhere: every src/href to http(s) is the download link, and no
    // stylesheet, script, frame, font or CSS url() is there at all.
    static const QRegularExpression reference(QStringLiteral(R"((?:src|href|action|srcset)\s*=\s*["']?([^"'\s>]*))"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (auto it = reference.globalMatch(page); it.hasNext();) {
        const auto target = it.next().captured(1);
        QVERIFY2(!target.startsWith(QLatin1String("http"), Qt::CaseInsensitive) || target == kDownload,
                 qPrintable(target));
        QVERIFY2(!target.startsWith(QLatin1String("//")), qPrintable(target));
    }
    for (const auto *forbidden : {"<script", "<link", "<iframe", "<img", "@import", "url("})
        QVERIFY2(!page.contains(QLatin1String(forbidden), Qt::CaseInsensitive), forbidden);

    const auto [enStatus, english, enHeaders] = fetch("en-US,en;q=0.9,de;q=0.3");
    Q_UNUSED(enHeaders)
    QCOMPARE(enStatus, 200);
    QVERIFY(QString::fromUtf8(english).contains(QLatin1String("<html lang=\"en\">")));
    QCOMPARE(clickIdIn(english), clickId); // the same visitor within 30 minutes: the same click
}

void TestReferralsApi::answersHeadWithoutBodyAndRecordsNothing()
{
    const auto owner = partner(QStringLiteral("kopf@partner.de"));
    const auto clicks = clickCount();
    const auto before = snapshot();
    const auto head = m_http->send(QStringLiteral("HEAD"), QStringLiteral("/r/") + owner.code, {}, {}, {},
                                   {{"X-Forwarded-For", "198.51.100.110"}});
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QVERIFY(head.header("Content-Type").startsWith(QLatin1String("text/html")));
    QCOMPARE(head.header("Cache-Control"), QStringLiteral("no-store"));
    QVERIFY(!head.header("Content-Security-Policy").isEmpty());
    const auto unknown = m_http->send(QStringLiteral("HEAD"), QStringLiteral("/r/NOSUCH22"), {}, {});
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.body.isEmpty());
    QCOMPARE(clickCount(), clicks);
    QCOMPARE(snapshot(), before);
}

void TestReferralsApi::escapesAnUnknownCodeOnTheNotFoundPage()
{
    const auto before = snapshot();
    for (const auto &path : {QStringLiteral("/r/%3Cscript%3Ealert(1)%3C\\script%3E"), QStringLiteral("/r/NOSUCH22"),
                             QStringLiteral("/r/%22onmouseover%3D%22x")}) {
        const auto answer = m_http->get(path, {}, {{"Accept-Language", "en"}});
        QCOMPARE(answer.status, 404);
        QVERIFY(answer.header("Content-Type").startsWith(QLatin1String("text/html")));
        const auto page = QString::fromUtf8(answer.body);
        QVERIFY(page.contains(QLatin1String("This referral link is not valid")));
        QVERIFY2(!page.contains(QLatin1String("<script")), qPrintable(page));
        QVERIFY(!page.contains(QLatin1String("\"onmouseover")));
    }
    const auto page = QString::fromUtf8(m_http->get(QStringLiteral("/r/%3Cscript%3E")).body);
    QVERIFY(page.contains(QLatin1String("&lt;script&gt;")));
    QCOMPARE(snapshot(), before);
}

void TestReferralsApi::keepsNoRawAddressInTheDataFolder()
{
    const auto owner = partner(QStringLiteral("adresse@partner.de"));
    const auto visited = clickIdIn(click(owner.code, kVisitor, QStringLiteral("?utm_source=adresse")).body);
    QVERIFY(!visited.isEmpty());
    QCOMPARE(registerFrom(kVisitor, QStringLiteral("adresse@kunde.de"),
                          {{QStringLiteral("referral_code"), owner.code}, {QStringLiteral("referral_click"), visited}})
                 .status,
             201);
    // Clicks without a forwarded address came from the loopback peer itself.
    QCOMPARE(m_http->get(QStringLiteral("/r/") + owner.code).status, 200);

    // The stored hash is the keyed one (HMAC-SHA256 under the data folder's key), not a plain
    // hash anyone could reverse by hashing the 2^32 IPv4 addresses.
    const auto dataDir = m_fixture.server->dataDir();
    QFile keyFile(dataDir + QStringLiteral("/referral-address.key"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QCOMPARE(keyFile.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    const auto key = keyFile.readAll();
    const auto keyed = QMessageAuthenticationCode::hash(kVisitor, key, QCryptographicHash::Sha256).toHex();
    const auto plain = QCryptographicHash::hash(kVisitor, QCryptographicHash::Sha256).toHex();
    {
        kp::server::Database database(m_fixture.server->databasePath());
        auto row = database.connection().query("SELECT address_hash FROM referral_clicks WHERE id = ?", visited);
        QVERIFY(row.next());
        QCOMPARE(row.text(0).toLatin1(), keyed);
    }

    // Every file of the data folder (database, WAL, keys, uploads) and the server's log.
    QStringList files;
    for (QDirIterator it(dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
        files.append(it.next());
    QVERIFY(files.contains(m_fixture.server->databasePath() + QStringLiteral("-wal")));
    for (const auto &path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto bytes = file.readAll();
        QVERIFY2(!bytes.contains(kVisitor), qPrintable(path));
        QVERIFY2(!bytes.contains("127.0.0.1"), qPrintable(path));
        QVERIFY2(!bytes.contains(plain), qPrintable(path));
    }
    // The log names the listening address (127.0.0.1), never a client's.
    QVERIFY(!m_fixture.server->log().contains(QLatin1String(kVisitor)));
    QVERIFY(m_fixture.server->log().contains(QStringLiteral("/r/") + owner.code));
}

QTEST_GUILESS_MAIN(TestReferralsApi)
#include "tst_referrals_api.moc"
