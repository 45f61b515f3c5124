#include "client/dashboard/AdAccountsPage.h"

#include "client/app/RunInBackground.h"
#include "client/dashboard/ConnectAdAccountDialog.h"
#include "client/dashboard/DashboardText.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Card.h"
#include "client/widgets/Format.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"
#include "client/widgets/Toast.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace kp::client {
namespace {

// In a struct, so the columns of the app's tables keep their names apart (unity builds).
struct AdAccountColumn {
    enum : int { Platform, AccountId, Status, LastSync, Credentials, Actions, Count };
};

QString statusTone(const QString &status)
{
    if (status == QLatin1String("ok"))
        return QStringLiteral("success");
    if (status == QLatin1String("needs_token"))
        return QStringLiteral("warning");
    if (status == QLatin1String("error"))
        return QStringLiteral("danger");
    return {}; // syncing, throttled: the accent's quiet badge
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

struct CsvFile {
    bool ok = false;
    QByteArray bytes;
    QString error;
};

} // namespace

AdAccountsPage::AdAccountsPage(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_accounts(api)
    , m_api(api)
    , m_header(new PageHeader(tr("Ad accounts"),
                              tr("Connect each customer's Facebook and Google Ads accounts; their figures are synced "
                                 "regularly and at once when connected.")))
    , m_customer(new QComboBox)
    , m_connect(new QPushButton(tr("Connect account")))
    , m_sync(new QPushButton(tr("Sync now")))
    , m_import(new QPushButton(tr("Import CSV …")))
    , m_banner(new Banner(QStringLiteral("adAccountsBanner")))
    , m_state(new StatePanel)
    , m_table(new QTableWidget(0, AdAccountColumn::Count))
    , m_followSync(new QTimer(this))
{
    setObjectName(QStringLiteral("adAccountsPage"));
    m_connect->setObjectName(QStringLiteral("adConnectButton"));
    m_connect->setProperty("variant", QStringLiteral("primary"));
    m_connect->setIcon(theme::icon(QStringLiteral("insert-link"), theme::colors().surface));
    m_sync->setObjectName(QStringLiteral("adSyncButton"));
    m_sync->setIcon(theme::icon(QStringLiteral("view-refresh")));
    m_import->setObjectName(QStringLiteral("adImportButton"));
    m_import->setIcon(theme::icon(QStringLiteral("x-office-spreadsheet")));
    m_header->addAction(m_connect);
    m_customer->setObjectName(QStringLiteral("adCustomer"));
    m_customer->setMinimumWidth(320);
    m_customer->setAccessibleName(tr("Customer"));
    m_banner->hide();
    m_state->setObjectName(QStringLiteral("adAccountsState"));

    m_table->setObjectName(QStringLiteral("adAccountsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Platform"), tr("Account ID"), tr("Status"), tr("Last sync"), tr("Credentials"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AdAccountColumn::Status, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->hide();

    QVBoxLayout *content = nullptr;
    auto *card = makeCard(content, tr("Connected accounts"), QStringLiteral("adAccountsCard"));
    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(theme::spacing::s);
    auto *customerLabel = new QLabel(tr("Customer"));
    customerLabel->setProperty("role", QStringLiteral("fieldLabel"));
    customerLabel->setBuddy(m_customer);
    toolbar->addWidget(customerLabel);
    toolbar->addWidget(m_customer);
    toolbar->addStretch();
    toolbar->addWidget(m_sync);
    toolbar->addWidget(m_import);
    content->addLayout(toolbar);
    content->addWidget(m_state);
    content->addWidget(m_table, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl);
    layout->setSpacing(theme::spacing::xl);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(card, 1);

    m_followSync->setSingleShot(true);
    m_followSync->setInterval(3000);
    connect(m_followSync, &QTimer::timeout, this, &AdAccountsPage::refreshQuietly);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &AdAccountsPage::loadSources);
    connect(m_connect, &QPushButton::clicked, this, &AdAccountsPage::openConnectDialog);
    connect(m_sync, &QPushButton::clicked, this, &AdAccountsPage::syncNow);
    connect(m_import, &QPushButton::clicked, this, &AdAccountsPage::pickCsv);
    connect(m_state, &StatePanel::retryRequested, this, &AdAccountsPage::reload);
    updateActions();
}

QString AdAccountsPage::customerId() const
{
    return m_customer->currentData().toString();
}

void AdAccountsPage::updateActions()
{
    const bool chosen = !customerId().isEmpty();
    m_connect->setEnabled(chosen);
    m_sync->setEnabled(chosen && !m_sources.isEmpty());
    m_import->setEnabled(chosen);
}

void AdAccountsPage::reload()
{
    m_banner->hide();
    if (m_customers.isEmpty())
        m_state->showLoading(tr("Loading customers …"));
    loadCustomers(m_customerLoads.begin(), QString(), {});
}

void AdAccountsPage::loadCustomers(QObject *load, const QString &cursor, const QList<Account> &found)
{
    m_accounts.approvedCustomers(cursor)
        .onSuccess(load,
                   [this, load, found](const ItemPage<Account> &page) {
                       auto all = found;
                       all.append(page.items);
                       if (page.hasMore())
                           loadCustomers(load, page.nextCursor, all);
                       else
                           showCustomers(all);
                   })
        .onFailure(load, [this](const ApiError &error) { m_state->showError(error.message()); });
}

void AdAccountsPage::showCustomers(const QList<Account> &customers)
{
    const auto previous = customerId();
    m_customers = customers;
    const QSignalBlocker blocker(m_customer);
    m_customer->clear();
    m_customer->addItem(tr("Choose a customer …"), QString());
    for (const auto &customer : customers) {
        const auto label = customer.company.isEmpty() ? customer.name
                                                      : QStringLiteral("%1 – %2").arg(customer.company, customer.name);
        m_customer->addItem(label, customer.id);
    }
    const int index = m_customer->findData(previous);
    m_customer->setCurrentIndex(std::max(0, index));
    if (customers.isEmpty()) {
        m_table->hide();
        m_state->showEmpty(QStringLiteral("system-users"), tr("No approved customers yet"),
                           tr("Once you approve a registration, you can connect the customer's ad accounts here."));
        updateActions();
        return;
    }
    loadSources();
}

void AdAccountsPage::selectCustomer(const QString &accountId)
{
    m_customer->setCurrentIndex(std::max(0, m_customer->findData(accountId)));
}

void AdAccountsPage::showDemo(const QList<Account> &customers, const QString &accountId,
                              const QList<metrics::MetricsSource> &sources)
{
    m_customerLoads.begin();
    m_customers = customers;
    {
        const QSignalBlocker blocker(m_customer);
        showCustomers(customers);
        m_customer->setCurrentIndex(std::max(0, m_customer->findData(accountId)));
    }
    m_sourceLoads.begin();
    m_state->clear();
    showSources(sources);
}

void AdAccountsPage::loadSources()
{
    m_followSync->stop();
    m_sources.clear();
    updateActions();
    const auto id = customerId();
    auto *load = m_sourceLoads.begin();
    if (id.isEmpty()) {
        m_table->hide();
        m_state->showEmpty(QStringLiteral("system-users"), tr("Choose a customer"),
                           tr("Pick a customer above to see and connect their ad accounts."));
        return;
    }
    m_table->hide();
    m_state->showLoading(tr("Loading ad accounts …"));
    m_api.list(id)
        .onSuccess(load, [this](const QList<metrics::MetricsSource> &sources) { showSources(sources); })
        .onFailure(load, [this](const ApiError &error) {
            m_table->hide();
            m_state->showError(error.message());
        });
}

void AdAccountsPage::refreshQuietly()
{
    const auto id = customerId();
    if (id.isEmpty())
        return;
    auto *load = m_sourceLoads.begin();
    // Keeps the table as it is until the answer comes; a failure leaves it and tries no more.
    m_api.list(id).onSuccess(load, [this](const QList<metrics::MetricsSource> &sources) { showSources(sources); });
}

void AdAccountsPage::showSources(const QList<metrics::MetricsSource> &sources)
{
    if (std::any_of(sources.begin(), sources.end(),
                    [](const metrics::MetricsSource &source) { return source.status == QLatin1String("syncing"); }))
        m_followSync->start();
    m_sources = sources;
    updateActions();
    m_table->setRowCount(0);
    if (sources.isEmpty()) {
        m_table->hide();
        m_state->showEmpty(QStringLiteral("insert-link"), tr("No ad account connected yet"),
                           tr("Connect the customer's Facebook or Google Ads account, or import their figures from "
                              "a CSV file."));
        return;
    }
    m_state->clear();
    m_table->setRowCount(int(sources.size()));
    for (int row = 0; row < sources.size(); ++row) {
        const auto &source = sources.at(row);
        m_table->setItem(row, AdAccountColumn::Platform, item(DashboardText::providerName(source.provider)));
        m_table->setItem(row, AdAccountColumn::AccountId, item(source.accountId));
        auto *status = new QWidget;
        status->setObjectName(QStringLiteral("adStatus_%1").arg(row));
        auto *statusLayout = new QVBoxLayout(status);
        statusLayout->setContentsMargins(theme::spacing::xs, theme::spacing::s, theme::spacing::xs, theme::spacing::s);
        statusLayout->setSpacing(theme::spacing::xs);
        auto *badge = new QLabel(DashboardText::statusText(source.status));
        badge->setObjectName(QStringLiteral("adStatusBadge_%1").arg(row));
        badge->setProperty("role", QStringLiteral("badge"));
        badge->setProperty("tone", statusTone(source.status));
        statusLayout->addWidget(badge, 0, Qt::AlignLeft);
        if (!source.lastError.isEmpty()) {
            auto *problem = new QLabel(source.lastError);
            problem->setObjectName(QStringLiteral("adLastError_%1").arg(row));
            problem->setProperty("role", QStringLiteral("caption"));
            problem->setWordWrap(true);
            statusLayout->addWidget(problem);
        }
        m_table->setCellWidget(row, AdAccountColumn::Status, status);
        m_table->setItem(row, AdAccountColumn::LastSync,
                         item(source.lastSyncedAt.isValid() ? format::dateTime(source.lastSyncedAt) : tr("never")));
        m_table->setItem(row, AdAccountColumn::Credentials,
                         item(source.provider == QLatin1String("csv") ? tr("none (CSV)") : tr("Credentials stored")));
        auto *remove = new QPushButton(tr("Remove"));
        remove->setObjectName(QStringLiteral("adRemove_%1").arg(row));
        remove->setProperty("variant", QStringLiteral("danger"));
        connect(remove, &QPushButton::clicked, this,
                [this, provider = source.provider, id = source.accountId] { askToRemove(provider, id); });
        auto *cell = new QWidget;
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(theme::spacing::xs, theme::spacing::xs, theme::spacing::xs, theme::spacing::xs);
        cellLayout->addWidget(remove);
        m_table->setCellWidget(row, AdAccountColumn::Actions, cell);
    }
    m_table->resizeRowsToContents();
    m_table->show();
}

ConnectAdAccountDialog *AdAccountsPage::connectDialog()
{
    if (!m_dialog) {
        m_dialog = new ConnectAdAccountDialog(this);
        connect(m_dialog, &ConnectAdAccountDialog::submitted, this, &AdAccountsPage::connectAccount);
    }
    return m_dialog;
}

void AdAccountsPage::openConnectDialog()
{
    auto *dialog = connectDialog();
    dialog->reset();
    dialog->open();
}

void AdAccountsPage::connectAccount(const AdAccountConnection &connection)
{
    const auto id = customerId();
    if (id.isEmpty())
        return;
    m_dialog->setBusy(true);
    m_api.connect(id, connection)
        .onSuccess(
            m_actions.begin(),
            [this](const metrics::MetricsSource &source) {
                m_dialog->succeeded();
                Toast::show(
                    window(),
                    tr("%1 connected; the first sync is running.").arg(DashboardText::providerName(source.provider)));
                loadSources();
            })
        .onFailure(m_actions.current(), [this](const ApiError &error) { m_dialog->showServerError(error); });
}

void AdAccountsPage::askToRemove(const QString &provider, const QString &externalId)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove ad account?"),
                                tr("%1 %2 will no longer be synced and its figures disappear from the customer's "
                                   "dashboard. Its token is deleted.")
                                    .arg(DashboardText::providerName(provider), externalId),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("adRemoveConfirmBox"));
    auto *confirm = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("adRemoveConfirm"));
    confirm->setProperty("variant", QStringLiteral("destructive"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, provider, externalId](QAbstractButton *button) {
        if (button == confirm)
            remove(provider, externalId);
    });
    box->open();
}

