#pragma once

#include "shared/Callback.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace kp::client {

class FormField;
struct ApiError;

// The escalation popup (UI.md "Callback popup"): one field, the callback number, prefilled from
// the profile and shown back in international form as it is typed; then a clear confirmation.
// The customer's id, name and company are not asked: the server takes them from the session.
// Opened with open() (not exec()), so GUI tests can answer it like a person would.
class CallbackDialog : public QDialog {
    Q_OBJECT

public:
    explicit CallbackDialog(const QString &phone, QWidget *parent = nullptr);

    QString phone() const;
    // Checks the number typed; shows the problem under the field and returns empty, or returns
    // it in E.164.
    QString validate();
    // While busy the request is on its way: the dialog cannot be closed or sent twice.
    void setBusy(bool busy);
    // The server refused (the number at the field, anything else above the buttons); what was
    // typed stays.
    void showError(const ApiError &error);
    // The request arrived: says what happens now.
    void showConfirmation(const kp::CallbackRequest &request);
    // No connection: the request waits in the outbox and goes out by itself.
    void showQueued(const QString &phoneDisplay);
    void reject() override;

signals:
    void sendRequested(const QString &e164);
    void listRequested();

private:
    void showPreview();
    void showDone(const QString &title, const QString &text);

    QStackedWidget *m_steps;
    FormField *m_phone;
    QLabel *m_preview;
    QLabel *m_error;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QLabel *m_doneTitle;
    QLabel *m_doneText;
    bool m_busy = false;
};

} // namespace kp::client
