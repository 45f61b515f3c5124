#pragma once

#include "client/dashboard/MetricsApi.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace kp::client {

class Banner;
class FormField;

// "Konto verbinden": the platform, the account's id (with a hint at its format: act_… or
// 123-456-7890) and its token as a password field. Checked before anything is sent; the server's
// field problems appear at their field and nothing typed is lost. After a success the token is
// cleared: it is write-only and never shown again.
class ConnectAdAccountDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectAdAccountDialog(QWidget *parent = nullptr);

    // Checks every field and shows what is wrong; true when the connection can be sent.
    bool validate();
    AdAccountConnection connection() const;

    void setBusy(bool busy);
    void showServerError(const ApiError &error);
    // The server connected the account: the token goes, the dialog closes.
    void succeeded();
    // Empties the form for the next account.
    void reset();

signals:
    void submitted(const kp::client::AdAccountConnection &connection);

private:
    QString provider() const;
    void providerChanged();
    QString idProblem() const;

    QComboBox *m_provider;
    FormField *m_externalId;
    QLabel *m_idHint;
    FormField *m_token;
    QLabel *m_tokenHint;
    Banner *m_banner;
    QPushButton *m_submit;
};

} // namespace kp::client
