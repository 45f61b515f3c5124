#include "client/profile/ProfilePage.h"

#include "client/api/ApiError.h"
#include "client/profile/AvatarDropZone.h"
#include "client/widgets/Avatar.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Card.h"
#include "client/widgets/FormField.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/SecondaryLabel.h"
#include "client/widgets/Theme.h"
#include "shared/Validation.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace kp::client {

namespace v = validation;

namespace {

QPushButton *button(const QString &text, const QString &objectName, const QString &variant)
{
    auto *result = new QPushButton(text);
    result->setObjectName(objectName);
    result->setProperty("variant", variant);
    return result;
}

const QStringList &detailKeys()
{
    static const QStringList keys {QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("email"),
                                   QStringLiteral("phone"), QStringLiteral("username")};
    return keys;
}

QString valueOf(const Account &account, const QString &key)
{
    if (key == QLatin1String("name"))
        return account.name;
    if (key == QLatin1String("company"))
        return account.company;
    if (key == QLatin1String("email"))
        return account.email;
    if (key == QLatin1String("phone"))
        return account.phone;
    return account.username;
}

// A style-sheet rule that depends on a property needs a fresh polish when the property changes.
void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

ProfilePage::ProfilePage(QWidget *parent)
    : QWidget(parent)
    , m_header(new PageHeader(tr("Profile"), tr("Your details, your password and your picture.")))
    , m_avatar(new Avatar(96))
    , m_pictureStatus(makeSecondaryLabel(QString()))
    , m_dropZone(new AvatarDropZone)
    , m_detailsBanner(new Banner(QStringLiteral("profileDetailsBanner")))
    , m_save(button(tr("Save changes"), QStringLiteral("profileSave"), QStringLiteral("primary")))
    , m_policy(new QLabel)
    , m_passwordBanner(new Banner(QStringLiteral("profilePasswordBanner")))
    , m_changePassword(
          button(tr("Change password"), QStringLiteral("profileChangePassword"), QStringLiteral("primary")))
    , m_sessionsBanner(new Banner(QStringLiteral("profileSessionsBanner")))
    , m_logoutOthers(
          button(tr("Log out on all other devices"), QStringLiteral("profileLogoutOthers"), QStringLiteral("danger")))
{
    setObjectName(QStringLiteral("profilePage"));
    auto *column = new QWidget;
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl,
                                     theme::spacing::xxl);
    columnLayout->setSpacing(theme::spacing::xl);
    columnLayout->addWidget(m_header);
    auto *row = new QHBoxLayout;
    row->setSpacing(theme::spacing::l);
    auto *left = new QVBoxLayout;
    left->setSpacing(theme::spacing::l);
    left->addWidget(buildPictureCard());
    left->addWidget(buildSessionsCard());
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->setSpacing(theme::spacing::l);
    right->addWidget(buildDetailsCard());
    right->addWidget(buildPasswordCard());
    right->addStretch();
    row->addLayout(left, 2);
    row->addLayout(right, 3);
    columnLayout->addLayout(row);
    columnLayout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(column);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QWidget *ProfilePage::buildPictureCard()
{
    QVBoxLayout *content = nullptr;
    auto *frame = makeCard(content, tr("Profile picture"), QStringLiteral("profilePictureCard"));
    m_avatar->setObjectName(QStringLiteral("profileAvatar"));
    content->addWidget(m_avatar, 0, Qt::AlignHCenter);
    content->addWidget(
        makeSecondaryLabel(tr("Shown in the app and to the agency. After choosing a picture you pick the "
                              "square part to show.")));
    m_avatar->setAccessibleName(tr("Profile picture"));
    m_pictureStatus->setObjectName(QStringLiteral("profilePictureStatus"));
    m_pictureStatus->setProperty("role", QStringLiteral("fieldError"));
    m_pictureStatus->hide();
    content->addWidget(m_pictureStatus);
    content->addWidget(m_dropZone);
    connect(m_dropZone, &AvatarDropZone::fileChosen, this, [this](const QString &path) {
        showPictureError(QString());
        emit pictureFileChosen(path);
    });
    return frame;
}

FormField *ProfilePage::addField(QMap<QString, FormField *> &fields, const QString &key, const QString &label,
                                 const QString &objectName)
{
    auto *field = new FormField(label, objectName);
    fields.insert(key, field);
    connect(field->edit(), &QLineEdit::textEdited, this, [field] { field->setError(QString()); });
    return field;
}

QWidget *ProfilePage::buildDetailsCard()
{
    QVBoxLayout *content = nullptr;
    auto *frame = makeCard(content, tr("Your details"), QStringLiteral("profileDetailsCard"));
    addField(m_details, QStringLiteral("name"), tr("Your name"), QStringLiteral("profileName"));
    addField(m_details, QStringLiteral("company"), tr("Company"), QStringLiteral("profileCompany"));
    addField(m_details, QStringLiteral("email"), tr("Email"), QStringLiteral("profileEmail"));
    addField(m_details, QStringLiteral("phone"), tr("Phone (optional)"), QStringLiteral("profilePhone"));
    addField(m_details, QStringLiteral("username"), tr("User name (optional)"), QStringLiteral("profileUsername"));
    m_details[QStringLiteral("phone")]->setPlaceholder(tr("e.g. 030 1234567"));
    m_details[QStringLiteral("username")]->setPlaceholder(tr("To log in without your email address"));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(theme::spacing::l);
    grid->setVerticalSpacing(theme::spacing::m);
    for (int i = 0; i < detailKeys().size(); ++i) {
        auto *field = m_details[detailKeys()[i]];
        grid->addWidget(field, i / 2, i % 2, Qt::AlignTop);
        connect(field->edit(), &QLineEdit::editingFinished, this, [this, key = detailKeys()[i], field] {
            if (field->text() != m_stored.value(key))
                field->setError(checkDetail(key));
        });
        connect(field->edit(), &QLineEdit::returnPressed, this, &ProfilePage::submitDetails);
    }
    content->addWidget(m_detailsBanner);
    content->addLayout(grid);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    content->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &ProfilePage::submitDetails);
    return frame;
}