void AdAccountsPage::remove(const QString &provider, const QString &externalId)
{
    m_api.remove(customerId(), provider, externalId)
        .onSuccess(m_actions.begin(),
                   [this](const NoContent &) {
                       Toast::show(window(), tr("Ad account removed."));
                       loadSources();
                   })
        .onFailure(m_actions.current(), [this](const ApiError &error) { showProblem(error.message()); });
}

void AdAccountsPage::syncNow()
{
    m_sync->setEnabled(false);
    m_api.syncNow(customerId())
        .onSuccess(m_actions.begin(),
                   [this](int queued) {
                       Toast::show(window(), tr("%n source(s) queued for syncing.", nullptr, queued));
                       loadSources();
                   })
        .onFailure(m_actions.current(), [this](const ApiError &error) {
            updateActions();
            showProblem(error.message());
        });
}

void AdAccountsPage::pickCsv()
{
    const auto path = QFileDialog::getOpenFileName(this, tr("Import figures from a CSV file"), QString(),
                                                   tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const auto name = QInputDialog::getText(this, tr("Name of the source"),
                                            tr("Shown in the customer's small print, e.g. \"LinkedIn\":"),
                                            QLineEdit::Normal, QFileInfo(path).completeBaseName(), &ok);
    if (ok && !name.trimmed().isEmpty())
        importCsv(path, name.trimmed());
}

void AdAccountsPage::importCsv(const QString &path, const QString &sourceName)
{
    const auto id = customerId();
    if (id.isEmpty())
        return;
    m_banner->hide();
    m_import->setEnabled(false);
    auto *scope = m_actions.begin();
    runInBackground<CsvFile>(
        scope,
        [path] {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return CsvFile {false, {}, file.errorString()};
            return CsvFile {true, file.readAll(), {}};
        },
        [this, scope, id, sourceName](const CsvFile &file) {
            if (!file.ok) {
                updateActions();
                showProblem(tr("The file could not be read: %1").arg(file.error));
                return;
            }
            m_api.importCsv(id, sourceName, file.bytes)
                .onSuccess(scope,
                           [this](const CsvImportResult &result) {
                               updateActions();
                               Toast::show(window(), tr("%n day(s) imported.", nullptr, result.imported));
                               loadSources();
                           })
                .onFailure(scope, [this](const ApiError &error) {
                    updateActions();
                    const auto problem = error.fields.value(QStringLiteral("csv"));
                    if (error.line > 0)
                        showProblem(tr("Nothing was imported: line %1 of the file is not valid (%2). The columns are "
                                       "date,leads,spend,clicks,impressions.")
                                        .arg(error.line)
                                        .arg(problem.isEmpty()
                                                 ? error.message()
                                                 : ApiError::problemText(QStringLiteral("csv"), problem)));
                    else
                        showProblem(error.message());
                });
        });
}

void AdAccountsPage::showProblem(const QString &message)
{
    m_banner->showMessage(Banner::Tone::Danger, message);
    m_banner->show();
}

} // namespace kp::client
