#include "client/admin/RejectDialog.h"

#include "client/widgets/Theme.h"
#include "shared/Validation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {

namespace v = validation;

RejectDialog::RejectDialog(const QString &customerName, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit)
    , m_error(new QLabel)
    , m_confirm(new QPushButton(tr("Reject registration")))
{
    setObjectName(QStringLiteral("rejectDialog"));
    setWindowTitle(tr("Reject registration"));
    setModal(true);
    setMinimumWidth(460);

    auto *title = new QLabel(tr("Reject the registration of %1?").arg(customerName));
    title->setProperty("role", QStringLiteral("sectionTitle"));
    title->setWordWrap(true);
    auto *hint = new QLabel(tr("The customer will see this reason when opening the app. Be clear and friendly."));
    hint->setProperty("role", QStringLiteral("secondary"));
    hint->setWordWrap(true);
    auto *label = new QLabel(tr("Reason"));
    label->setProperty("role", QStringLiteral("fieldLabel"));
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setPlaceholderText(tr("e.g. We could not verify your company."));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(96);
    m_error->setObjectName(QStringLiteral("rejectReasonError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->hide();

    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("rejectCancel"));
    m_confirm->setObjectName(QStringLiteral("rejectConfirm"));
    m_confirm->setProperty("variant", QStringLiteral("destructive"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xl, theme::spacing::xl, theme::spacing::xl, theme::spacing::xl);
    layout->setSpacing(theme::spacing::m);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(theme::spacing::xs);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addSpacing(theme::spacing::s);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        // One paragraph: the reason is shown in a single label on the customer's side.
        const auto text = v::normalizeText(reason().simplified());
        if (const auto problem = v::checkDisplayText(text, v::limits::reasonMax)) {
            showError(*problem == v::problem::tooLong ? tr("Use at most %1 characters.").arg(v::limits::reasonMax)
                                                      : tr("Please give a reason."));
            return;
        }
        emit rejectConfirmed(text);
    });
}

QString RejectDialog::reason() const
{
    return m_reason->toPlainText();
}

void RejectDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RejectDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_confirm->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

void RejectDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

} // namespace kp::client
