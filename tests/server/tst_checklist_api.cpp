#include "DatabaseSnapshot.h"
#include "ServerFixture.h"
#include "TestChecklist.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The onboarding checklist over HTTP (API.md "Onboarding checklist and roadmap"): CSV import
// and its refusals, answers (all or none), files judged by content, completion and its
// reopening by a new required item, the agency's ticks. One server for the suite; init()
// publishes the base sheet again, every test makes its own customers.
class TestChecklistApi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void publishesANewVersionOnlyWhenTheContentChanges();
    void refusesBadSheetsNamingEachProblemAndChangesNothing();
    void readsAHeaderInAnotherOrderWithSemicolonsQuotesAndBom();
    void refusesInvalidAnswersStoringNoneOfThem();
    void savesPartiallyAndCountsProgress();
    void completeNamesEveryMissingItemThenSucceeds();
    void newRequiredItemReopensCompletionAndRemovedItemKeepsItsAnswer();
    void refusesOversizedAndDisguisedFilesAndAcceptsAPdf();
    void keepsOnlyTheAnsweredAndTheLatestUploadOfAnItem();
    void adminTicksTheAgencysItemsOnly();
    void accountShowsOnboardingProgressToItsOwnerAndAdmins();
    void showsACustomerOnlyTheirOwnAnswers();
    void syncWithoutASheetSaysSoAndChangesNothing();

private:
    using Customer = ServerFixture::Customer;
    Customer approvedCustomer(const QString &email) { return m_fixture.approvedCustomer(email); }
    HttpResult importCsv(const QByteArray &csv);
    HttpResult putAnswers(const QJsonObject &answers, const QString &token);
    HttpResult complete(const QString &token);
    HttpResult upload(const QString &itemId, const QByteArray &bytes, const QString &type, const QString &token);
    QString snapshot() const { return databaseSnapshot(m_fixture.server->databasePath()); }

    ServerFixture m_fixture;
    TestHttp *m_http = nullptr;
};

void TestChecklistApi::initTestCase()
{
    QVERIFY2(m_fixture.start({{QStringLiteral("security/register_per_hour"), QStringLiteral("1000")}}),
             qPrintable(m_fixture.error()));
    m_http = m_fixture.http.get();
}

void TestChecklistApi::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestChecklistApi::init()
{
    QCOMPARE(importCsv(testchecklist::baseSheetCsv).status, 200);
}

void TestChecklistApi::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

HttpResult TestChecklistApi::importCsv(const QByteArray &csv)
{
    return m_http->send(QStringLiteral("POST"), QStringLiteral("/api/v1/admin/checklist/import"), csv,
                        QStringLiteral("text/csv"), m_fixture.adminToken);
}

HttpResult TestChecklistApi::putAnswers(const QJsonObject &answers, const QString &token)
{
    return m_http->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/checklist/answers"),
                        QJsonDocument(QJsonObject {{QStringLiteral("answers"), answers}}).toJson(),
                        QStringLiteral("application/json"), token);
}

HttpResult TestChecklistApi::complete(const QString &token)
{
    return m_http->send(QStringLiteral("POST"), QStringLiteral("/api/v1/checklist/complete"), {}, {}, token);
}

HttpResult TestChecklistApi::upload(const QString &itemId, const QByteArray &bytes, const QString &type,
                                    const QString &token)
{
    return m_http->send(QStringLiteral("PUT"),
                        QStringLiteral("/api/v1/checklist/files/%1?name=Vertrag.pdf").arg(itemId), bytes, type, token);
}

static QStringList problemCodes(const HttpResult &answer)
{
    QStringList codes;
    const auto problems = answer.json.value(QLatin1String("error")).toObject().value(QLatin1String("problems"));
    for (const auto &problem : problems.toArray())
        codes.append(problem.toObject().value(QLatin1String("code")).toString());
    return codes;
}