QWidget *ProfilePage::buildPasswordCard()
{
    QVBoxLayout *content = nullptr;
    auto *frame = makeCard(content, tr("Password"), QStringLiteral("profilePasswordCard"));
    content->addWidget(
        makeSecondaryLabel(tr("After the change, every other device is logged out. This one stays logged in.")));
    addField(m_password, QStringLiteral("current_password"), tr("Current password"),
             QStringLiteral("profileCurrentPassword"));
    addField(m_password, QStringLiteral("new_password"), tr("New password"), QStringLiteral("profileNewPassword"));
    addField(m_password, QStringLiteral("password_repeat"), tr("Repeat new password"),
             QStringLiteral("profileRepeatPassword"));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(theme::spacing::l);
    grid->setVerticalSpacing(theme::spacing::m);
    grid->addWidget(m_password[QStringLiteral("current_password")], 0, 0, Qt::AlignTop);
    grid->addWidget(m_password[QStringLiteral("new_password")], 1, 0, Qt::AlignTop);
    grid->addWidget(m_password[QStringLiteral("password_repeat")], 1, 1, Qt::AlignTop);
    for (auto *field : std::as_const(m_password)) {
        field->setPassword();
        connect(field->edit(), &QLineEdit::returnPressed, this, &ProfilePage::submitPassword);
    }
    m_policy->setObjectName(QStringLiteral("profilePasswordPolicy"));
    m_policy->setProperty("role", QStringLiteral("caption"));
    connect(m_password[QStringLiteral("new_password")]->edit(), &QLineEdit::textChanged, this,
            &ProfilePage::updatePasswordPolicy);
    updatePasswordPolicy();
    content->addWidget(m_passwordBanner);
    content->addLayout(grid);
    content->addWidget(m_policy);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_changePassword);
    content->addLayout(buttons);
    connect(m_changePassword, &QPushButton::clicked, this, &ProfilePage::submitPassword);
    return frame;
}

QWidget *ProfilePage::buildSessionsCard()
{
    QVBoxLayout *content = nullptr;
    auto *frame = makeCard(content, tr("Devices"), QStringLiteral("profileSessionsCard"));
    content->addWidget(
        makeSecondaryLabel(tr("Logged in on a computer you no longer use, or lost one? End every other session "
                              "of your account; this device stays logged in.")));
    content->addWidget(m_sessionsBanner);
    content->addWidget(m_logoutOthers, 0, Qt::AlignLeft);
    connect(m_logoutOthers, &QPushButton::clicked, this, [this] {
        m_logoutOthers->setEnabled(false);
        m_sessionsBanner->showMessage(Banner::Tone::Info, QString());
        emit logoutOthersRequested();
    });
    return frame;
}

