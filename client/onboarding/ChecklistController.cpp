#include "client/onboarding/ChecklistController.h"

#include "client/app/OfflineSync.h"
#include "client/app/Session.h"
#include "client/onboarding/ChecklistItemField.h"
#include "client/onboarding/ChecklistPage.h"
#include "client/onboarding/PickedFile.h"
#include "shared/ChecklistValidation.h"

namespace kp::client {

namespace v = validation;

ChecklistController::ChecklistController(ChecklistPage &page, Session &session, ApiClient &api, OfflineSync &offline,
                                         std::function<void(const QString &id)> openPage)
    : QObject(&page)
    , m_page(page)
    , m_session(session)
    , m_offline(offline)
    , m_openPage(std::move(openPage))
    , m_api(api)
{
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(typingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &ChecklistController::save);
    connect(&page, &ChecklistPage::fieldsRebuilt, this, &ChecklistController::connectFields);
    connect(&page, &ChecklistPage::completeRequested, this, &ChecklistController::complete);
    connect(&page, &ChecklistPage::continueRequested, this, [this] { m_openPage(QStringLiteral("dashboard")); });
    // Answers typed offline reached the server: show its figures.
    connect(&offline, &OfflineSync::changeSent, this, [this](const QString &label) {
        if (label == tr("Checklist answers")) {
            m_unsent = {};
            refresh();
        }
    });
}

void ChecklistController::refresh()
{
    m_page.showLoading();
    m_api.load()
        .onSuccess(m_loads.begin(),
                   [this](const CustomerChecklist &checklist) {
                       m_page.showChecklist(checklist);
                       adoptOnboarding(checklist);
                       // What was typed and not saved yet beats the server's older answer: this
                       // run's, and what waits in the outbox (also from before a restart).
                       showOverLoaded(m_unsent);
                       showOverLoaded(m_pending);
                       m_offline.waitingBodies("PUT", ChecklistApi::answersPath(), m_loads.current(),
                                               [this](const QList<QJsonObject> &bodies) {
                                                   for (const auto &body : bodies)
                                                       showOverLoaded(body.value(QLatin1String("answers")).toObject());
                                                   showOverLoaded(m_pending);
                                               });
                   })
        .onFailure(m_loads.current(), [this](const ApiError &error) { m_page.showLoadError(error); });
}

void ChecklistController::showOverLoaded(const QJsonObject &answers)
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (auto *field = m_page.field(it.key()))
            field->setValue(it.value());
    }
}

void ChecklistController::adoptOnboarding(const CustomerChecklist &checklist)
{
    m_session.updateOnboarding([&checklist](AccountOnboarding &onboarding) { checklist.applyTo(onboarding); });
}

void ChecklistController::showDemo(const CustomerChecklist &checklist)
{
    m_loads.begin();
    m_page.clearProblems();
    m_page.showChecklist(checklist);
}

void ChecklistController::connectFields()
{
    for (auto *field : m_page.fields()) {
        connect(field, &ChecklistItemField::edited, this, [this, field](bool now) { edited(field, now); });
        connect(field, &ChecklistItemField::fileChosen, this,
                [this, field](const QString &path) { upload(field, path); });
        connect(field, &ChecklistItemField::uploadCancelled, this, [this, field] {
            if (m_upload)
                m_upload->cancel();
            field->showUploadIdle();
        });
    }
}

void ChecklistController::edited(ChecklistItemField *field, bool now)
{
    const auto &item = field->item();
    const auto value = field->value();
    // A value the shared rules refuse is not sent: the field says why while it is typed.
    if (v::checkChecklistAnswer(item, value)) {
        m_pending.remove(item.id);
        return;
    }
    m_pending.insert(item.id, value);
    if (now)
        flush();
    else
        m_typingPause.start();
}

void ChecklistController::flush()
{
    m_typingPause.stop();
    save();
}