void TestChecklistApi::publishesANewVersionOnlyWhenTheContentChanges()
{
    const auto status = m_http->get(QStringLiteral("/api/v1/admin/checklist/status"), m_fixture.adminToken);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.json.value(QLatin1String("source")).toString(), QStringLiteral("csv"));
    const int version = status.json.value(QLatin1String("version")).toInt();
    QVERIFY(version >= 1);
    const auto again = importCsv(testchecklist::baseSheetCsv);
    QCOMPARE(again.json.value(QLatin1String("outcome")).toString(), QStringLiteral("unchanged"));
    QCOMPARE(again.json.value(QLatin1String("version")).toInt(), version);

    auto edited = testchecklist::baseSheetCsv;
    edited.replace("Wie im Impressum.", "So wie im Impressum.");
    const auto changed = importCsv(edited);
    QCOMPARE(changed.json.value(QLatin1String("outcome")).toString(), QStringLiteral("published"));
    QCOMPARE(changed.json.value(QLatin1String("version")).toInt(), version + 1);

    const auto customer = approvedCustomer(QStringLiteral("version@firma.de"));
    const auto checklist = m_http->get(QStringLiteral("/api/v1/checklist"), customer.token);
    QCOMPARE(checklist.status, 200);
    QCOMPARE(checklist.json.value(QLatin1String("version")).toInt(), version + 1);
    const auto sections = checklist.json.value(QLatin1String("sections")).toArray();
    QCOMPARE(sections.size(), 2);
    QCOMPARE(sections[0].toObject().value(QLatin1String("id")).toString(), QStringLiteral("unternehmen"));
    const auto pixel = sections[1].toObject().value(QLatin1String("items")).toArray().last().toObject();
    QCOMPARE(pixel.value(QLatin1String("owner")).toString(), QStringLiteral("agency"));
}

void TestChecklistApi::refusesBadSheetsNamingEachProblemAndChangesNothing()
{
    const auto before = snapshot();
    const auto refused = [this](const QByteArray &csv, const QString &code) {
        const auto answer = importCsv(csv);
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.errorCode(), QStringLiteral("validation_failed"));
        QVERIFY2(problemCodes(answer).contains(code), answer.body.constData());
    };
    refused("section,item_id,label,required\nA,a,Eins,ja\n", QStringLiteral("missing_column"));
    refused("section,item_id,label,type,required\nA,a,Eins,text,ja\nA,a,Zwei,text,nein\n",
            QStringLiteral("duplicate_item_id"));
    refused("section,item_id,label,type,required\nA,a,Eins,dropdown,ja\n", QStringLiteral("unknown_type"));
    refused("section,item_id,label,type,required,options\nA,a,Eins,choice,ja,\n",
            QStringLiteral("choice_without_options"));
    refused("section,item_id,label,type,required\nA,a,,text,ja\n", QStringLiteral("missing_value"));
    refused("section,item_id,label,type,required\nA,a,\"Eins,text,ja\n", QStringLiteral("unterminated_quote"));

    // Every problem at once, each with its row as the spreadsheet counts.
    const auto many
        = importCsv("section,item_id,label,type,required\nA,a,Eins,dropdown,ja\nA,a,Zwei,text,vielleicht\n");
    QCOMPARE(problemCodes(many),
             (QStringList {QStringLiteral("unknown_type"), QStringLiteral("duplicate_item_id"),
                           QStringLiteral("invalid_required")}));
    QCOMPARE(many.json.value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("problems"))
                 .toArray()[1]
                 .toObject()
                 .value(QLatin1String("row"))
                 .toInt(),
             3);

    QByteArray huge = "section,item_id,label,type,required\n";
    for (int row = 0; row < 10000; ++row)
        huge += "Abschnitt,item_" + QByteArray::number(row) + ",Frage " + QByteArray::number(row) + ",text,ja\n";
    QElapsedTimer timer;
    timer.start();
    refused(huge, QStringLiteral("too_many_items"));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));

    QCOMPARE(snapshot(), before);
}

