#include "client/widgets/PagedCardList.h"

#include "client/widgets/Theme.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {

PagedCardList::PagedCardList(const QString &moreObjectName, QWidget *parent)
    : QScrollArea(parent)
    , m_list(new QWidget)
    , m_cards(new QVBoxLayout(m_list))
    , m_more(new QPushButton)
{
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_cards->setSpacing(theme::spacing::m);
    m_cards->addStretch();
    m_more->setObjectName(moreObjectName);
    auto *scrolled = new QWidget;
    auto *layout = new QVBoxLayout(scrolled);
    layout->setContentsMargins(0, 0, theme::spacing::s, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_more, 0, Qt::AlignHCenter);
    layout->addStretch();
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setWidget(scrolled);
}

void PagedCardList::append(QWidget *card)
{
    m_cards->insertWidget(m_cards->count() - 1, card);
}

QList<QWidget *> PagedCardList::cards() const
{
    QList<QWidget *> cards;
    for (int i = 0; i < m_cards->count(); ++i) {
        if (auto *card = m_cards->itemAt(i)->widget())
            cards.append(card);
    }
    return cards;
}

void PagedCardList::reorder(const QList<QWidget *> &cards)
{
    for (int i = 0; i < cards.size(); ++i) {
        m_cards->removeWidget(cards[i]);
        m_cards->insertWidget(i, cards[i]);
    }
}

void PagedCardList::removeAll()
{
    for (auto *card : cards())
        delete card;
}

} // namespace kp::client
