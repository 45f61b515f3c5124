#pragma once

#include <QList>
#include <QScrollArea>

class QPushButton;
class QVBoxLayout;

namespace kp::client {

// The scrolling column of cards of a paged list, with "Load more" centred under the last card:
// what the admin's lists show below their header. RemoteListController drives list() (hidden
// while a state shows) and more(); the page adds and removes the cards.
class PagedCardList : public QScrollArea {
    Q_OBJECT

public:
    // `moreObjectName` names the "Load more" button (tests find it).
    explicit PagedCardList(const QString &moreObjectName, QWidget *parent = nullptr);

    QWidget &list() const { return *m_list; }
    QPushButton &more() const { return *m_more; }

    // Adds a card under the others; the list takes it over.
    void append(QWidget *card);
    // The cards from top to bottom.
    QList<QWidget *> cards() const;
    // Shows the cards in this order (each one of cards()).
    void reorder(const QList<QWidget *> &cards);
    // Deletes every card.
    void removeAll();

private:
    QWidget *m_list;
    QVBoxLayout *m_cards;
    QPushButton *m_more;
};

} // namespace kp::client