void TestChecklistApi::readsAHeaderInAnotherOrderWithSemicolonsQuotesAndBom()
{
    const QByteArray sheet = "\xEF\xBB\xBF"
                             "Type; Item_ID ;LABEL;Required;Section;Options;Notiz\n"
                             "choice;branche;\"Branche; bitte wählen\";ja;Unternehmen;\"Immobilien;Handwerk\";intern\n"
                             "text;firma;Firmenname;ja;Unternehmen\n" // ragged: trailing cells left out
                             ";;;;\n"
                             "url;website;Website;nein;Online\n";
    const auto answer = importCsv(sheet);
    QCOMPARE(answer.status, 200);
    const auto customer = approvedCustomer(QStringLiteral("order@firma.de"));
    const auto checklist = m_http->get(QStringLiteral("/api/v1/checklist"), customer.token);
    const auto sections = checklist.json.value(QLatin1String("sections")).toArray();
    QCOMPARE(sections.size(), 2);
    const auto branche = sections[0].toObject().value(QLatin1String("items")).toArray()[0].toObject();
    QCOMPARE(branche.value(QLatin1String("label")).toString(), QStringLiteral("Branche; bitte wählen"));
    QCOMPARE(branche.value(QLatin1String("options")).toArray().size(), 2);
    QCOMPARE(sections[1].toObject().value(QLatin1String("title")).toString(), QStringLiteral("Online"));
}

void TestChecklistApi::refusesInvalidAnswersStoringNoneOfThem()
{
    const auto customer = approvedCustomer(QStringLiteral("invalid@firma.de"));
    const auto before = snapshot();
    const auto answer = putAnswers({{QStringLiteral("branche"), QStringLiteral("Handwerk")}, // valid, not stored
                                    {QStringLiteral("firma"), 42},
                                    {QStringLiteral("zugang"), QStringLiteral("ja")},
                                    {QStringLiteral("website"), QStringLiteral("ftp://firma.de")},
                                    {QStringLiteral("start"), QStringLiteral("2026-02-30")},
                                    {QStringLiteral("logo"), QStringLiteral("/etc/passwd")},
                                    {QStringLiteral("gibtsnicht"), QStringLiteral("x")},
                                    {QStringLiteral("pixel"), true}},
                                   customer.token);
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.errorCode(), QStringLiteral("validation_failed"));
    QCOMPARE(answer.fieldProblem(QStringLiteral("firma")), QStringLiteral("invalid_type"));
    QCOMPARE(answer.fieldProblem(QStringLiteral("zugang")), QStringLiteral("invalid_type"));
    QCOMPARE(answer.fieldProblem(QStringLiteral("website")), QStringLiteral("invalid"));
    QCOMPARE(answer.fieldProblem(QStringLiteral("start")), QStringLiteral("invalid"));
    QCOMPARE(answer.fieldProblem(QStringLiteral("logo")), QStringLiteral("invalid"));
    QCOMPARE(answer.fieldProblem(QStringLiteral("gibtsnicht")), QStringLiteral("unknown"));
    QCOMPARE(answer.fieldProblem(QStringLiteral("pixel")), QStringLiteral("unexpected"));
    QVERIFY(answer.fieldProblem(QStringLiteral("branche")).isEmpty());
    const auto tooLong = putAnswers({{QStringLiteral("firma"), QString(2001, QLatin1Char('x'))},
                                     {QStringLiteral("branche"), QStringLiteral("Bäckerei")}},
                                    customer.token);
    QCOMPARE(tooLong.fieldProblem(QStringLiteral("firma")), QStringLiteral("too_long"));
    QCOMPARE(tooLong.fieldProblem(QStringLiteral("branche")), QStringLiteral("invalid"));
    QCOMPARE(snapshot(), before);
}

