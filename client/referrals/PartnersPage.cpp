#include "client/referrals/PartnersPage.h"

#include "client/referrals/AttributionDialog.h"
#include "client/referrals/PartnerTree.h"
#include "client/referrals/QuietTable.h"
#include "client/referrals/ReferralText.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Card.h"
#include "client/widgets/PageColumn.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/SecondaryLabel.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"
#include "client/widgets/Toast.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>

namespace kp::client {
namespace {

// In a struct, so the columns of the app's tables keep their names apart (unity builds).
struct PartnerColumn {
    enum : int { Customer, Status, Clicks, Registrations, Approved, BroughtBy, Count };
};

constexpr int kIdRole = Qt::UserRole;

QTableWidgetItem *textCell(const QString &text, const QString &accountId)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setData(kIdRole, accountId);
    return item;
}

// A number sorts as a number (10 after 9), centred under its header.
QTableWidgetItem *numberCell(int value, const QString &accountId)
{
    auto *item = textCell({}, accountId);
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignCenter);
    return item;
}

QLabel *valueLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *captionLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setProperty("role", QStringLiteral("caption"));
    return label;
}

} // namespace

PartnersPage::PartnersPage(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_client(api)
    , m_header(new PageHeader(tr("Partners"), tr("Every customer's referrals, and who brought whom.")))
    , m_banner(new Banner(QStringLiteral("partnersBanner")))
    , m_state(new StatePanel)
    , m_content(new QWidget)
    , m_table(new QTableWidget(0, PartnerColumn::Count))
    , m_tree(new QTreeWidget)
    , m_detail(new QWidget)
    , m_detailHint(makeSecondaryLabel(tr("Choose a customer to see who brought them and the history of corrections.")))
    , m_name(valueLabel(QStringLiteral("partnerDetailName")))
    , m_company(valueLabel(QStringLiteral("partnerDetailCompany")))
    , m_referrer(valueLabel(QStringLiteral("partnerDetailReferrer")))
    , m_via(valueLabel(QStringLiteral("partnerDetailVia")))
    , m_source(valueLabel(QStringLiteral("partnerDetailSource")))
    , m_since(valueLabel(QStringLiteral("partnerDetailSince")))
    , m_correct(new QPushButton(tr("Correct attribution …")))
    , m_historyState(makeSecondaryLabel({}))
    , m_history(new QVBoxLayout)
{
    setObjectName(QStringLiteral("partnersPage"));
    m_state->setObjectName(QStringLiteral("partnersState"));
    m_banner->hide();
    auto *refresh = new QPushButton(theme::icon(QStringLiteral("view-refresh")), tr("Refresh"));
    refresh->setObjectName(QStringLiteral("partnersRefresh"));
    m_header->addAction(refresh);

    auto *lists = new QVBoxLayout;
    lists->setSpacing(theme::spacing::l);
    lists->addWidget(buildTableCard(), 3);
    lists->addWidget(buildTreeCard(), 2);
    auto *row = new QHBoxLayout(m_content);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(theme::spacing::l);
    row->addLayout(lists, 1);
    row->addWidget(buildDetail());
    m_content->hide();

    pageColumn(this, {m_header, m_banner}, {m_state, m_content});

    connect(refresh, &QPushButton::clicked, this, &PartnersPage::reload);
    connect(m_state, &StatePanel::retryRequested, this, &PartnersPage::reload);
    connect(m_correct, &QPushButton::clicked, this, &PartnersPage::openCorrection);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (const auto rows = m_table->selectionModel()->selectedRows(); !rows.isEmpty())
            select(rows.constFirst().data(kIdRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (const auto items = m_tree->selectedItems(); !items.isEmpty())
            select(items.constFirst()->data(0, kIdRole).toString());
    });
}

QWidget *PartnersPage::buildTableCard()
{
    QVBoxLayout *content = nullptr;
    auto *card = makeCard(content, tr("Customers as partners"), QStringLiteral("partnersTableCard"));
    makeQuietTable(m_table, QStringLiteral("partnersTable"),
                   {tr("Customer"), tr("Status"), tr("Clicks"), tr("Registrations"), tr("Approved"), tr("Brought by")},
                   PartnerColumn::BroughtBy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PartnerColumn::Registrations, Qt::DescendingOrder);
    content->addWidget(m_table, 1);
    return card;
}

QWidget *PartnersPage::buildTreeCard()
{
    QVBoxLayout *content = nullptr;
    auto *card = makeCard(content, tr("Who brought whom"), QStringLiteral("partnersTreeCard"));
    m_tree->setObjectName(QStringLiteral("partnersTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Customer"), tr("Status")});
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    content->addWidget(m_tree, 1);
    return card;
}

