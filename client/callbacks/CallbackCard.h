#pragma once

#include "shared/Callback.h"

#include <QFrame>

class QVBoxLayout;

namespace kp::client {

// One callback request as a card: its state as a chip, the number, when it came and went on.
// The admin's card adds who asked (name, company, email), the note, each channel's delivery and
// the actions "Called back", "Done" or "Reopen".
class CallbackCard : public QFrame {
    Q_OBJECT

public:
    enum class View { Customer, Admin };

    CallbackCard(const kp::CallbackRequest &request, View view, QWidget *parent = nullptr);
    // A request still in the outbox (offline): the number and "Waiting for a connection".
    static CallbackCard *waiting(const QString &phoneDisplay, QWidget *parent = nullptr);

    const kp::CallbackRequest &request() const { return m_request; }
    // Shows the admin's actions as busy (a change on its way) or ready again.
    void setBusy(bool busy);

signals:
    // "open" | "called_back" | "closed"
    void statusRequested(const kp::CallbackRequest &request, const QString &status);

private:
    CallbackCard();
    void addAdminPart(QVBoxLayout *layout);

    kp::CallbackRequest m_request;
};

} // namespace kp::client
