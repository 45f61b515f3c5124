#include "client/widgets/PageHeader.h"

#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kp::client {

PageHeader::PageHeader(const QString &title, const QString &subtitle, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(subtitle, this))
    , m_actions(new QHBoxLayout)
{
    m_title->setProperty("role", QStringLiteral("pageTitle"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setProperty("role", QStringLiteral("secondary"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    auto *texts = new QVBoxLayout;
    texts->setSpacing(theme::spacing::xs);
    texts->addWidget(m_title);
    texts->addWidget(m_subtitle);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(texts, 1);
    m_actions->setSpacing(theme::spacing::s);
    layout->addLayout(m_actions);
}

void PageHeader::setTitle(const QString &title)
{
    m_title->setText(title);
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
}

void PageHeader::addAction(QWidget *action)
{
    m_actions->addWidget(action, 0, Qt::AlignVCenter);
}

} // namespace kp::client
