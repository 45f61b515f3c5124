#include "client/roadmap/ContentEditorPage.h"

#include "client/widgets/Banner.h"
#include "client/widgets/FormField.h"
#include "client/widgets/Format.h"
#include "client/widgets/PageColumn.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"
#include "client/widgets/Toast.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kp::client {
namespace {

constexpr int kListWidth = 300;
constexpr int kTextHeight = 72;

} // namespace

ContentEditorPage::ContentEditorPage(ApiClient &api, const QString &kind, const QString &title, const QString &subtitle,
                                     const QString &addLabel, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_kind(kind)
    , m_header(new PageHeader(title, subtitle))
    , m_banner(new Banner(kind + QStringLiteral("Banner")))
    , m_state(new StatePanel)
    , m_content(new QWidget)
    , m_list(new QListWidget)
    , m_form(new QVBoxLayout)
    , m_remove(new QPushButton(tr("Delete")))
    , m_saveDraft(new QPushButton(tr("Save as draft")))
    , m_publish(new QPushButton(tr("Publish")))
{
    setObjectName(kind + QStringLiteral("EditorPage"));
    auto *add = new QPushButton(theme::icon(QStringLiteral("document-edit")), addLabel);
    add->setObjectName(kind + QStringLiteral("New"));
    m_header->addAction(add);
    m_banner->hide();

    m_list->setObjectName(kind + QStringLiteral("List"));
    m_list->setFixedWidth(kListWidth);
    m_list->setProperty("card", true);
    m_list->setSpacing(theme::spacing::xs);
    m_list->setIconSize(QSize(theme::spacing::l, theme::spacing::l));
    m_remove->setObjectName(kind + QStringLiteral("Delete"));
    m_remove->setProperty("variant", QStringLiteral("danger"));
    m_saveDraft->setObjectName(kind + QStringLiteral("SaveDraft"));
    m_publish->setObjectName(kind + QStringLiteral("Publish"));
    m_publish->setProperty("variant", QStringLiteral("primary"));
    m_publish->setDefault(true);

    auto *formCard = new QFrame;
    formCard->setObjectName(kind + QStringLiteral("Form"));
    formCard->setProperty("card", true);
    auto *fields = new QWidget;
    fields->setLayout(m_form);
    m_form->setContentsMargins(0, 0, theme::spacing::s, 0);
    m_form->setSpacing(theme::spacing::m);
    m_form->addStretch(); // the fields keep their height; the rest of the card stays empty
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(theme::spacing::s);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_saveDraft);
    buttons->addWidget(m_publish);
    auto *formLayout = new QVBoxLayout(formCard);
    formLayout->setContentsMargins(theme::spacing::xl, theme::spacing::l, theme::spacing::xl, theme::spacing::l);
    formLayout->setSpacing(theme::spacing::l);
    formLayout->addWidget(scroll, 1);
    formLayout->addLayout(buttons);

    auto *content = new QHBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(theme::spacing::l);
    content->addWidget(m_list);
    content->addWidget(formCard, 1);
    m_content->hide();

    pageColumn(this, {m_header, m_banner}, {m_state, m_content});

    connect(m_state, &StatePanel::retryRequested, this, &ContentEditorPage::reload);
    connect(add, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        select({});
    });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { select(item->data(Qt::UserRole).toString()); });
    connect(m_saveDraft, &QPushButton::clicked, this, [this] {
        clearProblems();
        submit(false);
    });
    connect(m_publish, &QPushButton::clicked, this, [this] {
        clearProblems();
        submit(true);
    });
    connect(m_remove, &QPushButton::clicked, this, &ContentEditorPage::confirmRemove);
}

void ContentEditorPage::reload()
{
    if (m_entries.isEmpty()) {
        m_content->hide();
        m_state->showLoading(tr("Loading …"));
    }
    fetch();
}

QWidget *ContentEditorPage::labelled(const QString &key, const QString &label, QWidget *input)
{
    auto *box = new QWidget;
    auto *title = new QLabel(label);
    title->setProperty("role", QStringLiteral("fieldLabel"));
    title->setBuddy(input);
    auto *error = new QLabel;
    error->setObjectName(m_kind + QLatin1Char('_') + key + QStringLiteral("Error"));
    error->setProperty("role", QStringLiteral("fieldError"));
    error->setWordWrap(true);
    error->hide();
    input->setObjectName(m_kind + QLatin1Char('_') + key);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::spacing::xs + 2);
    layout->addWidget(title);
    layout->addWidget(input);
    layout->addWidget(error);
    m_form->insertWidget(m_form->count() - 1, box);
    m_showProblem.insert(key, [error](const QString &message) {
        error->setText(message);
        error->setVisible(!message.isEmpty());
    });
    return box;
}

FormField *ContentEditorPage::addLine(const QString &key, const QString &label)
{
    auto *field = new FormField(label, m_kind + QLatin1Char('_') + key);
    m_form->insertWidget(m_form->count() - 1, field);
    m_showProblem.insert(key, [field](const QString &message) { field->setError(message); });
    connect(field->edit(), &QLineEdit::returnPressed, m_publish, &QPushButton::click);
    return field;
}

