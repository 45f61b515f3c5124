#include "client/onboarding/ChecklistPage.h"

#include "client/api/ApiError.h"
#include "client/onboarding/ChecklistItemField.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Card.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/SecondaryLabel.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace kp::client {

namespace {

// Form rows stay readable on a wide window: one column of at most this width.
constexpr int kColumnWidth = 720;

} // namespace

ChecklistPage::ChecklistPage(QWidget *parent)
    : QWidget(parent)
    , m_header(new PageHeader(tr("Onboarding"), tr("What the agency needs from you to start your campaign.")))
    , m_state(new StatePanel)
    , m_scroll(new QScrollArea)
    , m_progress(new QLabel)
    , m_banner(new Banner(QStringLiteral("checklistBanner")))
    , m_form(new QWidget)
    , m_sections(new QVBoxLayout)
    , m_completeRow(new QWidget)
    , m_complete(new QPushButton(tr("Complete")))
    , m_completed(buildCompletedCard())
    , m_saveState(makeSecondaryLabel(QString()))
{
    setObjectName(QStringLiteral("checklistPage"));
    m_progress->setObjectName(QStringLiteral("checklistProgress"));
    m_progress->setProperty("role", QStringLiteral("secondary"));
    m_header->addAction(m_progress);
    m_progress->hide(); // until the server's figures are there
    m_banner->hide();
    m_saveState->setObjectName(QStringLiteral("checklistSaveState"));
    m_saveState->hide();

    m_complete->setObjectName(QStringLiteral("checklistComplete"));
    m_complete->setProperty("variant", QStringLiteral("primary"));
    auto *completeLayout = new QHBoxLayout(m_completeRow);
    completeLayout->setContentsMargins(0, 0, 0, 0);
    completeLayout->addWidget(
        makeSecondaryLabel(tr("Fields marked * are required. Your answers are saved as you type.")), 1);
    completeLayout->addWidget(m_complete);
    connect(m_complete, &QPushButton::clicked, this, &ChecklistPage::completeRequested);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(theme::spacing::xl);
    m_sections->setSpacing(theme::spacing::l);
    formLayout->addLayout(m_sections);
    formLayout->addWidget(m_completeRow);

    auto *column = new QWidget;
    column->setMaximumWidth(kColumnWidth + 2 * theme::spacing::xxl);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl,
                                     theme::spacing::xxl);
    columnLayout->setSpacing(theme::spacing::l);
    columnLayout->addWidget(m_header);
    columnLayout->addWidget(m_banner);
    columnLayout->addWidget(m_saveState);
    columnLayout->addWidget(m_completed);
    columnLayout->addWidget(m_state);
    columnLayout->addWidget(m_form);
    columnLayout->addStretch();
    m_completed->hide();
    m_form->hide();

    auto *centre = new QWidget;
    auto *centreLayout = new QHBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    // Centred at its full width whatever its content: stretches on both sides take the rest.
    centreLayout->addStretch(1);
    centreLayout->addWidget(column, 100);
    centreLayout->addStretch(1);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(centre);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    connect(m_state, &StatePanel::retryRequested, this, &ChecklistPage::showLoading);
}

QWidget *ChecklistPage::buildCompletedCard()
{
    QVBoxLayout *content = nullptr;
    auto *card = makeCard(content, tr("Checklist completed"), QStringLiteral("checklistCompletedCard"));
    content->addWidget(
        makeSecondaryLabel(tr("Thank you! The agency now has everything it needs to prepare your campaign. "
                              "You can still change your answers below.")));
    auto *next = new QPushButton(tr("Continue to the overview"));
    next->setObjectName(QStringLiteral("checklistContinue"));
    next->setProperty("variant", QStringLiteral("primary"));
    connect(next, &QPushButton::clicked, this, &ChecklistPage::continueRequested);
    content->addWidget(next, 0, Qt::AlignLeft);
    return card;
}

void ChecklistPage::showLoading()
{
    if (m_version < 0)
        m_state->showLoading(tr("Loading your checklist …"));
}

void ChecklistPage::showLoadError(const ApiError &error)
{
    if (m_version >= 0)
        return showError(error.message());
    m_form->hide();
    m_state->showError(error.message());
}

