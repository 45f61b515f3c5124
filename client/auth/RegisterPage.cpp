#include "client/auth/RegisterPage.h"

#include "client/api/ApiError.h"
#include "client/app/Session.h"
#include "client/widgets/AuthFrame.h"
#include "client/widgets/Banner.h"
#include "client/widgets/FormField.h"
#include "client/widgets/Theme.h"
#include "shared/Validation.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {

namespace v = validation;

RegisterPage::RegisterPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new Banner(QStringLiteral("registerBanner")))
    , m_submit(new QPushButton(tr("Register")))
{
    setObjectName(QStringLiteral("registerPage"));
    auto *frame = new AuthFrame(this, 560);
    auto *title = new QLabel(tr("Create your account"));
    title->setProperty("role", QStringLiteral("pageTitle"));
    auto *subtitle = new QLabel(tr("After you register, the agency checks your details and activates your account."));
    subtitle->setProperty("role", QStringLiteral("secondary"));
    subtitle->setWordWrap(true);

    addField(QStringLiteral("name"), new FormField(tr("Your name"), QStringLiteral("registerName")));
    addField(QStringLiteral("company"), new FormField(tr("Company"), QStringLiteral("registerCompany")));
    addField(QStringLiteral("email"), new FormField(tr("Email"), QStringLiteral("registerEmail")));
    addField(QStringLiteral("phone"), new FormField(tr("Phone (optional)"), QStringLiteral("registerPhone")));
    addField(QStringLiteral("password"), new FormField(tr("Password"), QStringLiteral("registerPassword")));
    addField(QStringLiteral("password_repeat"),
             new FormField(tr("Repeat password"), QStringLiteral("registerPasswordRepeat")));
    addField(QStringLiteral("username"), new FormField(tr("User name (optional)"), QStringLiteral("registerUsername")));
    addField(QStringLiteral("referral_code"),
             new FormField(tr("Referral code (optional)"), QStringLiteral("registerReferralCode")));
    m_fields[QStringLiteral("password")]->setPassword();
    m_fields[QStringLiteral("password_repeat")]->setPassword();
    m_fields[QStringLiteral("password")]->setPlaceholder(tr("At least %1 characters").arg(v::limits::passwordMin));
    m_fields[QStringLiteral("phone")]->setPlaceholder(tr("e.g. 030 1234567"));
    m_fields[QStringLiteral("email")]->setPlaceholder(tr("name@company.com"));
    m_fields[QStringLiteral("username")]->setPlaceholder(tr("To log in without your email address"));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(theme::spacing::l);
    grid->setVerticalSpacing(theme::spacing::m);
    const QStringList order {QStringLiteral("name"),     QStringLiteral("company"),
                             QStringLiteral("email"),    QStringLiteral("phone"),
                             QStringLiteral("password"), QStringLiteral("password_repeat"),
                             QStringLiteral("username"), QStringLiteral("referral_code")};
    for (int i = 0; i < order.size(); ++i)
        grid->addWidget(m_fields[order[i]], i / 2, i % 2, Qt::AlignTop);

    m_submit->setObjectName(QStringLiteral("registerButton"));
    m_submit->setProperty("variant", QStringLiteral("primary"));
    auto *back = new QPushButton(tr("Back to login"));
    back->setObjectName(QStringLiteral("backToLogin"));
    back->setProperty("variant", QStringLiteral("link"));
    back->setCursor(Qt::PointingHandCursor);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_submit);

    auto *body = frame->body();
    body->addWidget(title);
    body->addWidget(subtitle);
    body->addWidget(m_banner);
    body->addLayout(grid);
    body->addSpacing(theme::spacing::xs);
    body->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(frame);
    // Only now do the fields share a window, which setTabOrder needs.
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(m_fields[order[i - 1]]->edit(), m_fields[order[i]]->edit());

    connect(m_submit, &QPushButton::clicked, this, &RegisterPage::submit);
    connect(back, &QPushButton::clicked, this, &RegisterPage::loginRequested);
    connect(m_fields[QStringLiteral("referral_code")]->edit(), &QLineEdit::textChanged, this,
            &RegisterPage::followReferralLink);
    connect(&m_session, &Session::registrationFailed, this, &RegisterPage::showServerError);
    connect(&m_session, &Session::busyChanged, this, [this](bool busy) {
        m_submit->setEnabled(!busy);
        m_submit->setText(busy ? tr("Registering …") : tr("Register"));
    });
}

