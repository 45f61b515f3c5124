#pragma once

#include <QMap>
#include <QWidget>

class QPushButton;

namespace kp::client {

class Banner;
class FormField;
class Session;
struct ApiError;

// "Konto erstellen": name, company, email, phone (optional), password twice, user name and
// referral code (optional). Checks each field when it is left, with the server's own rules
// (shared/Validation), and maps the server's answer back onto the fields. Never clears input.
class RegisterPage : public QWidget {
    Q_OBJECT

public:
    explicit RegisterPage(Session &session, QWidget *parent = nullptr);

    // Fills the form (the partner link's referral code, or demo data for screenshots).
    void prefill(const QString &field, const QString &value);
    // Runs every check as if the user had pressed "Register"; true when all pass.
    bool validateAll();

signals:
    void loginRequested();

private:
    void submit();
    void showServerError(const ApiError &error);
    // The local check of one field; empty when it is fine.
    QString check(const QString &field) const;
    void addField(const QString &key, FormField *field);

    Session &m_session;
    Banner *m_banner;
    QMap<QString, FormField *> m_fields;
    QPushButton *m_submit;
};

} // namespace kp::client