void ChecklistController::save()
{
    if (m_saving)
        return; // the answer to the save in flight sends what collected meanwhile
    if (m_pending.isEmpty()) {
        if (m_completeAfterSave)
            sendComplete();
        return;
    }
    m_saving = true;
    const auto sent = std::exchange(m_pending, {});
    m_api.saveAnswers(sent)
        .onSuccess(m_saves.begin(),
                   [this, sent](const CustomerChecklist &checklist) {
                       m_saving = false;
                       for (auto it = sent.begin(); it != sent.end(); ++it) {
                           if (auto *field = m_page.field(it.key()))
                               field->setError({});
                       }
                       m_page.showProgress(checklist);
                       m_page.showSaved();
                       save();
                   })
        .onFailure(m_saves.current(), [this, sent](const ApiError &error) {
            m_saving = false;
            saveFailed(sent, error);
        });
}

void ChecklistController::saveFailed(const QJsonObject &sent, const ApiError &error)
{
    m_completeAfterSave = false;
    if (error.isNetworkError() && m_offline.isOpen()) {
        // Unreachable: the answers wait in the outbox and go, once, when the server is back.
        m_offline.queue("PUT", ChecklistApi::answersPath(), ChecklistApi::answersBody(sent), tr("Checklist answers"));
        for (auto it = sent.begin(); it != sent.end(); ++it)
            m_unsent.insert(it.key(), it.value());
        m_page.showQueued();
        save();
        return;
    }
    if (error.fields.isEmpty()) {
        // Not sent: kept for the next change (newer edits win).
        for (auto it = sent.begin(); it != sent.end(); ++it) {
            if (!m_pending.contains(it.key()))
                m_pending.insert(it.key(), it.value());
        }
        m_page.showError(error.message());
        return;
    }
    // All or none: the refused items say why; the others were fine and go again on their own.
    m_page.showProblems(error.fields);
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        if (!error.fields.contains(it.key()) && !m_pending.contains(it.key()))
            m_pending.insert(it.key(), it.value());
    }
    save();
}

void ChecklistController::complete()
{
    QMap<QString, QString> problems;
    for (auto *field : m_page.fields()) {
        if (!field->item().answeredByCustomer())
            continue;
        if (const auto problem = v::checkRequiredAnswer(field->item(), field->value()))
            problems.insert(field->item().id, *problem);
    }
    if (!problems.isEmpty()) {
        m_page.showProblems(problems);
        return;
    }
    // Whatever still waits for the typing pause goes first; the answer to it sends "complete".
    m_completeAfterSave = true;
    flush();
}

void ChecklistController::sendComplete()
{
    m_completeAfterSave = false;
    m_api.complete()
        .onSuccess(m_completion.begin(),
                   [this](const CustomerChecklist &checklist) {
                       m_page.showProgress(checklist);
                       m_page.showCompleted();
                       // The pages the checklist held closed open now, before /me says so too.
                       adoptOnboarding(checklist);
                   })
        .onFailure(m_completion.current(), [this](const ApiError &error) {
            if (!error.fields.isEmpty())
                m_page.showProblems(error.fields);
            else if (error.isNetworkError())
                m_page.showError(tr("The checklist can only be completed while the server can be reached. Your "
                                    "answers are kept; please try again in a moment."));
            else
                m_page.showError(error.message());
        });
}

void ChecklistController::upload(ChecklistItemField *field, const QString &path)
{
    if (m_upload)
        m_upload->cancel();
    if (m_uploadField)
        m_uploadField->showUploadIdle();
    m_uploadField = field;
    field->showUploadProgress(0, -1);
    auto *scope = m_uploads.begin();
    PickedFile::read(path, scope, [this, field, scope](const PickedFile &picked) {
        if (!picked.error.isEmpty()) {
            field->showUploadIdle();
            field->setError(picked.error);
            return;
        }
        const auto reply = m_api.uploadFile(field->item().id, picked.bytes, picked.name, picked.contentType);
        m_upload = reply.call();
        connect(m_upload, &ApiCall::progress, scope,
                [field](qint64 done, qint64 total) { field->showUploadProgress(done, total); });
        reply
            .onSuccess(scope,
                       [this, field](const ChecklistFile &file) {
                           field->showUploadIdle();
                           field->setFile(file);
                           edited(field, true); // the item's answer is the file's value
                       })
            .onFailure(scope, [field](const ApiError &error) {
                field->showUploadIdle();
                const auto problem = error.fields.value(field->item().id);
                field->setError(problem.isEmpty() ? error.message() : field->problemText(problem));
            });
    });
}

} // namespace kp::client
