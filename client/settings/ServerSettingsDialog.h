#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QPushButton;

namespace kp::client {

class ApiClient;
class Banner;
class FormField;

// Where the app finds its server. Checks the address by asking its /healthz before saving,
// without blocking the window, and warns while an http:// address leaves this computer.
class ServerSettingsDialog : public QDialog {
    Q_OBJECT

public:
    // The check goes through `api`'s transport (HealthApi), without its token.
    ServerSettingsDialog(const QUrl &current, ApiClient &api, QWidget *parent = nullptr);
    QUrl server() const { return m_server; }

private:
    void showUnencryptedWarning();
    void testConnection();
    void save();

    ApiClient &m_api;
    FormField *m_address;
    Banner *m_unencrypted;
    QLabel *m_result;
    QPushButton *m_test;
    QUrl m_server;
};

} // namespace kp::client
