#include "DatabaseSnapshot.h"
#include "ServerFixture.h"
#include "TestImages.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QTest>

// The customer's own profile: PATCH /me and POST /me/password (API.md "Accounts and sessions").
// One server for the suite; every test makes its own customers.
class TestProfileApi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void editsNameCompanyUserNameEmailAndPhone();
    void keepsFieldsThePatchLeavesOutAndClearsNullOnes();
    void answersATakenEmailOrUserNameOnThatFieldAndChangesNothing();
    void namesEveryInvalidFieldAndChangesNothing();
    void refusesEditsOfPendingAccountsAndWithoutSession();
    void changesPasswordEndingEveryOtherSessionButThisOne();
    void refusesWrongCurrentPasswordAndChangesNothing();
    void refusesANewPasswordBelowThePolicy();
    void throttlesGuessesOfTheCurrentPassword();
    void storesAPictureReencodedAndServesItWithCaching();
    void showsAPictureToItsOwnerAndAdminsOnly();
    void replacingAPictureDeletesTheOldFile();
    void refusesWhatIsNoPictureAndChangesNothing();
    void refusesA50MiBUploadUnread();

private:
    struct Customer {
        QString id;
        QString email;
        QString token;
    };
    Customer approvedCustomer(const QString &email);
    HttpResult patchMe(const QJsonObject &body, const QString &token);
    HttpResult changePassword(const QString &current, const QString &replacement, const QString &token);
    HttpResult putAvatar(const QByteArray &bytes, const QString &token,
                         const QString &contentType = QStringLiteral("image/png"));
    QStringList storedAvatarFiles() const;

    ServerFixture m_fixture;
    TestHttp *m_http = nullptr;
};

static const QString kPassword = QStringLiteral("correct horse battery");
static const QString kNewPassword = QStringLiteral("a brand new passphrase");

void TestProfileApi::initTestCase()
{
    // Three failures per account and address: the throttling test needs few guesses. Every
    // test registers its own customers from one address.
    QVERIFY2(m_fixture.start({{QStringLiteral("security/login_max_failures"), QStringLiteral("3")},
                              {QStringLiteral("security/register_per_hour"), QStringLiteral("1000")}}),
             qPrintable(m_fixture.error()));
    m_http = m_fixture.http.get();
}

void TestProfileApi::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestProfileApi::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

TestProfileApi::Customer TestProfileApi::approvedCustomer(const QString &email)
{
    const auto registered = m_http->registerCustomer(email, kPassword);
    const auto id = registered.json.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString();
    const auto approved
        = m_http->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(id), {}, m_fixture.adminToken);
    if (approved.status != 200)
        return {};
    return {id, email, m_http->loginToken(email, kPassword)};
}

HttpResult TestProfileApi::patchMe(const QJsonObject &body, const QString &token)
{
    return m_http->send(QStringLiteral("PATCH"), QStringLiteral("/api/v1/me"), QJsonDocument(body).toJson(),
                        QStringLiteral("application/json"), token);
}

HttpResult TestProfileApi::changePassword(const QString &current, const QString &replacement, const QString &token)
{
    return m_http->post(QStringLiteral("/api/v1/me/password"),
                        {{QStringLiteral("current_password"), current}, {QStringLiteral("new_password"), replacement}},
                        token);
}

HttpResult TestProfileApi::putAvatar(const QByteArray &bytes, const QString &token, const QString &contentType)
{
    return m_http->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/me/avatar"), bytes, contentType, token);
}

QStringList TestProfileApi::storedAvatarFiles() const
{
    return QDir(m_fixture.server->dataDir() + QStringLiteral("/avatars")).entryList(QDir::Files);
}

static QByteArray picture(QColor colour, QSize size = {800, 600}, const char *format = "PNG")
{
    return testimages::filled(colour, size, format);
}

