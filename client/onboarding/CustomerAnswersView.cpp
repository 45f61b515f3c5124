#include "client/onboarding/CustomerAnswersView.h"

#include "client/api/ApiError.h"
#include "client/onboarding/ChecklistProgressSummary.h"
#include "client/onboarding/CustomerAnswerRow.h"
#include "client/widgets/Avatar.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Card.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"
#include "client/widgets/Toast.h"

#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kp::client {
namespace {

QString saveDialog(QWidget *parent, const QString &suggestedName)
{
    return QFileDialog::getSaveFileName(parent, CustomerAnswersView::tr("Save the customer's file"),
                                        QDir::home().filePath(suggestedName));
}

QFrame *divider()
{
    auto *line = new QFrame;
    line->setProperty("divider", true);
    return line;
}

} // namespace

CustomerAnswersView::CustomerAnswersView(QWidget *parent)
    : QWidget(parent)
    , m_chooseSavePath(saveDialog)
    , m_avatar(new Avatar(48))
    , m_name(new QLabel)
    , m_company(new QLabel)
    , m_summary(new ChecklistProgressSummary(QStringLiteral("customer"), Qt::AlignRight))
    , m_banner(new Banner(QStringLiteral("answersBanner")))
    , m_state(new StatePanel)
    , m_scroll(new QScrollArea)
    , m_sections(new QVBoxLayout)
    , m_panels(new QVBoxLayout)
{
    setObjectName(QStringLiteral("customerAnswers"));
    auto *back = new QPushButton(theme::icon(QStringLiteral("go-previous")), tr("All customers"));
    back->setObjectName(QStringLiteral("answersBack"));
    back->setProperty("variant", QStringLiteral("ghost"));
    connect(back, &QPushButton::clicked, this, &CustomerAnswersView::backRequested);

    m_name->setObjectName(QStringLiteral("answersName"));
    m_name->setProperty("role", QStringLiteral("pageTitle"));
    m_company->setProperty("role", QStringLiteral("secondary"));
    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(m_name);
    who->addWidget(m_company);
    auto *header = new QHBoxLayout;
    header->setSpacing(theme::spacing::l);
    header->addWidget(m_avatar, 0, Qt::AlignVCenter);
    header->addLayout(who, 1);
    header->addWidget(m_summary, 0, Qt::AlignVCenter);
    m_banner->hide();
    m_summary->hide();

    auto *sections = new QWidget;
    sections->setLayout(m_sections);
    m_sections->setContentsMargins(0, 0, theme::spacing::s, 0);
    m_sections->setSpacing(theme::spacing::l);
    m_sections->addStretch();
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(theme::spacing::l);
    contentLayout->addWidget(sections, 1);
    contentLayout->addLayout(m_panels);
    m_panels->setContentsMargins(0, 0, theme::spacing::s, 0);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    m_scroll->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xxl, theme::spacing::xl, theme::spacing::xxl, theme::spacing::xl);
    layout->setSpacing(theme::spacing::l);
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_scroll, 1);
    connect(m_state, &StatePanel::retryRequested, this, &CustomerAnswersView::retryRequested);
}

void CustomerAnswersView::addPanel(QWidget *panel)
{
    m_panels->addWidget(panel);
}

void CustomerAnswersView::scrollTo(QWidget *panel)
{
    m_scroll->widget()->adjustSize();
    m_scroll->ensureWidgetVisible(panel, 0, 0);
}

void CustomerAnswersView::showLoading(const Account &account)
{
    m_account = account;
    m_avatar->setName(account.name);
    m_avatar->setPicture({});
    m_name->setText(account.name);
    m_company->setText(account.company);
    m_banner->hide();
    m_summary->hide();
    m_scroll->hide();
    clearSections();
    m_state->showLoading(tr("Loading the answers of %1 …").arg(account.name));
}

void CustomerAnswersView::setPicture(const QImage &picture)
{
    m_avatar->setPicture(picture);
}

void CustomerAnswersView::showLoadError(const ApiError &error)
{
    m_scroll->hide();
    m_state->showError(error.message());
}

void CustomerAnswersView::clearSections()
{
    m_rows.clear();
    m_agencyDone.clear();
    while (m_sections->count() > 1) {
        auto *child = m_sections->takeAt(0);
        delete child->widget();
        delete child;
    }
}

void CustomerAnswersView::showChecklist(const CustomerChecklist &checklist)
{
    clearSections();
    m_state->clear();
    if (checklist.checklist.version == 0) {
        m_state->showEmpty(QStringLiteral("emblem-ok"), tr("No checklist published yet"),
                           tr("Publish the checklist on the “Checklist” page; the customer's answers appear here."));
        return;
    }
    for (const auto &section : checklist.checklist.sections)
        m_sections->insertWidget(m_sections->count() - 1, buildSection(section, checklist));
    showFigures(checklist);
    m_scroll->show();
}

QWidget *CustomerAnswersView::buildSection(const ChecklistSection &section, const CustomerChecklist &checklist)
{
    QVBoxLayout *content = nullptr;
    auto *card = makeCard(content, section.title, QStringLiteral("answersSection_") + section.id);
    for (const auto &item : section.items) {
        const auto value = checklist.answers.value(item.id);
        const auto file = checklist.files.find(item.id);
        auto *row = new CustomerAnswerRow(item, value, file == checklist.files.end() ? nullptr : &file.value());
        content->addWidget(divider());
        content->addWidget(row);
        m_rows.insert(item.id, row);
        if (!item.answeredByCustomer())
            m_agencyDone.insert(item.id, value.toBool());
        connect(row, &CustomerAnswerRow::tickRequested, this, [this](const QString &itemId, bool done) {
            m_banner->hide();
            m_rows.value(itemId)->setTickBusy(true);
            emit tickRequested(itemId, done);
        });
        connect(row, &CustomerAnswerRow::downloadRequested, this, &CustomerAnswersView::chooseSavePath);
    }
    return card;
}

void CustomerAnswersView::showFigures(const CustomerChecklist &checklist)
{
    const auto &progress = checklist.progress;
    m_summary->setProgress(progress.requiredAnswered, progress.requiredTotal,
                           checklist.complete ? checklist.completedAt : QDateTime());
    m_summary->show();
}

void CustomerAnswersView::showTicked(const CustomerChecklist &checklist)
{
    for (auto it = m_agencyDone.begin(); it != m_agencyDone.end(); ++it) {
        it.value() = checklist.answers.value(it.key()).toBool();
        m_rows.value(it.key())->setDone(it.value());
        m_rows.value(it.key())->setTickBusy(false);
    }
    showFigures(checklist);
}

void CustomerAnswersView::showTickFailed(const QString &itemId, const QString &message)
{
    if (auto *row = m_rows.value(itemId)) {
        row->setDone(m_agencyDone.value(itemId));
        row->setTickBusy(false);
    }
    showFailure(message);
}

void CustomerAnswersView::chooseSavePath(const QString &itemId, const QString &fileName)
{
    const auto path = m_chooseSavePath(this, fileName);
    if (path.isEmpty())
        return;
    m_banner->hide();
    emit downloadRequested(itemId, path);
}

void CustomerAnswersView::setDownloadBusy(const QString &itemId, bool busy)
{
    if (auto *row = m_rows.value(itemId))
        row->setDownloadBusy(busy);
}

void CustomerAnswersView::showSaved(const QString &path)
{
    Toast::show(window(), tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
}

void CustomerAnswersView::showFailure(const QString &message)
{
    m_banner->showMessage(Banner::Tone::Danger, message);
}

} // namespace kp::client