QPlainTextEdit *ContentEditorPage::addText(const QString &key, const QString &label)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(kTextHeight);
    labelled(key, label, edit);
    return edit;
}

QComboBox *ContentEditorPage::addChoice(const QString &key, const QString &label,
                                        const QList<std::pair<QString, QString>> &choices)
{
    auto *box = new QComboBox;
    for (const auto &[value, text] : choices)
        box->addItem(text, value);
    labelled(key, label, box);
    return box;
}

QSpinBox *ContentEditorPage::addNumber(const QString &key, const QString &label)
{
    auto *spin = new QSpinBox;
    constexpr int kMaxPosition = 999;
    spin->setRange(0, kMaxPosition);
    labelled(key, label, spin);
    return spin;
}

QListWidget *ContentEditorPage::addChecks(const QString &key, const QString &label)
{
    auto *list = new QListWidget;
    constexpr int kChecksHeight = 132;
    list->setFixedHeight(kChecksHeight);
    labelled(key, label, list);
    return list;
}

void ContentEditorPage::setChoice(QComboBox *box, const QString &value)
{
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

void ContentEditorPage::setChecked(QListWidget *list, const QStringList &ids)
{
    for (int i = 0; i < list->count(); ++i) {
        auto *item = list->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList ContentEditorPage::checked(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}

void ContentEditorPage::setEntries(const QList<Entry> &entries, const QString &select)
{
    m_entries = entries;
    m_state->clear();
    m_content->show();
    m_list->clear();
    for (const auto &entry : entries) {
        const auto state = entry.published ? tr("Published") : tr("Draft");
        auto *item = new QListWidgetItem(entry.title + QStringLiteral("\n") + state, m_list);
        item->setData(Qt::UserRole, entry.id);
        item->setIcon(theme::icon(entry.published ? QStringLiteral("emblem-ok") : QStringLiteral("document-edit"),
                                  entry.published ? theme::colors().success : theme::colors().secondaryText));
        item->setToolTip(entry.updatedAt.isValid() ? tr("%1, changed %2").arg(state, format::dateTime(entry.updatedAt))
                                                   : state);
    }
    const auto chosen = !select.isEmpty() ? select : entries.isEmpty() ? QString() : entries.constFirst().id;
    this->select(chosen);
}

void ContentEditorPage::select(const QString &id)
{
    m_selected = id;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
    }
    clearProblems();
    m_banner->hide();
    m_remove->setVisible(!id.isEmpty());
    fill(id);
}

void ContentEditorPage::showLoadError(const ApiError &error)
{
    if (!m_entries.isEmpty()) {
        m_banner->showMessage(Banner::Tone::Danger, error.message());
        return;
    }
    m_content->hide();
    m_state->showError(error.message());
}

void ContentEditorPage::showSaved(const Entry &entry, bool published)
{
    auto entries = m_entries;
    const auto found
        = std::find_if(entries.begin(), entries.end(), [&entry](const Entry &e) { return e.id == entry.id; });
    if (found == entries.end())
        entries.append(entry);
    else
        *found = entry;
    setEntries(entries, entry.id);
    Toast::show(window(),
                published ? tr("“%1” is published.").arg(entry.title)
                          : tr("“%1” is saved as a draft.").arg(entry.title));
}

void ContentEditorPage::showFailed(const QString &what, const ApiError &error)
{
    if (error.is(ErrorCode::ValidationFailed) && !error.fields.isEmpty()) {
        for (auto it = error.fields.begin(); it != error.fields.end(); ++it) {
            if (const auto show = m_showProblem.value(it.key()))
                show(ApiError::problemText(it.key(), it.value()));
        }
    }
    m_banner->showMessage(Banner::Tone::Danger, tr("%1: %2").arg(what, error.message()));
}

void ContentEditorPage::clearProblems()
{
    for (const auto &show : std::as_const(m_showProblem))
        show({});
}

void ContentEditorPage::confirmRemove()
{
    const auto id = m_selected;
    const auto title = titleOf(id);
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Delete"),
                          tr("Delete “%1”? Customers will no longer see it.").arg(title), QMessageBox::Cancel, this);
    box->setObjectName(m_kind + QStringLiteral("DeleteConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(m_kind + QStringLiteral("DeleteConfirmButton"));
    confirm->setProperty("variant", QStringLiteral("destructive"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QPushButton::clicked, this, [this, id, title] {
        m_api.remove(m_kind, id)
            .onSuccess(this,
                       [this, id, title](NoContent) {
                           Toast::show(window(), tr("“%1” was deleted.").arg(title));
                           auto entries = m_entries;
                           entries.erase(std::remove_if(entries.begin(), entries.end(),
                                                        [&id](const Entry &entry) { return entry.id == id; }),
                                         entries.end());
                           setEntries(entries);
                           fetch();
                       })
            .onFailure(this, [this, title](const ApiError &error) {
                showFailed(tr("“%1” could not be deleted").arg(title), error);
            });
    });
    box->open();
}

} // namespace kp::client