void TestProfileApi::editsNameCompanyUserNameEmailAndPhone()
{
    const auto customer = approvedCustomer(QStringLiteral("edit@firma.de"));
    QVERIFY(!customer.token.isEmpty());
    const auto answer = patchMe({{QStringLiteral("name"), QStringLiteral("  Erika Musterfrau ")},
                                 {QStringLiteral("company"), QStringLiteral("Musterfrau GmbH")},
                                 {QStringLiteral("username"), QStringLiteral("Erika")},
                                 {QStringLiteral("email"), QStringLiteral("Erika@Firma.de")},
                                 {QStringLiteral("phone"), QStringLiteral("030 1234567")}},
                                customer.token);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QLatin1String("name")).toString(), QStringLiteral("Erika Musterfrau"));
    QCOMPARE(answer.json.value(QLatin1String("username")).toString(), QStringLiteral("erika"));
    QCOMPARE(answer.json.value(QLatin1String("email")).toString(), QStringLiteral("erika@firma.de"));
    QCOMPARE(answer.json.value(QLatin1String("phone")).toString(), QStringLiteral("+49301234567"));
    const auto me = m_http->get(QStringLiteral("/api/v1/me"), customer.token);
    QCOMPARE(me.json.value(QLatin1String("company")).toString(), QStringLiteral("Musterfrau GmbH"));
    // The new email and user name are the login now; the old email is not.
    QVERIFY(!m_http->loginToken(QStringLiteral("erika"), kPassword).isEmpty());
    QVERIFY(!m_http->loginToken(QStringLiteral("erika@firma.de"), kPassword).isEmpty());
    QVERIFY(m_http->loginToken(QStringLiteral("edit@firma.de"), kPassword).isEmpty());
}

void TestProfileApi::keepsFieldsThePatchLeavesOutAndClearsNullOnes()
{
    const auto customer = approvedCustomer(QStringLiteral("keep@firma.de"));
    QCOMPARE(patchMe({{QStringLiteral("username"), QStringLiteral("keeper")},
                      {QStringLiteral("phone"), QStringLiteral("+49 30 7654321")}},
                     customer.token)
                 .status,
             200);
    const auto answer = patchMe({{QStringLiteral("username"), QJsonValue::Null},
                                 {QStringLiteral("phone"), QString()},
                                 {QStringLiteral("company"), QStringLiteral("Neue Firma")}},
                                customer.token);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.json.value(QLatin1String("username")).isNull());
    QVERIFY(answer.json.value(QLatin1String("phone")).isNull());
    QCOMPARE(answer.json.value(QLatin1String("company")).toString(), QStringLiteral("Neue Firma"));
    QCOMPARE(answer.json.value(QLatin1String("email")).toString(), customer.email);
    QVERIFY(!answer.json.value(QLatin1String("name")).toString().isEmpty());
}

void TestProfileApi::answersATakenEmailOrUserNameOnThatFieldAndChangesNothing()
{
    const auto first = approvedCustomer(QStringLiteral("first@firma.de"));
    const auto second = approvedCustomer(QStringLiteral("second@firma.de"));
    QCOMPARE(patchMe({{QStringLiteral("username"), QStringLiteral("erster")}}, first.token).status, 200);
    const auto before = databaseSnapshot(m_fixture.server->databasePath());

    const auto email = patchMe({{QStringLiteral("email"), QStringLiteral("FIRST@firma.de")},
                                {QStringLiteral("name"), QStringLiteral("Changed")}},
                               second.token);
    QCOMPARE(email.status, 409);
    QCOMPARE(email.errorCode(), QStringLiteral("conflict"));
    QCOMPARE(email.fieldProblem(QStringLiteral("email")), QStringLiteral("taken"));
    const auto username = patchMe({{QStringLiteral("username"), QStringLiteral("Erster")}}, second.token);
    QCOMPARE(username.status, 409);
    QCOMPARE(username.fieldProblem(QStringLiteral("username")), QStringLiteral("taken"));
    // Someone's email is no one else's user name: login takes either.
    const auto emailAsName = patchMe({{QStringLiteral("username"), QStringLiteral("first@firma.de")}}, second.token);
    QVERIFY(emailAsName.status == 409 || emailAsName.status == 422);
    QCOMPARE(databaseSnapshot(m_fixture.server->databasePath()), before);

    // One's own values are not "taken".
    QCOMPARE(patchMe({{QStringLiteral("email"), first.email}, {QStringLiteral("username"), QStringLiteral("erster")}},
                     first.token)
                 .status,
             200);
}

void TestProfileApi::namesEveryInvalidFieldAndChangesNothing()
{
    const auto customer = approvedCustomer(QStringLiteral("invalid@firma.de"));
    const auto before = databaseSnapshot(m_fixture.server->databasePath());
    // The shape first (types, unknown fields), then the values: each answer names all it found.
    const auto shape
        = patchMe({{QStringLiteral("company"), 42}, {QStringLiteral("role"), QStringLiteral("admin")}}, customer.token);
    QCOMPARE(shape.status, 422);
    QCOMPARE(shape.fieldProblem(QStringLiteral("company")), QStringLiteral("invalid_type"));
    QCOMPARE(shape.fieldProblem(QStringLiteral("role")), QStringLiteral("unexpected"));
    const auto values = patchMe({{QStringLiteral("email"), QStringLiteral("not an address")},
                                 {QStringLiteral("name"), QString()},
                                 {QStringLiteral("username"), QStringLiteral("a")},
                                 {QStringLiteral("phone"), QStringLiteral("12")}},
                                customer.token);
    QCOMPARE(values.status, 422);
    QCOMPARE(values.errorCode(), QStringLiteral("validation_failed"));
    for (const auto *field : {"email", "name", "username", "phone"})
        QVERIFY2(!values.fieldProblem(QLatin1String(field)).isEmpty(), field);
    QCOMPARE(databaseSnapshot(m_fixture.server->databasePath()), before);
}

