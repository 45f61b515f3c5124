#include "client/widgets/FormField.h"

#include "client/widgets/Theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kp::client {

FormField::FormField(const QString &label, const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(label, this))
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_note(new QLabel(this))
{
    m_edit->setObjectName(objectName);
    m_error->setObjectName(objectName + QStringLiteral("Error"));
    m_label->setBuddy(m_edit);
    m_label->setProperty("role", QStringLiteral("fieldLabel"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_note->setObjectName(objectName + QStringLiteral("Note"));
    m_note->setProperty("role", QStringLiteral("secondary"));
    m_note->setWordWrap(true);
    m_note->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::spacing::xs + 2);
    layout->addWidget(m_label);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    layout->addWidget(m_note);
}

QString FormField::text() const
{
    return m_edit->text();
}

void FormField::setText(const QString &text)
{
    m_edit->setText(text);
}

void FormField::setLabel(const QString &label)
{
    m_label->setText(label);
}

void FormField::setPassword()
{
    m_edit->setEchoMode(QLineEdit::Password);
}

void FormField::setPlaceholder(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void FormField::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    theme::setStyleProperty(m_edit, "invalid", !message.isEmpty());
}

void FormField::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString FormField::note() const
{
    return m_note->text();
}

QString FormField::error() const
{
    return m_error->text();
}

} // namespace kp::client