QWidget *PartnersPage::buildDetail()
{
    QVBoxLayout *content = nullptr;
    auto *card = makeCard(content, tr("Attribution"), QStringLiteral("partnersDetailCard"));
    card->setFixedWidth(320);
    m_name->setProperty("role", QStringLiteral("cardTitle"));
    m_company->setProperty("role", QStringLiteral("secondary"));
    m_correct->setObjectName(QStringLiteral("partnersCorrect"));
    m_correct->setIcon(theme::icon(QStringLiteral("document-edit")));
    m_historyState->setObjectName(QStringLiteral("partnerHistoryState"));

    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(theme::spacing::m);
    facts->setVerticalSpacing(theme::spacing::s);
    const std::array<std::pair<QString, QLabel *>, 4> rows {
        {{tr("Brought by"), m_referrer}, {tr("How"), m_via}, {tr("Source"), m_source}, {tr("Since"), m_since}}};
    int line = 0;
    for (const auto &[label, value] : rows) {
        facts->addWidget(captionLabel(label), line, 0, Qt::AlignTop);
        facts->addWidget(value, line++, 1);
    }
    facts->setColumnStretch(1, 1);
    auto *historyTitle = new QLabel(tr("History of corrections"));
    historyTitle->setProperty("role", QStringLiteral("cardTitle"));
    auto *history = new QWidget;
    history->setObjectName(QStringLiteral("partnerHistory"));
    history->setLayout(m_history);
    m_history->setContentsMargins(0, 0, 0, 0);
    m_history->setSpacing(theme::spacing::s);

    auto *detail = new QVBoxLayout(m_detail);
    detail->setContentsMargins(0, 0, 0, 0);
    detail->setSpacing(theme::spacing::s);
    detail->addWidget(m_name);
    detail->addWidget(m_company);
    detail->addSpacing(theme::spacing::s);
    detail->addLayout(facts);
    detail->addSpacing(theme::spacing::s);
    detail->addWidget(m_correct, 0, Qt::AlignLeft);
    detail->addSpacing(theme::spacing::m);
    detail->addWidget(historyTitle);
    detail->addWidget(m_historyState);
    detail->addWidget(history);
    m_detail->hide();

    content->addWidget(m_detailHint);
    content->addWidget(m_detail);
    content->addStretch();
    return card;
}

void PartnersPage::reload()
{
    if (m_entries.isEmpty()) {
        m_content->hide();
        m_state->showLoading(tr("Loading partners …"));
    }
    ReferralsApi::allPartners(
        m_client, m_loads.begin(), [this](const QList<PartnerEntry> &entries) { showEntries(entries); },
        [this](const ApiError &error) {
            if (!m_entries.isEmpty()) {
                m_banner->showMessage(Banner::Tone::Danger, error.message());
                m_banner->show();
                return;
            }
            m_content->hide();
            m_state->showError(error.message());
        });
}

void PartnersPage::forget()
{
    m_loads.begin();
    m_historyLoads.begin();
    m_entries.clear();
    m_selected.clear();
    m_content->hide();
    m_banner->hide();
}

void PartnersPage::showEntries(const QList<PartnerEntry> &entries)
{
    m_entries = entries;
    m_banner->hide();
    if (entries.isEmpty()) {
        m_content->hide();
        m_state->showEmpty(QStringLiteral("system-users"), tr("No customers yet"),
                           tr("Once customers register, their referrals and who brought them appear here."));
        return;
    }
    m_state->clear();
    m_content->show();
    fillTable();
    fillTree();
    if (!entry(m_selected))
        m_selected.clear();
    showDetail();
    if (!m_selected.isEmpty())
        select(m_selected);
}

const PartnerEntry *PartnersPage::entry(const QString &accountId) const
{
    for (const auto &candidate : m_entries) {
        if (candidate.account.id == accountId)
            return &candidate;
    }
    return nullptr;
}

void PartnersPage::fillTable()
{
    const QSignalBlocker blocker(m_table);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const auto &entry = m_entries.at(row);
        const auto &id = entry.account.id;
        auto *customer = textCell(entry.account.name, id);
        customer->setToolTip(ReferralText::party(entry.account));
        m_table->setItem(row, PartnerColumn::Customer, customer);
        m_table->setItem(row, PartnerColumn::Status, textCell(ReferralText::status(entry.status), id));
        m_table->setItem(row, PartnerColumn::Clicks, numberCell(entry.clicks, id));
        m_table->setItem(row, PartnerColumn::Registrations, numberCell(entry.registrations, id));
        m_table->setItem(row, PartnerColumn::Approved, numberCell(entry.approved, id));
        m_table->setItem(row, PartnerColumn::BroughtBy,
                         textCell(entry.referredBy.isEmpty() ? QString() : entry.referredBy.name, id));
    }
    m_table->setSortingEnabled(true);
}