void ProfilePage::setAccount(const Account &account)
{
    for (const auto &key : detailKeys()) {
        auto *field = m_details[key];
        const auto stored = valueOf(account, key);
        // A field the user changed and has not saved keeps what they typed.
        if (field->text() == m_stored.value(key) || !m_stored.contains(key))
            field->setText(stored);
        m_stored.insert(key, stored);
    }
    m_avatar->setName(account.name);
}

void ProfilePage::setPicture(const QImage &picture)
{
    m_avatar->setPicture(picture);
}

QString ProfilePage::checkDetail(const QString &key) const
{
    const auto value = m_details[key]->text();
    v::Problem problem;
    if (key == QLatin1String("name"))
        problem = v::checkDisplayText(v::normalizeText(value), v::limits::nameMax);
    else if (key == QLatin1String("company"))
        problem = v::checkDisplayText(v::normalizeText(value), v::limits::companyMax);
    else if (key == QLatin1String("email"))
        problem = v::checkEmail(v::normalizeEmail(value));
    else if (key == QLatin1String("phone") && !value.trimmed().isEmpty())
        problem = v::checkPhone(value).problem;
    else if (key == QLatin1String("username") && !value.trimmed().isEmpty())
        problem = v::checkUsername(value.trimmed().toLower());
    return problem ? ApiError::problemText(key, *problem) : QString();
}

void ProfilePage::submitDetails()
{
    ProfileEdit edit;
    bool valid = true;
    for (const auto &key : detailKeys()) {
        auto *field = m_details[key];
        if (field->text() == m_stored.value(key))
            continue;
        const auto problem = checkDetail(key);
        field->setError(problem);
        valid = valid && problem.isEmpty();
        const auto text = field->text();
        if (key == QLatin1String("name"))
            edit.name = text;
        else if (key == QLatin1String("company"))
            edit.company = text;
        else if (key == QLatin1String("email"))
            edit.email = text;
        else if (key == QLatin1String("phone"))
            edit.phone = text;
        else
            edit.username = text;
    }
    if (!valid) {
        m_detailsBanner->showMessage(Banner::Tone::Danger, tr("Please check the highlighted fields."));
        return;
    }
    if (edit.isEmpty()) {
        m_detailsBanner->showMessage(Banner::Tone::Info, tr("Nothing has changed."));
        return;
    }
    m_detailsBanner->showMessage(Banner::Tone::Info, QString());
    m_save->setEnabled(false);
    m_save->setText(tr("Saving …"));
    emit saveRequested(edit);
}

void ProfilePage::showSaved(const Account &account)
{
    m_save->setEnabled(true);
    m_save->setText(tr("Save changes"));
    // What was just saved is the stored state now, so setAccount() may show the server's form
    // of it (a trimmed name, a phone number in international form).
    for (const auto &key : detailKeys())
        m_details[key]->setText(valueOf(account, key));
    setAccount(account);
    m_detailsBanner->showMessage(Banner::Tone::Info, tr("Your changes are saved."));
}

void ProfilePage::showQueued()
{
    m_save->setEnabled(true);
    m_save->setText(tr("Save changes"));
    m_detailsBanner->showMessage(Banner::Tone::Warning,
                                 tr("You are offline. Your changes are kept and sent as soon as the server is "
                                    "reachable again."));
}

void ProfilePage::showFieldErrors(const QMap<QString, FormField *> &fields, const ApiError &error, Banner *banner)
{
    bool onField = false;
    for (auto it = error.fields.cbegin(); it != error.fields.cend(); ++it) {
        if (auto *field = fields.value(it.key())) {
            // "Log in instead" is advice for a registration, not for a profile.
            // The new password's rules are the password's.
            const auto rulesOf = it.key() == QLatin1String("new_password") ? QStringLiteral("password") : it.key();
            field->setError(it.value() == v::problem::taken && it.key() == QLatin1String("email")
                                ? tr("Another account uses this email address already.")
                                : ApiError::problemText(rulesOf, it.value()));
            onField = true;
        }
    }
    banner->showMessage(Banner::Tone::Danger, onField ? tr("Please check the highlighted fields.") : error.message());
}