void TestChecklistApi::savesPartiallyAndCountsProgress()
{
    const auto customer = approvedCustomer(QStringLiteral("partial@firma.de"));
    QCOMPARE(putAnswers({{QStringLiteral("firma"), QStringLiteral("Muster GmbH")}}, customer.token).status, 200);
    const auto second
        = putAnswers({{QStringLiteral("website"), QStringLiteral("https://www.muster.de/")}}, customer.token);
    QCOMPARE(second.status, 200);
    const auto answers = second.json.value(QLatin1String("answers")).toObject();
    QCOMPARE(answers.value(QLatin1String("firma")).toString(), QStringLiteral("Muster GmbH"));
    QCOMPARE(answers.value(QLatin1String("website")).toString(), QStringLiteral("https://www.muster.de/"));
    const auto progress = second.json.value(QLatin1String("progress")).toObject();
    QCOMPARE(progress.value(QLatin1String("answered")).toInt(), 2);
    QCOMPARE(progress.value(QLatin1String("total")).toInt(), 6);
    QCOMPARE(progress.value(QLatin1String("required_answered")).toInt(), 1);
    QCOMPARE(progress.value(QLatin1String("required_total")).toInt(), 4);
    QCOMPARE(progress.value(QLatin1String("agency_total")).toInt(), 1);
    // null removes an answer.
    const auto cleared = putAnswers({{QStringLiteral("website"), QJsonValue::Null}}, customer.token);
    QVERIFY(!cleared.json.value(QLatin1String("answers")).toObject().contains(QLatin1String("website")));
}

void TestChecklistApi::completeNamesEveryMissingItemThenSucceeds()
{
    const auto customer = approvedCustomer(QStringLiteral("complete@firma.de"));
    QCOMPARE(putAnswers({{QStringLiteral("zugang"), false}}, customer.token).status, 200);
    const auto before = snapshot();
    const auto missing = complete(customer.token);
    QCOMPARE(missing.status, 422);
    for (const auto *item : {"firma", "branche", "start", "zugang"})
        QCOMPARE(missing.fieldProblem(QLatin1String(item)), QStringLiteral("required"));
    // Optional items and the agency's are not asked for.
    QVERIFY(missing.fieldProblem(QStringLiteral("website")).isEmpty());
    QVERIFY(missing.fieldProblem(QStringLiteral("pixel")).isEmpty());
    QCOMPARE(snapshot(), before);

    QCOMPARE(putAnswers(testchecklist::allRequiredAnswers(), customer.token).status, 200);
    const auto done = complete(customer.token);
    QCOMPARE(done.status, 200);
    QVERIFY(done.json.value(QLatin1String("complete")).toBool());
    QVERIFY(!done.json.value(QLatin1String("completed_at")).toString().isEmpty());
    QVERIFY(m_http->get(QStringLiteral("/api/v1/checklist"), customer.token)
                .json.value(QLatin1String("complete"))
                .toBool());
}

void TestChecklistApi::newRequiredItemReopensCompletionAndRemovedItemKeepsItsAnswer()
{
    const auto customer = approvedCustomer(QStringLiteral("reopen@firma.de"));
    auto answers = testchecklist::allRequiredAnswers();
    answers.insert(QStringLiteral("website"), QStringLiteral("https://muster.de"));
    QCOMPARE(putAnswers(answers, customer.token).status, 200);
    QCOMPARE(complete(customer.token).status, 200);

    auto edited = testchecklist::baseSheetCsv;
    edited.replace("Werbekonten,website,Website,url,nein,,,,\n", "Werbekonten,budget,Monatsbudget,text,ja,,,,\n");
    const auto published = importCsv(edited);
    QCOMPARE(published.json.value(QLatin1String("outcome")).toString(), QStringLiteral("published"));
    QVERIFY(published.json.value(QLatin1String("reopened")).toInt() >= 1);

    const auto reopened = m_http->get(QStringLiteral("/api/v1/checklist"), customer.token);
    QVERIFY(!reopened.json.value(QLatin1String("complete")).toBool());
    QCOMPARE(reopened.json.value(QLatin1String("new_item_ids")).toArray(), QJsonArray {QStringLiteral("budget")});
    QVERIFY(!reopened.json.value(QLatin1String("reopened_at")).toString().isEmpty());
    // The removed item's answer is kept on record.
    const auto adminView
        = m_http->get(QStringLiteral("/api/v1/admin/accounts/%1/checklist").arg(customer.id), m_fixture.adminToken);
    QCOMPARE(adminView.json.value(QLatin1String("answers")).toObject().value(QLatin1String("website")).toString(),
             QStringLiteral("https://muster.de"));

    QCOMPARE(complete(customer.token).fieldProblem(QStringLiteral("budget")), QStringLiteral("required"));
    QCOMPARE(putAnswers({{QStringLiteral("budget"), QStringLiteral("2000 €")}}, customer.token).status, 200);
    QCOMPARE(complete(customer.token).status, 200);
}