void TestProfileApi::refusesEditsOfPendingAccountsAndWithoutSession()
{
    const auto pending = m_http->registerCustomer(QStringLiteral("waiting@firma.de"), kPassword)
                             .json.value(QLatin1String("token"))
                             .toString();
    const auto before = databaseSnapshot(m_fixture.server->databasePath());
    const auto edit = QJsonObject {{QStringLiteral("name"), QStringLiteral("Impatient")}};
    QCOMPARE(patchMe(edit, pending).errorCode(), QStringLiteral("pending_approval"));
    QCOMPARE(patchMe(edit, QString()).errorCode(), QStringLiteral("unauthenticated"));
    QCOMPARE(changePassword(kPassword, kNewPassword, pending).errorCode(), QStringLiteral("pending_approval"));
    QCOMPARE(databaseSnapshot(m_fixture.server->databasePath()), before);
}

void TestProfileApi::changesPasswordEndingEveryOtherSessionButThisOne()
{
    const auto customer = approvedCustomer(QStringLiteral("rotate@firma.de"));
    const auto otherDevice = m_http->loginToken(customer.email, kPassword);
    QVERIFY(!otherDevice.isEmpty());
    QCOMPARE(changePassword(kPassword, kNewPassword, customer.token).status, 204);

    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), customer.token).status, 200);
    const auto ended = m_http->get(QStringLiteral("/api/v1/me"), otherDevice);
    QCOMPARE(ended.status, 401);
    QCOMPARE(ended.errorCode(), QStringLiteral("unauthenticated"));
    QVERIFY(m_http->loginToken(customer.email, kPassword).isEmpty());
    QVERIFY(!m_http->loginToken(customer.email, kNewPassword).isEmpty());
}

void TestProfileApi::refusesWrongCurrentPasswordAndChangesNothing()
{
    const auto customer = approvedCustomer(QStringLiteral("wrong@firma.de"));
    const auto otherDevice = m_http->loginToken(customer.email, kPassword);
    const auto before = databaseSnapshot(m_fixture.server->databasePath());
    const auto answer = changePassword(QStringLiteral("not my password"), kNewPassword, customer.token);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("invalid_credentials"));
    QCOMPARE(answer.fieldProblem(QStringLiteral("current_password")), QStringLiteral("invalid"));
    QCOMPARE(databaseSnapshot(m_fixture.server->databasePath()), before);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), otherDevice).status, 200);
    // The session that asked is not ended by a typo.
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), customer.token).status, 200);
}

void TestProfileApi::refusesANewPasswordBelowThePolicy()
{
    const auto customer = approvedCustomer(QStringLiteral("short@firma.de"));
    const auto before = databaseSnapshot(m_fixture.server->databasePath());
    const auto answer = changePassword(kPassword, QStringLiteral("short"), customer.token);
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.fieldProblem(QStringLiteral("new_password")), QStringLiteral("too_short"));
    QCOMPARE(databaseSnapshot(m_fixture.server->databasePath()), before);
}

void TestProfileApi::throttlesGuessesOfTheCurrentPassword()
{
    const auto customer = approvedCustomer(QStringLiteral("guess@firma.de"));
    for (int guess = 0; guess < 3; ++guess)
        QCOMPARE(changePassword(QStringLiteral("guess %1").arg(guess), kNewPassword, customer.token).status, 401);
    // Even the right password waits now: a stolen session is no password oracle.
    const auto limited = changePassword(kPassword, kNewPassword, customer.token);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("Retry-After").toInt() > 0);
}

