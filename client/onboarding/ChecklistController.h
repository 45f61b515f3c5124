#pragma once

#include "client/api/RequestScope.h"
#include "client/onboarding/ChecklistApi.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace kp::client {

class ChecklistItemField;
class ChecklistPage;
class OfflineSync;
class Session;

// Between the checklist page and the server. Answers are saved as the customer types: changes
// collect for a short pause (a click goes at once) and only the changed items are sent; a field
// the server refuses shows why and keeps what was typed; unreachable, the change waits in the
// outbox. "Abschließen" checks locally with the shared rules before asking the server.
class ChecklistController : public QObject {
    Q_OBJECT

public:
    // `openPage` leads on to the overview once the checklist is complete.
    ChecklistController(ChecklistPage &page, Session &session, ApiClient &api, OfflineSync &offline,
                        std::function<void(const QString &id)> openPage);

    // Fetches the checklist (each time the page opens).
    void refresh();
    // Sends what is waiting for the typing pause now (tests; "Abschließen").
    void flush();

    // The page with these answers and nothing in flight (`--screenshot`).
    void showDemo(const CustomerChecklist &checklist);

    static constexpr int typingPauseMs = 800;

private:
    void connectFields();
    void edited(ChecklistItemField *field, bool now);
    void save();
    void saved(const CustomerChecklist &checklist);
    void saveFailed(const QJsonObject &sent, const ApiError &error);
    void complete();
    void sendComplete();
    void upload(ChecklistItemField *field, const QString &path);
    // Puts answers not known to the server yet into the fields (over the loaded ones).
    void showOverLoaded(const QJsonObject &answers);
    // The session's account learns the checklist's state, so the sidebar's locks follow at once.
    void adoptOnboarding(const CustomerChecklist &checklist);

    ChecklistPage &m_page;
    Session &m_session;
    OfflineSync &m_offline;
    std::function<void(const QString &)> m_openPage;
    ChecklistApi m_api;
    RequestScope m_loads;
    RequestScope m_saves;
    RequestScope m_completion;
    RequestScope m_uploads;
    QTimer m_typingPause;
    QJsonObject m_pending; // changed answers not sent yet
    QJsonObject m_unsent;  // answers waiting in the outbox (shown over an older cached answer)
    bool m_saving = false;
    bool m_completeAfterSave = false;
    QPointer<ApiCall> m_upload;
    QPointer<ChecklistItemField> m_uploadField;
};

} // namespace kp::client