void RegisterPage::addField(const QString &key, FormField *field)
{
    m_fields.insert(key, field);
    // Check a field when it is left, and clear its message as soon as it is being corrected.
    connect(field->edit(), &QLineEdit::editingFinished, this, [this, key, field] {
        if (!field->text().isEmpty())
            field->setError(check(key));
    });
    connect(field->edit(), &QLineEdit::textEdited, this, [field] { field->setError(QString()); });
    connect(field->edit(), &QLineEdit::returnPressed, this, &RegisterPage::submit);
}

QString RegisterPage::check(const QString &field) const
{
    const auto value = m_fields[field]->text();
    v::Problem problem;
    if (field == QLatin1String("name"))
        problem = v::checkDisplayText(v::normalizeText(value), v::limits::nameMax);
    else if (field == QLatin1String("company"))
        problem = v::checkDisplayText(v::normalizeText(value), v::limits::companyMax);
    else if (field == QLatin1String("email"))
        problem = v::checkEmail(v::normalizeEmail(value));
    else if (field == QLatin1String("phone") && !value.trimmed().isEmpty())
        problem = v::checkPhone(value).problem;
    else if (field == QLatin1String("password"))
        problem = v::checkPassword(value);
    else if (field == QLatin1String("password_repeat") && value != m_fields[QStringLiteral("password")]->text())
        problem = QStringLiteral("mismatch");
    else if (field == QLatin1String("username") && !value.trimmed().isEmpty())
        problem = v::checkUsername(value.trimmed().toLower());
    else if (field == QLatin1String("referral_code") && !value.trimmed().isEmpty())
        problem = v::checkReferralCode(value.trimmed());
    return problem ? ApiError::problemText(field, *problem) : QString();
}

bool RegisterPage::validateAll()
{
    bool valid = true;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const auto message = check(it.key());
        it.value()->setError(message);
        valid = valid && message.isEmpty();
    }
    return valid;
}

void RegisterPage::submit()
{
    if (m_session.isBusy())
        return;
    m_banner->showMessage(Banner::Tone::Danger, QString());
    if (!validateAll()) {
        m_banner->showMessage(Banner::Tone::Danger, tr("Please check the highlighted fields."));
        return;
    }
    AuthApi::RegistrationForm form;
    form.name = m_fields[QStringLiteral("name")]->text();
    form.company = m_fields[QStringLiteral("company")]->text();
    form.email = m_fields[QStringLiteral("email")]->text();
    form.phone = m_fields[QStringLiteral("phone")]->text();
    form.password = m_fields[QStringLiteral("password")]->text();
    form.username = m_fields[QStringLiteral("username")]->text().trimmed().toLower();
    form.referralCode = m_fields[QStringLiteral("referral_code")]->text().trimmed();
    if (!m_linkCode.isEmpty() && form.referralCode == m_linkCode)
        form.referralClick = m_linkClick;
    m_session.registerAccount(form);
}

void RegisterPage::showServerError(const ApiError &error)
{
    bool onField = false;
    for (auto it = error.fields.cbegin(); it != error.fields.cend(); ++it) {
        if (auto *field = m_fields.value(it.key())) {
            field->setError(ApiError::problemText(it.key(), it.value()));
            onField = true;
        }
    }
    m_banner->showMessage(Banner::Tone::Danger, onField ? tr("Please check the highlighted fields.") : error.message());
}

void RegisterPage::applyReferralLink(const QString &code, const QString &clickId)
{
    m_linkCode = code;
    m_linkClick = clickId;
    auto *field = m_fields[QStringLiteral("referral_code")];
    field->setText(code);
    field->setError(QString());
    followReferralLink();
}

void RegisterPage::showWarning(const QString &text)
{
    m_banner->showMessage(Banner::Tone::Warning, text);
}

void RegisterPage::followReferralLink()
{
    const bool fromLink
        = !m_linkCode.isEmpty() && m_fields[QStringLiteral("referral_code")]->text().trimmed() == m_linkCode;
    m_fields[QStringLiteral("referral_code")]->setNote(fromLink ? tr("Recommended through a partner link") : QString());
}

void RegisterPage::prefill(const QString &field, const QString &value)
{
    if (auto *input = m_fields.value(field))
        input->setText(value);
}

} // namespace kp::client
