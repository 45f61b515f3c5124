#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace kp::client {

// A labelled input as UI.md wants it: label above, the field, the problem below in red.
// The field keeps what was typed whatever happens; only the message changes.
class FormField : public QWidget {
    Q_OBJECT

public:
    FormField(const QString &label, const QString &objectName, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QString text() const;
    void setText(const QString &text);
    void setPassword();
    void setLabel(const QString &label);
    void setPlaceholder(const QString &text);
    // Empty clears the message.
    void setError(const QString &message);
    // A quiet line under the field saying where its value came from; empty hides it.
    void setNote(const QString &note);
    QString note() const;
    QString error() const;

private:
    QLabel *m_label;
    QLineEdit *m_edit;
    QLabel *m_error;
    QLabel *m_note;
};

} // namespace kp::client
