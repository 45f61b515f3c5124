#pragma once

#include "client/callbacks/CallbacksApi.h"

#include <QObject>
#include <QPointer>

namespace kp::client {

class CallbackDialog;
class OfflineSync;
class Session;
struct PageServices;

// The escalation button's work: opens the popup with the profile's number, sends the request
// with an idempotency key, and when the server cannot be reached leaves it in the account's
// outbox (same key) so it goes out by itself, once.
class CallbackRequester : public QObject {
    Q_OBJECT

public:
    // `window` parents the popup.
    CallbackRequester(const PageServices &services, QWidget *window);

    void open();
    // The popup while it is open, else null.
    CallbackDialog *dialog() const { return m_dialog; }

signals:
    // A request was accepted or left in the outbox: lists showing requests read them again.
    void requested();

private:
    void send(const QString &e164);

    Session &m_session;
    OfflineSync &m_offline;
    CallbacksApi m_api;
    std::function<void(const QString &id)> m_openPage;
    QWidget *m_window;
    QPointer<CallbackDialog> m_dialog;
};

} // namespace kp::client
