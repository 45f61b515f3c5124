#include "client/referrals/AttributionDialog.h"

#include "client/referrals/ReferralText.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Theme.h"
#include "shared/Validation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {
namespace {

namespace v = validation;

constexpr int kReasonMin = 3; // the server's lower bound (API.md)

QLabel *fieldLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setProperty("role", QStringLiteral("fieldLabel"));
    label->setBuddy(buddy);
    return label;
}

QLabel *errorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setProperty("role", QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void setError(QLabel *label, QWidget *field, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    theme::setStyleProperty(field, "invalid", !message.isEmpty());
}

} // namespace

AttributionDialog::AttributionDialog(const PartnerEntry &entry, const QList<PartnerEntry> &customers, QWidget *parent)
    : QDialog(parent)
    , m_accountId(entry.account.id)
    , m_partner(new QComboBox)
    , m_partnerError(errorLabel(QStringLiteral("attributionPartnerError")))
    , m_reason(new QPlainTextEdit)
    , m_reasonError(errorLabel(QStringLiteral("attributionReasonError")))
    , m_banner(new Banner(QStringLiteral("attributionBanner")))
    , m_save(new QPushButton(tr("Save correction")))
    , m_cancel(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("attributionDialog"));
    setWindowTitle(tr("Correct attribution"));
    setModal(true);
    setMinimumWidth(480);
    m_banner->hide();

    auto *title = new QLabel(tr("Who brought %1?").arg(ReferralText::party(entry.account)));
    title->setProperty("role", QStringLiteral("sectionTitle"));
    title->setWordWrap(true);
    auto *hint = new QLabel(tr("The partner's figures follow at once. The change and its reason are kept in the "
                               "history with your name."));
    hint->setProperty("role", QStringLiteral("secondary"));
    hint->setWordWrap(true);

    m_partner->setObjectName(QStringLiteral("attributionPartner"));
    m_partner->addItem(tr("Nobody"), QString());
    for (const auto &customer : customers) {
        if (customer.account.id != entry.account.id)
            m_partner->addItem(ReferralText::party(customer.account), customer.account.id);
    }
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(entry.referredBy.id)));
    m_reason->setObjectName(QStringLiteral("attributionReason"));
    m_reason->setPlaceholderText(tr("e.g. The customer named Jana Becker on the phone."));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(88);

    m_cancel->setObjectName(QStringLiteral("attributionCancel"));
    m_save->setObjectName(QStringLiteral("attributionSave"));
    m_save->setProperty("variant", QStringLiteral("primary"));
    m_save->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xl, theme::spacing::xl, theme::spacing::xl, theme::spacing::xl);
    layout->setSpacing(theme::spacing::s);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(theme::spacing::s);
    layout->addWidget(m_banner);
    layout->addWidget(fieldLabel(tr("Brought by"), m_partner));
    layout->addWidget(m_partner);
    layout->addWidget(m_partnerError);
    layout->addSpacing(theme::spacing::s);
    layout->addWidget(fieldLabel(tr("Reason"), m_reason));
    layout->addWidget(m_reason);
    layout->addWidget(m_reasonError);
    layout->addSpacing(theme::spacing::l);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &AttributionDialog::submit);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        setError(m_reasonError, m_reason, {});
        updateSave();
    });
    connect(m_partner, &QComboBox::currentIndexChanged, this, [this] { setError(m_partnerError, m_partner, {}); });
    updateSave();
}

QString AttributionDialog::referrerId() const
{
    return m_partner->currentData().toString();
}

QString AttributionDialog::reason() const
{
    return v::normalizeText(m_reason->toPlainText().simplified());
}

void AttributionDialog::updateSave()
{
    m_save->setEnabled(!m_busy && !reason().isEmpty());
}

void AttributionDialog::submit()
{
    const auto text = reason();
    if (text.size() < kReasonMin) {
        setError(m_reasonError, m_reason, tr("Use at least %1 characters.").arg(kReasonMin));
        return;
    }
    if (const auto problem = v::checkDisplayText(text, v::limits::reasonMax)) {
        setError(m_reasonError, m_reason, ApiError::problemText(QStringLiteral("reason"), *problem));
        return;
    }
    m_banner->hide();
    emit submitted(referrerId(), text);
}

void AttributionDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setText(busy ? tr("Saving …") : tr("Save correction"));
    m_cancel->setEnabled(!busy);
    updateSave();
}

void AttributionDialog::showServerError(const ApiError &error)
{
    setBusy(false);
    const auto partner = error.fields.value(QStringLiteral("referrer_id"));
    const auto reasonProblem = error.fields.value(QStringLiteral("reason"));
    if (partner == QLatin1String("self_referral"))
        setError(m_partnerError, m_partner, tr("A customer cannot have brought themselves."));
    else if (partner == QLatin1String("cycle"))
        setError(m_partnerError, m_partner,
                 tr("That would be a circle: this customer brought the chosen partner, directly or through others."));
    else if (partner == QLatin1String("unknown"))
        setError(m_partnerError, m_partner, tr("This customer no longer exists. Reload the list and choose again."));
    else if (!partner.isEmpty())
        setError(m_partnerError, m_partner, tr("This customer cannot be a partner."));
    if (!reasonProblem.isEmpty())
        setError(m_reasonError, m_reason,
                 reasonProblem == v::problem::tooShort ? tr("Use at least %1 characters.").arg(kReasonMin)
                                                       : error.fieldMessage(QStringLiteral("reason")));
    if (partner.isEmpty() && reasonProblem.isEmpty()) {
        m_banner->showMessage(Banner::Tone::Danger, error.message());
        m_banner->show();
    }
}

void AttributionDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

} // namespace kp::client
