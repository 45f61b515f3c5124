#pragma once

#include "client/admin/AdminAccountsApi.h"
#include "client/api/RequestScope.h"
#include "client/dashboard/MetricsApi.h"
#include "shared/Account.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

class QTimer;

namespace kp::client {

class Banner;
class ConnectAdAccountDialog;
class PageHeader;
class StatePanel;

// Administration → Werbekonten: pick an approved customer, see their sources (platform, account
// id, status with the last error in plain words, last sync, "Zugangsdaten hinterlegt"), connect one
// ("Konto verbinden"), remove one (after asking), sync them now, and import a CSV of daily figures
// (read off the GUI thread).
class AdAccountsPage : public QWidget {
    Q_OBJECT

public:
    explicit AdAccountsPage(ApiClient &api, QWidget *parent = nullptr);

    // Fetches the customers anew (and the chosen customer's sources).
    void reload();
    // Without the server (demo data for screenshots).
    void showCustomers(const QList<kp::Account> &customers);
    void selectCustomer(const QString &accountId);
    // The customers, one of them chosen with these sources, and nothing in flight (`--screenshot`).
    void showDemo(const QList<kp::Account> &customers, const QString &accountId,
                  const QList<kp::metrics::MetricsSource> &sources);
    void showSources(const QList<kp::metrics::MetricsSource> &sources);
    QString customerId() const;

    ConnectAdAccountDialog *connectDialog();
    void openConnectDialog();
    // Sends the file's lines as the named source's daily figures (file read in the background).
    void importCsv(const QString &path, const QString &sourceName);
    void askToRemove(const QString &provider, const QString &externalId);

    QTableWidget *table() const { return m_table; }

private:
    // Every page of approved customers, then shows them.
    void loadCustomers(QObject *load, const QString &cursor, const QList<kp::Account> &found);
    void loadSources();
    void refreshQuietly();
    void connectAccount(const AdAccountConnection &connection);
    void remove(const QString &provider, const QString &externalId);
    void syncNow();
    void pickCsv();
    void showProblem(const QString &message);
    void updateActions();

    AdminAccountsApi m_accounts;
    AdAccountsApi m_api;
    RequestScope m_customerLoads;
    RequestScope m_sourceLoads;
    RequestScope m_actions;
    QList<kp::Account> m_customers;
    QList<kp::metrics::MetricsSource> m_sources;
    PageHeader *m_header;
    QComboBox *m_customer;
    QPushButton *m_connect;
    QPushButton *m_sync;
    QPushButton *m_import;
    Banner *m_banner;
    StatePanel *m_state;
    QTableWidget *m_table;
    ConnectAdAccountDialog *m_dialog = nullptr;
    // While a source says "syncing", the list is read again now and then, so its result shows
    // without the admin asking.
    QTimer *m_followSync;
};

} // namespace kp::client
