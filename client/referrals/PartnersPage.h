#pragma once

#include "client/api/RequestScope.h"
#include "client/referrals/ReferralsApi.h"

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QVBoxLayout;

namespace kp::client {

class AttributionDialog;
class Banner;
class PageHeader;
class StatePanel;

// Administration → Partner: every customer with its figures as a partner (a sortable table), the
// tree of who brought whom, and beside them the chosen account's attribution (partner, via,
// source, date) with its history of corrections and "Correct attribution …".
class PartnersPage : public QWidget {
    Q_OBJECT

public:
    explicit PartnersPage(ApiClient &api, QWidget *parent = nullptr);

    void reload();
    // Drops what is shown (another account signs in).
    void forget();
    // Selects an account in the table and the tree and shows its attribution.
    void select(const QString &accountId);
    void openCorrection();
    AttributionDialog *correctionDialog() const { return m_dialog; }

    // Without the server (demo data for screenshots); loads in flight are dropped.
    void showDemo(const QList<kp::PartnerEntry> &entries, const QString &selectedId,
                  const QList<kp::AttributionChange> &history);

private:
    QWidget *buildTableCard();
    QWidget *buildTreeCard();
    QWidget *buildDetail();
    void showEntries(const QList<kp::PartnerEntry> &entries);
    void fillTable();
    void fillTree();
    void showDetail();
    void loadHistory();
    void showHistory(const QList<kp::AttributionChange> &changes);
    void showHistoryState(const QString &text);
    void correct(const QString &referrerId, const QString &reason);
    const kp::PartnerEntry *entry(const QString &accountId) const;

    ReferralsApi m_api;
    ApiClient &m_client;
    RequestScope m_loads;
    RequestScope m_historyLoads;
    QList<kp::PartnerEntry> m_entries;
    QString m_selected;
    PageHeader *m_header;
    Banner *m_banner;
    StatePanel *m_state;
    QWidget *m_content;
    QTableWidget *m_table;
    QTreeWidget *m_tree;
    QWidget *m_detail;
    QLabel *m_detailHint;
    QLabel *m_name;
    QLabel *m_company;
    QLabel *m_referrer;
    QLabel *m_via;
    QLabel *m_source;
    QLabel *m_since;
    QPushButton *m_correct;
    QLabel *m_historyState;
    QVBoxLayout *m_history;
    QPointer<AttributionDialog> m_dialog;
};

} // namespace kp::client