QWidget *ChecklistPage::buildSection(const ChecklistSection &section)
{
    QVBoxLayout *content = nullptr;
    auto *card = makeCard(content, section.title, QStringLiteral("checklistSection_") + section.id);
    content->setSpacing(theme::spacing::xl);
    for (const auto &item : section.items) {
        auto *field = new ChecklistItemField(item);
        m_fields.insert(item.id, field);
        content->addWidget(field);
    }
    return card;
}

void ChecklistPage::showChecklist(const CustomerChecklist &checklist)
{
    m_state->clear();
    if (checklist.checklist.version == 0) {
        m_form->hide();
        m_state->showEmpty(QStringLiteral("emblem-ok"), tr("Nothing to do yet"),
                           tr("The agency has not published a checklist yet. You will find it here."));
        m_version = 0;
        showProgress(checklist);
        return;
    }
    // Rebuilt only for a new version: a reload must not take the cursor out of a field.
    if (checklist.checklist.version != m_version) {
        while (auto *child = m_sections->takeAt(0)) {
            delete child->widget();
            delete child;
        }
        m_fields.clear();
        for (const auto &section : checklist.checklist.sections)
            m_sections->addWidget(buildSection(section));
        m_version = checklist.checklist.version;
        emit fieldsRebuilt();
    }
    for (auto *field : std::as_const(m_fields)) {
        field->setValue(checklist.answers.value(field->item().id));
        if (checklist.files.contains(field->item().id))
            field->setFile(checklist.files.value(field->item().id));
    }
    m_form->show();
    showProgress(checklist);
    if (!checklist.newItemIds.isEmpty() && !checklist.complete) {
        QStringList labels;
        for (const auto &id : checklist.newItemIds) {
            if (const auto *item = checklist.checklist.item(id))
                labels.append(item->label);
        }
        m_banner->showMessage(
            Banner::Tone::Info,
            tr("The agency added new items to the checklist: %1.").arg(labels.join(QStringLiteral(", "))));
    }
}

void ChecklistPage::showProgress(const CustomerChecklist &checklist)
{
    const auto &progress = checklist.progress;
    m_progress->setText(tr("%1 of %n done", nullptr, progress.total).arg(progress.answered));
    m_progress->setVisible(progress.total > 0);
    m_completed->setVisible(checklist.complete && checklist.checklist.version > 0);
    m_completeRow->setVisible(!checklist.complete);
    if (checklist.complete)
        m_banner->hide();
}

void ChecklistPage::showProblems(const QMap<QString, QString> &problems)
{
    QStringList labels;
    ChecklistItemField *first = nullptr;
    // In the order of the form, which is the order the customer reads.
    for (int i = 0; i < m_sections->count(); ++i) {
        auto *card = m_sections->itemAt(i)->widget();
        for (auto *field : card->findChildren<ChecklistItemField *>()) {
            const auto problem = problems.value(field->item().id);
            if (problem.isEmpty())
                continue;
            field->setError(field->problemText(problem));
            labels.append(field->item().label);
            if (!first)
                first = field;
        }
    }
    if (labels.isEmpty())
        return;
    m_banner->showMessage(Banner::Tone::Danger,
                          tr("Please check these items: %1.").arg(labels.join(QStringLiteral(", "))));
    m_saveState->hide();
    m_scroll->ensureWidgetVisible(first, 0, theme::spacing::xxl);
    first->input()->setFocus();
}

void ChecklistPage::clearProblems()
{
    for (auto *field : std::as_const(m_fields))
        field->setError({});
    m_banner->hide();
}

void ChecklistPage::showSaved()
{
    m_saveState->setText(tr("All answers saved."));
    m_saveState->setVisible(!m_completed->isVisible());
}

void ChecklistPage::showQueued()
{
    m_saveState->hide();
    m_banner->showMessage(Banner::Tone::Info,
                          tr("The server cannot be reached. Your answers are kept on this computer "
                             "and sent as soon as the connection is back."));
}

void ChecklistPage::showError(const QString &message)
{
    m_saveState->hide();
    m_banner->showMessage(Banner::Tone::Danger, message);
}

void ChecklistPage::showCompleted()
{
    m_banner->hide();
    m_saveState->hide();
    m_completeRow->hide();
    m_completed->show();
    m_scroll->ensureWidgetVisible(m_completed);
}

} // namespace kp::client
