#pragma once

#include "client/callbacks/CallbacksApi.h"
#include "client/widgets/TabbedCardList.h"

#include <QTimer>
#include <QWidget>

namespace kp::client {

class CallbackCard;

// Administration → Rückrufe: every customer's callback requests, newest first, open ones set
// apart; per request who asked, the number, the note and each channel's delivery (Telegram,
// WhatsApp, webhook) with its last error; "Mark called back", "Done" and "Reopen". The count of
// open requests goes to the sidebar's badge, also while the page is closed (watchOpenCount()).
class CallbackInboxPage : public QWidget {
    Q_OBJECT

public:
    explicit CallbackInboxPage(ApiClient &api, QWidget *parent = nullptr);

    void reload();
    // Asks the server for the open count now and every `intervalMs` (an admin's session), or
    // stops asking (0).
    void watchOpenCount(int intervalMs);
    // Without the server (demo data for screenshots).
    void showDemo(CallbackFilter filter, const QList<kp::CallbackRequest> &requests, int openCount);

signals:
    void openCountChanged(int count);

private:
    CallbackFilter currentFilter() const;
    void append(const QList<kp::CallbackRequest> &requests);
    void setStatus(const kp::CallbackRequest &request, const QString &status);
    void showOpenCount(int count);
    void fetchOpenCount();
    void updateEmptyState();

    CallbacksApi m_api;
    TabbedCardList m_view;
    QTimer m_countTimer;
};

} // namespace kp::client
