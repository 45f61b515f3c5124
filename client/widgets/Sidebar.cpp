#include "client/widgets/Sidebar.h"

#include "client/widgets/Avatar.h"
#include "client/widgets/ElidedLabel.h"
#include "client/widgets/Theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace kp::client {
Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
    , m_nav(new QVBoxLayout)
    , m_actions(new QVBoxLayout)
    , m_buttons(new QButtonGroup(this))
    , m_avatar(new Avatar(32, this))
    , m_userName(new ElidedLabel(this))
    , m_userCompany(new ElidedLabel(this))
{
    setObjectName(QStringLiteral("sidebar"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedWidth(232);
    m_buttons->setExclusive(true);

    auto *brand = new QHBoxLayout;
    brand->setSpacing(theme::spacing::s + 2);
    auto *logo = new QLabel(this);
    logo->setPixmap(theme::logo(28));
    brand->addWidget(logo);
    auto *brandName = new QLabel(tr("Kundenportal"), this);
    brandName->setProperty("role", QStringLiteral("brand"));
    brand->addWidget(brandName, 1);

    m_nav->setSpacing(2);

    m_userName->setObjectName(QStringLiteral("sidebarUserName"));
    m_avatar->setObjectName(QStringLiteral("sidebarAvatar"));
    m_userName->setProperty("role", QStringLiteral("fieldLabel"));
    m_userCompany->setProperty("role", QStringLiteral("caption"));
    auto *logout = new QPushButton(this);
    logout->setObjectName(QStringLiteral("logoutButton"));
    logout->setProperty("variant", QStringLiteral("ghost"));
    logout->setIcon(theme::icon(QStringLiteral("system-log-out")));
    logout->setToolTip(tr("Log out"));
    logout->setAccessibleName(tr("Log out"));
    connect(logout, &QPushButton::clicked, this, &Sidebar::logoutRequested);

    auto *userTexts = new QVBoxLayout;
    userTexts->setSpacing(0);
    userTexts->addWidget(m_userName);
    userTexts->addWidget(m_userCompany);
    auto *user = new QHBoxLayout;
    user->setSpacing(theme::spacing::s + 2);
    user->addWidget(m_avatar);
    user->addLayout(userTexts, 1);
    user->addWidget(logout);

    auto *divider = new QFrame(this);
    divider->setProperty("divider", true);
    m_actions->setSpacing(theme::spacing::s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::l, theme::spacing::xl, theme::spacing::l, theme::spacing::l);
    layout->setSpacing(theme::spacing::s);
    layout->addLayout(brand);
    layout->addSpacing(theme::spacing::xl);
    layout->addLayout(m_nav);
    layout->addStretch();
    layout->addLayout(m_actions);
    layout->addSpacing(theme::spacing::s);
    layout->addWidget(divider);
    layout->addSpacing(theme::spacing::xs);
    layout->addLayout(user);
}

void Sidebar::addPage(const QString &id, const QString &icon, const QString &label, bool adminOnly, bool customerOnly)
{
    auto *button = new QPushButton(theme::icon(icon), label, this);
    button->setObjectName(QStringLiteral("nav_") + id);
    button->setProperty("nav", true);
    button->setCheckable(true);
    button->setIconSize(QSize(18, 18));
    button->setCursor(Qt::PointingHandCursor);
    m_buttons->addButton(button);
    m_nav->addWidget(button);
    m_icons.insert(id, icon);
    m_labels.insert(id, label);
    if (adminOnly)
        m_adminWidgets.append(button);
    if (customerOnly)
        m_customerWidgets.append(button);
    connect(button, &QPushButton::clicked, this, [this, id] { emit pageRequested(id); });
}

void Sidebar::addAction(const QString &id, const QString &icon, const QString &label, bool customerOnly)
{
    // White on the accent colour, like the button's label.
    auto *button = new QPushButton(theme::icon(icon, Qt::white), label, this);
    button->setObjectName(id);
    button->setProperty("variant", QStringLiteral("primary"));
    button->setCursor(Qt::PointingHandCursor);
    m_actions->addWidget(button);
    if (customerOnly)
        m_customerWidgets.append(button);
    connect(button, &QPushButton::clicked, this, [this, id] { emit actionRequested(id); });
}

void Sidebar::addSection(const QString &heading, bool adminOnly)
{
    auto *label = new QLabel(heading.toUpper(), this);
    label->setProperty("role", QStringLiteral("navSection"));
    m_nav->addSpacing(theme::spacing::m);
    m_nav->addWidget(label);
    if (adminOnly)
        m_adminWidgets.append(label);
}

void Sidebar::setAdminVisible(bool visible)
{
    for (auto *widget : std::as_const(m_adminWidgets))
        widget->setVisible(visible);
    for (auto *widget : std::as_const(m_customerWidgets))
        widget->setVisible(!visible);
}

void Sidebar::setLocked(const QString &id, const QString &reason)
{
    auto *button = findChild<QPushButton *>(QStringLiteral("nav_") + id);
    if (!button)
        return;
    const bool locked = !reason.isEmpty();
    button->setIcon(theme::icon(locked ? QStringLiteral("channel-secure") : m_icons.value(id)));
    button->setToolTip(reason);
    button->setAccessibleDescription(reason);
    if (button->property("locked").toBool() != locked) {
        button->setProperty("locked", locked);
        // Re-applies the style sheet's [locked="true"] rule.
        button->style()->unpolish(button);
        button->style()->polish(button);
    }
}

void Sidebar::setBadge(const QString &id, int count)
{
    auto *button = findChild<QPushButton *>(QStringLiteral("nav_") + id);
    if (!button)
        return;
    auto *badge = button->findChild<QLabel *>(QStringLiteral("navBadge_") + id);
    if (!badge && count <= 0)
        return;
    if (!badge) {
        // Inside the button, right-aligned: it moves, highlights and is clicked with it.
        badge = new QLabel(button);
        badge->setObjectName(QStringLiteral("navBadge_") + id);
        badge->setProperty("role", QStringLiteral("navBadge"));
        badge->setAttribute(Qt::WA_TransparentForMouseEvents);
        auto *row = new QHBoxLayout(button);
        row->setContentsMargins(0, 0, theme::spacing::s, 0);
        row->addStretch();
        row->addWidget(badge);
    }
    badge->setText(QString::number(count));
    badge->setVisible(count > 0);
    const auto label = m_labels.value(id);
    button->setAccessibleName(count > 0 ? tr("%1, %n open", nullptr, count).arg(label) : label);
}

void Sidebar::select(const QString &id)
{
    if (auto *button = findChild<QPushButton *>(QStringLiteral("nav_") + id))
        button->setChecked(true);
}

void Sidebar::setUserPicture(const QImage &picture)
{
    m_avatar->setPicture(picture);
}

void Sidebar::setUser(const QString &name, const QString &company)
{
    m_avatar->setName(name);
    m_userName->setFullText(name);
    m_userCompany->setFullText(company);
}

} // namespace kp::client