void PartnersPage::fillTree()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const std::function<void(const PartnerNode &, QTreeWidgetItem *)> add
        = [&](const PartnerNode &node, QTreeWidgetItem *parent) {
              const auto *found = entry(node.accountId);
              auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
              item->setText(0, found ? ReferralText::party(found->account) : node.accountId);
              item->setText(1, found ? ReferralText::status(found->status) : QString());
              item->setData(0, kIdRole, node.accountId);
              for (const auto &child : node.children)
                  add(child, item);
          };
    for (const auto &root : partnerForest(m_entries))
        add(root, nullptr);
    m_tree->expandAll();
}

void PartnersPage::select(const QString &accountId)
{
    if (!entry(accountId))
        return;
    const bool changed = accountId != m_selected;
    m_selected = accountId;
    {
        const QSignalBlocker tableBlocker(m_table);
        m_table->clearSelection();
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, PartnerColumn::Customer)->data(kIdRole).toString() == accountId) {
                m_table->selectRow(row);
                m_table->scrollToItem(m_table->item(row, PartnerColumn::Customer));
            }
        }
        const QSignalBlocker treeBlocker(m_tree);
        m_tree->clearSelection();
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            if ((*it)->data(0, kIdRole).toString() == accountId) {
                (*it)->setSelected(true);
                m_tree->scrollToItem(*it);
            }
        }
    }
    showDetail();
    if (changed)
        loadHistory();
}

void PartnersPage::showDetail()
{
    const auto *chosen = entry(m_selected);
    m_detailHint->setVisible(!chosen);
    m_detail->setVisible(chosen);
    if (!chosen)
        return;
    m_name->setText(chosen->account.name);
    m_company->setText(chosen->account.company.isEmpty()
                           ? chosen->email
                           : chosen->account.company + QStringLiteral(" · ") + chosen->email);
    const bool hasPartner = !chosen->referredBy.isEmpty();
    m_referrer->setText(ReferralText::party(chosen->referredBy));
    m_via->setText(hasPartner && chosen->source ? ReferralText::via(chosen->source->via) : QStringLiteral("–"));
    m_source->setText(hasPartner && chosen->source ? ReferralText::details(*chosen->source) : QStringLiteral("–"));
    m_since->setText(hasPartner ? ReferralText::when(chosen->attributedAt) : QStringLiteral("–"));
}

void PartnersPage::loadHistory()
{
    showHistory({});
    showHistoryState(tr("Loading history …"));
    m_api.history(m_selected)
        .onSuccess(m_historyLoads.begin(), [this](const ItemPage<AttributionChange> &page) { showHistory(page.items); })
        .onFailure(m_historyLoads.current(), [this](const ApiError &error) { showHistoryState(error.message()); });
}

void PartnersPage::showHistoryState(const QString &text)
{
    m_historyState->setText(text);
    m_historyState->setVisible(!text.isEmpty());
}

void PartnersPage::showHistory(const QList<AttributionChange> &changes)
{
    while (auto *item = m_history->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const auto &change : changes) {
        auto *line = new QLabel(ReferralText::change(change));
        line->setObjectName(QStringLiteral("partnerHistoryItem"));
        line->setProperty("role", QStringLiteral("caption"));
        line->setWordWrap(true);
        m_history->addWidget(line);
    }
    showHistoryState(changes.isEmpty() ? tr("No corrections: this is the attribution made at registration.")
                                       : QString());
}

void PartnersPage::openCorrection()
{
    const auto *chosen = entry(m_selected);
    if (!chosen)
        return;
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new AttributionDialog(*chosen, m_entries, window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &AttributionDialog::submitted, this, &PartnersPage::correct);
    m_dialog->open();
}

void PartnersPage::correct(const QString &referrerId, const QString &reason)
{
    QPointer dialog = m_dialog;
    if (!dialog)
        return;
    dialog->setBusy(true);
    const auto accountId = dialog->accountId();
    m_api.correct(accountId, referrerId, reason)
        .onSuccess(dialog,
                   [this, dialog](const PartnerEntry &corrected) {
                       dialog->setBusy(false);
                       dialog->accept();
                       Toast::show(window(), tr("The attribution of %1 is corrected.").arg(corrected.account.name));
                       for (auto &known : m_entries) {
                           if (known.account.id == corrected.account.id)
                               known = corrected;
                       }
                       showEntries(m_entries);
                       loadHistory();
                       // The partners' figures changed too: read them anew, quietly.
                       reload();
                   })
        .onFailure(dialog, [dialog](const ApiError &error) { dialog->showServerError(error); });
}

void PartnersPage::showDemo(const QList<PartnerEntry> &entries, const QString &selectedId,
                            const QList<AttributionChange> &history)
{
    m_loads.begin();
    m_historyLoads.begin();
    showEntries(entries);
    m_selected = selectedId; // chosen without asking the server for its history
    select(selectedId);
    showHistory(history);
}

} // namespace kp::client