void TestChecklistApi::refusesOversizedAndDisguisedFilesAndAcceptsAPdf()
{
    const auto customer = approvedCustomer(QStringLiteral("files@firma.de"));
    const auto before = snapshot();
    const auto huge = upload(QStringLiteral("logo"), QByteArray(21 * 1024 * 1024, 'x'),
                             QStringLiteral("application/pdf"), customer.token);
    QCOMPARE(huge.status, 413);
    QCOMPARE(huge.errorCode(), QStringLiteral("payload_too_large"));
    QByteArray elf("\x7f"
                   "ELF\x02\x01\x01",
                   7);
    elf += QByteArray(4096, '\0');
    const auto disguised = upload(QStringLiteral("logo"), elf, QStringLiteral("application/pdf"), customer.token);
    QCOMPARE(disguised.status, 422);
    QCOMPARE(disguised.fieldProblem(QStringLiteral("file")), QStringLiteral("invalid_type"));
    QCOMPARE(upload(QStringLiteral("firma"), "%PDF-1.4\n", QStringLiteral("application/pdf"), customer.token).status,
             404);
    QCOMPARE(snapshot(), before);
    QVERIFY(QDir(m_fixture.server->dataDir() + QStringLiteral("/tmp")).entryList(QDir::Files).isEmpty());

    const QByteArray pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    const auto stored = upload(QStringLiteral("logo"), pdf, QStringLiteral("application/pdf"), customer.token);
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json.value(QLatin1String("name")).toString(), QStringLiteral("Vertrag.pdf"));
    QCOMPARE(stored.json.value(QLatin1String("size")).toInt(), pdf.size());
    const auto value = stored.json.value(QLatin1String("value")).toString();
    QCOMPARE(value.size(), 64);
    QVERIFY(QFile::exists(m_fixture.server->dataDir() + QStringLiteral("/checklist-files/") + value));

    const auto answered = putAnswers({{QStringLiteral("logo"), value}}, customer.token);
    QCOMPARE(answered.status, 200);
    QCOMPARE(answered.json.value(QLatin1String("files"))
                 .toObject()
                 .value(QLatin1String("logo"))
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Vertrag.pdf"));
    const auto own = m_http->get(QStringLiteral("/api/v1/checklist/files/logo"), customer.token);
    QCOMPARE(own.status, 200);
    QCOMPARE(own.body, pdf);
    QCOMPARE(own.header("Content-Type"), QStringLiteral("application/pdf"));
    QVERIFY(own.header("Content-Disposition").contains(QLatin1String("Vertrag.pdf")));
    const auto forAdmin = m_http->get(QStringLiteral("/api/v1/admin/accounts/%1/checklist/files/logo").arg(customer.id),
                                      m_fixture.adminToken);
    QCOMPARE(forAdmin.body, pdf);
    // Another customer cannot claim the file by its value, nor read it.
    const auto other = approvedCustomer(QStringLiteral("files2@firma.de"));
    QCOMPARE(putAnswers({{QStringLiteral("logo"), value}}, other.token).fieldProblem(QStringLiteral("logo")),
             QStringLiteral("invalid"));
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/checklist/files/logo"), other.token).status, 404);
}