void TestProfileApi::storesAPictureReencodedAndServesItWithCaching()
{
    const auto customer = approvedCustomer(QStringLiteral("picture@firma.de"));
    QVERIFY(m_http->get(QStringLiteral("/api/v1/me"), customer.token).json.value(QLatin1String("avatar_url")).isNull());
    const auto stored = putAvatar(picture(Qt::darkGreen), customer.token);
    QCOMPARE(stored.status, 200);
    const auto url = stored.json.value(QLatin1String("avatar_url")).toString();
    QVERIFY2(url.startsWith(QStringLiteral("/api/v1/accounts/%1/avatar?v=").arg(customer.id)), qPrintable(url));
    QCOMPARE(
        m_http->get(QStringLiteral("/api/v1/me"), customer.token).json.value(QLatin1String("avatar_url")).toString(),
        url);

    const auto served = m_http->get(url, customer.token);
    QCOMPARE(served.status, 200);
    QCOMPARE(served.header("Content-Type"), QStringLiteral("image/jpeg"));
    QVERIFY(served.header("Cache-Control").contains(QLatin1String("private")));
    const auto image = QImage::fromData(served.body);
    QCOMPARE(image.size(), QSize(512, 512));
    QVERIFY(qGreen(image.pixel(256, 256)) > 80 && qRed(image.pixel(256, 256)) < 40);

    const auto etag = served.header("ETag");
    QVERIFY(!etag.isEmpty());
    const auto again = m_http->get(url, customer.token, {{"If-None-Match", etag.toStdString()}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
}

void TestProfileApi::showsAPictureToItsOwnerAndAdminsOnly()
{
    const auto owner = approvedCustomer(QStringLiteral("owner@firma.de"));
    const auto other = approvedCustomer(QStringLiteral("other@firma.de"));
    const auto url = putAvatar(picture(Qt::blue), owner.token).json.value(QLatin1String("avatar_url")).toString();
    QCOMPARE(m_http->get(url, m_fixture.adminToken).status, 200);
    const auto refused = m_http->get(url, other.token);
    QCOMPARE(refused.status, 404);
    QCOMPARE(refused.errorCode(), QStringLiteral("not_found"));
    QCOMPARE(m_http->get(url).status, 401);
    // An account without a picture answers the same as a stranger's.
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/accounts/%1/avatar").arg(other.id), other.token).status, 404);
}

void TestProfileApi::replacingAPictureDeletesTheOldFile()
{
    const auto customer = approvedCustomer(QStringLiteral("replace@firma.de"));
    const auto before = storedAvatarFiles();
    QCOMPARE(putAvatar(picture(Qt::yellow), customer.token).status, 200);
    const auto first = storedAvatarFiles();
    QCOMPARE(first.size(), before.size() + 1);
    QCOMPARE(putAvatar(picture(Qt::magenta, {300, 300}, "JPEG"), customer.token, QStringLiteral("image/jpeg")).status,
             200);
    const auto second = storedAvatarFiles();
    QCOMPARE(second.size(), first.size());
    QVERIFY(second != first);
}

void TestProfileApi::refusesWhatIsNoPictureAndChangesNothing()
{
    const auto customer = approvedCustomer(QStringLiteral("notapicture@firma.de"));
    const auto files = storedAvatarFiles();
    const auto before = databaseSnapshot(m_fixture.server->databasePath());

    // A text file renamed to .png and sent as one.
    const auto text = putAvatar("Dies ist kein Bild, nur ein umbenannter Text.\n", customer.token);
    QCOMPARE(text.status, 422);
    QCOMPARE(text.fieldProblem(QStringLiteral("avatar")), QStringLiteral("invalid_type"));
    // Announced as something else than a picture.
    const auto type = putAvatar(picture(Qt::red), customer.token, QStringLiteral("text/plain"));
    QCOMPARE(type.status, 415);
    QCOMPARE(type.errorCode(), QStringLiteral("unsupported_media_type"));
    // A decompression bomb: a real PNG of 20000 × 20000 one-colour pixels, a few hundred KiB.
    QImage huge(20000, 20000, QImage::Format_Mono);
    huge.fill(0);
    QByteArray bomb;
    QBuffer buffer(&bomb);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(huge.save(&buffer, "PNG"));
    QVERIFY(bomb.size() < 5 * 1024 * 1024);
    const auto refused = putAvatar(bomb, customer.token);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.fieldProblem(QStringLiteral("avatar")), QStringLiteral("too_large"));

    QCOMPARE(databaseSnapshot(m_fixture.server->databasePath()), before);
    QCOMPARE(storedAvatarFiles(), files);
}

void TestProfileApi::refusesA50MiBUploadUnread()
{
    const auto customer = approvedCustomer(QStringLiteral("huge@firma.de"));
    const auto before = databaseSnapshot(m_fixture.server->databasePath());
    const auto answer = putAvatar(QByteArray(50 * 1024 * 1024, 'x'), customer.token);
    QCOMPARE(answer.status, 413);
    QCOMPARE(answer.errorCode(), QStringLiteral("payload_too_large"));
    QCOMPARE(databaseSnapshot(m_fixture.server->databasePath()), before);
    QVERIFY(QDir(m_fixture.server->dataDir() + QStringLiteral("/tmp")).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileApi)
#include "tst_profile_api.moc"
