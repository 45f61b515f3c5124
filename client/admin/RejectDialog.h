#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kp::client {

// Asks the admin for the reason the customer will read. Opened with open() (not exec()), so
// the GUI test can answer it like a person would.
class RejectDialog : public QDialog {
    Q_OBJECT

public:
    RejectDialog(const QString &customerName, QWidget *parent = nullptr);
    QString reason() const;
    void showError(const QString &message);
    // While busy the request is on its way: the dialog cannot be cancelled or sent twice.
    void setBusy(bool busy);
    void reject() override;

signals:
    void rejectConfirmed(const QString &reason);

private:
    QPlainTextEdit *m_reason;
    QLabel *m_error;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace kp::client