void TestChecklistApi::keepsOnlyTheAnsweredAndTheLatestUploadOfAnItem()
{
    const auto customer = approvedCustomer(QStringLiteral("uploads@firma.de"));
    const auto other = approvedCustomer(QStringLiteral("uploads2@firma.de"));
    const auto stored = [this](const QString &value) {
        return QFile::exists(m_fixture.server->dataDir() + QStringLiteral("/checklist-files/") + value);
    };
    const auto uploadPdf = [this](const QByteArray &text, const QString &token) {
        return upload(QStringLiteral("logo"), "%PDF-1.4\n" + text + "\n%%EOF\n", QStringLiteral("application/pdf"),
                      token)
            .json.value(QLatin1String("value"))
            .toString();
    };
    const auto chosen = uploadPdf("chosen", customer.token);
    QCOMPARE(putAnswers({{QStringLiteral("logo"), chosen}}, customer.token).status, 200);
    const auto tried = uploadPdf("tried", customer.token);
    // The same content uploaded by someone else stays theirs.
    QCOMPARE(uploadPdf("tried", other.token), tried);
    const auto latest = uploadPdf("latest", customer.token);
    QVERIFY(!chosen.isEmpty() && !tried.isEmpty() && !latest.isEmpty());

    // The answer's file and the latest upload stay; the one tried in between is forgotten, but
    // its bytes stay on disk while the other customer's upload names them.
    QVERIFY(stored(chosen));
    QVERIFY(stored(latest));
    QVERIFY(stored(tried));
    QCOMPARE(putAnswers({{QStringLiteral("logo"), tried}}, customer.token).fieldProblem(QStringLiteral("logo")),
             QStringLiteral("invalid"));
    // Once the other customer moves on too, nobody names them and they are deleted.
    uploadPdf("other's latest", other.token);
    QVERIFY(!stored(tried));
    QCOMPARE(putAnswers({{QStringLiteral("logo"), latest}}, customer.token).status, 200);
}

static QJsonObject onboardingOf(const HttpResult &account)
{
    return account.json.value(QLatin1String("onboarding")).toObject();
}

static QJsonObject listedOnboarding(const HttpResult &list, const QString &accountId)
{
    for (const auto &item : list.json.value(QLatin1String("items")).toArray()) {
        if (item.toObject().value(QLatin1String("id")).toString() == accountId)
            return item.toObject().value(QLatin1String("onboarding")).toObject();
    }
    return {};
}

void TestChecklistApi::accountShowsOnboardingProgressToItsOwnerAndAdmins()
{
    const auto customer = approvedCustomer(QStringLiteral("progress@firma.de"));
    const auto me = [&] { return onboardingOf(m_http->get(QStringLiteral("/api/v1/me"), customer.token)); };
    QCOMPARE(me().value(QLatin1String("checklist_complete")).toBool(), false);
    QCOMPARE(me().value(QLatin1String("checklist_required_answered")).toInt(), 0);
    QCOMPARE(me().value(QLatin1String("checklist_required_total")).toInt(), 4);

    // An invalid answer does not count; the agency's item is not the customer's to count.
    QCOMPARE(putAnswers({{QStringLiteral("firma"), QStringLiteral("Muster GmbH")},
                         {QStringLiteral("branche"), QStringLiteral("Handwerk")}},
                        customer.token)
                 .status,
             200);
    QCOMPARE(me().value(QLatin1String("checklist_required_answered")).toInt(), 2);
    const auto listed = listedOnboarding(
        m_http->get(QStringLiteral("/api/v1/admin/accounts?status=approved&limit=100"), m_fixture.adminToken),
        customer.id);
    QCOMPARE(listed.value(QLatin1String("checklist_required_answered")).toInt(), 2);
    QVERIFY(listed.value(QLatin1String("checklist_completed_at")).isNull());

    QCOMPARE(putAnswers(testchecklist::allRequiredAnswers(), customer.token).status, 200);
    QCOMPARE(complete(customer.token).status, 200);
    QVERIFY(me().value(QLatin1String("checklist_complete")).toBool());
    QVERIFY(!me().value(QLatin1String("checklist_completed_at")).toString().isEmpty());
    // PATCH /me answers the same account, progress included.
    const auto patched
        = m_http->send(QStringLiteral("PATCH"), QStringLiteral("/api/v1/me"), R"({"company": "Muster Bau GmbH"})",
                       QStringLiteral("application/json"), customer.token);
    QVERIFY(onboardingOf(patched).value(QLatin1String("checklist_complete")).toBool());

    // A new required item reopens it: no longer complete, and the completion date is gone.
    auto edited = testchecklist::baseSheetCsv;
    edited.append("Werbekonten,budget,Monatsbudget,text,ja,,,,\n");
    QCOMPARE(importCsv(edited).status, 200);
    QVERIFY(!me().value(QLatin1String("checklist_complete")).toBool());
    QVERIFY(me().value(QLatin1String("checklist_completed_at")).isNull());
    QCOMPARE(me().value(QLatin1String("checklist_required_total")).toInt(), 5);

    // Admins have nothing to complete.
    const auto admin = onboardingOf(m_http->get(QStringLiteral("/api/v1/me"), m_fixture.adminToken));
    QVERIFY(admin.value(QLatin1String("checklist_complete")).toBool());
    QCOMPARE(admin.value(QLatin1String("checklist_required_total")).toInt(), 0);
}

