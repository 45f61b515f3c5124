#include "client/callbacks/CallbackDialog.h"

#include "client/api/ApiError.h"
#include "client/widgets/FormField.h"
#include "client/widgets/Theme.h"
#include "shared/Validation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kp::client {

namespace v = validation;

namespace {

QLabel *wrappedLabel(const QString &text, const char *role)
{
    auto *label = new QLabel(text);
    label->setProperty("role", QString::fromLatin1(role));
    label->setWordWrap(true);
    return label;
}

} // namespace

CallbackDialog::CallbackDialog(const QString &phone, QWidget *parent)
    : QDialog(parent)
    , m_steps(new QStackedWidget)
    , m_phone(new FormField(tr("Phone number"), QStringLiteral("callbackPhone")))
    , m_preview(wrappedLabel({}, "secondary"))
    , m_error(wrappedLabel({}, "fieldError"))
    , m_send(new QPushButton(tr("Request callback")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_doneTitle(wrappedLabel({}, "sectionTitle"))
    , m_doneText(wrappedLabel({}, "secondary"))
{
    setObjectName(QStringLiteral("callbackDialog"));
    setWindowTitle(tr("Request a callback"));
    setModal(true);
    setMinimumWidth(440);

    m_phone->setText(phone);
    m_phone->setPlaceholder(tr("e.g. 030 1234567 or +41 44 668 18 00"));
    m_phone->edit()->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_preview->setObjectName(QStringLiteral("callbackPhonePreview"));
    m_error->setObjectName(QStringLiteral("callbackError"));
    m_error->hide();
    m_send->setObjectName(QStringLiteral("callbackSend"));
    m_send->setProperty("variant", QStringLiteral("primary"));
    m_send->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("callbackCancel"));

    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(theme::spacing::m);
    formLayout->addWidget(wrappedLabel(tr("We will call you back as soon as possible."), "sectionTitle"));
    formLayout->addWidget(wrappedLabel(tr("Which number can we reach you on? The agency sees who you are, you "
                                          "need not say it again."),
                                       "secondary"));
    formLayout->addWidget(m_phone);
    formLayout->addWidget(m_preview);
    formLayout->addWidget(m_error);
    formLayout->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    formLayout->addLayout(buttons);

    auto *done = new QWidget;
    done->setObjectName(QStringLiteral("callbackDone"));
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    doneLayout->setSpacing(theme::spacing::m);
    auto *icon = new QLabel;
    icon->setPixmap(theme::icon(QStringLiteral("emblem-ok"), theme::colors().success).pixmap(40, 40));
    m_doneTitle->setObjectName(QStringLiteral("callbackDoneTitle"));
    m_doneText->setObjectName(QStringLiteral("callbackDoneText"));
    auto *list = new QPushButton(tr("My callback requests"));
    list->setObjectName(QStringLiteral("callbackShowList"));
    list->setProperty("variant", QStringLiteral("link"));
    auto *close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("callbackClose"));
    close->setProperty("variant", QStringLiteral("primary"));
    doneLayout->addWidget(icon);
    doneLayout->addWidget(m_doneTitle);
    doneLayout->addWidget(m_doneText);
    doneLayout->addStretch();
    auto *doneButtons = new QHBoxLayout;
    doneButtons->addWidget(list);
    doneButtons->addStretch();
    doneButtons->addWidget(close);
    doneLayout->addLayout(doneButtons);

    m_steps->addWidget(form);
    m_steps->addWidget(done);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xl, theme::spacing::xl, theme::spacing::xl, theme::spacing::xl);
    layout->addWidget(m_steps);

    connect(m_phone->edit(), &QLineEdit::textChanged, this, &CallbackDialog::showPreview);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(list, &QPushButton::clicked, this, [this] {
        accept();
        emit listRequested();
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (const auto e164 = validate(); !e164.isEmpty())
            emit sendRequested(e164);
    });
    showPreview();
}

QString CallbackDialog::phone() const
{
    return m_phone->text();
}

void CallbackDialog::showPreview()
{
    m_error->hide();
    const auto check = v::checkPhone(phone());
    m_preview->setVisible(!check.problem);
    if (!check.problem) {
        m_phone->setError({});
        m_preview->setText(tr("We will call: %1").arg(v::internationalPhone(check.e164)));
    }
}

QString CallbackDialog::validate()
{
    const auto check = v::checkPhone(phone());
    m_phone->setError(check.problem ? ApiError::problemText(QStringLiteral("phone"), *check.problem) : QString());
    if (check.problem)
        m_phone->edit()->setFocus();
    return check.e164;
}

void CallbackDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_phone->edit()->setReadOnly(busy);
    m_send->setText(busy ? tr("Sending …") : tr("Request callback"));
}

void CallbackDialog::showError(const ApiError &error)
{
    setBusy(false);
    if (const auto field = error.fieldMessage(QStringLiteral("phone")); !field.isEmpty()) {
        m_phone->setError(field);
        return;
    }
    m_error->setText(error.message());
    m_error->show();
}

void CallbackDialog::showDone(const QString &title, const QString &text)
{
    setBusy(false);
    m_doneTitle->setText(title);
    m_doneText->setText(text);
    m_steps->setCurrentIndex(1);
    findChild<QPushButton *>(QStringLiteral("callbackClose"))->setFocus();
}

void CallbackDialog::showConfirmation(const CallbackRequest &request)
{
    showDone(tr("Thank you, your request has arrived"),
             tr("We will call you back on %1 as soon as possible. You can follow your request under "
                "\"My callback requests\".")
                 .arg(request.phoneDisplay.isEmpty() ? request.phone : request.phoneDisplay));
}

void CallbackDialog::showQueued(const QString &phoneDisplay)
{
    showDone(tr("Your request will be sent as soon as you are online"),
             tr("There is no connection to the server right now. Your request for a callback on %1 is kept on "
                "this computer and goes out by itself when the connection is back.")
                 .arg(phoneDisplay));
}

void CallbackDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

} // namespace kp::client
