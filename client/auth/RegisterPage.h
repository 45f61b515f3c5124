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

    // Fills the form (demo data for screenshots).
    void prefill(const QString &field, const QString &value);
    // A partner link (AppLink): fills in its code and keeps its click id, sent with the
    // registration as long as the code field still holds that code.
    void applyReferralLink(const QString &code, const QString &clickId);
    // Above the form until the next attempt to register (e.g. a partner link that was refused).
    void showWarning(const QString &text);
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
    // The note under the code and whether the click goes along follow the field's text.
    void followReferralLink();

    Session &m_session;
    Banner *m_banner;
    QMap<QString, FormField *> m_fields;
    QPushButton *m_submit;
    QString m_linkCode;  // the code of the partner link the form was opened with
    QString m_linkClick; // its click id
};

} // namespace kp::client
