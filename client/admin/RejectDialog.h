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
    void setBusy(bool busy);

signals:
    void rejectConfirmed(const QString &reason);

private:
    QPlainTextEdit *m_reason;
    QLabel *m_error;
    QPushButton *m_confirm;
};

} // namespace kp::client
