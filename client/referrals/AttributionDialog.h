#pragma once

#include "client/api/ApiError.h"
#include "shared/Referral.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kp::client {

class Banner;

// "Zuordnung korrigieren": who brought `entry` (one of the other customers, or nobody) and why;
// the reason goes into the history, so the save button stays disabled until one is typed. The
// server's refusals (a cycle, the account itself, an unknown partner, a too short reason) appear
// at their field and nothing chosen or typed is lost. Opened with open() (not exec()), so a GUI
// test answers it like a person.
class AttributionDialog : public QDialog {
    Q_OBJECT

public:
    AttributionDialog(const kp::PartnerEntry &entry, const QList<kp::PartnerEntry> &customers,
                      QWidget *parent = nullptr);

    QString accountId() const { return m_accountId; }
    // The chosen partner's account id; empty: nobody.
    QString referrerId() const;
    QString reason() const;
    void setBusy(bool busy);
    void showServerError(const ApiError &error);
    void reject() override;

signals:
    void submitted(const QString &referrerId, const QString &reason);

private:
    void updateSave();
    void submit();

    QString m_accountId;
    QComboBox *m_partner;
    QLabel *m_partnerError;
    QPlainTextEdit *m_reason;
    QLabel *m_reasonError;
    Banner *m_banner;
    QPushButton *m_save;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace kp::client