void TestChecklistApi::adminTicksTheAgencysItemsOnly()
{
    const auto customer = approvedCustomer(QStringLiteral("agency@firma.de"));
    const auto tick = [this, &customer](const QString &item, bool done) {
        return m_http->send(QStringLiteral("PUT"),
                            QStringLiteral("/api/v1/admin/accounts/%1/checklist/%2").arg(customer.id, item),
                            QJsonDocument(QJsonObject {{QStringLiteral("done"), done}}).toJson(),
                            QStringLiteral("application/json"), m_fixture.adminToken);
    };
    const auto ticked = tick(QStringLiteral("pixel"), true);
    QCOMPARE(ticked.status, 200);
    QCOMPARE(ticked.json.value(QLatin1String("account_id")).toString(), customer.id);
    QCOMPARE(ticked.json.value(QLatin1String("progress")).toObject().value(QLatin1String("agency_done")).toInt(), 1);
    const auto seen = m_http->get(QStringLiteral("/api/v1/checklist"), customer.token);
    QVERIFY(seen.json.value(QLatin1String("answers")).toObject().value(QLatin1String("pixel")).toBool());

    const auto before = snapshot();
    const auto customersItem = tick(QStringLiteral("zugang"), true);
    QCOMPARE(customersItem.status, 409);
    QCOMPARE(customersItem.fieldProblem(QStringLiteral("item_id")), QStringLiteral("invalid"));
    QCOMPARE(tick(QStringLiteral("gibtsnicht"), true).status, 404);
    QCOMPARE(snapshot(), before);
}

void TestChecklistApi::showsACustomerOnlyTheirOwnAnswers()
{
    const auto first = approvedCustomer(QStringLiteral("first@firma.de"));
    const auto second = approvedCustomer(QStringLiteral("second@firma.de"));
    QCOMPARE(putAnswers({{QStringLiteral("firma"), QStringLiteral("Geheim GmbH")}}, first.token).status, 200);
    const auto seen = m_http->get(QStringLiteral("/api/v1/checklist"), second.token);
    QVERIFY(seen.json.value(QLatin1String("answers")).toObject().isEmpty());
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/accounts/%1/checklist").arg(first.id), second.token).status,
             403);
    // An admin's own account has no checklist to look at.
    const auto adminId
        = m_http->get(QStringLiteral("/api/v1/me"), m_fixture.adminToken).json.value(QLatin1String("id")).toString();
    QCOMPARE(
        m_http->get(QStringLiteral("/api/v1/admin/accounts/%1/checklist").arg(adminId), m_fixture.adminToken).status,
        404);
}

void TestChecklistApi::syncWithoutASheetSaysSoAndChangesNothing()
{
    const auto before = snapshot();
    const auto answer = m_http->send(QStringLiteral("POST"), QStringLiteral("/api/v1/admin/checklist/sync"), {}, {},
                                     m_fixture.adminToken);
    QCOMPARE(answer.status, 503);
    QCOMPARE(answer.errorCode(), QStringLiteral("unavailable"));
    QCOMPARE(answer.fieldProblem(QStringLiteral("source")), QStringLiteral("not_configured"));
    QCOMPARE(snapshot(), before);
    const auto status = m_http->get(QStringLiteral("/api/v1/admin/checklist/status"), m_fixture.adminToken);
    QVERIFY(status.json.value(QLatin1String("sheet")).isNull());
    QVERIFY(status.json.value(QLatin1String("last_error")).isNull());
}

QTEST_GUILESS_MAIN(TestChecklistApi)
#include "tst_checklist_api.moc"