void ProfilePage::showSaveError(const ApiError &error)
{
    m_save->setEnabled(true);
    m_save->setText(tr("Save changes"));
    showFieldErrors(m_details, error, m_detailsBanner);
}

void ProfilePage::updatePasswordPolicy()
{
    const auto password = m_password[QStringLiteral("new_password")]->text();
    const auto problem = v::checkPassword(password);
    const int missing = v::limits::passwordMin - int(password.toUcs4().size());
    if (!problem)
        m_policy->setText(tr("✓ Long enough. Longer is safer: a sentence you remember works well."));
    else if (*problem == v::problem::tooLong)
        m_policy->setText(tr("Use at most %1 characters.").arg(v::limits::passwordMax));
    else
        m_policy->setText(tr("At least %1 characters (%n more).", nullptr, missing).arg(v::limits::passwordMin));
    m_policy->setProperty("tone", problem ? QString() : QStringLiteral("success"));
    repolish(m_policy);
}

void ProfilePage::submitPassword()
{
    const auto current = m_password[QStringLiteral("current_password")]->text();
    const auto replacement = m_password[QStringLiteral("new_password")]->text();
    m_password[QStringLiteral("current_password")]->setError(
        current.isEmpty() ? ApiError::problemText(QStringLiteral("current_password"), v::problem::required)
                          : QString());
    const auto problem = v::checkPassword(replacement);
    m_password[QStringLiteral("new_password")]->setError(
        problem ? ApiError::problemText(QStringLiteral("password"), *problem) : QString());
    const bool repeated = m_password[QStringLiteral("password_repeat")]->text() == replacement;
    m_password[QStringLiteral("password_repeat")]->setError(repeated ? QString()
                                                                     : tr("The two passwords are not the same."));
    if (current.isEmpty() || problem || !repeated) {
        m_passwordBanner->showMessage(Banner::Tone::Danger, tr("Please check the highlighted fields."));
        return;
    }
    m_passwordBanner->showMessage(Banner::Tone::Info, QString());
    m_changePassword->setEnabled(false);
    emit passwordChangeRequested(current, replacement);
}

void ProfilePage::showPasswordChanged()
{
    m_changePassword->setEnabled(true);
    for (auto *field : std::as_const(m_password))
        field->setText(QString());
    m_passwordBanner->showMessage(Banner::Tone::Info,
                                  tr("Your password is changed. Every other device has been logged out."));
}

void ProfilePage::showPasswordError(const ApiError &error)
{
    m_changePassword->setEnabled(true);
    if (error.is(ErrorCode::InvalidCredentials)) {
        m_password[QStringLiteral("current_password")]->setError(tr("This is not your current password."));
        m_passwordBanner->showMessage(Banner::Tone::Danger, tr("Please check the highlighted fields."));
        return;
    }
    showFieldErrors(m_password, error, m_passwordBanner);
}

void ProfilePage::showOthersLoggedOut()
{
    m_logoutOthers->setEnabled(true);
    m_sessionsBanner->showMessage(Banner::Tone::Info, tr("Every other device is logged out now."));
}

void ProfilePage::showSessionsError(const ApiError &error)
{
    m_logoutOthers->setEnabled(true);
    m_sessionsBanner->showMessage(Banner::Tone::Danger, error.message());
}

void ProfilePage::showPictureError(const QString &message)
{
    m_pictureStatus->setProperty("role", QStringLiteral("fieldError"));
    repolish(m_pictureStatus);
    m_pictureStatus->setText(message);
    m_pictureStatus->setVisible(!message.isEmpty());
}

void ProfilePage::setPictureBusy(bool busy)
{
    m_dropZone->setEnabled(!busy);
    m_pictureStatus->setProperty("role", busy ? QStringLiteral("caption") : QStringLiteral("fieldError"));
    repolish(m_pictureStatus);
    m_pictureStatus->setText(busy ? tr("Uploading …") : QString());
    m_pictureStatus->setVisible(busy);
}

} // namespace kp::client
