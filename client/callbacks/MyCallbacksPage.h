#pragma once

#include "client/callbacks/CallbacksApi.h"

#include <QWidget>

namespace kp::client {

class OfflineSync;
class PageHeader;
class PagedCardList;
class RemoteListController;
class StatePanel;

// "Meine Rückrufanfragen": the customer's callback requests, newest first, each with where it
// stands (received, passed on to the agency, called back, done); requests still waiting in the
// outbox (offline) on top. The header's button asks for another callback.
class MyCallbacksPage : public QWidget {
    Q_OBJECT

public:
    MyCallbacksPage(ApiClient &api, OfflineSync &offline, QWidget *parent = nullptr);

    void reload();
    // Without the server (demo data for screenshots).
    void showDemo(const QList<kp::CallbackRequest> &requests, const QStringList &waitingNumbers);

signals:
    void callbackRequested();

private:
    void showWaiting(const QStringList &numbers);
    void append(const QList<kp::CallbackRequest> &requests);

    CallbacksApi m_api;
    OfflineSync &m_offline;
    PageHeader *m_header;
    StatePanel *m_state;
    PagedCardList *m_list;
    RemoteListController *m_controller;
    QWidget *m_waiting; // the outbox's requests, above the list
};

} // namespace kp::client
